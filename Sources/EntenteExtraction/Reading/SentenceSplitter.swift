/// A sentence: a run of tokens within one paragraph.
struct Sentence: Sendable {
    var index: Int
    var tokens: ArraySlice<Token>
    var start: Int { tokens.first?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }
}

/// Splits a paragraph's tokens into sentences at terminal punctuation, keeping
/// abbreviations ("Gen.", "St."), initials ("George W. Bush") and closing quotes intact.
enum SentenceSplitter {
    private static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "st", "sen",
        "rep", "gov", "pres", "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "no", "vs", "jr", "sr", "inc", "corp", "co", "ltd", "mt", "ft",
        "approx", "est", "dept", "univ", "al", "etc",
    ]
    private static let closers: WordSet = ["\"", "”", "’", "'", ")", "]"]

    static func split(_ tokens: [Token], startingIndex: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        var begin = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isTerminalMark {
                var end = i + 1
                // A quote right against the period closes this sentence; one after a space
                // opens the next.
                while end < tokens.count && closers.contains(tokens[end].text) && tokens[end].start == tokens[end - 1].end {
                    end += 1
                }
                let previous = i > 0 ? tokens[i - 1] : nil
                let isAbbreviation = token.mark == 0x2E && previous.map {
                    abbreviations.contains($0.lower) || ($0.isWord && $0.text.count == 1 && $0.isCapitalized)
                } ?? false
                let next = end < tokens.count ? tokens[end] : nil
                let nextStarts = next.map { $0.isCapitalized || !$0.isWord || $0.text.first?.isNumber == true } ?? true
                if !isAbbreviation && nextStarts {
                    sentences.append(Sentence(index: startingIndex + sentences.count, tokens: tokens[begin..<end]))
                    begin = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if begin < tokens.count {
            sentences.append(Sentence(index: startingIndex + sentences.count, tokens: tokens[begin..<tokens.count]))
        }
        return sentences.contains { $0.tokens.count > maximumTokens } ? capped(sentences, startingIndex) : sentences
    }

    /// Longer "sentences" are tables, lists or text without punctuation; analysing them whole
    /// would cost time quadratic in their length for nothing a reader would call a clause.
    static let maximumTokens = 160

    private static func capped(_ sentences: [Sentence], _ startingIndex: Int) -> [Sentence] {
        var result: [Sentence] = []
        for sentence in sentences {
            var rest = sentence.tokens
            while rest.count > maximumTokens {
                // Prefer to cut after a comma or semicolon in the second half of the window.
                let window = rest.prefix(maximumTokens)
                let cut = window.indices.reversed().first {
                    $0 > window.startIndex + maximumTokens / 2 && (rest[$0].text == "," || rest[$0].text == ";")
                } ?? (window.endIndex - 1)
                result.append(Sentence(index: 0, tokens: rest[rest.startIndex...cut]))
                rest = rest[(cut + 1)...]
            }
            if !rest.isEmpty { result.append(Sentence(index: 0, tokens: rest)) }
        }
        for i in result.indices { result[i].index = startingIndex + i }
        return result
    }
}
