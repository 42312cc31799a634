import EntenteExtraction
import EntenteGraph
import FuzzSupport

/// Built once: the shipped lexicon.
nonisolated(unsafe) let extractor = Extractor(lexicon: try! Lexicon.builtIn())

/// Bytes → UTF-8 text → extraction of one document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let text = FuzzInput.text(bytes, count)
    let document = DocumentReader.plainDocument(id: "fuzz", text: text)
    _ = extractor.extract(document)
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_extractor_main`): hands over to libFuzzer.
@_cdecl("fuzz_extractor_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
