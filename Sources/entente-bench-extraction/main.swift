// Extraction throughput benchmark: streams a JSON Lines corpus through `Extractor.extract`
// and prints JSON with the time taken, MB/s, sentences/s, words/s, the relations found and
// the peak resident memory. Run by scripts/bench-extraction; not part of `swift test`.
//
//     entente-bench-extraction CORPUS.jsonl
//
// Counting rules, shared with scripts/bench_extraction.py so the figures compare:
// - bytes: the UTF-8 bytes of each document's text (MB = 10^6 bytes);
// - words: runs of bytes other than ASCII whitespace (space, \t, \n, \v, \f, \r);
// - sentences: a `.`, `!` or `?`, then any closing `"`, `'`, `)`, `”`, `’`, then ASCII
//   whitespace or the end of the text.
import EntenteExtraction
import EntenteGraph
import Foundation

struct TextCounts {
    var bytes = 0
    var words = 0
    var sentences = 0

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes += bytes.count
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if Self.isSpace(byte) {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                    var j = i + 1
                    while j < n {
                        if bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 {
                            j += 1
                        } else if j + 2 < n && bytes[j] == 0xE2 && bytes[j + 1] == 0x80
                            && (bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99) {
                            j += 3
                        } else {
                            break
                        }
                    }
                    if j == n || Self.isSpace(bytes[j]) { sentences += 1 }
                }
            }
            i += 1
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

struct Report: Encodable {
    var tool = "entente"
    var corpus: String
    var fileBytes: Int
    var documents: Int
    var badLines: Int
    var bytes: Int
    var words: Int
    var sentences: Int
    var relations: Int
    var actors: Int
    var setupSeconds: Double
    var seconds: Double
    var extractSeconds: Double
    var mbPerS: Double
    var sentencesPerS: Double
    var wordsPerS: Double
    var extractWordsPerS: Double
    var cpuSeconds: Double
    var cpuWordsPerS: Double
    var peakRssMiB: Double
    var note: String

    enum CodingKeys: String, CodingKey {
        case tool, corpus, documents, bytes, words, sentences, relations, actors, seconds, note
        case fileBytes = "file_bytes", badLines = "bad_lines", setupSeconds = "setup_seconds"
        case extractSeconds = "extract_seconds", mbPerS = "mb_per_s", sentencesPerS = "sentences_per_s"
        case wordsPerS = "words_per_s", extractWordsPerS = "extract_words_per_s"
        case cpuSeconds = "cpu_seconds", cpuWordsPerS = "cpu_words_per_s", peakRssMiB = "peak_rss_mib"
    }
}

/// User plus system CPU time of this process so far, in seconds: unlike wall time, it does
/// not grow when other processes share the core.
func cpuSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Peak resident set size in KiB (VmHWM), or 0 where /proc is not there.
func peakResidentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") ?? 0
    }
    return 0
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

func rounded(_ value: Double, _ places: Double = 3) -> Double {
    let scale = pow(10, places)
    return (value * scale).rounded() / scale
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("entente-bench-extraction: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first, !path.hasPrefix("-") else {
    fail("usage: entente-bench-extraction CORPUS.jsonl")
}
let url = URL(fileURLWithPath: path)
let fileBytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0

let clock = ContinuousClock()
let setupStart = clock.now
let extractor: Extractor
do {
    extractor = Extractor(lexicon: try Lexicon.builtIn())
} catch {
    fail("cannot load the built-in lexicon: \(error)")
}
let setup = clock.now - setupStart

var counts = TextCounts()
var documents = 0
var badLines = 0
var relations = 0
var actors = 0
var extractTime = Duration.zero
let start = clock.now
let cpuStart = cpuSeconds()
do {
    try JSONLinesStream().forEachDocument(in: url, warn: { _ in badLines += 1 }) { document in
        counts.add(document.text)
        let before = clock.now
        let extraction = extractor.extract(document)
        extractTime += clock.now - before
        documents += 1
        relations += extraction.relations.count
        actors += extraction.actors.count
    }
} catch {
    fail("\(error)")
}
let elapsed = seconds(clock.now - start)
let cpu = cpuSeconds() - cpuStart

let report = Report(
    corpus: path, fileBytes: fileBytes, documents: documents, badLines: badLines,
    bytes: counts.bytes, words: counts.words, sentences: counts.sentences,
    relations: relations, actors: actors,
    setupSeconds: rounded(seconds(setup)), seconds: rounded(elapsed),
    extractSeconds: rounded(seconds(extractTime)),
    mbPerS: rounded(Double(counts.bytes) / 1e6 / elapsed),
    sentencesPerS: rounded(Double(counts.sentences) / elapsed, 1),
    wordsPerS: rounded(Double(counts.words) / elapsed, 1),
    extractWordsPerS: rounded(Double(counts.words) / seconds(extractTime), 1),
    cpuSeconds: rounded(cpu), cpuWordsPerS: rounded(Double(counts.words) / cpu, 1),
    peakRssMiB: rounded(Double(peakResidentKiB()) / 1024, 1),
    note: "whole corpus, streamed; rates over wall time of reading + extraction (lexicon load excluded, see setup_seconds)"
)
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
do {
    let data = try encoder.encode(report)
    print(String(decoding: data, as: UTF8.self))
} catch {
    fail("cannot encode the report: \(error)")
}
