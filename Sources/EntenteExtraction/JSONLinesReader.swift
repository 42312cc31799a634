import Foundation
import EntenteGraph

/// JSON Lines: one article per line, `{"id", "title", "text", "date", "url"}`; only `text` is
/// required. A bad line is reported with its number and the others are still read.
enum JSONLinesReader {
    private struct Record: Decodable {
        var id: String?
        var title: String?
        var text: String
        var date: String?
        var url: String?
    }

    static func read(
        _ content: String, path: String, fileID: String, warn: (ReaderError) -> Void
    ) throws(ReaderError) -> [SourceDocument] {
        var documents: [SourceDocument] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(trimmed.utf8))
            } catch {
                warn(.badJSONLine(path: path, line: lineNumber, reason: describe(error)))
                continue
            }
            let id = record.id ?? "\(fileID)#\(lineNumber)"
            var text = record.text
            if let title = record.title, !text.hasPrefix(title) { text = title + "\n\n" + text }
            let info = DocumentInfo(
                id: id, title: record.title, date: record.date.flatMap(normalizeDate), url: record.url)
            documents.append(SourceDocument(info: info, text: text))
        }
        if documents.isEmpty { throw .noArticles(path: path) }
        return documents
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        case DecodingError.dataCorrupted: return "malformed JSON"
        default: return "\(error)"
        }
    }

    /// Keeps the calendar date of an ISO 8601 timestamp, so dates compare as strings.
    static func normalizeDate(_ text: String) -> String? {
        let prefix = text.prefix(10)
        let parts = prefix.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        return String(prefix)
    }
}
