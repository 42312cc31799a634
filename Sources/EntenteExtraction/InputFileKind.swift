import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Articles must be regular files: a device (`/dev/zero`) never ends, a FIFO may never be
/// written to, and a link to either looks like a `.jsonl` by its name.
enum InputFileKind {
    /// Throws unless `url` (links followed) is a regular file; a missing file is left to the reader.
    static func requireRegularFile(_ url: URL) throws(ReaderError) {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return }
        let kind: String
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = "a directory"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        throw .notRegularFile(path: url.path, kind: kind)
    }
}
