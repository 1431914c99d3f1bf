/// The word tokens of a paragraph, read in place among all its tokens: `tokens.filter(\.isWord)` copied every word token
/// (a retain and release of its two strings, and the array's growth) for each paragraph the ``ActionFinder`` reads, about
/// 300,000 copies on 100 documents. Element `k` is the `k`-th word token, as in the filtered array.
struct WordTokens: RandomAccessCollection {
    private let tokens: [TextToken]
    /// The index in `tokens` of each word token.
    private let positions: [Int]

    init(_ tokens: [TextToken]) {
        self.tokens = tokens
        var positions = [Int]()
        positions.reserveCapacity(tokens.count)
        for i in tokens.indices where tokens[i].isWord { positions.append(i) }
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(k: Int) -> TextToken { tokens[positions[k]] }
}

/// The operative verbs and preambular openings of the vocabulary, indexed by their tokens so that a
/// paragraph's opening can be matched with the longest form first.
struct VerbTable: Sendable {
    struct Entry: Sendable {
        /// The base lemma: `urge` for "Strongly urges", `take-note` for "Takes note with appreciation".
        var lemma: String
        /// What the form adds to the base lemma: `strongly`, `with-appreciation`.
        var modifiers: [String]
        var part: Vocabulary.VerbForm.Part
        var tokens: [String]
    }

    /// Adverbs that may be part of a listed form but are attributes, not part of the lemma.
    static let lemmaAdverbs: Set<String> = ["strongly", "deeply", "gravely", "seriously", "also", "further", "firmly", "once", "again"]

    /// Splits a lemma into its base and modifiers: `strongly-urge` → (`urge`, [`strongly`]);
    /// `take-note-with-appreciation` → (`take-note`, [`with-appreciation`]);
    /// `be-deeply-concerned` → (`be-concerned`, [`deeply`]).
    static func normalize(_ lemma: String) -> (lemma: String, modifiers: [String]) {
        var parts = lemma.split(separator: "-").map(String.init)
        var modifiers = [String]()
        if let with = parts.firstIndex(of: "with"), with > 0, with < parts.count - 1 {
            modifiers.append(parts[with...].joined(separator: "-"))
            parts.removeSubrange(with...)
        }
        let adverbs = parts.filter { lemmaAdverbs.contains($0) }
        let base = parts.filter { !lemmaAdverbs.contains($0) }
        guard !base.isEmpty else { return (lemma, []) }
        return (base.joined(separator: "-"), adverbs + modifiers)
    }

    /// Lemmas that ask an addressee to do something; their actors are addressees, not objects.
    static let directive: Set<String> = [
        "urge", "call-upon", "invite", "encourage", "request", "recommend", "appeal", "demand", "authorize",
        "call", "exhort", "direct", "instruct", "mandate", "ask", "remind", "appeal", "designate", "entrust", "draw-attention",
    ]

    /// Lemmas recognized only at the opening of an operative paragraph: in running text "… frameworks and takes into
    /// account privacy", "the Committee agrees", "… and resolves disputes" are not clauses of the resolution.
    static let openingOnly: Set<String> = ["take-into-account", "commit", "agree", "resolve", "appropriate"]

    /// Words before the verb that qualify it: "Also", "Further", "Strongly", "Once again".
    static let adverbs: Set<String> = [
        "also", "further", "strongly", "again", "once", "furthermore", "moreover", "firmly",
        "urgently", "respectfully", "repeatedly", "emphatically", "unequivocally", "deeply", "gravely",
        "seriously", "fully", "equally", "likewise", "in", "this", "regard", "particular", "addition",
    ]

    private(set) var entries: [Entry] = []
    /// Entries by their first word, longest first: the table is consulted at every word of every paragraph.
    private var byFirstWord: [String: [Entry]] = [:]
    /// The keys of `byFirstWord`, to turn most words away before hashing them.
    private var firstWords = WordFilter(log2Bits: 12)

