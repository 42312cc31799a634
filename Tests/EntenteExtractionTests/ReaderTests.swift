import EntenteExtraction
import Foundation
import Testing

@Suite("Reading articles")
struct ReaderTests {
    func write(_ data: Data, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test func emptyFileIsAClearError() throws {
        let url = try write(Data(), name: "empty.txt")
        #expect(throws: ReaderError.empty(path: url.path)) { try DocumentReader().read(url) }
    }

    @Test func binaryFileIsRefused() throws {
        let url = try write(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]), name: "image.txt")
        #expect(throws: ReaderError.binary(path: url.path)) { try DocumentReader().read(url) }
    }

    @Test func invalidUTF8NamesTheOffset() throws {
        let url = try write(Data("Caf".utf8) + Data([0xE9, 0x20]) + Data("ok".utf8), name: "latin1.txt")
        #expect(throws: ReaderError.invalidUTF8(path: url.path, offset: 3)) { try DocumentReader().read(url) }
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        var data = Data([0xFF, 0xFE])
        data.append("Russia attacked Ukraine.".data(using: .utf16LittleEndian)!)
        let url = try write(data, name: "utf16.txt")
        let documents = try DocumentReader().read(url)
        #expect(documents.first?.text == "Russia attacked Ukraine.")
    }

    @Test func htmlDropsScriptsAndKeepsParagraphs() throws {
        let html = """
            <html><head><title>Strikes &amp; talks</title><script>var x = "Russia attacked Poland";</script></head>
            <body><nav>Menu</nav><p>Israel struck Lebanon on Monday.</p><p>Qatar &quot;mediated&quot;.</p></body></html>
            """
        let url = try write(Data(html.utf8), name: "page.html")
        let document = try #require(try DocumentReader().read(url).first)
        #expect(document.info.title == "Strikes & talks")
        #expect(!document.text.contains("Poland"))
        #expect(document.text.contains("Israel struck Lebanon on Monday."))
        #expect(document.text.contains("Qatar \"mediated\"."))
    }

    @Test func jsonLinesReportsABadLineAndReadsTheRest() throws {
        let lines = """
            {"id": "a1", "title": "One", "text": "Russia attacked Ukraine.", "date": "2024-03-01T10:00:00Z", "url": "https://example.org/a1"}
            {"id": "a2", "text": 
            {"id": "a3", "text": "China warned Taiwan."}
            """
        let url = try write(Data(lines.utf8), name: "feed.jsonl")
        var warnings: [ReaderError] = []
        let documents = try DocumentReader().read(url) { warnings.append($0) }
        #expect(documents.map(\.info.id) == ["a1", "a3"])
        #expect(documents[0].info.date == "2024-03-01")
        #expect(documents[0].info.url == "https://example.org/a1")
        #expect(warnings.count == 1)
        if case .badJSONLine(_, let line, _) = warnings.first { #expect(line == 2) } else { Issue.record("no line warning") }
    }

    @Test func directoriesAreReadRecursivelyInOrder() throws {
        let first = try write(Data("A\n\nRussia attacked Ukraine.".utf8), name: "b.txt")
        let directory = first.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("B\n\nChina warned Japan.".utf8).write(to: directory.appendingPathComponent("sub/a.txt"))
        try Data("ignored".utf8).write(to: directory.appendingPathComponent("notes.md"))
        let files = try DocumentReader().articleFiles(at: [directory.path])
        #expect(files.map(\.lastPathComponent) == ["b.txt", "a.txt"])
    }
}
