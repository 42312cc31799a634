/// Folds a name to the key the alias index uses: case, diacritics, punctuation, a leading
/// "the" and a trailing possessive do not distinguish actors.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        if let ascii = foldASCII(name) { return ascii }
        var text = name.lowercased()
        if text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if let folded = foldScalar(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(folded)
            } else if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" {
                pendingSpace = true
            }
            // Other punctuation (dots in "U.S.", apostrophes) vanishes.
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }

    /// The same folding for pure ASCII names, byte by byte: bulk imports fold millions of
    /// names, and Unicode decomposition per scalar dominates that time otherwise.
    private static func foldASCII(_ name: String) -> String? {
        var utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        if utf8.count >= 2, utf8.last == UInt8(ascii: "s") || utf8.last == UInt8(ascii: "S"),
            utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == UInt8(ascii: "'")
        {
            utf8 = String(name.dropLast(2)).utf8
        }
        var pendingSpace = false
        for byte in utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            let isAlphanumeric = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
            if isAlphanumeric {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(lower)
            } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                pendingSpace = true
            }
        }
        if bytes.count >= 4 && bytes[0] == 0x74 && bytes[1] == 0x68 && bytes[2] == 0x65 && bytes[3] == 0x20 {
            bytes.removeFirst(4)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            // Strip combining marks: "Élysée" and "Elysee" are one key.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            return decomposed.first
        }
        return nil
    }
}

/// Edit distance for "did you mean" suggestions.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
