import EntenteGraph
import Foundation

/// Finds an article's date where publishers put it: HTML metadata and markup, or a wire
/// dateline at the head of the text ("MOSCOW, June 12 (Reuters) -").
enum ArticleDates {
    /// `article:published_time` (Open Graph), JSON-LD `datePublished`, `itemprop="datePublished"`,
    /// then the first `<time datetime>`; each tried in that order.
    static func fromHTML(_ html: String) -> String? {
        let head = String(html.prefix(512 * 1024))
        let range = NSRange(head.startIndex..., in: head)
        for pattern in htmlPatterns {
            for match in pattern.matches(in: head, range: range) {
                guard let found = Range(match.range(at: 1), in: head) else { continue }
                if let day = CalendarDate.normalize(String(head[found])) { return day }
            }
        }
        return nil
    }

    /// The day in a dateline on one of the first twelve lines (after headline, standfirst and captions); a dateline without a year takes
    /// `year` (from `--date`), and without either the article stays undated.
    static func fromDateline(_ text: String, year: Int?) -> String? {
        for line in text.split(whereSeparator: \.isNewline).prefix(12) {
            let line = String(line.prefix(200))
            let range = NSRange(line.startIndex..., in: line)
            guard let match = dateline.firstMatch(in: line, range: range),
                let dayRange = Range(match.range(at: 1), in: line)
            else { continue }
            let written = Range(match.range(at: 2), in: line).flatMap { Int(line[$0]) }
            if let day = CalendarDate.normalize(String(line[dayRange]), year: written ?? year) { return day }
        }
        return nil
    }

    // Fixed patterns, known to compile.
    private static let htmlPatterns: [NSRegularExpression] = [
        #"<meta\b[^>]*?\bproperty\s*=\s*["']article:published_time["'][^>]*?\bcontent\s*=\s*["']([^"']{4,64})["']"#,
        #"<meta\b[^>]*?\bcontent\s*=\s*["']([^"']{4,64})["'][^>]*?\bproperty\s*=\s*["']article:published_time["']"#,
        #""datePublished"\s*:\s*"([^"]{4,64})""#,
        #"\bitemprop\s*=\s*["']datePublished["'][^>]*?\b(?:content|datetime)\s*=\s*["']([^"']{4,64})["']"#,
        #"<time\b[^>]*?\bdatetime\s*=\s*["']([^"']{4,64})["']"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    /// PLACE[, REGION], Month Day[, Year] then "(Agency)" or a dash.
    private static let dateline = try! NSRegularExpression(pattern:
        #"^\s*[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.' ]{1,30})?,\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}))(?:,?\s+(\d{4}))?\s*(?:\(|-|–|—)"#)
}
