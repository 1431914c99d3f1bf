/// The operative verbs and preambular openings of the vocabulary, indexed by their tokens so that a
/// paragraph's opening can be matched with the longest form first.
struct VerbTable: Sendable {
    struct Entry: Sendable {
        var lemma: String
        var part: Vocabulary.VerbForm.Part
        var tokens: [String]
    }

    /// Lemmas that ask an addressee to do something; their actors are addressees, not objects.
    static let directive: Set<String> = [
        "urge", "call-upon", "invite", "encourage", "request", "recommend", "appeal", "demand", "authorize",
        "call", "call-for", "exhort", "direct", "instruct", "mandate", "ask", "strongly-encourage", "urge-strongly",
    ]

    /// Words before the verb that qualify it: "Also", "Further", "Strongly", "Once again".
    static let adverbs: Set<String> = [
        "also", "further", "strongly", "again", "once", "furthermore", "moreover", "firmly", "reiterates",
        "urgently", "respectfully", "repeatedly", "emphatically", "unequivocally", "deeply", "gravely",
        "seriously", "fully", "equally", "likewise", "in", "this", "regard", "particular", "addition",
    ]

    private(set) var entries: [Entry] = []

    init(_ forms: [Vocabulary.VerbForm]) {
        var seen = Set<[String]>()
        for form in forms {
            let tokens = Tokenizer.tokenize(form.form).filter(\.isWord).map(\.folded)
            guard !tokens.isEmpty, seen.insert(tokens + [form.part.rawValue]).inserted else { continue }
            entries.append(Entry(lemma: form.lemma, part: form.part, tokens: tokens))
        }
        entries.sort { $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : $0.lemma < $1.lemma }
    }

    /// The longest entry of `part` whose tokens start at `index` among word tokens.
    func match(_ words: [TextToken], at index: Int, part: Vocabulary.VerbForm.Part) -> Entry? {
        for entry in entries where entry.part == part && index + entry.tokens.count <= words.count {
            var ok = true
            for (k, t) in entry.tokens.enumerated() where words[index + k].folded != t { ok = false; break }
            if ok { return entry }
        }
        return nil
    }
}
