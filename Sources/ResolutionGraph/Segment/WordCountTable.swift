/// Counts of words kept as their UTF-8 bytes, end to end in one buffer, in an open-addressing table keyed by the
/// words' ``WordHash``: counting a word of a line costs a hash of its bytes and a comparison at a slot of the same
/// hash, where a `[String: Int]` needed a `String` per word and a SipHash of it (``DocumentWordList`` counts some
/// 3,000 words a document this way).
///
/// Bytes are compared as bytes, which is `String` equality only for text that no canonical equivalence touches:
/// ``DocumentWordList`` keeps the words it cannot key by bytes in a dictionary of strings.
struct WordCountTable: Sendable {
    private struct Slot {
        var hash: UInt32 = 0
        var length: UInt32 = 0
        var start: Int32 = 0
        /// 0 for a free slot (a word in the table was counted at least once).
        var count: Int32 = 0
    }

    private var slots: [Slot]
    private var bytes = [UInt8]()
    private var used = 0

    /// A table for about `capacity` distinct words before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        bytes.reserveCapacity(capacity * 8)
    }

    /// Counts `word` (whose ``WordHash`` is `hash`) once more; true when the table did not hold it yet.
    @discardableResult
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Bool {
        let i = find(word, hash: hash)
        if slots[i].count > 0 { slots[i].count += 1; return false }
        slots[i] = Slot(hash: hash, length: UInt32(word.count), start: Int32(bytes.count), count: 1)
        bytes.append(contentsOf: word)
        used += 1
        if used * 2 > slots.count { grow() }
        return true
    }

    /// How many times `word` (whose ``WordHash`` is `hash`) was counted.
    func count(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        Int(slots[find(word, hash: hash)].count)
    }

    /// The slot holding `word`, or the free slot where it would go.
    @inline(__always)
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let s = slots[i]
                if s.count == 0 { return i }
                if s.hash == hash, Int(s.length) == word.count, Self.equal(stored, Int(s.start), word) { return i }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<word.count where stored[start + k] != word[k] { return false }
        return true
    }

    /// Doubles the table (load stays at most one half).
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for s in old where s.count > 0 {
            var i = Int(truncatingIfNeeded: (UInt64(s.hash) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while slots[i].count > 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
