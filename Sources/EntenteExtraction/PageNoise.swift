/// Decides which paragraphs of a page are news: photo credits, captions repeated from the
/// body, newsletter prompts, bylines and share buttons are not.
struct PageNoise {
    private let prefixes: [String]
    private let fragments: [String]

    init(cues: Cues) {
        prefixes = cues.noisePrefixes
        fragments = cues.noiseFragments
    }

    /// Whether a paragraph (already trimmed) is page furniture rather than reporting.
    func isNoise(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if fragments.contains(where: { lower.contains($0) }) { return true }
        return Self.hasCaptionLead(paragraph)
    }

    /// Wire captions open with words in capitals ("UKRAINIAN TROOPS fire on…") that body
    /// text never uses; a single acronym ("NATO said") is not enough.
    static func hasCaptionLead(_ paragraph: String) -> Bool {
        var capitalWords = 0
        for word in paragraph.split(separator: " ").prefix(4) {
            let letters = word.filter(\.isLetter)
            if letters.count >= 3 && letters.allSatisfy(\.isUppercase) { capitalWords += 1 } else { break }
        }
        return capitalWords >= 2 && paragraph.contains(where: \.isLowercase)
    }
}
