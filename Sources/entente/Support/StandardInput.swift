import EntenteExtraction
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `-` among a command's inputs: standard input, read as JSON Lines when its first
/// non-blank byte is `{` (streamed, one record at a time, as a `.jsonl` file is) and as one
/// plain-text article otherwise. This is what lets `entente extract -` sit in a pipe, e.g. as a
/// Spark `RDD.pipe()` stage.
enum StandardInput {
    static let argument = "-"
    static let name = "standard input"

    /// - Parameter date: the day for documents that carry none (`ingest --date`).
    static func forEachDocument(
        maximumBytes: Int, date: String? = nil, warn: (ReaderError) -> Void, _ body: (SourceDocument) throws -> Void
    ) throws {
        // A stream of our own on descriptor 0: the C library's `stdin` global is shared
        // mutable state that strict concurrency rejects.
        guard let file = fdopen(dup(0), "rb") else {
            throw ReaderError.unreadable(path: name, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var first = getc(file)
        while first == 0x20 || first == 0x0A || first == 0x0D || first == 0x09 { first = getc(file) }
        if first == EOF { throw ReaderError.empty(path: name) }
        ungetc(first, file)
        if first == 0x7B {
            var stream = JSONLinesStream(maximumLineBytes: maximumBytes)
            stream.date = date
            try stream.forEachDocument(reading: file, path: name, fileID: "stdin", warn: warn, body)
            return
        }
        var document = try article(from: file, maximumBytes: maximumBytes)
        document.info.date = document.info.date ?? date
        try body(document)
    }

    private static func article(from file: UnsafeMutablePointer<FILE>, maximumBytes: Int) throws -> SourceDocument {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > maximumBytes {
                throw ReaderError.tooLarge(path: name, bytes: bytes.count, limit: maximumBytes)
            }
        }
        if ferror(file) != 0 { throw ReaderError.unreadable(path: name, reason: String(cString: strerror(errno))) }
        if bytes.contains(0) { throw ReaderError.binary(path: name) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let valid = String(decoding: bytes, as: UTF8.self).utf8.count
            throw ReaderError.invalidUTF8(path: name, offset: min(valid, bytes.count))
        }
        return DocumentReader.plainDocument(id: "stdin", text: text)
    }
}
