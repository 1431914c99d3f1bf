/// Special procedures by mandate: "the Special Rapporteur (of the Human Rights Council) on X" and the
/// coordinated lists resolutions use — "the Special Rapporteurs … on trafficking in persons, especially
/// women and children, on violence against women, its causes and consequences, … and on contemporary
/// forms of slavery" — become one actor per mandate. Mandates come from the vocabulary: every
/// special-procedure label or alias "Special Rapporteur on …", "Independent Expert on …",
/// "Working Group on …" contributes its mandate phrase.
///
/// Office-holders of a body are actors of their own, not the body: "invites the Chair of the Committee on the
/// Protection of the Rights of All Migrant Workers …" addresses the Chair (an `official`, "Chair of the Committee on
/// …", id derived from the body's name), not the Committee.
struct MandateResolver: Sendable {
    /// Titles and the token sequences that introduce them (singular and plural).
    private static let titles: [(title: String, forms: [[String]])] = [
        ("special rapporteur", [["special", "rapporteur"], ["special", "rapporteurs"]]),
        ("independent expert", [["independent", "expert"], ["independent", "experts"]]),
        ("working group", [["working", "group"], ["working", "groups"]]),
    ]
    /// What may stand between the title and the mandate: "of the Human Rights Council".
    private static let bodies: [[String]] = [
        ["of", "the", "human", "rights", "council"], ["of", "the", "council"], ["of", "the", "commission", "on", "human", "rights"],
    ]

    /// Mandate phrases ("on trafficking in persons especially women and children") per title, as a trie.
    private var mandates: [String: Gazetteer] = [:]
    /// The same phrases per title as sets of folded words, for mandates worded otherwise than the vocabulary has them
    /// ("on the sale, sexual exploitation and abuse of children"): see ``variantMandate(_:title:on:)``.
    private var mandateWords: [String: [(entityID: String, words: Set<String>, content: Int)]] = [:]
    /// Words that do not tell mandates apart.
    private static let mandateStopWords: Set<String> = ["on", "in", "the", "of", "and", "its", "their", "to", "a", "an", "for", "including", "especially", ","]
    /// Names of the bodies whose chair may be named: organs, treaty bodies, commissions, working groups, forums.
    private var bodyNames = Gazetteer()
    private var bodyLabels: [String: String] = [:]
    /// Office-holder titles (folded words → title): "Chair of …", "Chairs of …", "Executive Director of …",
    /// "Director-General of …", "President of …" (hyphens separate tokens). Longest first.
    private static let officeTitles: [(words: [String], title: String)] = [
        (["executive", "director"], "Executive Director"), (["executive", "secretary"], "Executive Secretary"),
        (["director", "general"], "Director-General"), (["secretary", "general"], "Secretary-General"),
        (["chair"], "Chair"), (["chairs"], "Chairs"), (["chairperson"], "Chairperson"), (["chairpersons"], "Chairpersons"),
        (["chairman"], "Chair"), (["administrator"], "Administrator"), (["president"], "President"), (["presidents"], "Presidents"),
    ]
    /// Plural office titles and their singular, for the holders of one body's office.
    private static let singularTitles: [String: String] = ["Chairs": "Chair", "Chairpersons": "Chairperson", "Presidents": "President"]
    /// Words before a title that make it another office: "Vice-Chair", "Deputy Executive Director", "Under-Secretary-General".
    private static let officePrefixes: Set<String> = ["vice", "deputy", "under", "assistant", "acting"]

