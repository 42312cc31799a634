import Foundation

/// A set of words that answers "no" for most words without hashing them.
///
/// Rules ask whether a token's lower-case string is in a small word list on almost every
/// token, and nearly always the answer is no; a `Set<String>` hashes the whole string for
/// each of those answers. This set first tests a bit chosen by the word's first two bytes
/// and its length, and hashes only the words that pass. (Its first bytes, not its last: a
/// string's last byte is found by stepping back from its end, which costs more than the rest.)
///
/// It answers as `Set<String>.contains` does, canonical equivalence included: the bits are
/// set from each member's bytes in normal form C, and only ASCII words (which are their own
/// normal form) are ruled out by them; any other word goes straight to the set. When every
/// member is plain ASCII (the usual case) no other word can equal one, and the bits decide
/// without reading the word's bytes at all.
struct WordSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    let members: Set<String>
    /// 64 bits per first byte; the bit is picked by length and second byte (0 for none).
    private let filter: [UInt64]
    /// Every member is ASCII without "K", ";" or "`": then no word with a non-ASCII byte
    /// equals a member, and the filter's bits rule words out with no scan of their bytes.
    private let bytesDecide: Bool

    init(_ words: some Sequence<String>) {
        members = Set(words)
        var filter = [UInt64](repeating: 0, count: 256)
        for word in members {
            let bytes = Array(word.precomposedStringWithCanonicalMapping.utf8)
            guard let first = bytes.first else { continue }
            filter[Int(first)] |= Self.bit(count: bytes.count, second: bytes.count > 1 ? bytes[1] : 0)
        }
        self.filter = filter
        bytesDecide = members.allSatisfy { word in word.utf8.allSatisfy { $0 < 0x80 && !Self.asciiTargets.contains($0) } }
    }

    /// The only ASCII characters that a non-ASCII character is canonically equivalent to: "K"
    /// (KELVIN SIGN), ";" (GREEK QUESTION MARK) and "`" (GREEK VARIA). Every other string with
    /// a byte above 0x7F keeps a non-ASCII character in its canonical decomposition.
    private static let asciiTargets: [UInt8] = [0x4B, 0x3B, 0x60]

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) private static func bit(count: Int, second: UInt8) -> UInt64 {
        1 << UInt64((count &* 7 &+ Int(second)) & 63)
    }

    /// The word's second byte, or 0 for a word of one byte.
    @inline(__always) private static func secondByte(_ utf8: String.UTF8View) -> UInt8 {
        guard utf8.count > 1 else { return 0 }
        return utf8[utf8.index(after: utf8.startIndex)]
    }

    func contains(_ word: String) -> Bool {
        if bytesDecide {
            let utf8 = word.utf8
            if let first = utf8.first, filter[Int(first)] & Self.bit(count: utf8.count, second: Self.secondByte(utf8)) == 0 {
                return false
            }
            return members.contains(word)
        }
        let ruledOut = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first else { return false }
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            guard high < 0x80 else { return false }
            return filter[Int(first)] & Self.bit(count: bytes.count, second: bytes.count > 1 ? bytes[1] : 0) == 0
        } ?? false
        return !ruledOut && members.contains(word)
    }

    /// Whether the set holds the three words joined by spaces ("in retaliation for"), without
    /// building that string unless its first two bytes and length allow it.
    func contains(_ first: String, _ second: String, _ third: String) -> Bool {
        if bytesDecide {
            if let head = first.utf8.first,
                filter[Int(head)] & Self.bit(count: first.utf8.count + second.utf8.count + third.utf8.count + 2, second: Self.joinedSecond(first)) == 0
            {
                return false
            }
            return members.contains("\(first) \(second) \(third)")
        }
        if let a = Self.asciiCount(first), let b = Self.asciiCount(second), let c = Self.asciiCount(third), let head = first.utf8.first,
            filter[Int(head)] & Self.bit(count: a + b + c + 2, second: Self.joinedSecond(first)) == 0
        {
            return false
        }
        return members.contains("\(first) \(second) \(third)")
    }

    /// The second byte of a phrase that starts with `first` (not empty) and a space.
    @inline(__always) private static func joinedSecond(_ first: String) -> UInt8 {
        first.utf8.count > 1 ? secondByte(first.utf8) : 0x20
    }

    /// The word's length in bytes when all of them are ASCII, else nil.
    @inline(__always) private static func asciiCount(_ word: String) -> Int? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            return high < 0x80 ? bytes.count : nil
        } ?? nil
    }

    func union(_ other: some Sequence<String>) -> WordSet { WordSet(members.union(other)) }

    var isEmpty: Bool { members.isEmpty }
    var count: Int { members.count }

    func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    static func == (lhs: WordSet, rhs: WordSet) -> Bool { lhs.members == rhs.members }
    func hash(into hasher: inout Hasher) { hasher.combine(members) }
}
