public import Foundation
import EntenteGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a JSON Lines file of articles one record at a time, for files too large to hold
/// in memory: `{"id", "title", "text", "date", "url"}` per line, only `text` required, the
/// same layout and the same documents as `DocumentReader.read` gives for a `.jsonl` file.
///
/// The file is read in fixed-size chunks (`chunkBytes`, 1 MiB by default) with buffered
/// `fread`; each complete line is decoded and handed to the caller, then dropped.
///
/// - Complexity: O(n) in the file's bytes: each byte is read once, scanned once for the
///   line break (`memchr`), copied at most once more when its line straddles two chunks,
///   and decoded once.
/// - Memory: one chunk buffer, plus the unfinished line carried over from the previous
///   chunk, plus the document being handed over: O(`chunkBytes` + longest line), whatever
///   the size of the file. A line longer than `maximumLineBytes` is reported and skipped
///   without being held, so a file without line breaks cannot exhaust memory either.
public struct JSONLinesStream: Sendable {
    public static let defaultChunkBytes = 1 << 20

    /// How much is read from the file at a time.
    public var chunkBytes: Int
    /// Longer records are reported as bad lines and skipped, like a too-large article.
    public var maximumLineBytes: Int

    /// The day given to records without a `date` (`--date`), as `yyyy-MM-dd`.
    public var date: String?

    public init(chunkBytes: Int = JSONLinesStream.defaultChunkBytes, maximumLineBytes: Int = 16 * 1024 * 1024) {
        self.chunkBytes = max(1, chunkBytes)
        self.maximumLineBytes = max(1, maximumLineBytes)
    }

    /// Calls `body` with each article of the file, in file order.
    ///
    /// A line that is not a JSON article record is reported through `warn` as
    /// `ReaderError.badJSONLine` with its 1-based line number, and skipped; blank lines are
    /// skipped silently. The last line needs no line break.
    ///
    /// - Returns: how many documents were handed to `body`.
    /// - Throws: `ReaderError.notFound`, `.unreadable`, `.empty`, or `.noArticles` when no
    ///   line held an article; and whatever `body` throws, which ends the reading.
    @discardableResult
    public func forEachDocument(
        in url: URL, warn: (ReaderError) -> Void = { _ in }, _ body: (SourceDocument) throws -> Void
    ) throws -> Int {
        let path = url.path
        guard let file = fopen(path, "rb") else {
            let code = errno
            if code == ENOENT { throw ReaderError.notFound(path: path) }
            throw ReaderError.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { fclose(file) }
        return try forEachDocument(reading: file, path: path, fileID: url.lastPathComponent, warn: warn, body)
    }

    /// The same, from a stream already open (standard input); `fileID` names records
    /// without an id (`fileID#line`). The stream is not closed.
    @discardableResult
    public func forEachDocument(
        reading file: UnsafeMutablePointer<FILE>, path: String, fileID: String,
        warn: (ReaderError) -> Void = { _ in }, _ body: (SourceDocument) throws -> Void
    ) throws -> Int {
        var lines = LineDecoder(path: path, fileID: fileID, maximumLineBytes: maximumLineBytes)
        lines.defaultDate = date
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 {
                if ferror(file) != 0 {
                    throw ReaderError.unreadable(path: path, reason: String(cString: strerror(errno)))
                }
                break
            }
            total += count
            try chunk.withUnsafeBytes { raw in
                try lines.feed(UnsafeRawBufferPointer(rebasing: raw[0..<count]), warn: warn, body)
            }
        }
        if total == 0 { throw ReaderError.empty(path: path) }
        try lines.finish(warn: warn, body)
        if lines.documents == 0 { throw ReaderError.noArticles(path: path) }
        return lines.documents
    }
}

/// Splits bytes into lines across chunk boundaries and turns each line into a document.
private struct LineDecoder {
    private struct Record: Decodable {
        var id: String?
        var title: String?
        var text: String
        var date: String?
        var url: String?
    }

    let path: String
    let fileID: String
    let maximumLineBytes: Int
    private(set) var documents = 0
    /// The 1-based number of the line being assembled.
    private var lineNumber = 1
    /// The start of a line whose end is in a later chunk.
    private var pending: [UInt8] = []
    /// Set while the rest of an over-long line is being passed over.
    private var skipping = false
    private let decoder = JSONDecoder()
    var defaultDate: String?

