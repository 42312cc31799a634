import EntenteExtraction
import FuzzSupport

/// Bytes as a .jsonl file through the whole-file reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let url = FuzzInput.file(bytes, count, extension: "jsonl")
    _ = try? DocumentReader().read(url) { _ in }
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_jsonl_main`): hands over to libFuzzer.
@_cdecl("fuzz_jsonl_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
