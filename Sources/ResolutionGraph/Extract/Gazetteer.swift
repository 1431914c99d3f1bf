/// A token trie over every label and alias of the vocabulary: finds the leftmost-longest matches in a
/// text in one pass. Acronyms (and aliases marked `=`) match only in their exact case.
struct Gazetteer: Sendable {
    /// What a phrase resolves to: an entity, or nothing (an ignore-list phrase that blocks shorter matches).
    struct Target: Sendable, Hashable {
        var entityID: String?
        /// For case-sensitive phrases, the tokens as they must be written.
        var exact: [String]?
    }

    /// A match: token range and the entities it names (empty for an ignored phrase).
    struct Match: Sendable {
        var firstToken: Int
        var lastToken: Int
        var entityIDs: [String]
    }

    /// When set, plural and singular forms of each word match alike (`marriages` = `marriage`): for themes,
    /// whose names are common nouns that the text inflects freely.
    let pluralInsensitive: Bool

    init(pluralInsensitive: Bool = false) {
        self.pluralInsensitive = pluralInsensitive
    }

    /// The trie's edges by (node, word); node 0 is the root.
    private var edges = TrieEdges()
    /// The targets of each node, by node index (most are empty).
    private var targets: [[Target]] = [[]]
    private(set) var maxDepth = 0
    /// The trie keys of the first words of names: most words of a text start none, told without hashing them
    /// for the dictionary.
    private var firstWords = WordFilter(log2Bits: 12)

    /// False when no name starts with the word of trie key `key`.
    @inline(__always)
    private func mayStartName(_ key: (word: String, hash: UInt32)) -> Bool { firstWords.mayContain(hash: key.hash) }

    /// Adds `phrase` as a name of `entityID` (nil: an ignored phrase).
    mutating func add(_ phrase: String, entityID: String?) {
        var text = phrase
        var caseSensitive = false
        if text.hasPrefix("=") {
            text.removeFirst()
            caseSensitive = true
        } else if Self.isAcronym(text) {
            caseSensitive = true
        }
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        firstWords.insert(key(tokens[0]).word)
        for token in tokens {
            let key = self.key(token)
            if let next = edges.child(of: node, word: key.word, hash: key.hash) {
                node = next
            } else {
                targets.append([])
                let next = Int32(targets.count - 1)
                edges.insert(node, word: key.word, hash: key.hash, child: next)
                node = next
            }
        }
        maxDepth = max(maxDepth, tokens.count)
        let target = Target(entityID: entityID, exact: caseSensitive ? tokens.map(\.original) : nil)
        if !targets[Int(node)].contains(target) { targets[Int(node)].append(target) }
    }

    /// The trie key of a token: its folded form, singular when the gazetteer ignores plurals, with its ``WordHash``.
    @inline(__always)
    private func key(_ token: TextToken) -> (word: String, hash: UInt32) { key(folded: token.folded, hash: token.hash) }

    /// The trie key of token `i` of `tokens`, reading its two fields in place (no copy of the token).
    @inline(__always)
    private func key(_ tokens: [TextToken], _ i: Int) -> (word: String, hash: UInt32) { key(folded: tokens[i].folded, hash: tokens[i].hash) }

    @inline(__always)
    private func key(folded: String, hash: UInt32) -> (word: String, hash: UInt32) {
        guard pluralInsensitive else { return (folded, hash) }
        let singular = Self.singular(folded)
        // The singular is shorter whenever it is another word.
        return singular.utf8.count == folded.utf8.count ? (folded, hash) : (singular, WordHash.of(singular))
    }

    @inline(__always)
    private func child(_ node: Int32, _ key: (word: String, hash: UInt32)) -> Int32? {
        edges.child(of: node, word: key.word, hash: key.hash)
    }

    /// A light English singular: `marriages` → `marriage`, `policies` → `policy`, `businesses` → `business`;
    /// words ending in `ss`, `us`, `is` and short words are kept.
    /// The suffixes are ASCII, so they are compared as UTF-8 bytes (the same answer as by characters).
    static func singular(_ word: String) -> String {
        // The last four bytes, read from the contiguous storage (asked for every token by the themes' gazetteer: the
        // `UTF8View`'s `last` and `index(before:)` cost far more); b1 is the final `s`. Nil: no more than three bytes.
        func lastFour(_ u: UnsafeBufferPointer<UInt8>) -> (UInt8, UInt8, UInt8, UInt8)? {
            let n = u.count
            return n > 3 ? (u[n - 1], u[n - 2], u[n - 3], u[n - 4]) : nil
        }
        guard let (b1, b2, b3, b4) = word.utf8.withContiguousStorageIfAvailable(lastFour)
                ?? Array(word.utf8).withUnsafeBufferPointer(lastFour),
              b1 == UInt8(ascii: "s") else { return word }
        let s = UInt8(ascii: "s"), e = UInt8(ascii: "e"), h = UInt8(ascii: "h")
        guard b2 != s, b2 != UInt8(ascii: "u"), b2 != UInt8(ascii: "i") else { return word }
        if b3 == UInt8(ascii: "i") && b2 == e { return cut(word, 3, then: UInt8(ascii: "y")) ?? String(word.dropLast(3)) + "y" }
        // -sses, -xes, -ches, -shes
        if b2 == e && ((b4 == s && b3 == s) || b3 == UInt8(ascii: "x") || (b3 == h && (b4 == UInt8(ascii: "c") || b4 == s))) {
            return cut(word, 2) ?? String(word.dropLast(2))
        }
        return cut(word, 1) ?? String(word.dropLast())
    }

