import EntenteGraph
import Foundation
import FuzzSupport

/// Bytes as a snapshot: JSON (`Snapshot.decode`) and, with the magic prepended, binary
/// (`BinarySnapshot.decode`), so both decoders see every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = FuzzInput.data(bytes, count)
    _ = try? Snapshot.decode(data, path: "fuzz")
    _ = try? BinarySnapshot.decode(BinarySnapshot.isBinary(data) ? data : Data(BinarySnapshot.magic) + data, path: "fuzz")
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_snapshot_main`): hands over to libFuzzer.
@_cdecl("fuzz_snapshot_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
