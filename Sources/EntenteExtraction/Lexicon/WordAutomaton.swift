import Foundation

/// A deterministic automaton over UTF-8 bytes that recognises every word of the lexicon and
/// names it by its `WordID`: a trie compiled into flat arrays when the lexicon is loaded.
///
/// Reading a token costs one transition per byte however many words the lexicon holds, so a
/// dictionary of thousands of names and phrases reads as fast as a small one. Non-ASCII words
/// are stored and looked up in Unicode normal form C, which makes the automaton agree with
/// Swift's string equality (canonical equivalence).
struct WordAutomaton: Sendable {
    /// A double-array trie: the transition on `byte` from state `s` leads to
    /// `t = base[s] + byte + 1` when `check[t] == s`; state 0 is the start.
    /// `base`, `check` and the word that ends at the state (or -1) side by side: a transition
    /// reads the check of the state it reaches and then that state's base, and the last one its
    /// word, from one cache line instead of three arrays far apart.
    private let cells: [Cell]

    /// - Parameter words: the word with id `i` at position `i`.
    /// - Complexity: O(n log n) in the number of words to sort them, then about one pass over
    ///   their bytes; states are placed straight from the sorted words, with no trie of nodes.
    init(_ words: [String]) {
        let keys = words.enumerated().map { (bytes: Self.normalized($0.element), id: Int32($0.offset)) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var base = [Int32](repeating: 0, count: 1024)
        var check = [Int32](repeating: -1, count: 1024)
        var wordAt = [Int32](repeating: -1, count: 1024)
        check[0] = 0
        var firstFree = 1
        // A state with the sorted words below it, which share their first `depth` bytes.
        // States are placed breadth first: the shallow states every word passes through end up
        // together at the front, where they stay in cache.
        var pending: [(state: Int, words: Range<Int>, depth: Int)] = [(0, keys.indices, 0)]
        var head = 0
        var children: [(code: Int, words: Range<Int>)] = []
        while head < pending.count {
            let (state, range, depth) = pending[head]
            head += 1
            // Drop the states already placed once they are most of the queue.
            if head >= 4096 && head * 2 >= pending.count {
                pending.removeFirst(head)
                head = 0
            }
            var lower = range.lowerBound
            // Sorted first, the word that ends here; a canonically equivalent twin (same bytes)
            // keeps the first id.
            while lower < range.upperBound && keys[lower].bytes.count == depth {
                if wordAt[state] < 0 { wordAt[state] = keys[lower].id }
                lower += 1
            }
            children.removeAll(keepingCapacity: true)
            var i = lower
            while i < range.upperBound {
                let byte = keys[i].bytes[depth]
                var j = i + 1
                while j < range.upperBound && keys[j].bytes[depth] == byte { j += 1 }
                children.append((Int(byte) + 1, i..<j))
                i = j
            }
            guard let lowest = children.first?.code, let highest = children.last?.code else { continue }
            while firstFree < check.count && check[firstFree] >= 0 { firstFree += 1 }
            // Look for room from the first free slot on; where the slots passed over were almost
            // all taken, later searches start further on (as darts-clone does), or every state
            // would scan the packed front of the arrays again.
            let start = max(firstFree, lowest + 1)
            var slot = start
            var taken = 0
            var candidate = 0
            while true {
                if slot + highest - lowest >= check.count {
                    let grown = max(check.count * 2, slot + highest - lowest + 1)
                    base += repeatElement(0, count: grown - base.count)
                    check += repeatElement(-1, count: grown - check.count)
                    wordAt += repeatElement(-1, count: grown - wordAt.count)
                }
                if check[slot] >= 0 {
                    taken += 1
                } else {
                    candidate = slot - lowest
                    if children.allSatisfy({ check[candidate + $0.code] < 0 }) { break }
                }
                slot += 1
            }
            if taken * 20 >= (slot - start + 1) * 19 { firstFree = slot }
            base[state] = Int32(candidate)
            for child in children {
                check[candidate + child.code] = Int32(state)
                pending.append((candidate + child.code, child.words, depth + 1))
            }
        }
        let used = (check.lastIndex { $0 >= 0 } ?? 0) + 1
        cells = (0..<used).map { Cell(base: base[$0], check: check[$0], word: wordAt[$0]) }
    }

    /// The word spelled by `text` exactly (as Swift compares strings), or `.unknown`.
    func word(_ text: String) -> WordID {
        let found = text.utf8.withContiguousStorageIfAvailable { walk($0) } ?? Self.nonASCII
        if found != Self.nonASCII { return WordID(index: found) }
        var normalized = Self.normalized(text)
        return normalized.withUnsafeMutableBufferPointer { WordID(index: walk(UnsafeBufferPointer($0), acceptingNonASCII: true)) }
    }

    private static let nonASCII: Int32 = -2

    /// The word spelled by ASCII bytes with capitals folded to lower case, or nil when a byte
    /// is not ASCII (the caller then looks up the token's folded string).
    func word(foldingASCII bytes: UnsafeBufferPointer<UInt8>) -> WordID? {
        var state = 0
        var unknown = false
        for var byte in bytes {
            if byte >= 0x80 { return nil }
            guard !unknown else { continue }
            if byte >= 0x41 && byte <= 0x5A { byte += 32 }
            let next = Int(cells[state].base) + Int(byte) + 1
            if next < cells.count && Int(cells[next].check) == state {
                state = next
            } else {
                unknown = true
            }
        }
        return unknown ? .unknown : WordID(index: cells[state].word)
    }

    /// The word id the bytes spell, -1 for none, or `nonASCII` when a byte above 0x7F is met
    /// before acceptance is decided and the bytes must first be put in normal form C.
    private func walk(_ bytes: UnsafeBufferPointer<UInt8>, acceptingNonASCII: Bool = false) -> Int32 {
        var state = 0
        var unknown = false
        for byte in bytes {
            if byte >= 0x80 && !acceptingNonASCII { return Self.nonASCII }
            guard !unknown else { continue }
            let next = Int(cells[state].base) + Int(byte) + 1
            if next < cells.count && Int(cells[next].check) == state {
                state = next
            } else {
                // Keep scanning: a later non-ASCII byte still calls for normalising first.
                unknown = true
            }
        }
        return unknown ? -1 : cells[state].word
    }

    private static func normalized(_ text: String) -> [UInt8] {
        text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// States in use, for tests and memory accounting.
    var stateCount: Int { cells.count }

    private struct Cell {
        var base: Int32
        var check: Int32
        var word: Int32
    }
}