    init(path: String, fileID: String, maximumLineBytes: Int) {
        self.path = path
        self.fileID = fileID
        self.maximumLineBytes = maximumLineBytes
    }

    mutating func feed(
        _ bytes: UnsafeRawBufferPointer, warn: (ReaderError) -> Void, _ body: (SourceDocument) throws -> Void
    ) throws {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            guard let found = memchr(base + start, 0x0A, bytes.count - start) else {
                // No line break in the rest of the chunk: carry the start of the line over.
                let rest = UnsafeRawBufferPointer(start: base + start, count: bytes.count - start)
                if !skipping {
                    if pending.count + rest.count > maximumLineBytes {
                        tooLong(warn)
                    } else {
                        pending.append(contentsOf: rest)
                    }
                }
                return
            }
            let end = base.distance(to: UnsafeRawPointer(found))
            let line = UnsafeRawBufferPointer(start: base + start, count: end - start)
            if skipping {
                skipping = false
            } else if pending.isEmpty {
                if line.count > maximumLineBytes { tooLong(warn); skipping = false } else { try decode(line, warn, body) }
            } else if pending.count + line.count > maximumLineBytes {
                tooLong(warn)
                skipping = false
            } else {
                pending.append(contentsOf: line)
                try decodePending(warn, body)
            }
            lineNumber += 1
            start = end + 1
        }
    }

    /// The last line, when the file does not end with a line break.
    mutating func finish(warn: (ReaderError) -> Void, _ body: (SourceDocument) throws -> Void) throws {
        defer { pending = [] }
        if skipping || pending.isEmpty { return }
        try decodePending(warn, body)
    }

    /// Decodes the carried-over line, then keeps its buffer for the next one.
    private mutating func decodePending(
        _ warn: (ReaderError) -> Void, _ body: (SourceDocument) throws -> Void
    ) throws {
        var whole: [UInt8] = []
        swap(&whole, &pending)
        defer {
            whole.removeAll(keepingCapacity: true)
            pending = whole
        }
        try whole.withUnsafeBytes { try decode($0, warn, body) }
    }

    private mutating func tooLong(_ warn: (ReaderError) -> Void) {
        warn(.badJSONLine(path: path, line: lineNumber, reason: "longer than \(maximumLineBytes) bytes"))
        pending = []
        skipping = true
    }

    private mutating func decode(
        _ raw: UnsafeRawBufferPointer, _ warn: (ReaderError) -> Void, _ body: (SourceDocument) throws -> Void
    ) throws {
        guard let base = raw.baseAddress else { return }
        var start = 0, end = raw.count
        if lineNumber == 1 && raw.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < end && Self.isSpace(raw[start]) { start += 1 }
        while end > start && Self.isSpace(raw[end - 1]) { end -= 1 }
        if start == end { return }
        if let bad = DocumentReader.firstInvalidUTF8(Data(bytes: base + start, count: end - start)) {
            warn(.badJSONLine(path: path, line: lineNumber, reason: "not valid UTF-8 (first bad byte at offset \(bad) of the line)"))
            return
        }
        let record: Record
        do {
            record = try decoder.decode(Record.self, from: Data(bytes: base + start, count: end - start))
        } catch {
            warn(.badJSONLine(path: path, line: lineNumber, reason: Self.describe(error)))
            return
        }
        var text = record.text
        if let title = record.title, !text.hasPrefix(title) { text = title + "\n\n" + text }
        var date = defaultDate
        if let written = record.date, !written.trimmingCharacters(in: .whitespaces).isEmpty {
            if let day = CalendarDate.normalize(written) { date = day } else {
                warn(.unreadableDate(path: path, line: lineNumber, value: written))
            }
        }
        let info = DocumentInfo(
            id: record.id ?? "\(fileID)#\(lineNumber)", title: record.title, date: date, url: record.url)
        documents += 1
        try body(SourceDocument(info: info, text: text))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0B || byte == 0x0C
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        case DecodingError.dataCorrupted: return "malformed JSON"
        default: return "\(error)"
        }
    }
}
