public import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file so that a reader or a crash sees either the old bytes or the new ones.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw AtomicWriteError(path: url.path, step: "create a temporary file", code: errno) }
        var failed: AtomicWriteError?
        data.withUnsafeBytes { buffer in
            // An empty buffer may have no base address; there is nothing to write then.
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = AtomicWriteError(path: url.path, step: "write", code: errno)
                    return
                }
                offset += written
            }
        }
        if failed == nil && fsync(fd) != 0 { failed = AtomicWriteError(path: url.path, step: "flush", code: errno) }
        close(fd)
        if let failed {
            unlink(temporary.path)
            throw failed
        }
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw AtomicWriteError(path: url.path, step: "replace", code: code)
        }
        // Make the rename itself durable.
        let dirfd = open(directory.path, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }
}

public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var step: String
    public var code: Int32

    public var description: String {
        "cannot \(step) while saving \(path): \(String(cString: strerror(code))); check that the directory exists and is writable"
    }
}

private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
