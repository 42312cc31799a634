public import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file so that a reader or a crash sees either the old bytes or the new ones.
///
/// The new bytes go to a temporary file beside the target, created with `O_EXCL | O_NOFOLLOW`
/// under an unpredictable name (so a planted link cannot redirect the write), given the
/// target's permissions, then renamed over it. A target reached through a symbolic link is
/// replaced where the link points, so the link stays. A device or FIFO is written to directly,
/// never replaced. SIGINT or SIGTERM during the write removes the temporary file.
public enum AtomicFile {
    /// - Parameter inputs: files the caller read; a target that is one of them is refused, so
    ///   a mistyped `-o` cannot destroy an input.
    public static func write(_ data: Data, to url: URL, inputs: [URL] = []) throws {
        var status = stat()
        let exists = stat(url.path, &status) == 0
        if exists {
            for input in inputs {
                var other = stat()
                if stat(input.path, &other) == 0, other.st_dev == status.st_dev, other.st_ino == status.st_ino {
                    throw AtomicWriteError(path: url.path, step: .sameAsInput)
                }
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                // /dev/stdout and /proc/self/fd/N name an open descriptor, whatever it points at:
                // write to it rather than replace the file behind it.
                if url.path.hasPrefix("/dev/") || url.path.hasPrefix("/proc/") {
                    return try writeInPlace(data, to: url.path, shownAs: url.path)
                }
            case S_IFDIR: throw AtomicWriteError(path: url.path, step: .isDirectory)
            case S_IFCHR, S_IFIFO: return try writeInPlace(data, to: url.path, shownAs: url.path)
            default: throw AtomicWriteError(path: url.path, step: .notRegular)
            }
        }
        let target = resolveLinks(url.path)
        SignalCleanup.install()
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<8 {
            temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(randomToken()).tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw AtomicWriteError(path: url.path, step: .create, code: errno) }
        let slot = SignalCleanup.register(temporary)
        defer { SignalCleanup.unregister(slot) }
        // A new file gets the usual 0666 less the umask; an existing one keeps its mode.
        let mode = exists ? status.st_mode & 0o7777 : 0o666 & ~currentUmask()
        var failed: AtomicWriteError?
        if fchmod(fd, mode) != 0 { failed = AtomicWriteError(path: url.path, step: .create, code: errno) }
        if failed == nil { failed = writeAll(data, to: fd, shownAs: url.path) }
        if failed == nil && fsync(fd) != 0 { failed = AtomicWriteError(path: url.path, step: .flush, code: errno) }
        close(fd)
        if let failed {
            unlink(temporary)
            throw failed
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw AtomicWriteError(path: url.path, step: .replace, code: code)
        }
        // Make the rename itself durable.
        let dirfd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Follows symbolic links (also a dangling one, whose target is then created).
    static func resolveLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return current
    }

    private static func writeInPlace(_ data: Data, to target: String, shownAs path: String) throws {
        SignalCleanup.install()
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw AtomicWriteError(path: path, step: .create, code: errno) }
        defer { close(fd) }
        if let failed = writeAll(data, to: fd, shownAs: path) { throw failed }
    }

    private static func writeAll(_ data: Data, to fd: Int32, shownAs path: String) -> AtomicWriteError? {
        data.withUnsafeBytes { buffer -> AtomicWriteError? in
            // An empty buffer may have no base address; there is nothing to write then.
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return AtomicWriteError(path: path, step: .write, code: errno)
                }
                offset += written
            }
            return nil
        }
    }

    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 36) + String(generator.next() as UInt32, radix: 36)
    }

    private static func currentUmask() -> mode_t {
        // umask can only be read by setting it; put it straight back.
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
    public enum Step: Sendable {
        case create, write, flush, replace, isDirectory, notRegular, sameAsInput
    }

    public var path: String
    public var step: Step
    public var code: Int32

    public init(path: String, step: Step, code: Int32 = 0) {
        self.path = path
        self.step = step
        self.code = code
    }

    public var description: String {
        switch step {
        case .isDirectory: return "cannot write \(path): it is a directory; give a file name"
        case .notRegular: return "cannot write \(path): it is neither a regular file, a FIFO nor a terminal or other character device"
        case .sameAsInput: return "refusing to write \(path): it is one of the inputs and would be destroyed; choose another output file"
        default: break
        }
        if code == ENOSPC || code == EFBIG || code == EDQUOT {
            return "cannot save \(path): disk full or file size limit reached (\(String(cString: strerror(code)))); free some space or raise the limit (ulimit -f)"
        }
        let verb = switch step {
        case .create: "create a temporary file"
        case .write: "write"
        case .flush: "flush"
        default: "replace the file"
        }
        return "cannot \(verb) while saving \(path): \(String(cString: strerror(code))); check that the directory exists and is writable"
    }
}

private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
