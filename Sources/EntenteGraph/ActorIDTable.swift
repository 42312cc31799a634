/// Actor ids by their UTF-8 bytes, in an open-addressing table: resolving the two endpoints of
/// ten million CSV rows this way needs no String and no SipHash per field.
struct ActorIDTable {
    private var bytes: [UInt8] = []
    /// Id of actor `a` is `bytes[start[a] ..< start[a + 1]]`.
    private var start: [Int] = [0]
    /// Actor index per slot, -1 for empty; the size is a power of two at least twice the ids.
    private var slots: [Int32]
    private let mask: Int

    init(ids: [String]) {
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (a, id) in ids.enumerated() {
            bytes.append(contentsOf: id.utf8)
            start.append(bytes.count)
            let low = start[a], high = start[a + 1]
            var slot = bytes.withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[low..<high])))) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(a)
        }
    }

    /// FNV-1a over the bytes, then a final mix so that the low bits (the slot) depend on all.
    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// The actor whose id is exactly `key`.
    /// - Complexity: O(length of `key`) on average.
    func index(of key: UnsafeRawBufferPointer) -> ActorIndex? {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let a = slots[slot]
                if a < 0 { return nil }
                let low = start[Int(a)], high = start[Int(a) + 1]
                if high - low == key.count && UnsafeBufferPointer(rebasing: stored[low..<high]).elementsEqual(key) {
                    return a
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
