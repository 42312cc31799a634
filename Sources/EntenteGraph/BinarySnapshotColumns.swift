import Foundation

/// Interns strings; ids, documents and dates repeat across millions of relations.
struct StringTable {
    var offsets: [UInt64] = [0]
    var bytes: [UInt8] = []
    private var indices: [String: Int32] = [:]
    private var lastString = ""
    private var lastIndex: Int32 = -1

    mutating func index(of string: String) -> Int32 {
        // Consecutive relations usually share a document, so check the last one first.
        if lastIndex >= 0 && string == lastString { return lastIndex }
        let index: Int32
        if let known = indices[string] {
            index = known
        } else {
            index = Int32(offsets.count - 1)
            bytes.append(contentsOf: string.utf8)
            offsets.append(UInt64(bytes.count))
            indices[string] = index
        }
        lastString = string
        lastIndex = index
        return index
    }

    mutating func optionalIndex(of string: String?) -> Int32 { string.map { index(of: $0) } ?? -1 }
}

struct ColumnWriter {
    var data = Data()

    mutating func append<T: FixedWidthInteger>(_ column: [T]) {
        // Little-endian hosts (every platform Swift targets today) write columns as they are.
        if 1.littleEndian == 1 {
            column.withUnsafeBytes { data.append(contentsOf: $0) }
        } else {
            for value in column { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        }
        let padding = (8 - data.count % 8) % 8
        if padding > 0 { data.append(contentsOf: [UInt8](repeating: 0, count: padding)) }
    }
}

struct ColumnReader {
    let bytes: UnsafeRawBufferPointer
    let path: String
    var offset = 0

    init(bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    mutating func scalar<T: FixedWidthInteger>(_: T.Type) throws(SnapshotError) -> T {
        guard offset + MemoryLayout<T>.size <= bytes.count else {
            throw .corrupt(path: path, reason: "it is cut short")
        }
        let value = T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
        offset += MemoryLayout<T>.size
        return value
    }

    mutating func count() throws(SnapshotError) -> Int {
        let value = try scalar(UInt64.self)
        guard value < UInt64(Int32.max) * 64 else { throw .corrupt(path: path, reason: "a count (\(value)) is implausible") }
        return Int(value)
    }

    /// A length read from the file, refused unless that many bytes are left.
    func length(_ value: UInt64, of what: String) throws(SnapshotError) -> Int {
        guard value <= UInt64(bytes.count - offset) else {
            throw .corrupt(path: path, reason: "\(what) claims \(value) bytes where \(bytes.count - offset) are left")
        }
        return Int(value)
    }

    mutating func slice(count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        guard count >= 0, offset + count <= bytes.count else { throw .corrupt(path: path, reason: "it is cut short") }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        offset += count
        offset += (8 - offset % 8) % 8
        return slice
    }

    mutating func column<T: FixedWidthInteger>(_: T.Type, count: Int) throws(SnapshotError) -> [T] {
        let raw = try slice(count: count * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            if 1.littleEndian != 1 {
                for i in 0..<count { buffer[i] = T(littleEndian: buffer[i]) }
            }
            initialized = count
        }
    }
}
