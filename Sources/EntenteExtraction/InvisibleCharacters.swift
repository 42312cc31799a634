/// Characters that render as nothing but split words for the tokenizer: a byte-order mark
/// (U+FEFF) at the start of a later line made "Iran" a token that does not start a sentence,
/// so "Iran threatened Israel." was read as part of the sentence before it and its verb given
/// to that sentence's subject. Dropping them makes the text read as it is seen.
enum InvisibleCharacters {
    /// Zero-width no-break space (BOM), zero-width space, word joiner, soft hyphen, and the
    /// left-to-right / right-to-left marks.
    static let dropped: Set<Unicode.Scalar> = ["\u{FEFF}", "\u{200B}", "\u{2060}", "\u{00AD}", "\u{200E}", "\u{200F}"]

    static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: dropped.contains) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !dropped.contains($0) })
        return String(scalars)
    }
}
