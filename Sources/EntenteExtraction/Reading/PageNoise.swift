/// Decides which paragraphs of a page are news: photo credits, captions repeated from the
/// body, newsletter prompts, bylines and share buttons are not.
struct PageNoise {
    private let prefixes: [[UInt8]]
    private let fragments: [[UInt8]]

    init(cues: Cues) {
        prefixes = cues.noisePrefixes.map { Array($0.utf8) }
        fragments = cues.noiseFragments.map { Array($0.utf8) }
    }

    /// Whether a paragraph (already trimmed) is page furniture rather than reporting.
    /// - Complexity: O(length × number of noise fragments), on bytes: this runs on every paragraph.
    func isNoise(_ paragraph: String) -> Bool {
        // Credits, prompts and captions are short; a long paragraph is reporting.
        if paragraph.utf8.count > Self.longestNoise { return false }
        var lower = Array(paragraph.utf8)
        for i in lower.indices where lower[i] >= 0x41 && lower[i] <= 0x5A { lower[i] += 32 }
        if prefixes.contains(where: { lower.starts(with: $0) }) { return true }
        if fragments.contains(where: { Self.contains(lower, $0) }) { return true }
        return Self.hasCaptionLead(paragraph)
    }

    static let longestNoise = 600

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Wire captions open with words in capitals ("UKRAINIAN TROOPS fire on…") that body
    /// text never uses; a single acronym ("NATO said") is not enough.
    static func hasCaptionLead(_ paragraph: String) -> Bool {
        var capitalWords = 0, letters = 0, allUpper = true, sawLower = false
        var words = 0
        for byte in paragraph.utf8 {
            let upper = byte >= 0x41 && byte <= 0x5A, lower = byte >= 0x61 && byte <= 0x7A
            if byte == 0x20 {
                if letters > 0 {
                    words += 1
                    if allUpper && letters >= 3 { capitalWords += 1 } else if words <= 4 && capitalWords < 2 { return false }
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