    /// -ing forms → lemma, for the act after "to consider" / "to continue" (`acts.tsv`).
    var actForms: [String: String] = [:]
    /// The lemmas of `acts.tsv`: known verbs, whatever their ending.
    var actLemmas: Set<String> = []

    init(_ forms: [Vocabulary.VerbForm], actForms: [String: String] = [:]) {
        self.actForms = actForms
        self.actLemmas = Set(actForms.values)
        var seen = Set<[String]>()
        for form in forms {
            let tokens = Tokenizer.tokenize(form.form).filter(\.isWord).map(\.folded)
            guard !tokens.isEmpty, seen.insert(tokens + [form.part.rawValue]).inserted else { continue }
            let (lemma, modifiers) = Self.normalize(form.lemma)
            entries.append(Entry(lemma: lemma, modifiers: modifiers, part: form.part, tokens: tokens))
        }
        entries.sort { $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : $0.lemma < $1.lemma }
        for entry in entries { byFirstWord[entry.tokens[0], default: []].append(entry) }
        var seenLemmas = Set<String>()
        // Operative lemmas, and the states of mind of preambular paragraphs ("We are concerned", "We are convinced").
        for entry in entries where (entry.part == .operative || entry.lemma.hasPrefix("be-")) && seenLemmas.insert(entry.lemma).inserted {
            var words = entry.lemma.split(separator: "-").map(String.init)
            if words.first == "be" { words[0] = "are" }
            baseForms[words[0], default: []].append(Entry(lemma: entry.lemma, modifiers: [], part: .operative, tokens: words))
        }
        for key in baseForms.keys { baseForms[key]!.sort { ($0.tokens.count, $1.lemma) > ($1.tokens.count, $0.lemma) } }
        for word in byFirstWord.keys { firstWords.insert(word) }
    }

    /// The operative lemmas by the words of their base form, longest first: "We call upon", "we reaffirm", "we are
    /// concerned" (`be` is written `are`), for declarations whose paragraphs speak in the first person plural.
    private var baseForms: [String: [Entry]] = [:]

    /// The operative entry whose base form (its lemma's words: `call upon`, `take note`, `are concerned`) starts at `index`.
    /// Adverbs after "are" ("We are deeply concerned") are kept as the entry's modifiers and counted in its tokens.
    func matchBaseForm(_ words: WordTokens, at index: Int) -> Entry? {
        guard index < words.count, let candidates = baseForms[words[index].folded] else { return nil }
        if words[index].folded == "are" {
            var k = index + 1
            while k < words.count, k <= index + 2, Self.lemmaAdverbs.contains(words[k].folded) { k += 1 }
            if k > index + 1, let entry = candidates.first(where: { $0.tokens.count == 2 && k < words.count && words[k].folded == $0.tokens[1] }) {
                let adverbs = words[(index + 1)..<k].map(\.folded)
                return Entry(lemma: entry.lemma, modifiers: adverbs, part: .operative, tokens: ["are"] + adverbs + [entry.tokens[1]])
            }
        }
        for entry in candidates where index + entry.tokens.count <= words.count {
            var ok = true
            for (k, t) in entry.tokens.enumerated() where words[index + k].folded != t { ok = false; break }
            if ok { return entry }
        }
        return nil
    }

    /// The longest entry of `part` whose tokens start at `index` among word tokens.
    func match(_ words: WordTokens, at index: Int, part: Vocabulary.VerbForm.Part) -> Entry? {
        guard index < words.count, firstWords.mayContain(hash: words[index].hash), let candidates = byFirstWord[words[index].folded] else { return nil }
        for entry in candidates where entry.part == part && index + entry.tokens.count <= words.count {
            var ok = true
            for (k, t) in entry.tokens.enumerated() where words[index + k].folded != t { ok = false; break }
            if ok { return entry }
        }
        return nil
    }
}
