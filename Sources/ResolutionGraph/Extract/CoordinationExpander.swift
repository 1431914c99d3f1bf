/// Names shared by coordinated modifiers: "international, regional and subregional organizations" names
/// international organizations, regional organizations and subregional organizations; "regional and
/// bilateral cooperation" names regional cooperation. Each conjunct is joined with the shared head and
/// looked up in the vocabulary; only known names count. The last conjunct may be a hyphenated word
/// ("intergovernmental and non-governmental organizations").
enum CoordinationExpander {
    struct Found {
        var entityID: String
        var firstToken: Int
        var lastToken: Int
    }

    /// The longest shared head tried, in words.
    static let maximumHead = 4

    /// Words that, as the last conjunct, make the coordination one of noun phrases, not of modifiers:
    /// "States and all parties" is not "States parties", "development and its partners" not "development partners".
    static let determiners: Set<String> = [
        "all", "the", "its", "their", "his", "her", "our", "any", "each", "every", "some", "these", "those", "such", "both",
    ]

    static let conjunctions = TokenWords(["and", "or"])

    /// Lower-case modifiers that, before the first conjunct, belong to the whole coordination.
    static let sharedModifiers: Set<String> = ["international", "regional", "national", "multilateral", "local", "global"]

    static func expand(_ tokens: [TextToken], with gazetteer: Gazetteer) -> [Found] {
        var found = [Found]()
        /// The token indices of one candidate name, refilled for each (one buffer instead of an array per candidate).
        var candidate = [Int]()
        candidate.reserveCapacity(maximumHead + 2)
        /// Looks up the tokens `conjunct` followed by the head `lastEnd + 1 ... lastEnd + headLength` whole.
        /// The indices are appended one by one: `append(contentsOf:)` a range cost ~100 instructions a call, for one to
        /// four indices.
        func wholeMatch(_ conjunct: ClosedRange<Int>, lastEnd: Int, headLength: Int) -> String? {
            candidate.removeAll(keepingCapacity: true)
            for t in conjunct { candidate.append(t) }
            for t in (lastEnd + 1)...(lastEnd + headLength) { candidate.append(t) }
            return gazetteer.wholeMatchIDs(tokens, candidate).first
        }
        let conjunctions = Self.conjunctions   // read once, not at every token (`swift_once`)
        for j in tokens.indices where j > 0 && j + 2 < tokens.count && conjunctions.contains(tokens[j]) {
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
            // Only an earlier conjunct whose word starts a name of the vocabulary can be a hit, and a
            // coordination counts only with such a hit (see below): without one, no head needs trying.
            conjuncts.removeAll { !gazetteer.startsName(tokens, $0) }
            if conjuncts.isEmpty { continue }
            // The last conjunct: one word, or a hyphenated word written as two tokens one character apart.
            var lastEnds = [j + 1]
            if j + 3 < tokens.count, tokens[j + 2].isWord, tokens[j + 2].start == tokens[j + 1].end + 1 { lastEnds.append(j + 2) }
            // Whether the word before the first conjunct is a shared modifier: asked once here, not per head tried.
            let sharedModifierBefore = conjuncts.last.map { $0 > 0 && sharedModifiers.contains(tokens[$0 - 1].original) } ?? false
            search: for lastEnd in lastEnds {
                for headLength in stride(from: maximumHead, through: 1, by: -1) where lastEnd + headLength < tokens.count {
                    // Token indices: each candidate name is a conjunct and the head, matched whole.
                    guard ((lastEnd + 1)...(lastEnd + headLength)).allSatisfy({ tokens[$0].isWord }) else { continue }
                    var hits = [Found]()
                    for c in conjuncts {
                        // "international financial and development institutions": a modifier before the first conjunct is
                        // shared too (the longer name first).
                        if c == conjuncts.last, sharedModifierBefore,
                           let id = wholeMatch((c - 1)...c, lastEnd: lastEnd, headLength: headLength) {
                            hits.append(Found(entityID: id, firstToken: c - 1, lastToken: lastEnd + headLength))
                            continue
                        }
                        guard let id = wholeMatch(c...c, lastEnd: lastEnd, headLength: headLength) else { continue }
                        hits.append(Found(entityID: id, firstToken: c, lastToken: lastEnd + headLength))
                    }
                    if let id = wholeMatch((j + 1)...lastEnd, lastEnd: lastEnd, headLength: headLength) {
                        hits.append(Found(entityID: id, firstToken: j + 1, lastToken: lastEnd + headLength))
                    }
                    // Only when at least two conjuncts name something: the coordination is real. One name among the
                    // earlier conjuncts is enough when they are lower-case modifiers and the last is not a determiner
                    // ("regional and other organizations"; not "States and other parties", "States and all parties").
                    let single = hits.count == 1 && hits[0].firstToken != j + 1 && lastEnd == j + 1
                        && !determiners.contains(tokens[j + 1].folded)
                        && tokens[hits[0].firstToken].firstCharacterIsLowercase
                    if hits.count >= 2 || single {
                        found += hits
                        break search
                    }
                }
            }
        }
        return found
    }
}

