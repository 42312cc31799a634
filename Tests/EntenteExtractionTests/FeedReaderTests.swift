import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct FeedReaderTests {
    func write(_ text: String, _ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func rssItemsAreArticles() throws {
        let url = try write("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>
            <item><title>Talks &amp; troops</title><link>https://example.org/1</link>
            <pubDate>Wed, 24 Jul 2019 10:00:00 GMT</pubDate>
            <description><![CDATA[<p>Russia met China in Beijing.</p>]]></description></item>
            <item><title>Empty</title><link>https://example.org/2</link></item>
            </channel></rss>
            """, "news.rss")
        let documents = try DocumentReader().read(url)
        #expect(documents.count == 1)
        let first = try #require(documents.first)
        #expect(first.info.title == "Talks & troops")
        #expect(first.info.date == "2019-07-24" && first.info.url == "https://example.org/1")
        #expect(first.text.contains("Russia met China in Beijing.") && !first.text.contains("<p>"))
    }

    @Test func atomEntriesAreArticles() throws {
        let url = try write("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
            <entry><id>urn:a:1</id><title>Strike</title><link rel="alternate" href="https://example.org/a"/>
            <published>2024-06-12T08:00:00Z</published><summary>Russia attacked Ukraine.</summary></entry>
            </feed>
            """, "news.atom")
        let document = try #require(try DocumentReader().read(url).first)
        #expect(document.info.id == "urn:a:1" && document.info.url == "https://example.org/a")
        #expect(document.info.date == "2024-06-12")
        #expect(document.text.hasPrefix("Strike\n\nRussia attacked Ukraine."))
    }

    @Test func brokenFeedIsAClearError() throws {
        let url = try write("<rss><channel><item><title>x</item>", "bad.rss")
        #expect { _ = try DocumentReader().read(url) } throws: { "\($0)".contains("not a well-formed RSS or Atom feed") }
    }
}
