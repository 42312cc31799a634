import EntenteExtraction
import FuzzSupport

/// Bytes as a user lexicon YAML, merged into an empty lexicon and validated.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    var lexicon = Lexicon()
    if (try? lexicon.merge(yaml: FuzzInput.text(bytes, count), source: "fuzz.yaml")) != nil {
        _ = try? lexicon.validate()
    }
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_lexicon_main`): hands over to libFuzzer.
@_cdecl("fuzz_lexicon_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
