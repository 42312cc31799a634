public import Foundation
import EntenteGraph

/// Reads articles from files and directories: plain text (headline on the first line),
/// HTML (tags stripped, scripts and styles dropped) and JSON Lines (`id`, `title`, `text`,
/// `date`, `url` per line). Directories are read recursively in name order.
public struct DocumentReader: Sendable {
    /// Larger single articles are refused rather than held in memory whole.
    public var maximumArticleBytes = 16 * 1024 * 1024
    /// The day (`yyyy-MM-dd`, from `--date`) for articles that give none; its year completes
    /// datelines without one.
    public var date: String?

    public init() {}

    /// Expands directories into the article files below them, in a stable order.
    public func articleFiles(at paths: [String]) throws(ReaderError) -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .notFound(path: path)
            }
            if !isDirectory.boolValue {
                files.append(URL(fileURLWithPath: path))
                continue
            }
            let found = Self.walk(URL(fileURLWithPath: path, isDirectory: true))
            if found.isEmpty { throw .noArticles(path: path) }
            files += found
        }
        return files
    }

    private static func walk(_ directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [URL] = []
        for case let url as URL in enumerator where ArticleFormat(url: url) != nil {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Reads one file into one or more documents (several for JSON Lines).
    /// Bad JSON Lines records are reported through `warn` and skipped; the rest are read.
    public func read(_ url: URL, warn: (ReaderError) -> Void = { _ in }) throws(ReaderError) -> [SourceDocument] {
        let format = ArticleFormat(url: url) ?? .text
        try InputFileKind.requireRegularFile(url)
        if format == .jsonLines { return try readJSONLines(url, warn: warn) }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: url.path, reason: FileErrorText.reason(error, path: url.path))
        }
        if data.count > maximumArticleBytes {
            throw .tooLarge(path: url.path, bytes: data.count, limit: maximumArticleBytes)
        }
        if format == .feed {
            let items = try FeedReader.documents(data, path: url.path, fileID: url.lastPathComponent)
            if items.isEmpty { throw .noArticles(path: url.path) }
            return items.map { item in
                var item = item
                item.info.date = item.info.date ?? date
                return item
            }
        }
        let text = try Self.decodeText(data, path: url.path)
        let id = url.lastPathComponent
        guard format == .html else {
            let day = ArticleDates.fromDateline(text, year: date.flatMap(CalendarDate.year)) ?? date
            return [Self.plainDocument(id: id, text: text, date: day)]
        }
        let page = HTMLText.extract(text)
        let body = page.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty { throw .empty(path: url.path) }
        return [SourceDocument(info: DocumentInfo(id: id, title: page.title, date: ArticleDates.fromHTML(text) ?? date), text: body)]
    }

    /// JSON Lines go through the streaming reader, so a file of any size is read line by line.
    private func readJSONLines(_ url: URL, warn: (ReaderError) -> Void) throws(ReaderError) -> [SourceDocument] {
        var documents: [SourceDocument] = []
        try forEachDocument(in: url, warn: warn) { documents.append($0) }
        return documents
    }

    /// Hands each document of a file to `body` as soon as it is read; for JSON Lines only one
    /// article's text is held at a time, whatever the file's size.
    public func forEachDocument(
        in url: URL, warn: (ReaderError) -> Void = { _ in }, _ body: (SourceDocument) -> Void
    ) throws(ReaderError) {
        guard ArticleFormat(url: url) == .jsonLines else {
            for document in try read(url, warn: warn) { body(document) }
            return
        }
        try InputFileKind.requireRegularFile(url)
        do {
            var stream = JSONLinesStream(maximumLineBytes: maximumArticleBytes)
            stream.date = date
            try stream.forEachDocument(in: url, warn: warn, body)
        } catch let error as ReaderError {
            throw error
        } catch {
            throw .unreadable(path: url.path, reason: "\(error)")
        }
    }

    /// Decodes bytes as UTF-8 text, refusing empty, binary and mis-encoded input.
    /// UTF-16 with a byte-order mark is accepted and converted.
    static func decodeText(_ data: Data, path: String) throws(ReaderError) -> String {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(path: path)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw .binary(path: path) }
            return text
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let sample = bytes.prefix(8192)
        if let encoding = utf16WithoutMark(sample) {
            guard let text = String(data: data, encoding: encoding) else { throw .binary(path: path) }
            return text
        }
        if sample.contains(0) { throw .binary(path: path) }
        if let bad = firstInvalidUTF8(bytes) { throw .invalidUTF8(path: path, offset: bad) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-16 without a byte-order mark: text whose code units are nearly all ASCII, so every
    /// other byte is zero. Other bytes with zeros in them stay binary.
    static func utf16WithoutMark(_ sample: Data) -> String.Encoding? {
        let bytes = Array(sample.prefix(sample.count & ~1))
        guard bytes.count >= 4 else { return nil }
        func asciiUnits(high: Int) -> Int {
            stride(from: 0, to: bytes.count, by: 2).filter {
                bytes[$0 + high] == 0 && bytes[$0 + 1 - high] != 0 && bytes[$0 + 1 - high] < 0x80
            }.count
        }
        let units = bytes.count / 2
        if asciiUnits(high: 1) * 10 >= units * 9 { return .utf16LittleEndian }
        if asciiUnits(high: 0) * 10 >= units * 9 { return .utf16BigEndian }
        return nil
    }

    /// Decodes over the raw bytes: `Data`'s own iterator cost as much as reading the JSON.
    static func firstInvalidUTF8(_ bytes: Data) -> Int? {
        bytes.withUnsafeBytes { raw in
            var decoder = UTF8()
            var iterator = raw.makeIterator()
            var offset = 0
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput: return nil
                case .error: return offset
                }
            }
        }
    }

    /// Plain text: the first non-empty line is the headline.
    public static func plainDocument(id: String, text: String, date: String? = nil, url: String? = nil) -> SourceDocument {
        let title = text.split(whereSeparator: \.isNewline).first.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return SourceDocument(info: DocumentInfo(id: id, title: title, date: date, url: url), text: text)
    }
}

enum ArticleFormat {
    case text, html, jsonLines, feed

    init?(url: URL) {
        switch url.pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        case "rss", "atom": self = .feed
        default: return nil
        }
    }
}
