import EntenteExtraction
import EntenteGraph
import Foundation
import Testing

@Suite("Streaming JSON Lines")
struct JSONLinesStreamTests {
    func write(_ text: String, name: String = "feed.jsonl") throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("entente-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func record(_ id: String, _ text: String) -> String {
        "{\"id\": \"\(id)\", \"title\": \"Headline \(id)\", \"text\": \"\(text)\", \"date\": \"2024-03-01T10:00:00Z\"}"
    }

    @Test func readsLinesThatStraddleManySmallChunks() throws {
        let long = String(repeating: "Russia attacked Ukraine. ", count: 40)
        let lines = (1...5).map { record("a\($0)", long) }
        let url = try write(lines.joined(separator: "\n") + "\n")
        var ids: [String] = []
        var texts: [String] = []
        let count = try JSONLinesStream(chunkBytes: 7).forEachDocument(in: url) {
            ids.append($0.info.id)
            texts.append($0.text)
        }
        #expect(count == 5)
        #expect(ids == ["a1", "a2", "a3", "a4", "a5"])
        #expect(texts == ids.map { "Headline \($0)\n\n" + long })
    }

    @Test func givesTheSameDocumentsAsTheWholeFileReader() throws {
        let lines = [
            record("a1", "Russia attacked Ukraine."),
            "",
            "{\"text\": \"China warned Taiwan.\", \"url\": \"https://example.org/x\"}",
            record("a3", "Iran supplied drones to Russia."),
        ]
        let url = try write(lines.joined(separator: "\n"))
        let whole = try DocumentReader().read(url)
        var streamed: [SourceDocument] = []
        try JSONLinesStream(chunkBytes: 16).forEachDocument(in: url) { streamed.append($0) }
        #expect(streamed.map(\.info) == whole.map(\.info))
        #expect(streamed.map(\.text) == whole.map(\.text))
        #expect(streamed.count == 3)
        #expect(streamed.dropFirst().first?.info.id == "feed.jsonl#3")
        #expect(streamed.first?.info.date == "2024-03-01")
    }

    @Test func readsWindowsLineBreaks() throws {
        let url = try write(record("a1", "Russia attacked Ukraine.") + "\r\n\r\n" + record("a2", "China warned Taiwan.") + "\r\n")
        var documents: [SourceDocument] = []
        try JSONLinesStream(chunkBytes: 3).forEachDocument(in: url) { documents.append($0) }
        #expect(documents.map(\.info.id) == ["a1", "a2"])
        #expect(documents.last?.text == "Headline a2\n\nChina warned Taiwan.")
    }

    @Test func reportsABadLineWithItsNumberAndReadsTheRest() throws {
        let lines = [
            record("a1", "Russia attacked Ukraine."),
            "{\"id\": \"a2\", \"text\": ",
            "{\"id\": \"a3\"}",
            record("a4", "China warned Taiwan."),
        ]
        let url = try write(lines.joined(separator: "\n") + "\n")
        var warnings: [ReaderError] = []
        var ids: [String] = []
        try JSONLinesStream(chunkBytes: 10).forEachDocument(in: url, warn: { warnings.append($0) }) {
            ids.append($0.info.id)
        }
        #expect(ids == ["a1", "a4"])
        #expect(warnings == [
            .badJSONLine(path: url.path, line: 2, reason: "malformed JSON"),
            .badJSONLine(path: url.path, line: 3, reason: "missing \"text\""),
        ])
    }

    @Test func readsTheLastLineWithoutALineBreak() throws {
        let url = try write(record("a1", "Russia attacked Ukraine.") + "\n" + record("a2", "China warned Taiwan."))
        for chunk in [1, 5, 64, JSONLinesStream.defaultChunkBytes] {
            var ids: [String] = []
            try JSONLinesStream(chunkBytes: chunk).forEachDocument(in: url) { ids.append($0.info.id) }
            #expect(ids == ["a1", "a2"], "chunk of \(chunk) bytes")
        }
    }

    @Test func skipsALineLongerThanTheLimitWithoutHoldingIt() throws {
        let lines = [
            record("a1", String(repeating: "x", count: 500)),
            record("a2", "China warned Taiwan."),
            record("a3", String(repeating: "y", count: 500)),
        ]
        let url = try write(lines.joined(separator: "\n"))
        var warnings: [ReaderError] = []
        var ids: [String] = []
        try JSONLinesStream(chunkBytes: 32, maximumLineBytes: 200)
            .forEachDocument(in: url, warn: { warnings.append($0) }) { ids.append($0.info.id) }
        #expect(ids == ["a2"])
        #expect(warnings == [
            .badJSONLine(path: url.path, line: 1, reason: "longer than 200 bytes"),
            .badJSONLine(path: url.path, line: 3, reason: "longer than 200 bytes"),
        ])
    }

    @Test func missingAndEmptyFilesAreClearErrors() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("entente-no-such-\(UUID().uuidString).jsonl")
        #expect(throws: ReaderError.notFound(path: missing.path)) {
            try JSONLinesStream().forEachDocument(in: missing) { _ in }
        }
        let empty = try write("")
        #expect(throws: ReaderError.empty(path: empty.path)) {
            try JSONLinesStream().forEachDocument(in: empty) { _ in }
        }
        let onlyBad = try write("not json\n")
        #expect(throws: ReaderError.noArticles(path: onlyBad.path)) {
            try JSONLinesStream().forEachDocument(in: onlyBad) { _ in }
        }
    }
}
