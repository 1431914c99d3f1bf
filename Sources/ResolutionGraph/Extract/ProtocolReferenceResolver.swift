/// "the Optional Protocol thereto", "the Protocols thereto", "the Protocol thereto": resolved to the
/// protocols the vocabulary relates to the instrument named just before (`optional-protocol-to`,
/// `protocol-to`, `supplements`). A singular reference with several candidates is decided by the words
/// that follow it ("the Optional Protocol thereto on the sale of children …"), or left unresolved.
struct ProtocolReferenceResolver: Sendable {
    /// Parent instrument → (child, relation).
    private let children: [String: [(id: String, relation: String, labelWords: [String])]]

    init(vocabulary: Vocabulary) {
        var children = [String: [(id: String, relation: String, labelWords: [String])]]()
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.kind == .instrument {
            for r in entity.relations where ["optional-protocol-to", "protocol-to", "supplements"].contains(r.relation) {
                let words = ([entity.label] + entity.aliases).flatMap { Tokenizer.tokenize($0).filter(\.isWord).map(\.folded) }
                children[r.target, default: []].append((entity.id, r.relation, words))
            }
        }
        self.children = children
    }

    /// "thereto", asked at every token (by its hash first; no copy of the token).
    static let thereto = TokenWords(["thereto"])

    /// Whether `id` has protocols the resolver knows.
    func hasProtocols(_ id: String) -> Bool { children[id] != nil }

    struct Found {
        var entityIDs: [String]
        var firstToken: Int
        var lastToken: Int
    }

    /// References to protocols in `tokens`; `parent(offset)` gives the instrument named last before a
    /// scalar offset (in this unit or an earlier one).
    func resolve(_ tokens: [TextToken], parent: (Int) -> String?, quoted: (Int) -> Bool = { _ in false }) -> [Found] {
        var found = [Found]()
        for i in tokens.indices where Self.thereto.contains(tokens[i]) && i >= 2 && !quoted(tokens[i].start) {
            var k = i - 1
            let plural = tokens[k].folded == "protocols"
            guard tokens[k].folded == "protocol" || plural else { continue }
            var optional = false
            if k >= 1, tokens[k - 1].folded == "optional" { optional = true; k -= 1 }
            if k >= 1, tokens[k - 1].folded == "the" { k -= 1 }
            guard let parentID = parent(tokens[k].start), let candidates = children[parentID] else { continue }
            let eligible = candidates.filter { optional ? $0.relation == "optional-protocol-to" : true }
            // "the Protocols thereto, in particular the Protocol …": the protocols meant are named next.
            let following = tokens[(i + 1)...].prefix(3).map(\.folded)
            if plural, following.starts(with: [",", "in", "particular"]) || following.starts(with: [",", "namely"])
                || following.starts(with: [",", "including"]) || following.starts(with: ["in", "particular"]) {
                continue
            }
            var chosen = [String]()
            let next = tokens[(i + 1)...].prefix(40).prefix { $0.folded != ";" }.filter(\.isWord).map(\.folded)
            if plural, let first = next.first, ["against", "to", "on", "for"].contains(first) {
                // "the Protocols thereto against the Smuggling of Migrants … and to Prevent, Suppress …": the
                // candidates whose names hold what follows each preposition.
                for (p, w) in next.enumerated() where ["against", "to", "on", "for"].contains(w) && p + 3 <= next.count {
                    let probe = Array(next[p..<(p + 3)])
                    for c in eligible where containsRun(c.labelWords, probe) && !chosen.contains(c.id) { chosen.append(c.id) }
                }
            } else if plural {
                chosen = eligible.map(\.id)
            } else if eligible.count == 1 {
                chosen = [eligible[0].id]
            } else {
                // "thereto on the sale of children …": the candidate whose name holds the next words.
                let next = Array(next.prefix(8))
                if next.first == "on", next.count >= 4 {
                    let probe = Array(next[1..<min(next.count, 5)])
                    chosen = eligible.filter { containsRun($0.labelWords, probe) }.map(\.id)
                    if chosen.count > 1 { chosen = [] }
                }
            }
            if !chosen.isEmpty { found.append(Found(entityIDs: chosen, firstToken: k, lastToken: i)) }
        }
        return found
    }

    private func containsRun(_ words: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, words.count >= run.count else { return false }
        for s in 0...(words.count - run.count) where Array(words[s..<(s + run.count)]) == run { return true }
        return false
    }
}
