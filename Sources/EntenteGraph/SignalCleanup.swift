#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// Removes the temporary files of writes in progress when SIGINT, SIGTERM or SIGHUP arrives,
/// then lets the signal end the process as it would have. Also ignores SIGXFSZ, so that
/// exceeding `ulimit -f` is an EFBIG error that `AtomicFile` reports instead of a silent death.
///
/// The handler may only call async-signal-safe functions, so paths live in fixed C buffers
/// that it reads without locks: a slot is in use while its first byte is not zero, and that
/// byte is written last when a path is recorded.
enum SignalCleanup {
    private static let slotCount = 32
    private static let pathCapacity = 4096
    nonisolated(unsafe) private static let buffers: UnsafeMutablePointer<CChar> = {
        let buffers = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * pathCapacity)
        buffers.initialize(repeating: 0, count: slotCount * pathCapacity)
        return buffers
    }()
    private static let installed = Atomic<Bool>(false)
    private static let lock = Mutex<Void>(())

    static func install() {
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        _ = buffers
        signal(SIGXFSZ, SIG_IGN)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var previous = sigaction()
            sigaction(sig, nil, &previous)
            // Leave alone a signal the program ignores or handles itself.
            guard previous.__sigaction_handler.sa_handler == nil else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                for i in 0..<SignalCleanup.slotCount {
                    let path = SignalCleanup.buffers + i * SignalCleanup.pathCapacity
                    if path.pointee != 0 { unlink(path) }
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigaction(sig, &action, nil)
        }
    }

    /// Records a path for removal on a signal; nil when all slots are taken or it is too long.
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8CString)
        guard bytes.count <= pathCapacity, bytes.count > 1 else { return nil }
        return lock.withLock { _ -> Int? in
            for i in 0..<slotCount where buffers[i * pathCapacity] == 0 {
                let slot = buffers + i * pathCapacity
                for j in 1..<bytes.count { slot[j] = bytes[j] }
                slot[0] = bytes[0]
                return i
            }
            return nil
        }
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in buffers[slot * pathCapacity] = 0 }
    }
}
