import EntenteGraph
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct ArticleDateTests {
    @Test(arguments: [
        ("2019-07-24", "2019-07-24"), ("2019-07-24T10:00:00Z", "2019-07-24"), ("2019-07-24 23:10", "2019-07-24"),
        ("24/07/2019", "2019-07-24"), ("07/24/2019", "2019-07-24"), ("24.07.2019", "2019-07-24"),
        ("2019/07/24", "2019-07-24"), ("20190724", "2019-07-24"), ("July 24, 2019", "2019-07-24"),
        ("24 July 2019", "2019-07-24"), ("Jul 24 2019", "2019-07-24"),
        ("Wed, 24 Jul 2019 23:30:00 -0500", "2019-07-24"), ("Wed, 24 Jul 2019 10:00:00 GMT", "2019-07-24"),
    ])
    func writtenFormsAreNormalised(written: String, expected: String) {
        #expect(CalendarDate.normalize(written) == expected)
    }

    @Test(arguments: ["2025-13-01", "2025-02-30", "yesterday", "24/13/2019", "2019-07", ""])
    func impossibleOrUnreadableDatesAreRefused(written: String) {
        #expect(CalendarDate.normalize(written) == nil)
        #expect(!CalendarDate.isValid(written))
    }

    @Test func leapDaysAreReal() {
        #expect(CalendarDate.isValid("2024-02-29"))
        #expect(!CalendarDate.isValid("2023-02-29"))
    }

    @Test func htmlMetadataGivesTheDate() {
        #expect(ArticleDates.fromHTML(#"<head><meta property="article:published_time" content="2024-06-12T08:00:00Z"></head>"#) == "2024-06-12")
        #expect(ArticleDates.fromHTML(#"<meta content="2024-06-13" property="article:published_time">"#) == "2024-06-13")
        #expect(ArticleDates.fromHTML(#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-14T09:00:00+02:00"}</script>"#) == "2024-06-14")
        #expect(ArticleDates.fromHTML(#"<p>Posted <time datetime="2024-06-15">Saturday</time></p>"#) == "2024-06-15")
        #expect(ArticleDates.fromHTML("<p>no date here</p>") == nil)
    }

    @Test func datelinesTakeTheirYearFromTheTextOrTheCommandLine() {
        #expect(ArticleDates.fromDateline("Headline\n\nMOSCOW, June 12 (Reuters) - Words.", year: 2024) == "2024-06-12")
        #expect(ArticleDates.fromDateline("ST PETERSBURG, July 23, 2023 (Wire) - Words.", year: nil) == "2023-07-23")
        #expect(ArticleDates.fromDateline("KYIV, 3 March - Words.", year: 2022) == "2022-03-03")
        // Without a year anywhere the article stays undated rather than guessed.
        #expect(ArticleDates.fromDateline("MOSCOW, June 12 (Reuters) - Words.", year: nil) == nil)
        #expect(ArticleDates.fromDateline("Russia said on June 12 that it would talk.", year: 2024) == nil)
    }

    @Test func readerDatesEachKindOfFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = directory.appendingPathComponent("a.txt"), html = directory.appendingPathComponent("b.html")
        let lines = directory.appendingPathComponent("c.jsonl")
        try "Title\nMOSCOW, June 12 (Wire) - Russia met China.".write(to: text, atomically: true, encoding: .utf8)
        try #"<html><head><title>T</title><meta property="article:published_time" content="2024-01-02"></head><body><p>Russia met China.</p></body></html>"#
            .write(to: html, atomically: true, encoding: .utf8)
        try """
            {"id": "1", "text": "Russia met China.", "date": "24/07/2019"}
            {"id": "2", "text": "Russia met China.", "date": "someday"}
            {"id": "3", "text": "Russia met China."}
            """.write(to: lines, atomically: true, encoding: .utf8)
        var reader = DocumentReader()
        reader.date = "2024-05-01"
        #expect(try reader.read(text).first?.info.date == "2024-06-12")
        #expect(try reader.read(html).first?.info.date == "2024-01-02")
        var warnings: [ReaderError] = []
        let documents = try reader.read(lines) { warnings.append($0) }
        #expect(documents.map(\.info.date) == ["2019-07-24", "2024-05-01", "2024-05-01"])
        #expect(warnings == [.unreadableDate(path: lines.path, line: 2, value: "someday")])
    }
}