/// Names shared by coordinated complements of one prefix: "access to health, education, decent work and justice" names
/// access to justice; "trafficking of persons, children and body parts" names trafficking of children. Each conjunct
/// (one to four words between commas, "and" and "or") is joined with the prefix and looked up whole in the vocabulary;
/// the first conjunct, which follows the prefix in the text, is left to the ordinary match. Only a prefix written as the
/// list has it counts (the themes' in lower case).
enum PrefixCoordinationExpander {
    /// Prefixes whose complements are coordinated in resolutions, as lower-case words.
    static let prefixes: [[String]] = [
        ["access", "to"], ["right", "to"], ["rights", "to"], ["trafficking", "in"], ["trafficking", "of"],
        ["violence", "against"], ["freedom", "of"],
    ]
    /// Prefixes of actor names whose complements are coordinated: "countries of supply, transit and demand" names
    /// countries of transit and countries of demand besides the first.
    /// "United Nations mechanisms, processes and bodies" names United Nations bodies too: the one capitalized prefix (matched
    /// in its case) whose lower-case nouns are coordinated.
    /// "organizations of women, girls, persons with disabilities and …" names organizations of persons with disabilities.
    static let actorPrefixes: [[String]] = [["countries", "of"], ["states", "of"], ["United", "Nations"], ["organizations", "of"]]
    /// The first words of ``prefixes`` and ``actorPrefixes``: a token that is none of them starts no prefix of either list.
    private static let prefixFirstWords = TokenWords(Set((prefixes + actorPrefixes).map { $0[0].lowercased() }).sorted())
    /// The longest conjunct, in words, and the most conjuncts read.
    static let maximumConjunct = 4
    static let maximumConjuncts = 8

    static func expand(_ tokens: [TextToken], with gazetteer: Gazetteer, prefixes: [[String]] = prefixes) -> [CoordinationExpander.Found] {
        var found = [CoordinationExpander.Found]()
        var i = 0
        while i < tokens.count {
            guard prefixFirstWords.contains(tokens[i]), let prefix = prefixes.first(where: { p in
                // Written as listed: "Trafficking in Persons, especially Women and Children" is a title's words.
                i + p.count < tokens.count && p.indices.allSatisfy { tokens[i + $0].original == p[$0] }
            }) else { i += 1; continue }
            let prefixTokens = Array(i..<(i + prefix.count))
            // The conjuncts: runs of words separated by "," and, once, "and" / "or" before the last.
            var conjuncts = [[Int]]()
            var current = [Int]()
            var k = i + prefix.count
            var sawConjunction = false
            while k < tokens.count, conjuncts.count < maximumConjuncts {
                let t = tokens[k]
                if t.folded == "," || ((t.folded == "and" || t.folded == "or") && !current.isEmpty) {
                    guard !current.isEmpty else { break }
                    conjuncts.append(current)
                    current = []
                    if t.folded != "," { sawConjunction = true }
                    // ", and" / ", or"
                    if t.folded == ",", k + 1 < tokens.count, ["and", "or"].contains(tokens[k + 1].folded) { sawConjunction = true; k += 1 }
                } else if t.isWord, current.count < maximumConjunct {
                    current.append(k)
                } else {
                    break
                }
                k += 1
                if sawConjunction, current.isEmpty, k < tokens.count {
                    // The last conjunct: its words up to the first non-word token or the length limit.
                    var last = [Int]()
                    while k < tokens.count, tokens[k].isWord, last.count < maximumConjunct { last.append(k); k += 1 }
                    if !last.isEmpty { conjuncts.append(last) }
                    break
                }
            }
            if sawConjunction, conjuncts.count >= 2 {
                for conjunct in conjuncts.dropFirst() {
                    // The longest leading part of the conjunct that, after the prefix, is a name: "justice" in "justice for victims".
                    for length in stride(from: conjunct.count, through: 1, by: -1) {
                        let words = Array(conjunct.prefix(length))
                        guard let id = gazetteer.wholeMatchIDs(tokens, prefixTokens + words).first else { continue }
                        found.append(CoordinationExpander.Found(entityID: id, firstToken: words[0], lastToken: words[length - 1]))
                        break
                    }
                }
            }
            i += prefix.count
        }
        return found
    }
}
