/// Actor ids by their UTF-8 bytes, in an open-addressing table: resolving the two endpoints of
/// ten million CSV rows this way needs no String and no SipHash per field.
///
/// Each slot holds the actor, a tag from the hash, and where the id's bytes lie, so that a
/// lookup touches one slot line (probes that miss are settled by the tag) and the id bytes
/// once: two cache misses on a table far larger than the cache, instead of four or five.
struct ActorIDTable {
    private struct Slot {
        var actor: Int32 = -1
        var tag: UInt32 = 0
        var offset: UInt32 = 0
        var length: UInt32 = 0
    }

    private var bytes: [UInt8] = []
    private var slots: [Slot]
    private let mask: Int

    init(ids: [String]) {
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        for (a, id) in ids.enumerated() {
            let offset = bytes.count
            bytes.append(contentsOf: id.utf8)
            let hash = bytes.withUnsafeBufferPointer {
                Self.hash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[offset...])))
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].actor >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(
                actor: Int32(a), tag: UInt32(truncatingIfNeeded: hash >> 32), offset: UInt32(offset),
                length: UInt32(bytes.count - offset))
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
        let hash = Self.hash(key)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                while true {
                    let entry = slots[slot]
                    if entry.actor < 0 { return nil }
                    if entry.tag == tag && Int(entry.length) == key.count {
                        let low = Int(entry.offset)
                        if UnsafeBufferPointer(rebasing: stored[low..<(low + key.count)]).elementsEqual(key) {
                            return entry.actor
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
