import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Read-only bytes that outlive the call that produced them: a file mapped into memory, or a
/// heap copy of bytes handed over in a `Data`. Columns of a `GraphFile` point into it.
///
/// The mapping is private and read-only; `AtomicFile` replaces files by rename, so a writer
/// never changes the bytes of a mapped file under a reader (a file truncated in place by
/// another program would still fault, as with any mapped file).
final class MappedRegion: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// Maps the whole file.
    init(contentsOf path: String) throws(SnapshotError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: path, reason: "it is not a regular file")
        }
        let size = Int(status.st_size)
        if size == 0 { throw .empty(path: path) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
        mapped = true
    }

    /// Copies `data` into 8-byte-aligned memory, so columns can be read in place.
    init(copying data: Data) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { storage.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: storage[0..<data.count])
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() }
        }
    }
}

/// A column of 32-bit integers read in place: from a `MappedRegion`, or from memory this value
/// owns. Either way the storage lives as long as the column. Values are in the host's order;
/// `GraphFile` opens files only on little-endian hosts, the order it writes.
struct Int32Column: RandomAccessCollection, @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Int32>
    private let owner: AnyObject

    init(_ array: [Int32]) {
        let storage = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Swift.max(array.count, 1))
        _ = storage.initialize(from: array)
        let box = OwnedStorage(storage)
        buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<array.count])
        owner = box
    }

    /// `count` values at `offset` of `region`, which the caller has checked lie inside it and
    /// are 4-byte aligned.
    init(region: MappedRegion, offset: Int, count: Int) {
        let start = region.bytes.baseAddress.map { ($0 + offset).assumingMemoryBound(to: Int32.self) }
        buffer = UnsafeBufferPointer(start: count == 0 ? nil : start, count: count)
        owner = region
    }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    @inline(__always)
    subscript(position: Int) -> Int32 {
        precondition(position >= 0 && position < buffer.count, "column index out of range")
        return buffer[position]
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Int32>) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) { try body(buffer) }
    }
}

private final class OwnedStorage: @unchecked Sendable {
    let storage: UnsafeMutableBufferPointer<Int32>
    init(_ storage: UnsafeMutableBufferPointer<Int32>) { self.storage = storage }
    deinit { storage.deallocate() }
}
