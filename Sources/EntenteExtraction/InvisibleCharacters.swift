/// Characters that render as nothing but split words for the tokenizer: a byte-order mark
/// (U+FEFF) at the start of a later line made "Iran" a token that does not start a sentence,
/// so "Iran threatened Israel." was read as part of the sentence before it and its verb given
/// to that sentence's subject. Dropping them makes the text read as it is seen.
enum InvisibleCharacters {
    /// UTF-8 of the zero-width no-break space (BOM), zero-width space, word joiner, soft hyphen,
    /// and the left-to-right / right-to-left marks.
    static let dropped: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0x8B], [0xE2, 0x81, 0xA0], [0xC2, 0xAD], [0xE2, 0x80, 0x8E], [0xE2, 0x80, 0x8F],
    ]

    /// - Complexity: one pass over the UTF-8 bytes; the text is copied only when it holds one.
    static func removed(from text: String) -> String {
        var text = text
        let cleaned = text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                guard byte == 0xEF || byte == 0xE2 || byte == 0xC2,
                    let match = dropped.first(where: { sequence in
                        i + sequence.count <= bytes.count && sequence.indices.allSatisfy { bytes[i + $0] == sequence[$0] }
                    })
                else {
                    i += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(bytes.count) }
                out.append(contentsOf: bytes[copied..<i])
                i += match.count
                copied = i
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        }
        return cleaned ?? text
    }
}
