import EntenteExtraction
import FuzzSupport

/// Bytes as a .jsonl file through the streaming reader, with tiny chunks and a small line
/// limit so lines straddle chunks and overlong lines are hit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let url = FuzzInput.file(bytes, count, extension: "jsonl")
    let chunk = count > 0 ? Int(bytes![0] % 16) + 1 : 1
    for stream in [JSONLinesStream(), JSONLinesStream(chunkBytes: chunk, maximumLineBytes: 64)] {
        _ = try? stream.forEachDocument(in: url, warn: { _ in }) { _ in }
    }
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_jsonl_stream_main`): hands over to libFuzzer.
@_cdecl("fuzz_jsonl_stream_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