    /// `word` without its last `n` bytes (ASCII letters), then `last` if given, made from the UTF-8 bytes; nil when the
    /// byte before them is not ASCII (a Unicode "prepend" scalar there would make them part of one character with it, and
    /// dropping characters would drop more).
    private static func cut(_ word: String, _ n: Int, then last: UInt8? = nil) -> String? {
        var word = word
        return word.withUTF8 { u -> String? in
            let keep = u.count - n
            guard keep > 0, u[keep - 1] < 0x80 else { return nil }
            guard let last else { return String(decoding: UnsafeBufferPointer(rebasing: u[..<keep]), as: UTF8.self) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keep + 1) { buffer in
                for k in 0..<keep { buffer[k] = u[k] }
                buffer[keep] = last
                return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
            }
        }
    }

    /// No lower-case letter and at least two capitals: `ILO`, `UNODC`, `OHCHR`, `UN-Women` is not one.
    static func isAcronym(_ s: String) -> Bool {
        var capitals = 0
        for scalar in s.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { capitals += 1 }
        }
        return capitals >= 2
    }

    /// True when some name of the gazetteer starts with `token`'s word.
    func startsName(_ token: TextToken) -> Bool {
        guard token.isWord else { return false }
        let key = key(token)
        return mayStartName(key) && child(0, key) != nil
    }

    /// ``startsName(_:)`` of `tokens[i]`, read in place (no copy of the token).
    func startsName(_ tokens: [TextToken], _ i: Int) -> Bool {
        guard tokens[i].isWord else { return false }
        let key = key(tokens, i)
        return mayStartName(key) && child(0, key) != nil
    }

    /// Leftmost-longest matches over `tokens`; with `anchored`, only a match starting at the first token.
    func matches(in tokens: [TextToken], anchored: Bool = false) -> [Match] {
        var result = [Match]()
        var i = 0
        while i < tokens.count {
            if anchored && i > 0 { break }
            if let match = longestMatch(in: tokens, at: i) {
                result.append(match)
                i = match.lastToken + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// The longest match starting at token `i` (a word), with token indices into `tokens`: what
    /// `matches(in: Array(tokens[i...]), anchored: true).first` finds, without copying the tokens.
    func match(in tokens: [TextToken], at i: Int) -> Match? {
        i < tokens.count ? longestMatch(in: tokens, at: i) : nil
    }

    /// The entities named by exactly the tokens at `indices`, in that order (sorted; empty when they name nothing or
    /// an ignored phrase): the ids of `matches(in: indices.map { tokens[$0] }, anchored: true).first` when that match
    /// covers every token, without building the token array.
    func wholeMatchIDs(_ tokens: [TextToken], _ indices: [Int]) -> [String] {
        guard let first = indices.first, tokens[first].isWord, indices.count <= maxDepth else { return [] }
        let firstKey = key(tokens, first)
        guard mayStartName(firstKey) else { return [] }
        var node: Int32 = 0
        for (n, k) in indices.enumerated() {
            guard let next = child(node, n == 0 ? firstKey : key(tokens, k)) else { return [] }
            node = next
        }
        var ids = [String]()
        for target in targets[Int(node)] where target.exact.map({ exact in zip(exact, indices).allSatisfy { $0 == tokens[$1].original } }) ?? true {
            guard let id = target.entityID else { return [] }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids.sorted()
    }

    private func longestMatch(in tokens: [TextToken], at i: Int) -> Match? {
        guard tokens[i].isWord else { return nil }
        let firstKey = key(tokens, i)
        guard mayStartName(firstKey) else { return nil }
        var node: Int32 = 0
        var best: (last: Int, ids: [String])? = nil
        var j = i
        while j < tokens.count, j - i < maxDepth, let next = child(node, j == i ? firstKey : key(tokens, j)) {
            node = next
            let candidates = targets[Int(node)]
            if !candidates.isEmpty {
                var ids = [String]()
                var blocked = false
                for target in candidates where Self.accepts(target, tokens[i...j]) {
                    if let id = target.entityID { if !ids.contains(id) { ids.append(id) } } else { blocked = true }
                }
                if blocked { ids = [] }
                if !ids.isEmpty || blocked { best = (j, ids) }
            }
            j += 1
        }
        guard let best else { return nil }
        return Match(firstToken: i, lastToken: best.last, entityIDs: best.ids.sorted())
    }

    private static func accepts(_ target: Target, _ tokens: ArraySlice<TextToken>) -> Bool {
        guard let exact = target.exact else { return true }
        return zip(exact, tokens).allSatisfy { $0 == $1.original }
    }
}
