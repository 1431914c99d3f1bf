/// Names shared by coordinated modifiers: "international, regional and subregional organizations" names
/// international organizations, regional organizations and subregional organizations; "regional and
/// bilateral cooperation" names regional cooperation. Each conjunct is joined with the shared head and
/// looked up in the vocabulary; only known names count.
enum CoordinationExpander {
    struct Found {
        var entityID: String
        var firstToken: Int
        var lastToken: Int
    }

    /// The longest shared head tried, in words.
    static let maximumHead = 4

    static func expand(_ tokens: [TextToken], with gazetteer: Gazetteer) -> [Found] {
        var found = [Found]()
        for (j, t) in tokens.enumerated() where (t.folded == "and" || t.folded == "or") && j > 0 && j + 2 < tokens.count {
            guard tokens[j + 1].isWord else { continue }
            // The conjuncts before "and": "international , regional".
            var conjuncts = [Int]()
            var k = j - 1
            guard tokens[k].isWord else { continue }
            conjuncts.append(k)
            while k >= 2, tokens[k - 1].folded == ",", tokens[k - 2].isWord, conjuncts.count < 5 {
                k -= 2
                conjuncts.append(k)
            }
            let last = j + 1
            // Only a conjunct whose word starts a name of the vocabulary can be a hit, and a coordination
            // counts only with a hit before the last conjunct: without one, no head needs trying.
            conjuncts.removeAll { !gazetteer.startsName(tokens[$0]) }
            if conjuncts.isEmpty { continue }
            for headLength in stride(from: maximumHead, through: 1, by: -1) where last + headLength < tokens.count {
                let head = Array(tokens[(last + 1)...(last + headLength)])
                guard head.allSatisfy(\.isWord) else { continue }
                var hits = [Found]()
                for c in conjuncts + [last] {
                    let candidate = [tokens[c]] + head
                    guard let m = gazetteer.matches(in: candidate, anchored: true).first, m.lastToken == candidate.count - 1,
                          let id = m.entityIDs.first else { continue }
                    hits.append(Found(entityID: id, firstToken: c, lastToken: last + headLength))
                }
                // Only when at least two conjuncts name something: the coordination is real.
                if hits.count >= 2 || (hits.count == 1 && hits[0].firstToken != last) {
                    found += hits
                    break
                }
            }
        }
        return found
    }
}
