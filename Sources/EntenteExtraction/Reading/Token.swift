/// A word or punctuation mark, located by UTF-8 byte offsets in the document text.
struct Token: Sendable {
    var start: Int
    var end: Int
    var text: String
    /// Lower-cased, with curly apostrophes folded to straight ones.
    var lower: String
    var isWord: Bool
    /// First letter upper-case ("Russia", "NATO", "UKRAINIAN").
    var isCapitalized: Bool
    /// The byte of a one-byte punctuation token ("." "," "("), else 0: compared without strings.
    var mark: UInt8 = 0
    /// Filled in by `Vocabulary.classify` before a sentence is analysed.
    var classes: WordClass = []
    /// The lexicon word `lower` spells, found by the same pass as `classes`: lookups and
    /// comparisons against the lexicon test this integer, not the string.
    var word: WordID = .unknown
    /// A straight or curly double quotation mark (", “, ”), read off the bytes: neither
    /// curly mark has another canonically equivalent spelling.
    var isQuotationMark: Bool {
        let utf8 = text.utf8
        switch utf8.count {
        case 1: return utf8.first == 0x22
        case 3:
            var bytes = utf8.makeIterator()
            return bytes.next() == 0xE2 && bytes.next() == 0x80 && { $0 == 0x9C || $0 == 0x9D }(bytes.next())
        default: return false
        }
    }

    var isPossessive: Bool { lower == "'s" || lower == "'" }
    /// ".", "!", "?" or "…": a mark that may end a sentence.
    var isTerminalMark: Bool { mark == 0x2E || mark == 0x21 || mark == 0x3F || (!isWord && end - start == 3 && text == "…") }
    /// Scans the UTF-8 bytes: `lower.contains("-")` goes through Foundation's string search,
    /// which cost about 15 % of extraction when asked of every token.
    var hasHyphen: Bool { lower.utf8.contains(0x2D) }
}

