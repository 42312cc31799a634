/// Folds a name to the key the alias index uses: case, diacritics, punctuation, a leading
/// "the" and a trailing possessive do not distinguish actors.
public enum NameKey {
    public static func fold(_ name: String) -> String {
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
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
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
