import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive advisory lock beside a snapshot (`G.lock`), so two `ingest` runs on the same
/// snapshot take turns instead of one overwriting the other's additions.
struct SnapshotLock: ~Copyable {
    private let descriptor: Int32

    init(for snapshot: String) throws {
        let path = snapshot + ".lock"
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw ValidationErrorMessage("cannot create lock file \(path): \(String(cString: strerror(errno))); check the directory is writable")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR {
                close(descriptor)
                throw ValidationErrorMessage("cannot lock \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
