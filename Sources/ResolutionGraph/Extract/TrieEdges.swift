/// The edges of a token trie, all in one open-addressing table keyed by (node, word): a lookup mixes the node with the
/// word's ``WordHash`` (worked out once per token by the ``Tokenizer``) by one multiplication, where a dictionary of
/// words per node would hash the word's bytes again at every step; the word itself is compared only at a slot of the
/// same node and hash, so two words of one hash stay apart.
struct TrieEdges: Sendable {
    /// Node (high 32 bits) and word hash (low 32 bits) of each slot; ``empty`` for a free slot.
    private var keys: [UInt64]
    private var words: [String]
    private var children: [Int32]
    /// Slot of a key: the top bits of its product with a 64-bit odd constant (Fibonacci hashing).
    private var shift: UInt64
    private(set) var count = 0

    private static let empty = UInt64.max

    init() {
        keys = [UInt64](repeating: Self.empty, count: 16)
        words = [String](repeating: "", count: 16)
        children = [Int32](repeating: 0, count: 16)
        shift = 64 - 4
    }

    @inline(__always)
    private static func key(_ node: Int32, _ hash: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(hash)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of `node` by `word` (whose ``WordHash`` is `hash`), if the trie has that edge.
    @inline(__always)
    func child(of node: Int32, word: String, hash: UInt32) -> Int32? {
        let key = Self.key(node, hash)
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key {
                if words[i] == word { return children[i] }
            } else if k == Self.empty {
                return nil
            }
            i = (i + 1) & mask
        }
    }

    /// Adds the edge `node` → `child` by `word`; the edge must not be there yet.
    mutating func insert(_ node: Int32, word: String, hash: UInt32, child: Int32) {
        precondition(node >= 0 && self.child(of: node, word: word, hash: hash) == nil, "edge added twice")
        if (count + 1) * 2 > keys.count { grow() }
        place(Self.key(node, hash), word, child)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ word: String, _ child: Int32) {
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != Self.empty { i = (i + 1) & mask }
        keys[i] = key
        words[i] = word
        children[i] = child
    }

    /// Doubles the table (load stays at most one half).
    private mutating func grow() {
        let old = (keys, words, children)
        let capacity = keys.count * 2
        keys = [UInt64](repeating: Self.empty, count: capacity)
        words = [String](repeating: "", count: capacity)
        children = [Int32](repeating: 0, count: capacity)
        shift -= 1
        for i in old.0.indices where old.0[i] != Self.empty { place(old.0[i], old.1[i], old.2[i]) }
    }
}
