/// A set of words that can only say "certainly not in it" or "maybe": one bit per FNV-1a hash of the word's
/// UTF-8 bytes. Asked before a dictionary of words, it turns most absent words away without building a key or
/// hashing it for the dictionary (most words of a text start no name and are no verb).
struct WordFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt32

    /// A filter of `2^log2Bits` bits (8 to 20).
    init(log2Bits: Int) {
        precondition(log2Bits >= 8 && log2Bits <= 20)
        bits = [UInt64](repeating: 0, count: 1 << (log2Bits - 6))
        mask = UInt32(1 << log2Bits) - 1
    }

    private static let start = WordHash.start
    @inline(__always) private static func step(_ h: UInt32, _ b: UInt8) -> UInt32 { WordHash.step(h, b) }
    @inline(__always) private func index(_ h: UInt32) -> Int { Int((h ^ (h >> 16)) & mask) }

    mutating func insert(_ word: String) { insert(hash: WordHash.of(word)) }

    /// Inserts the word whose ``WordHash`` is `hash`.
    mutating func insert(hash: UInt32) {
        let i = index(hash)
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// False when `word` was certainly never inserted.
    @inline(__always)
    func mayContain(_ word: String) -> Bool { mayContain(hash: WordHash.of(word)) }

    /// False when the word whose ``WordHash`` is `hash` was certainly never inserted (a token's ``TextToken/hash``:
    /// no byte of the word is read again).
    @inline(__always)
    func mayContain(hash: UInt32) -> Bool {
        let i = index(hash)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Whether the ASCII-lowered concatenation of `first` and `second` may have been inserted, without building it;
    /// nil when either holds a non-ASCII byte (whose lowering is Unicode's, not worked out here).
    func mayContainLowered(_ first: Substring, _ second: Substring) -> Bool? {
        var h = Self.start
        guard Self.stepLowered(&h, first), Self.stepLowered(&h, second) else { return nil }
        let i = index(h)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Steps `h` over the ASCII-lowered bytes of `s` (read from its contiguous storage by `withUTF8`, which costs far
    /// less on a `Substring` than `utf8.withContiguousStorageIfAvailable`); false at a non-ASCII byte.
    @inline(__always)
    private static func stepLowered(_ h: inout UInt32, _ s: Substring) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            for b in bytes {
                if b >= 0x80 { return false }
                h = Self.step(h, b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            return true
        }
    }
}

/// The 32-bit FNV-1a hash of a word's UTF-8 bytes: worked out once per token by the ``Tokenizer`` (``TextToken/hash``, of
/// the folded form) and used by every matcher that looks the token up (``WordFilter``, ``TrieEdges``).
enum WordHash {
    static let start: UInt32 = 2_166_136_261
    @inline(__always) static func step(_ h: UInt32, _ b: UInt8) -> UInt32 { (h ^ UInt32(b)) &* 16_777_619 }

    /// The hash of `word`'s UTF-8 bytes.
    static func of(_ word: String) -> UInt32 {
        var h = start
        for b in word.utf8 { h = step(h, b) }
        return h
    }

    /// `h` stepped over the ASCII-lowered `bytes` (the hash of the lowered bytes after those `h` was worked out from);
    /// nil at a non-ASCII byte, whose lowering is Unicode's.
    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, from h: UInt32) -> UInt32? {
        var h = h
        for b in bytes {
            if b >= 0x80 { return nil }
            h = step(h, b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        return h
    }

    /// The hash of the UTF-8 bytes `bytes`.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = start
        for b in bytes { h = step(h, b) }
        return h
    }
}

/// A few words that a matcher asks about at every token, compared by the token's ``TextToken/hash`` first: a token whose
/// hash is none of theirs is turned away by integer comparisons, without comparing strings.
struct TokenWords: Sendable {
    private let hashes: [UInt32]
    private let words: [String]
    /// For more than a few words (the theme cues' sixty), a ``WordFilter`` of them turns most tokens away by one bit
    /// instead of a comparison per word; nil for a few words, which the comparisons settle as fast.
    private let filter: WordFilter?

    init(_ words: [String]) {
        self.words = words
        self.hashes = words.map(WordHash.of)
        if words.count > 6 {
            var filter = WordFilter(log2Bits: 12)
            for hash in hashes { filter.insert(hash: hash) }
            self.filter = filter
        } else {
            self.filter = nil
        }
    }

    /// Whether `token`'s folded form is one of the words.
    @inline(__always)
    func contains(_ token: TextToken) -> Bool {
        if let filter, !filter.mayContain(hash: token.hash) { return false }
        for i in hashes.indices where hashes[i] == token.hash {
            if words[i] == token.folded { return true }
        }
        return false
    }

    /// Whether any of `tokens` is one of the words: the loop runs here, so the table is read once (a static table asked
    /// in a closure per token went through `swift_once` and retained its arrays at every token).
    func occurs(in tokens: [TextToken]) -> Bool {
        for i in tokens.indices where contains(tokens[i]) { return true }
        return false
    }
}

extension TokenWords {
    /// "the", asked before most of the definite references and titles at every token.
    static let the = TokenWords(["the"])
}
