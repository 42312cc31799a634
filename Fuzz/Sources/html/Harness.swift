import EntenteExtraction
import FuzzSupport

/// Bytes as an .html article through the document reader (decoding checks, tag stripping).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let url = FuzzInput.file(bytes, count, extension: "html")
    _ = try? DocumentReader().read(url)
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_html_main`): hands over to libFuzzer.
@_cdecl("fuzz_html_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
