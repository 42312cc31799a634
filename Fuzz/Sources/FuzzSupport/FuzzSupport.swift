public import Foundation
import CFuzzDriver

/// Helpers shared by the harnesses. Each harness exports `LLVMFuzzerTestOneInput`; libFuzzer
/// supplies `main`.
public enum FuzzInput {
    /// The fuzzer's bytes as Data.
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// Bytes as text the way a user file would arrive: lossy UTF-8.
    public static func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
        String(decoding: data(bytes, count), as: UTF8.self)
    }

    /// Writes the bytes to a per-process scratch file with the given extension, for the
    /// readers whose public entry point takes a file.
    public static func file(_ bytes: UnsafePointer<UInt8>?, _ count: Int, extension ext: String) -> URL {
        let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let url = URL(fileURLWithPath: directory).appendingPathComponent("entente-fuzz-\(getpid()).\(ext)")
        _ = FileManager.default.createFile(atPath: url.path, contents: data(bytes, count))
        return url
    }
}

extension FuzzInput {
    /// Runs libFuzzer with the program's arguments over `test`.
    public static func run(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32 {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&count, &arguments, test)
    }
}