    init(vocabulary: Vocabulary) {
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.kind == .actor
            && ["un-organ", "treaty-body", "special-procedure", "intergovernmental-organization", "un-entity", "other", "initiative", "court"].contains(entity.category) {
            bodyLabels[entity.id] = entity.label
            for name in [entity.label] + entity.aliases { bodyNames.add(name, entityID: entity.id) }
        }
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.category == "special-procedure" {
            for name in [entity.label] + entity.aliases {
                let words = Tokenizer.tokenize(name)
                for (title, forms) in Self.titles {
                    let form = forms[0]
                    guard words.count > form.count, zip(form, words).allSatisfy({ $0 == $1.folded }) else { continue }
                    var rest = Array(words.dropFirst(form.count))
                    for body in Self.bodies where rest.count > body.count && zip(body, rest).allSatisfy({ $0 == $1.folded }) {
                        rest.removeFirst(body.count)
                    }
                    guard let first = rest.first, first.folded == "on" || first.folded == "in" else { continue }
                    let phrase = rest.map(\.original).joined(separator: " ")
                    mandates[title, default: Gazetteer()].add(phrase, entityID: entity.id)
                    let words = Set(rest.map(\.folded))
                    mandateWords[title, default: []].append((entity.id, words, words.subtracting(Self.mandateStopWords).count))
                }
            }
        }
    }

    /// A mandate found: the entity and the token range that names it.
    struct Found {
        var entityID: String
        var firstToken: Int
        var lastToken: Int
        /// For a mandate the vocabulary lacks: the entity to create.
        var unknown: Entity? = nil
    }

    /// Every mandate named in `tokens`, with lists split into one actor each, and every office-holder of a known body.
    func resolve(_ tokens: [TextToken]) -> [Found] {
        let holders = officeHolders(tokens)
        var found = holders
        // ``titleAt(_:_:)`` starts with this test; asked here first with the table read once, not through `swift_once` per token.
        let titleFirstWords = Self.titleFirstWords
        var i = 0
        while i < tokens.count {
            if let holder = holders.first(where: { $0.firstToken <= i && i <= $0.lastToken }) { i = holder.lastToken + 1; continue }
            guard titleFirstWords.contains(tokens[i]), let (title, formLength) = titleAt(tokens, i) else { i += 1; continue }
            let trie = mandates[title] ?? Gazetteer()
            var j = i + formLength
            for body in Self.bodies where tokens.hasFolded(body, at: j) {
                j += body.count
                break
            }
            var start = i
            var progressed = false
            // One or more "on X" segments, joined by "," and "and".
            while j < tokens.count, tokens[j].folded == "on" || tokens[j].folded == "in" {
                guard let match = trie.match(in: tokens, at: j) ?? variantMandate(tokens, title: title, on: j),
                      let id = match.entityIDs.first else {
                    // A mandate the vocabulary lacks: "Special Rapporteur on X" up to the next punctuation.
                    // (Special rapporteurs and independent experts only: a "Working Group on …" may belong to any body.)
                    if !progressed, tokens[j].folded == "on", title != "working group", tokens[i + 1].folded == "rapporteur" || tokens[i + 1].folded == "expert",
                       let unknown = unknownMandate(tokens, title: title, titleStart: i, on: j) {
                        found.append(unknown)
                        j = unknown.lastToken + 1
                        progressed = true
                    }
                    break
                }
                let last = match.lastToken
                found.append(Found(entityID: id, firstToken: start, lastToken: last))
                progressed = true
                j = last + 1
                // Skip the separator before the next "on": ",", "and", ", and", "as well as".
                var k = j
                while k < tokens.count, [",", "and", "as", "well"].contains(tokens[k].folded) { k += 1 }
                guard k < tokens.count, k > j, tokens[k].folded == "on" || tokens[k].folded == "in" else { break }
                j = k
                start = k
            }
            i = progressed ? j : i + 1
        }
        return found
    }

