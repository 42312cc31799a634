import Foundation

/// Why an input could not be read; each message names the file and what to do.
public enum ReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case invalidUTF8(path: String, offset: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case badJSONLine(path: String, line: Int, reason: String)
    case noArticles(path: String)
    /// A device, FIFO, socket or directory where an article file was expected.
    case notRegularFile(path: String, kind: String)
    /// A warning: the record is read, without a date.
    case unreadableDate(path: String, line: Int, value: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or directory"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check its permissions"
        case .empty(let path):
            return "\(path): the file is empty; give an article with text in it"
        case .binary(let path):
            return "\(path): looks like a binary file, not an article; give plain text, HTML or JSON Lines"
        case .invalidUTF8(let path, let offset):
            return "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it, e.g. 'iconv -f WINDOWS-1252 -t UTF-8' for Windows text"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes is more than the \(limit)-byte limit for one article; split it, or use JSON Lines with one article per line"
        case .unreadableDate(let path, let line, let value):
            return "\(path):\(line): date '\(value.prefix(80))' is not a date Entente can read; the article is kept without a date (write dates as YYYY-MM-DD)"
        case .badJSONLine(let path, let line, let reason):
            return "\(path):\(line): not a JSON article record (\(reason)); each line must be an object with at least \"text\""
        case .notRegularFile(let path, let kind):
            return "\(path): is \(kind), not a regular file; give an article file (or '-' for standard input where a command reads it)"
        case .noArticles(let path):
            if ArticleFormat(url: URL(fileURLWithPath: path)) == .jsonLines {
                return "\(path): holds no article: no line is a valid article record (see the warnings above); each line must be a JSON object with at least \"text\""
            }
            return "\(path): holds no .txt, .html or .jsonl articles"
        }
    }
}
