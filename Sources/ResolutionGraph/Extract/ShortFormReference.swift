/// A name shortened to its last capitalized words: "the Coordination Group" after "the Inter-Agency Coordination
/// Group against Trafficking in Persons", "the Trust Fund" after "the United Nations Voluntary Trust Fund for
/// Victims of Trafficking in Persons", "the Global Plan" after "the United Nations Global Plan of Action …".
///
/// A short form is "the" and two or more capitalized words ending in a head noun (Group, Fund, Committee, Plan, …),
/// with no name going on after it ("the Coordination Group on …" starts a name of its own). It refers to the entity
/// named last before it whose name holds those words in a row. A single head word ("the Committee") is
/// ``DefiniteReference``'s.
enum ShortFormReference {
    struct Found {
        var firstToken: Int
        var lastToken: Int
        /// The capitalized words, folded: `["coordination", "group"]`.
        var words: [String]
    }

    /// Nouns a short form ends in.
    static let heads: Set<String> = [
        "group", "committee", "commission", "fund", "office", "board", "forum", "network", "alliance", "partnership",
        "initiative", "mechanism", "programme", "platform", "panel", "council", "coalition", "team", "centre", "center",
        "facility", "institute", "conference", "plan", "agenda", "framework", "strategy", "compact", "declaration",
        "convention", "protocol", "principles", "guidelines", "rules", "agreement", "treaty", "covenant", "charter",
    ]
    /// Words after the head that make the words the start of a longer name.
    static let continuations: Set<String> = ["on", "of", "for", "against", "to", "relating", "concerning", "in", "thereto", "s"]

    static func find(_ tokens: [TextToken]) -> [Found] {
        var result = [Found]()
        var i = 1
        let the = TokenWords.the   // read once, not at every token
        while i < tokens.count {
            defer { i += 1 }
            guard the.contains(tokens[i - 1]), isCapitalizedWord(tokens[i]) else { continue }
            var j = i
            while j + 1 < tokens.count, isCapitalizedWord(tokens[j + 1]) { j += 1 }
            guard j > i, heads.contains(tokens[j].folded) else { continue }
            if j + 1 < tokens.count {
                let next = tokens[j + 1]
                // "to" starts a name before "the" or a capitalized word ("the Optional Protocol to the Convention"), and
                // a request's infinitive before a verb ("the Coordination Group to engage").
                if next.folded == "to", j + 2 < tokens.count, tokens[j + 2].folded != "the",
                   tokens[j + 2].firstCharacterIsLowercase {
                } else if next.isWord, continuations.contains(next.folded) { continue }
                if !next.isWord, ["'", "’"].contains(next.original) { continue }
            }
            result.append(Found(firstToken: i - 1, lastToken: j, words: tokens[i...j].map(\.folded)))
            i = j
        }
        return result
    }

    private static func isCapitalizedWord(_ t: TextToken) -> Bool {
        t.isWord && t.firstScalarIsUppercase
    }

    /// Words that, before the run in a name, show the run names something else the name speaks of: "Chair of the
    /// Advisory Committee on …" is not the Advisory Committee, "Kigali Amendment to the Montreal Protocol" not the Protocol.
    static let dependentMarkers: Set<String> = ["the", "of", "to", "on", "for", "against", "in", "and", "by", "under"]

    /// Whether `words` end the name's own head phrase (its words before the first "of", "for", "to" …): "coordination group"
    /// in "Inter-Agency Coordination Group against Trafficking in Persons", not "advisory committee" in "Chair of the
    /// Advisory Committee on …" nor "global compact" in "Global Compact Champion Countries". Not the whole name
    /// (a whole name is the gazetteer's).
    static func holds(_ name: [String], _ words: [String]) -> Bool {
        guard words.count < name.count else { return false }
        let headEnd = name.firstIndex(where: dependentMarkers.contains) ?? name.count
        guard headEnd >= words.count else { return false }
        return Array(name[(headEnd - words.count)..<headEnd]) == words
    }

    /// The folded words of a name, as ``Tokenizer`` splits them.
    static func words(of name: String) -> [String] {
        Tokenizer.tokenize(name).filter(\.isWord).map(\.folded)
    }
}