    /// "Chair of the Committee on Enforced Disappearances": the office-holder, named after the body's canonical label.
    /// Not "Vice-Chair of …" (another office), and only when a known body's name follows.
    func officeHolders(_ tokens: [TextToken]) -> [Found] {
        var found = [Found]()
        let officeTitleWords = Self.officeTitleWords   // read once, not through `swift_once` per token
        for i in tokens.indices where i + 2 < tokens.count {
            guard officeTitleWords.contains(tokens[i]), tokens[i].firstCharacterIsUppercase,
                  !(i > 0 && Self.officePrefixes.contains(tokens[i - 1].folded)),
                  let (words, title) = Self.officeTitles.first(where: { t in
                      i + t.words.count < tokens.count && tokens.hasFolded(t.words, at: i) }),
                  tokens[i + words.count].folded == "of" else { continue }
            if let last = found.last, last.lastToken >= i { continue }
            var start = i + words.count + 1
            guard start < tokens.count else { continue }
            if tokens[start].folded == "the" { start += 1 }
            guard start < tokens.count, let match = bodyNames.match(in: tokens, at: start),
                  let bodyID = match.entityIDs.first, let body = bodyLabels[bodyID] else { continue }
            let name = body.hasPrefix("the ") ? String(body.dropFirst(4)) : body
            // "the former Chairs of the Peacebuilding Commission" held one office: a body with a proper name (one body)
            // has one Chair. "the Chairs of the human rights treaty bodies" (a category of bodies) stays plural.
            let singular = name.first?.isUppercase == true ? Self.singularTitles[title] : nil
            let label = "\(singular ?? title) of the \(name)"
            let id = "actor/" + Slug.make(label)
            var last = match.lastToken
            // "Executive Director of the United Nations Entity … (UN-Women)": the body's acronym restated belongs to the title.
            if last + 3 < tokens.count, tokens[last + 1].folded == "(",
               let acronym = bodyNames.match(in: tokens, at: last + 2), acronym.entityIDs.first == bodyID,
               acronym.lastToken + 1 < tokens.count, tokens[acronym.lastToken + 1].folded == ")" {
                last = acronym.lastToken + 1
            }
            found.append(Found(entityID: id, firstToken: i, lastToken: last,
                               unknown: Entity(id: id, kind: .actor, category: "official", label: label, isKnown: false)))
        }
        return found
    }

    /// "the Special Rapporteur" with no mandate after it: the token range of the title, for the caller to
    /// resolve to the special rapporteur named last.
    func bareTitles(_ tokens: [TextToken]) -> [(title: String, firstToken: Int, lastToken: Int)] {
        var result = [(title: String, firstToken: Int, lastToken: Int)]()
        let the = TokenWords.the   // read once, not at every token
        for i in tokens.indices where i > 0 && the.contains(tokens[i - 1]) {
            guard let (title, length) = titleAt(tokens, i), !tokens[i + length - 1].folded.hasSuffix("s") else { continue }
            let next = i + length < tokens.count ? tokens[i + length].folded : ""
            if ["on", "of", "in", "for"].contains(next) { continue }
            result.append((title, i - 1, i + length - 1))
        }
        return result
    }

    /// The title ("special rapporteur") of a mandate entity's label, if any.
    static func title(of entity: Entity) -> String? {
        let label = entity.label.lowercased()
        return titles.first { label.hasPrefix($0.title) }?.title
    }

    /// The title a name starts with ("Independent Expert on …" → "independent expert"), if any.
    static func title(ofName name: String) -> String? {
        var label = name.lowercased()
        if label.hasPrefix("the ") { label.removeFirst(4) }
        return titles.first { label.hasPrefix($0.title) }?.title
    }

    /// Verbs that follow an addressee ("requests the Special Rapporteur on X to report …").
    static let infinitives: Set<String> = [
        "report", "submit", "present", "continue", "include", "provide", "cooperate", "pay", "give", "undertake", "make",
        "prepare", "conduct", "engage", "consider", "take", "ensure", "work", "promote", "support", "assist", "convene",
        "organize", "participate", "share", "pursue", "focus", "seek", "develop", "contribute", "address", "study", "identify",
    ]

