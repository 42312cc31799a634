import EntenteRendering
import FuzzSupport

/// Bytes as a style sheet YAML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    _ = try? StyleSheet.parse(FuzzInput.text(bytes, count), source: "fuzz.yaml")
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_style_main`): hands over to libFuzzer.
@_cdecl("fuzz_style_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
