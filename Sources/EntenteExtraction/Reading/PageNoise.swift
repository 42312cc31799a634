/// Decides which paragraphs of a page are news: photo credits, captions repeated from the
/// body, newsletter prompts, bylines and share buttons are not.
struct PageNoise {
    private let prefixes: [[UInt8]]
    /// The fragments by their first byte: a paragraph's bytes are scanned once, and only the
    /// fragments that start with the byte at hand are compared.
    private let fragmentsByFirstByte: [[[UInt8]]]
    /// One bit for each pair of bytes some fragment starts with, and whether a fragment is one
    /// byte long: most positions of a paragraph are passed over on one bit test.
    private let firstPairs: [UInt64]
    private let hasOneByteFragment: Bool

    init(cues: Cues) {
        prefixes = cues.noisePrefixes.map { Array($0.utf8) }
        var byFirst = [[[UInt8]]](repeating: [], count: 256)
        for fragment in cues.noiseFragments.map({ Array($0.utf8) }) {
            guard let first = fragment.first else { continue }
            byFirst[Int(first)].append(fragment)
        }
        fragmentsByFirstByte = byFirst
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        var oneByte = false
        for fragment in byFirst.joined() {
            if fragment.count == 1 {
                oneByte = true
            } else {
                let pair = Int(fragment[0]) << 8 | Int(fragment[1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        firstPairs = pairs
        hasOneByteFragment = oneByte
    }

    /// Whether a paragraph (already trimmed) is page furniture rather than reporting.
    /// - Complexity: O(length × fragments sharing a first byte), on bytes: this runs on every paragraph.
    func isNoise(_ paragraph: String) -> Bool {
        // Credits, prompts and captions are short; a long paragraph is reporting.
        if paragraph.utf8.count > Self.longestNoise { return false }
        var lower = Array(paragraph.utf8)
        for i in lower.indices where lower[i] >= 0x41 && lower[i] <= 0x5A { lower[i] += 32 }
        if prefixes.contains(where: { lower.starts(with: $0) }) { return true }
        if containsFragment(lower) { return true }
        return Self.hasCaptionLead(paragraph)
    }

    static let longestNoise = 600

    private func containsFragment(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { bytes in
            for start in bytes.indices {
                if !hasOneByteFragment {
                    guard start + 1 < bytes.count else { return false }
                    let pair = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                    if firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                }
                for fragment in fragmentsByFirstByte[Int(bytes[start])] where bytes.count - start >= fragment.count {
                    var j = 1
                    while j < fragment.count && bytes[start + j] == fragment[j] { j += 1 }
                    if j == fragment.count { return true }
                }
            }
            return false
        }
    }

    /// Wire captions open with words in capitals ("UKRAINIAN TROOPS fire on…") that body
    /// text never uses; a single acronym ("NATO said") is not enough.
    static func hasCaptionLead(_ paragraph: String) -> Bool {
        var capitalWords = 0, letters = 0, allUpper = true, sawLower = false
        var words = 0
        var previous: UInt8 = 0
        for byte in paragraph.utf8 {
            defer { previous = byte }
            let upper = byte >= 0x41 && byte <= 0x5A, lower = byte >= 0x61 && byte <= 0x7A
            if byte == 0x20 {
                if letters > 0 {
                    words += 1
                    // "MOSCOW, TOKYO, May 29": places in a dateline end in commas; a caption's
                    // capitals run on.
                    if allUpper && letters >= 3 && previous != 0x2C {
                        capitalWords += 1
                    } else if words <= 4 && capitalWords < 2 {
                        return false
                    }
                    if words >= 4 && capitalWords < 2 { return false }
                }
                letters = 0
                allUpper = true
                continue
            }
            if upper { letters += 1 }
            if lower {
                letters += 1
                allUpper = false
                sawLower = true
                if capitalWords >= 2 { return true }
            }
        }
        return capitalWords >= 2 && sawLower
    }
}