    /// A known mandate worded otherwise: "on the sale, sexual exploitation and abuse of children" for the vocabulary's "on
    /// the sale, sexual exploitation and sexual abuse of children". From the "on" at `on`, the longest run of words (and
    /// commas) that all belong to one mandate's wording, given that the run
    /// - holds at least two of its distinguishing words and at least half of them,
    /// - ends where the mandate ends: at punctuation, "and" or "to", not before another word ("on violence against
    ///   children" is not the mandate on violence against women),
    /// - and no other mandate of the title reads as far.
    private func variantMandate(_ tokens: [TextToken], title: String, on: Int) -> Gazetteer.Match? {
        guard let candidates = mandateWords[title] else { return nil }
        var best: (id: String, last: Int, content: Int)? = nil
        var tie = false
        for candidate in candidates {
            var k = on + 1
            var content = Set<String>()
            while k < tokens.count, candidate.words.contains(tokens[k].folded) {
                if !Self.mandateStopWords.contains(tokens[k].folded) { content.insert(tokens[k].folded) }
                k += 1
            }
            var last = k - 1
            while last > on, Self.mandateStopWords.contains(tokens[last].folded) { last -= 1 }
            let next = last + 1 < tokens.count ? tokens[last + 1] : nil
            guard content.count >= 2, 2 * content.count >= candidate.content,
                  next == nil || !next!.isWord || ["and", "to"].contains(next!.folded) else { continue }
            if let b = best, b.content > content.count { continue }
            if let b = best, b.content == content.count { tie = tie || b.id != candidate.entityID; continue }
            best = (candidate.entityID, last, content.count)
            tie = false
        }
        guard let best, !tie else { return nil }
        return Gazetteer.Match(firstToken: on, lastToken: best.last, entityIDs: [best.id])
    }

    /// "Special Rapporteur on the right to X" when no known mandate matches: the words after "on" up to
    /// the next comma, semicolon, full stop or parenthesis (two to twelve words), as a new actor.
    private func unknownMandate(_ tokens: [TextToken], title: String, titleStart: Int, on: Int) -> Found? {
        var k = on + 1
        while k < tokens.count, tokens[k].isWord, k - on <= 12 {
            // "… to report to the Council": an infinitive ends the mandate.
            if tokens[k].folded == "to", k + 1 < tokens.count, Self.infinitives.contains(tokens[k + 1].folded) { break }
            // "… in Cambodia and the Independent Expert on …": another title starts another actor.
            if tokens[k].folded == "and" {
                let next = k + 1 < tokens.count && tokens[k + 1].folded == "the" ? k + 2 : k + 1
                if next < tokens.count, titleAt(tokens, next) != nil { break }
            }
            k += 1
        }
        let last = k - 1
        guard last - on >= 2, tokens[last].folded != "and", tokens[last].folded != "the" else { return nil }
        let mandate = tokens[on...last].map(\.original).joined(separator: " ")
        let label = title.prefix(1).uppercased() + title.dropFirst().replacingOccurrences(of: " r", with: " R").replacingOccurrences(of: " e", with: " E").replacingOccurrences(of: " g", with: " G") + " " + mandate
        let id = "actor/" + Slug.make(title + " " + mandate)
        return Found(entityID: id, firstToken: titleStart, lastToken: last,
                     unknown: Entity(id: id, kind: .actor, category: "special-procedure", label: label, isKnown: false))
    }

    /// The first words of the title forms: a token that is none of them starts no title.
    private static let titleFirstWords = TokenWords(Set(titles.flatMap { $0.forms.compactMap(\.first) }).sorted())
    /// The first words of ``officeTitles``, compared before the table is searched.
    private static let officeTitleWords = TokenWords(Set(officeTitles.map { $0.words[0] }).sorted())

    private func titleAt(_ tokens: [TextToken], _ i: Int) -> (String, Int)? {
        guard i < tokens.count, Self.titleFirstWords.contains(tokens[i]) else { return nil }
        for (title, forms) in Self.titles {
            for form in forms where tokens.hasFolded(form, at: i) {
                return (title, form.count)
            }
        }
        return nil
    }
}