/// Splits text into tokens on UTF-8 bytes: fast, and offsets stay exact for evidence.
enum Tokenizer {
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((upper - lower) / 5)
        var i = lower
        while i < upper {
            let byte = bytes[i]
            if isSpace(byte) {
                i += 1
                continue
            }
            if isWordByte(bytes, i, upper) {
                var j = i
                while j < upper {
                    if isWordByte(bytes, j, upper) {
                        j += width(bytes[j])
                        continue
                    }
                    // Inner hyphens, periods in "U.S." and dots in numbers stay in the word.
                    if (bytes[j] == 0x2D || bytes[j] == 0x2E) && j + 1 < upper && isWordByte(bytes, j + 1, upper)
                        && !(bytes[j] == 0x2E && isLower(bytes[j + 1]))
                    {
                        j += 1
                        continue
                    }
                    break
                }
                // "U.S." keeps its final period when it is part of an abbreviation of capitals.
                if j < upper && bytes[j] == 0x2E && j - i >= 3 && bytes[j - 2] == 0x2E {
                    j += 1
                }
                // Split a trailing possessive: "Russia's" → "Russia", "'s".
                var wordEnd = j
                var possessive: (Int, Int)?
                if let apostrophe = possessiveStart(bytes, i, j) {
                    wordEnd = apostrophe
                    possessive = (apostrophe, j)
                }
                tokens.append(make(bytes, i, wordEnd, isWord: true))
                if let (s, e) = possessive { tokens.append(make(bytes, s, e, isWord: false)) }
                i = j
                continue
            }
            let w = width(byte)
            let end = min(i + w, upper)
            tokens.append(make(bytes, i, end, isWord: false))
            i = end
        }
        return tokens
    }

    /// A word ends in "'s", "’s" or (plural possessive) "s'".
    /// Where a trailing "'s" starts, or a contraction that would hide a pronoun: "They've",
    /// "we'll", "they're", "she'd" split like "Russia's" so the pronoun is a word of its own.
    private static func possessiveStart(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        // A plural possessive: "both countries' navies", "the Houthis' attacks".
        if end - start > 2, b[end - 1] == 0x27, b[end - 2] | 0x20 == 0x73 { return end - 1 }
        if end - start > 4, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0x99, b[end - 4] | 0x20 == 0x73 { return end - 3 }
        // The letters after the apostrophe, read off the last bytes in either case: "'s", "'d",
        // "'ve", "'re", "'ll". Only one can fit a word's last letter.
        let suffixLength: Int
        switch b[end - 1] | 0x20 {
        case 0x73, 0x64: suffixLength = 1
        case 0x65 where end - start > 2 && (b[end - 2] | 0x20 == 0x76 || b[end - 2] | 0x20 == 0x72): suffixLength = 2
        case 0x6C where end - start > 2 && b[end - 2] | 0x20 == 0x6C: suffixLength = 2
        default: return nil
        }
        guard end - start > suffixLength else { return nil }
        let apostrophe = end - suffixLength
        if b[apostrophe - 1] == 0x27 { return apostrophe - 1 }
        if apostrophe >= start + 4, b[apostrophe - 3] == 0xE2, b[apostrophe - 2] == 0x80, b[apostrophe - 1] == 0x99 {
            return apostrophe - 3
        }
        return nil
    }

    private static func make(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isWord: Bool) -> Token {
        let bytes = UnsafeBufferPointer(rebasing: b[start..<end])
        let text = String(decoding: bytes, as: UTF8.self)
        let lower: String
        var high: UInt8 = 0
        var hasCapital = false
        for byte in bytes {
            high |= byte
            if byte >= 0x41 && byte <= 0x5A { hasCapital = true }
        }
        if high < 0x80 && !hasCapital {
            // Most tokens: ASCII already in lower case, their own folded form.
            lower = text
        } else if high < 0x80 {
            // ASCII, the common case: fold case on bytes instead of through Unicode tables.
            lower = String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, byte) in bytes.enumerated() { out[i] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return bytes.count
            }
        } else {
            var folded = text.lowercased()
            if folded.contains("’") { folded = folded.replacingOccurrences(of: "’", with: "'") }
            lower = folded
        }
        let first = b[start]
        let capitalized: Bool
        if first >= 0x41 && first <= 0x5A {
            capitalized = true
        } else if first >= 0x80 {
            capitalized = text.first.map { $0.isUppercase } ?? false
        } else {
            capitalized = false
        }
        let mark = !isWord && end - start == 1 ? first : 0
        return Token(start: start, end: end, text: text, lower: lower, isWord: isWord, isCapitalized: capitalized, mark: mark)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// Letters, digits, apostrophes inside words, and any non-ASCII letter. Non-ASCII
    /// punctuation (curly quotes, dashes, NBSP) is not part of words.
    @inline(__always) static func isWordByte(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ upper: Int) -> Bool {
        let c = b[i]
        if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return true }
        if c == 0x27 {  // apostrophe between letters: "don't", "Côte d'Ivoire", "Russia's"
            return i > 0 && i + 1 < upper && isASCIILetter(b[i - 1]) && isASCIILetter(b[i + 1])
        }
        if c == 0xE2 && i + 2 < upper && b[i + 1] == 0x80 {
            // ’ (U+2019) inside a word is an apostrophe; other U+20xx marks are punctuation.
            return b[i + 2] == 0x99 && i > 0 && i + 3 < upper && isASCIILetter(b[i - 1]) && isASCIILetter(b[i + 3])
        }
        if c == 0xC2 { return false }  // NBSP, «, », ©, ...
        if c >= 0xC3 && c < 0xE2 { return true }  // Latin-1 supplement letters onwards (é, ğ, ł, Cyrillic…)
        if c >= 0xE3 { return true }  // CJK and other scripts
        return false
    }

    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    @inline(__always) static func width(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }
}
