/// The shapes of actor names the vocabulary lacks, read from `Ontology/vocabulary/actor-patterns.tsv`
/// (format: `Ontology/README.md`).
public struct ActorPatterns: Sendable {
    /// Head words or phrases of a body's name (folded tokens) → category: Fund, Board, Initiative, Group of Friends.
    public var heads: [[String]: String] = [:] { didSet { indexHeads() } }
    /// Folded capitalized words that do not make a name specific on their own: United, Nations, Global, Advisory.
    public var generic: Set<String> = []
    /// Folded token sequences that make a run prose or an instrument: "peace process", "platform for action".
    public var excluded: [[String]] = []
    /// Nouns after "X-led" → category: "women-led organizations".
    public var ledNouns: [String: String] = [:] { didSet { indexNouns() } }
    /// People whose "…' organizations" (a `ledNouns` noun) are an actor: "farmers' organizations" → category.
    public var possessors: [[String]: String] = [:]
    /// Lower-case nouns that close a hashtag or a "Friends of …" name → category: "#IBelong campaign",
    /// "Friends of Migration group".
    public var closingNouns: [String: String] = [:]
    /// Folded token sequences starting with "and" that continue a name: "and the caribbean", "and the law of the sea".
    public var joins: [[String]] = []
    /// Folded token sequences that end a name's complement: "in new york", "in june", "in the general assembly".
    public var cuts: [[String]] = []
    /// Lower-case nouns of stakeholder groups that a modifier before them names → category: "medical associations",
    /// "industry and fish worker associations".
    public var modifiedNouns: [String: String] = [:] { didSet { indexNouns() } }
    /// Lower-case nouns whose "of/representing <people>" names a stakeholder group → category: "organizations representing
    /// persons with albinism", "associations of ombudsmen".
    public var representingNouns: [String: String] = [:] { didSet { indexNouns() } }
    /// `representingNouns` that name a group only with "representing": "networks representing persons affected by …", but
    /// "the creation of networks of experts" is an act, not a group.
    public var representingOnly: Set<String> = []
    /// People nouns that head the complement of a `representingNouns` noun ("persons", "ombudsmen"); the possessors count too.
    public var people: Set<String> = []
    /// Words before a `modifiedNouns` noun that do not name a group of their own: "other", "relevant", "national".
    public var nonModifiers: Set<String> = []
    /// Capitalized titles of a body's subsidiary bodies (folded words): "Advisory Group", "Bureau", "Executive Board" —
    /// "the Advisory Group of the Fund" is a body of its own, named after the Fund's canonical label.
    public var subsidiaries: [[String]] = [] { didSet { subsidiariesLongestFirst = subsidiaries.sorted { $0.count > $1.count } } }
    /// `subsidiaries`, longest first: the order ``Extractor`` tries them in at every text unit, sorted once here.
    private(set) var subsidiariesLongestFirst: [[String]] = []
    /// Heads (folded words) that name a body only with an "of" complement: "Congress of Leaders of World and Traditional
    /// Religions", "Congress of Local and Regional Authorities"; "World Forestry Congress", "Congress on Education …" are events.
    public var ofHeads: Set<[String]> = []
    /// Lower-case heads of bodies written in lower case (folded words) → category: "expert group", "working group",
    /// "network" — a name only after a qualifier (`bodyQualifiers`) or "United Nations" and with an "on" complement.
    public var bodyHeads: [[String]: String] = [:]
    /// Lower-case words (folded word sequences) that make a lower-case head a particular body: "open-ended",
    /// "intergovernmental", "ad hoc"; after "group of" they make one too ("the group of independent eminent persons").
    public var bodyQualifiers: [[String]] = [] { didSet { bodyQualifierFirstWords = TokenWords(bodyQualifiers.compactMap(\.first)) } }
    /// The first words of `bodyQualifiers`, asked at every "the" by the token's hash.
    private(set) var bodyQualifierFirstWords = TokenWords([])

    public init() {}

    /// The lengths of the heads starting with each first word, longest first (kept up to date with `heads`: asked at every
    /// capitalized word). A word that starts none opens no head, whatever follows it; only these lengths need looking up.
    private(set) var headLengths: [String: [Int]] = [:]
    /// The keys of `headLengths` by their ``WordHash``: most capitalized words start no head, told without hashing them.
    private(set) var headFirstFilter = WordFilter(log2Bits: 10)

    private mutating func indexHeads() {
        var lengths = [String: Set<Int>]()
        for key in heads.keys { if let first = key.first { lengths[first, default: []].insert(key.count) } }
        headLengths = lengths.mapValues { $0.sorted(by: >) }
        var filter = WordFilter(log2Bits: 10)
        for word in lengths.keys { filter.insert(word) }
        headFirstFilter = filter
    }

    /// The keys of `ledNouns`, `modifiedNouns` and `representingNouns` by their ``WordHash``: asked at every token with the
    /// token's hash before any of those dictionaries is (most words are none of these nouns; no string is hashed for them).
    private(set) var nounFilter = WordFilter(log2Bits: 10)

    private mutating func indexNouns() {
        var filter = WordFilter(log2Bits: 10)
        for noun in ledNouns.keys { filter.insert(noun) }
        for noun in modifiedNouns.keys { filter.insert(noun) }
        for noun in representingNouns.keys { filter.insert(noun) }
        nounFilter = filter
    }

    static let header = ["rule", "phrase", "category"]

    /// Parses the file's text.
    /// - Throws: ``ResolutionGraphError/vocabulary(_:line:message:)`` for an unknown rule or category.
    static func parse(_ text: String, file: String) throws -> ActorPatterns {
        var patterns = ActorPatterns()
        let categories = VocabularyFileParser.categories[.actor] ?? []
        func words(_ phrase: String) -> [String] { Tokenizer.tokenize(phrase).map(\.folded) }
        for row in try VocabularyFileParser.parseColumns(text, file: file, header: header) {
            let phrases = VocabularyFileParser.splitList(row.fields[1])
            let category = row.fields[2]
            let needsCategory = ["head", "led", "possessor", "closing", "modified", "representing", "representing-only", "body-head"].contains(row.fields[0])
            if needsCategory && !categories.contains(category) {
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "unknown actor category \(category)")
            }
            switch row.fields[0] {
            case "head": for p in phrases { patterns.heads[words(p)] = category }
            case "generic": for p in phrases { patterns.generic.formUnion(words(p)) }
            case "exclude": for p in phrases { patterns.excluded.append(words(p)) }
            case "led": for p in phrases { patterns.ledNouns[p.lowercased()] = category }
            case "possessor": for p in phrases { patterns.possessors[words(p)] = category }
            case "cut": for p in phrases { patterns.cuts.append(words(p)) }
            case "join": for p in phrases { patterns.joins.append(words(p)) }
            case "closing": for p in phrases { patterns.closingNouns[p.lowercased()] = category }
            case "modified": for p in phrases { patterns.modifiedNouns[p.lowercased()] = category }
            case "representing": for p in phrases { patterns.representingNouns[p.lowercased()] = category }
            case "representing-only":
                for p in phrases { patterns.representingNouns[p.lowercased()] = category; patterns.representingOnly.insert(p.lowercased()) }
            case "people": for p in phrases { patterns.people.insert(p.lowercased()) }
            case "nonmodifier": for p in phrases { patterns.nonModifiers.insert(p.lowercased()) }
            case "subsidiary": for p in phrases { patterns.subsidiaries.append(words(p)) }
            case "of-head": for p in phrases { patterns.ofHeads.insert(words(p)) }
            case "body-head": for p in phrases { patterns.bodyHeads[words(p)] = category }
            case "body-qualifier": for p in phrases { patterns.bodyQualifiers.append(words(p)) }
            default:
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "rule must be head, generic, exclude, cut, join, led, possessor, closing, modified, representing, representing-only, people, nonmodifier, subsidiary, of-head, body-head or body-qualifier")
            }
        }
        return patterns
    }
}

/// Actors the vocabulary does not list, recognized by the shape of their name — the counterpart of
/// ``TitleRecognizer`` for bodies, funds, initiatives and groups:
/// - a capitalized head word of `actor-patterns.tsv` (Fund, Board, Initiative, Partnership, Group of Friends,
///   Meeting of the States Parties, …) with the capitalized words before it and an optional complement after it
///   ("of/for/on/against/to …" and capitalized words): "IOM Global Assistance Fund", "Global Partnership for
///   Effective Development Cooperation", "Group of Friends of Migration". At least one capitalized word must be
///   neither a head nor generic ("Advisory Board", "Global Fund", "Member States Group" alone are not names), and a
///   complement cut short by a comma before more capitalized words ("Committee on Economic, Social …") is rejected;
/// - "X-led organizations" ("women-led organizations", "child- and youth-led movements" → each);
/// - "<people>' organizations" for the people the file lists ("farmers' organizations").
/// Ids derive from the label (`actor/<slug>`); the caller lets vocabulary names win.
enum ActorTitleRecognizer {
    struct Found {
        var entity: Entity
        var firstToken: Int
        var lastToken: Int
        /// The capitalized words that make the name specific (neither head nor generic); the caller checks that one of
        /// them lies outside the known actors named inside ("Main Committee of the General Assembly" is no new name).
        var namedTokens: [Int] = []
        /// For a stakeholder group named by whom it represents ("organizations of persons affected by …", "networks
        /// representing persons affected by …"): the folded people phrase, which names the same group whatever the noun.
        var represented: String? = nil
    }

    /// Connectors that may open a complement after the head.
    static let afterHead: Set<String> = ["of", "for", "on", "against"]
    /// Verbs whose "to" opens a name's complement too, as its aim: "Campaign to End Child Marriage", "Global Partnership to
    /// End Violence against Children", "Alliance to Combat …".
    static let aimVerbs: Set<String> = [
        "End", "Combat", "Prevent", "Eliminate", "Eradicate", "Fight", "Counter", "Stop", "Protect", "Promote", "Support",
        "Strengthen", "Advance", "Accelerate", "Defeat", "Reduce", "Address", "Improve", "Ban", "Abolish", "Save", "Tackle",
    ]
    /// Lower-case words allowed inside a complement.
    static let connectors: Set<String> = ["of", "on", "the", "and", "or", "for", "against", "to", "in", "into", "with", "between", "an", "a", "de", "la", "des", "du", "del"]
    /// Ordinals that make a name a session of a body.
    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
    /// Capitalized words that never start a name: sentence openers and articles (a footnote's "Including Security Council
    /// resolutions …" names the Council, not an "Including Security Council").
    static let notStarts: Set<String> = TitleRecognizer.notTitleStarts.subtracting(["member", "states", "parties", "executive", "secretary"]).union(["see", "cf", "notes", "note", "welcomes", "recalls", "including", "particularly", "especially", "namely"])

    /// `scalars` is the unit's text (for hyphen and apostrophe joins and labels as written).
    /// `endsState(k)`: token `k` ends a State's name ("the United Arab Emirates of the International Institute …": the State's
    /// name does not continue into the body's).
    /// `namesState(k)`: token `k` starts a State's name, as an actor or a place ("in Alexandria, Egypt").
    static func recognize(_ tokens: [TextToken], scalars: [Unicode.Scalar], patterns: ActorPatterns, isVerb: (Int) -> Bool,
                          endsState: (Int) -> Bool = { _ in false }, namesState: (Int) -> Bool = { _ in false }) -> [Found] {
        var found = [Found]()
        /// Whether token `k` follows token `k - 1` across exactly one character that is one of `separators`.
        func glued(_ k: Int, _ separators: Set<Unicode.Scalar>) -> Bool {
            guard k > 0, k < tokens.count, tokens[k].start == tokens[k - 1].end + 1, tokens[k - 1].end < scalars.count else { return false }
            return separators.contains(scalars[tokens[k - 1].end])
        }
        let hyphens = TextToken.hyphens
        let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]
        func capitalized(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].isWord else { return false }
            return tokens[k].firstScalarIsUppercase
        }
        /// The head phrase starting at `k`, longest first, its first word capitalized.
        func head(at k: Int) -> (length: Int, category: String)? {
            guard capitalized(k), patterns.headFirstFilter.mayContain(hash: tokens[k].hash),
                  let lengths = patterns.headLengths[tokens[k].folded] else { return nil }
            for length in lengths where k + length <= tokens.count {
                if let c = patterns.heads[tokens[k..<(k + length)].map(\.folded)] { return (length, c) }
            }
            return nil
        }
        /// "farmers' organizations", "women's and girl-led organizations" (the possessor before "and" and another modifier):
        /// the groups of the people the file lists as possessors, for the `ledNouns` noun at token `i`.
        func possessorGroups(noun i: Int) -> [Found] {
            var found = [Found]()
            // The possessor ends before "'s" or right before the noun with an apostrophe after it — or before "and"
            // and another modifier of the noun: "women's and girl-led organizations", "women's and youth organizations".
            var ends = [i]
            if let and = (max(1, i - 4)..<i).last(where: { tokens[$0].original == "and" }),
               ((and + 1)..<i).allSatisfy({ tokens[$0].isWord && !capitalized($0) || glued($0, hyphens) }) { ends.append(and) }
            for noun in ends {
                let saxon = tokens[noun - 1].folded == "s" && glued(noun - 1, apostrophes)
                let peopleEnd = saxon ? noun - 2 : noun - 1
                guard peopleEnd >= 0 else { continue }
                let apostrophe = saxon || (tokens[peopleEnd].end < scalars.count && apostrophes.contains(scalars[tokens[peopleEnd].end]))
                for (people, category) in patterns.possessors.sorted(by: { $0.key.count > $1.key.count }) where apostrophe && peopleEnd + 1 >= people.count {
                    let first = peopleEnd + 1 - people.count
                    // "Indigenous Peoples' organizations" is a group; "United Nations Women's …" is no possessor.
                    guard tokens[first...peopleEnd].map(\.folded) == people,
                          !capitalized(first) || (people.first == "indigenous" && !capitalized(first - 1)) else { continue }
                    let label = people.joined(separator: " ") + (saxon ? "'s " : "' ") + tokens[i].folded
                    found.append(Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, isKnown: false),
                                       firstToken: first, lastToken: noun == i ? i : noun - 1))
                    break
                }
            }
            return found
        }
        // Each rule below is asked at every token; the token's hash (or whether it is a word) turns most tokens away at the
        // call, before a call that returned nil cost ~70–150 instructions (its `Found?` result is large).
        // The static tables asked at every token are read once here (a static read in the loop went through `swift_once`
        // and retained the table's arrays at every token).
        let ledWord = Self.ledWord, theHash = Self.theHash, friendsHash = Self.friendsHash
        var i = 0
        while i < tokens.count {
            // "X-led organizations", "child- and youth-led movements", "women-led and youth-led organizations".
            if ledWord.contains(tokens[i]), glued(i, hyphens), i + 1 < tokens.count {
                if let led = ledName(tokens, i, scalars: scalars, patterns: patterns, glued: { glued($0, hyphens) }) {
                    found += led
                    if let noun = led.map(\.lastToken).max() { found += possessorGroups(noun: noun).filter { $0.lastToken < noun } }
                    i = (led.map(\.lastToken).max() ?? i) + 1
                    continue
                }
            }
            // "farmers' organizations", "children's organizations".
            if patterns.nounFilter.mayContain(hash: tokens[i].hash), patterns.ledNouns[tokens[i].folded] != nil, i > 1 {
                found += possessorGroups(noun: i)
            }
            // "the open-ended intergovernmental expert group on crimes that affect the environment": a body in lower case.
            if tokens[i].hash == theHash, let body = lowercaseBody(tokens, i, scalars: scalars, patterns: patterns) {
                found.append(body)
                i = body.lastToken + 1
                continue
            }
            // "persons with disabilities and their representative organizations": the group of the people named before.
            if tokens[i].isWord, patterns.nounFilter.mayContain(hash: tokens[i].hash),
               let group = antecedentGroup(tokens, i, scalars: scalars, patterns: patterns) {
                found.append(group)
                i += 1
                continue
            }
            // "organizations representing persons with albinism", "medical and scientific associations": stakeholder groups.
            if tokens[i].isWord, patterns.nounFilter.mayContain(hash: tokens[i].hash),
               let groups = stakeholderGroups(tokens, i, scalars: scalars, patterns: patterns, isVerb: isVerb) {
                found += groups
                i = (groups.map(\.lastToken).max() ?? i) + 1
                continue
            }
            // "#IBelong campaign", "Friends of Migration group": a lower-case noun closing a hashtag or a "Friends of" name.
            // ``closedName`` finds nothing unless a "#" stands before the word or the word is "Friends" (whose folded form's
            // hash is `friendsHash`): asked here first, by the scalar and the hash.
            if tokens[i].isWord, tokens[i].hash == friendsHash
                || (tokens[i].start > 0 && tokens[i].start - 1 < scalars.count && scalars[tokens[i].start - 1] == "#"),
               let closed = closedName(tokens, i, scalars: scalars, patterns: patterns, capitalized: capitalized) {
                found.append(closed)
                i = closed.lastToken + 1
                continue
            }
            // "Co-Action against Trafficking in Cultural Heritage (CATCH) initiative": a name, its acronym, a closing noun.
            if !tokens[i].isWord, tokens[i].folded == "(", let named = acronymClosedName(tokens, i, scalars: scalars, patterns: patterns, capitalized: capitalized) {
                found.removeAll { $0.lastToken >= named.firstToken }
                found.append(named)
                i = named.lastToken + 1
                continue
            }
            guard tokens[i].isWord, patterns.headFirstFilter.mayContain(hash: tokens[i].hash),
                  let (headLength, category) = head(at: i) else { i += 1; continue }
            if patterns.ofHeads.contains(tokens[i..<(i + headLength)].map(\.folded)),
               !(i + headLength < tokens.count && tokens[i + headLength].original == "of") { i += headLength; continue }
            // The capitalized words before the head (joined by hyphens or apostrophes too): "IOM Global Assistance".
            var first = i
            while first > 0, capitalized(first - 1) || (tokens[first - 1].isWord && glued(first, hyphens))
                    || (tokens[first - 1].folded == "s" && glued(first - 1, apostrophes))
                    // "High-level Panel on …": a lower-case word joined by a hyphen to a capitalized one.
                    || (first >= 2 && tokens[first - 1].isWord && glued(first - 1, hyphens) && capitalized(first - 2)) {
                first -= 1
            }
            // Sentence openers, verbs and ordinals ("Eleventh Conference of States Parties …": a session, not the body).
            // Exclusions see the words dropped here too: "Review Conference of the Parties to …" is an event.
            // "the Office's Global Programme …": a body's possessive before the name says whose it is.
            if let s = (first..<i).last(where: { tokens[$0].folded == "s" && glued($0, apostrophes) && $0 > first
                    && possessorBodies.contains(tokens[$0 - 1].folded) }) {
                first = s + 1
            }
            let runStart = first
            while first < i, notStarts.contains(tokens[first].folded) || isVerb(first) || !capitalized(first)
                    || ordinals.contains(tokens[first].folded) { first += 1 }
            // The complement: "for Effective Development Cooperation", "of the Pacific Islands Forum".
            var last = i + headLength - 1
            var k = last + 1
            var uncertainEnd = false
            let parties = tokens[i..<(i + headLength)].contains { $0.folded == "parties" }
            // Or the aim, in title case: "African Union Campaign to End Child Marriage".
            let aim = k + 2 < tokens.count && tokens[k].original == "to" && capitalized(k + 1) && Self.aimVerbs.contains(tokens[k + 1].original)
            if k + 1 < tokens.count, afterHead.contains(tokens[k].original) || (parties && tokens[k].original == "to") || aim {
                var j = k + 1
                if tokens[j].original == "the", j + 1 < tokens.count { j += 1 }
                if capitalized(j) {
                    var end = j
                    var m = j + 1
                    while m < tokens.count, capitalized(m) || (tokens[m].isWord && glued(m, hyphens))
                            || (tokens[m].folded == "s" && glued(m, apostrophes)) || (tokens[m].isWord && connectors.contains(tokens[m].original)) {
                        // "… and the Caribbean Community": "and" before another body's head starts a second name.
                        // "… and the Global Dialogue …", "… and of the African Union": a second name, or an uncertain end —
                        // unless the file lists the words as part of names ("and the Caribbean", "and the Law of the Sea").
                        if tokens[m].original == "and", !patterns.joins.contains(where: { tokens.hasFolded($0, at: m) }) {
                            // "X and the Y Forum": two names; "Asian and Pacific Training Centre": an uncertain end.
                            if headAhead(tokens, from: m + 1, patterns: patterns, head: head) {
                                if !(m + 1 < tokens.count && tokens[m + 1].original == "the") { uncertainEnd = true }
                                break
                            }
                            if m + 1 < tokens.count, connectors.contains(tokens[m + 1].original) {
                                // "… on Indigenous Issues and the Open-ended …": "and the" before a capitalized run starts
                                // another name; before lower case ("… and the rights of …") the end is uncertain.
                                if tokens[m + 1].original == "the", !capitalized(m + 2) { uncertainEnd = true }
                                break
                            }
                        }
                        // "… in New York", "… in June", "… in the General Assembly": where or when, not the name.
                        // "… Relations with the Host Country", but not "… Cluster Munitions with States not parties".
                        // "… Inclusion of Persons with Disabilities in …" keeps its people's "with".
                        if tokens[m].original == "with", !(m + 1 < tokens.count && tokens[m + 1].original == "the"),
                           !(["Persons", "People", "Children", "Women", "Youth"].contains(tokens[m - 1].original) && capitalized(m + 1)) { break }
                        // "… between Cultures in Alexandria, Egypt": a city and its State say where the body sits.
                        if tokens[m].original == "in", capitalized(m + 1) {
                            var n = m + 1
                            while capitalized(n + 1) { n += 1 }
                            if n + 2 < tokens.count, tokens[n + 1].folded == ",", namesState(n + 2) { break }
                        }
                        if patterns.cuts.contains(where: { tokens.hasFolded($0, at: m) }) { break }
                        if capitalized(m) || !connectors.contains(tokens[m].original) { end = m }
                        m += 1
                    }
                    last = end
                    k = end + 1
                }
            }
            // A name cut short by a comma before more capitalized words ("Committee on Economic, Social and Cultural
            // Rights") has an uncertain end: no name.
            // Nor one whose start is uncertain: "[Economic and] Social Council", "[Organization of] African Unity …".
            let cutShort = uncertainEnd || (last > i + headLength - 1 && k + 1 < tokens.count && tokens[k].folded == "," && capitalized(k + 1))
                || (first >= 2 && ["and", "of", "on", "for", "to", ","].contains(tokens[first - 1].folded) && capitalized(first - 2))
                // "the United Nations-Nippon Foundation Fellowship": the capitalized run goes on past the head, whose name
                // this is not (a later head may end it: "International Monetary Fund Executive Board").
                || (last == i + headLength - 1 && capitalized(last + 1))
                // "an International Climate Forum in Samarkand": an indefinite article introduces an event, not a name.
                || (first >= 1 && ["a", "an"].contains(tokens[first - 1].folded))
                // "[World Summit on] the Information Society Forum" — but not after a State's name: "the establishment by the
                // United Arab Emirates of the International Institute for Tolerance".
                || (first >= 3 && tokens[first - 1].original == "the" && ["of", "on", "for"].contains(tokens[first - 2].original)
                    && capitalized(first - 3) && !endsState(first - 3))
            // An instrument's head inside makes the run an instrument's title ("Council of Europe Convention on …",
            // "Group of 20 Action Plan"), except after "States Parties to".
            let instrumentInside = !parties && (first...last).contains { n in
                !(n >= i && n < i + headLength) && capitalized(n)
                    && ((TitleRecognizer.heads[tokens[n].folded] != nil && !TitleRecognizer.weakHeads.contains(tokens[n].folded))
                        || ["plan", "programme", "report", "vision"].contains(tokens[n].folded)
                        // "Programme of Action", "Platform for Action", "Action Plan"; not "… in Humanitarian Action".
                        || (tokens[n].folded == "action" && ((n > 0 && ["of", "for"].contains(tokens[n - 1].folded))
                            || (n + 1 < tokens.count && ["plan", "agenda", "programme"].contains(tokens[n + 1].folded)))))
            }
            let folded = tokens[first...last].map(\.folded)
            let run = tokens[min(runStart, first)...last].map(\.folded)
            let excluded = patterns.excluded.contains { phrase in
                run.count >= phrase.count && (0...(run.count - phrase.count)).contains { run[$0..<($0 + phrase.count)].elementsEqual(phrase) }
            }
            // "the Programme of Action": a body's head after an instrument's within the same name is not the name's head.
            var namedTokens = (first...last).filter { n in
                capitalized(n) && !(n >= i && n < i + headLength) && patterns.heads[[tokens[n].folded]] == nil
                    && !patterns.generic.contains(tokens[n].folded)
                    && (TitleRecognizer.heads[tokens[n].folded] == nil || TitleRecognizer.weakHeads.contains(tokens[n].folded))
            }
            // "the Conference of the States Parties to the Convention": the treaty referred back to makes the name specific
            // (the caller resolves it, or drops the name).
            if parties, namedTokens.isEmpty, last == i + headLength + 1 || last == i + headLength + 2,
               tokens[i + headLength].original == "to", DefiniteReference.heads.contains(tokens[last].folded) {
                namedTokens = [last]
            }
            if !cutShort, !excluded, !instrumentInside, !namedTokens.isEmpty, first <= i {
                let label = labelText(scalars, tokens[first].start, tokens[last].end)
                var c = category
                if c != "initiative", c != "court", folded.starts(with: ["united", "nations"]) || folded.first == "un" { c = "un-entity" }
                found.append(Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: c, label: label, isKnown: false),
                                   firstToken: first, lastToken: last, namedTokens: namedTokens))
                i = last + 1
                continue
            }
            i += headLength
        }
        return found
    }

    /// "women-led organizations" (token `led` at `i`): one actor per modifier of a coordination.
    private static func ledName(_ tokens: [TextToken], _ i: Int, scalars: [Unicode.Scalar], patterns: ActorPatterns,
                                glued: (Int) -> Bool) -> [Found]? {
        // The noun: "organizations" right after "led", or after "and youth-led".
        var nounIndex = i + 1
        // Each modifier's span: the last one runs to the noun, earlier ones cover their own words only, so that the
        // spans never overlap ("women-led" | "youth-led organizations"; "child" | "youth-led movements").
        var modifiers = [(word: Int, last: Int)]()
        modifiers.append((i - 1, i))
        // "women-led and youth-led organizations".
        if nounIndex + 3 < tokens.count, tokens[nounIndex].folded == "and", tokens[nounIndex + 2].folded == "led", glued(nounIndex + 2) {
            modifiers.append((nounIndex + 1, nounIndex + 2))
            nounIndex += 3
        }
        modifiers[modifiers.count - 1].last = nounIndex
        guard nounIndex < tokens.count, let category = patterns.ledNouns[tokens[nounIndex].folded],
              tokens[i - 1].isWord, tokens[i - 1].firstCharacterIsLowercase else { return nil }
        // "child- and youth-led movements": the first modifier ends in a hyphen before "and".
        let m = modifiers[0].word
        if m >= 2, tokens[m - 1].folded == "and", tokens[m - 2].isWord, tokens[m - 2].end < scalars.count,
           TextToken.hyphens.contains(scalars[tokens[m - 2].end]), tokens[m - 2].firstCharacterIsLowercase {
            modifiers.insert((m - 2, m - 2), at: 0)
        }
        // Only people (not "country-led", "industry-led"): the modifier is a person noun of the possessor list or ends in
        // a plural or a people word.
        let people: Set<String> = Set(patterns.possessors.keys.compactMap { $0.count == 1 ? $0[0] : nil })
            .union(["woman", "girl", "child", "migrant", "refugee", "survivor", "victim", "youth", "community", "indigenous",
                    "worker", "farmer", "peasant", "diaspora", "feminist", "persons", "people"])
        let noun = tokens[nounIndex].folded
        var result = [Found]()
        for (word, last) in modifiers {
            let w = tokens[word].folded
            guard people.contains(w) else { continue }
            let label = "\(w)-led \(noun)"
            result.append(Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, isKnown: false),
                                firstToken: word, lastToken: last))
        }
        return result.isEmpty ? nil : result
    }

    /// Words that, after "and" in the complement of a stakeholder group, start another actor or the sentence's next item:
    /// "organizations of persons with disabilities and community organizations".
    static let conjunctActorNouns: Set<String> = ["institutions", "groups", "society", "sector", "bodies", "entities", "agencies",
                                                  "authorities", "governments", "states", "stakeholders", "partners", "actors",
                                                  "academia", "media", "leaders", "communities", "members", "representatives"]
    /// Words that end the complement of a stakeholder group: the sentence goes on ("… with albinism, including", "… to raise").
    static let complementEnds: Set<String> = ["to", "in", "including", "such", "as", "at", "from", "through", "for", "on", "that",
                                              "which", "who", "whose", "where", "while", "within", "so", "if", "or", "but", "than",
                                              "is", "are", "was", "were", "be", "been", "have", "has", "can", "may", "should", "shall",
                                              "will", "would", "could", "must", "not", "among", "between", "into", "during", "under",
                                              "towards", "toward", "across", "via", "without"]
    /// How many words the complement of a stakeholder group may have ("with albinism", "affected by noncommunicable diseases
    /// and mental health conditions"); a longer one has an uncertain end, and the group is not named.
    static let complementReach = 10

    /// Lower-case stakeholder groups at token `i` (a `modifiedNouns` or `representingNouns` noun):
    /// - "<noun> of/representing <people> [with/affected by/living with/of …]": "organizations representing persons with
    ///   albinism", "associations of ombudsmen" (modifiers before the noun are left out: "regional and international
    ///   associations of ombudsmen", "representative organizations of persons affected by …");
    /// - "<modifier> <noun>" for a modified noun not followed by "of": "medical associations"; "medical, health and scientific
    ///   associations" gives one group per modifier, "industry and fish worker associations" two.
    static func stakeholderGroups(_ tokens: [TextToken], _ i: Int, scalars: [Unicode.Scalar], patterns: ActorPatterns,
                                  isVerb: (Int) -> Bool) -> [Found]? {
        // Most tokens are none of the nouns: turned away by their hash, before any character or dictionary lookup.
        guard tokens[i].isWord, patterns.nounFilter.mayContain(hash: tokens[i].hash) else { return nil }
        let t = tokens[i]
        guard t.firstCharacterIsLowercase else { return nil }
        let represents = patterns.representingNouns[t.folded]
        let modified = patterns.modifiedNouns[t.folded]
        guard represents != nil || modified != nil else { return nil }
        func lower(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].firstCharacterIsLowercase }
        /// Whether `k` follows `k - 1` across an apostrophe ("women's", "farmers'"): possessives are other rules'.
        func apostropheBefore(_ k: Int) -> Bool {
            guard k > 0 else { return false }
            return scalars[tokens[k - 1].end..<min(tokens[k].start, scalars.count)].contains { $0 == "'" || $0 == "\u{2019}" }
        }
        func make(_ label: String, _ first: Int, _ last: Int, _ category: String) -> Found {
            Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, isKnown: false),
                  firstToken: first, lastToken: last)
        }
        let next = i + 1 < tokens.count ? tokens[i + 1].folded : ""
        if let category = represents, next == "representing" || (next == "of" && !patterns.representingOnly.contains(t.folded)) {
            // Up to two adjectives, then a people noun: "older persons", "young entrepreneurs".
            var p = i + 2
            var adjectives = 0
            while p < tokens.count, lower(p), !patterns.people.contains(tokens[p].folded), adjectives < 2,
                  !patterns.nonModifiers.contains(tokens[p].folded) {
                p += 1
                adjectives += 1
            }
            guard p < tokens.count, lower(p), patterns.people.contains(tokens[p].folded), !apostropheBefore(p),
                  !(p + 1 < tokens.count && apostropheBefore(p + 1)) else { return nil }
            // Other people joined by "and": "organizations of children and young people with disabilities".
            if p + 2 < tokens.count, tokens[p + 1].folded == "and" {
                var q = p + 2
                while q < tokens.count, q - p <= 4, lower(q), !patterns.people.contains(tokens[q].folded),
                      !patterns.nonModifiers.contains(tokens[q].folded) { q += 1 }
                if q < tokens.count, q - p <= 4, lower(q), patterns.people.contains(tokens[q].folded), !apostropheBefore(q) { p = q }
            }
            guard let last = peopleComplementEnd(tokens, p, patterns: patterns, lower: lower) else { return nil }
            let label = labelText(scalars, tokens[i].start, tokens[last].end)
            var group = make(label, i, last, category)
            group.represented = tokens[(i + 2)...last].map(\.folded).joined(separator: " ")
            return [group]
        }
        guard let category = modified, next != "of", next != "representing", i > 0 else { return nil }
        /// A modifier word: a word that is not a determiner, preposition, number, verb or participle, and capitalized only
        /// after a lower-case word ("regional Ombudsman and mediator associations").
        func modifier(_ k: Int) -> Bool {
            guard k >= 0, tokens[k].isWord, tokens[k].original.count > 1, !patterns.nonModifiers.contains(tokens[k].folded),
                  !isVerb(k), !tokens[k].folded.hasSuffix("ing"), !tokens[k].folded.hasSuffix("ed"),
                  !tokens[k].folded.unicodeScalars.contains(where: { (0x30...0x39).contains($0.value) }),
                  !apostropheBefore(k + 1) else { return false }
            if lower(k) { return !(k > 0 && tokens[k - 1].folded == "to") }
            return lower(k - 1) && !patterns.nonModifiers.contains(tokens[k].folded)
        }
        guard modifier(i - 1) else { return nil }
        // The modifier next to the noun: one word, or two ("fish worker").
        var first = i - 1
        if modifier(i - 2), !patterns.nonModifiers.contains(tokens[i - 2].folded), lower(i - 2), lower(i - 1) { first = i - 2 }
        var groups = [(first: Int, last: Int)]()
        groups.append((first, i))
        // Coordinated modifiers before it: "medical and scientific", "industry and fish worker", "medical, scientific and
        // technical". One "and"/"or"; commas only between adjectives before it ("academia, medical associations" is a list
        // of two items, "civil society, academia, medical and scientific associations" names two groups).
        if first >= 2, ["and", "or"].contains(tokens[first - 1].folded), modifier(first - 2) {
            groups.insert((first - 2, first - 2), at: 0)
            var k = first - 3
            while k >= 1, tokens[k].folded == ",", modifier(k - 1), Self.adjectival(tokens[k - 1].folded) {
                groups.insert((k - 1, k - 1), at: 0)
                k -= 2
            }
        }
        // Each group's span: earlier modifiers cover their own words, the last runs to the noun.
        return groups.map { g in
            let words = g.last == i ? labelText(scalars, tokens[g.first].start, tokens[i - 1].end) : labelText(scalars, tokens[g.first].start, tokens[g.last].end)
            return make(words + " " + t.original, g.first, g.last, category)
        }
    }

    /// The last token of the people phrase whose people noun is token `p`, with its complement: "persons with albinism",
    /// "persons affected by noncommunicable diseases and mental health conditions", "people of African descent"; `p` itself
    /// when no complement follows. Nil when the complement runs past `complementReach` (an uncertain end).
    static func peopleComplementEnd(_ tokens: [TextToken], _ p: Int, patterns: ActorPatterns, lower: (Int) -> Bool) -> Int? {
        // The complement: "with albinism", "affected by …", "living with …", "of African descent".
        var c = p + 1
        if c < tokens.count, tokens[c].folded == "with" || tokens[c].folded == "of" { c += 1 }
        else if c + 1 < tokens.count, ["affected", "living", "working"].contains(tokens[c].folded),
                ["by", "with", "in", "on"].contains(tokens[c + 1].folded) { c += 2 }
        guard c > p + 1 else { return p }
        var k = c
        var end = -1
        while k < tokens.count, k - c < complementReach {
            let w = tokens[k]
            guard w.isWord, lower(k) else { end = k - 1; break }
            if complementEnds.contains(w.folded) { end = k - 1; break }
            if w.folded == "and" {
                // "… and mental health conditions" continues; "… and community organizations", "… and their families"
                // (a determiner), "… and persons with disabilities" (other people) start another item.
                var n = k + 1
                var startsItem = n >= tokens.count || !lower(n) || patterns.nonModifiers.contains(tokens[n].folded)
                while !startsItem, n < tokens.count, lower(n), !complementEnds.contains(tokens[n].folded), n - k <= 5 {
                    let f = tokens[n].folded
                    if conjunctActorNouns.contains(f) || patterns.people.contains(f) || patterns.representingNouns[f] != nil
                        || patterns.modifiedNouns[f] != nil || patterns.ledNouns[f] != nil { startsItem = true }
                    n += 1
                }
                if startsItem { end = k - 1; break }
            }
            k += 1
        }
        if end < 0 {
            // A complement running past the reach has an uncertain end: no group.
            if k - c >= complementReach { return nil }
            end = k - 1
        }
        // Connectors closing the complement are not part of it; a complement left with no word ("… affected by
        // the …" cut short) is none, and the people noun ends the name.
        while end >= c, ["and", "the", "of", "a", "an", "by", "with"].contains(tokens[end].folded) { end -= 1 }
        return end >= c ? end : p
    }

    /// "persons with disabilities and their representative organizations", "… persons living with a rare disease and their
    /// families, including through their representative organizations": the people named before "their (own)
    /// representative <noun>" in the same clause are whom the group represents — the group "<noun> of <people>" (the
    /// vocabulary's "organizations of persons with disabilities"). The nearest people noun with a complement is the
    /// antecedent; one after "their", "such", "these" or "those" ("their families", "such persons") is skipped. Token `i`
    /// is the noun; the mention is "their representative organizations".
    static func antecedentGroup(_ tokens: [TextToken], _ i: Int, scalars: [Unicode.Scalar], patterns: ActorPatterns) -> Found? {
        guard i >= 3, tokens[i].isWord, tokens[i - 1].folded == "representative",
              let category = patterns.representingNouns[tokens[i].folded], !patterns.representingOnly.contains(tokens[i].folded) else { return nil }
        let their = tokens[i - 2].folded == "own" ? i - 3 : i - 2
        guard their >= 1, tokens[their].folded == "their" else { return nil }
        func lower(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].firstCharacterIsLowercase }
        var k = their - 1
        while k >= 0, their - k <= antecedentReach {
            let t = tokens[k]
            // A clause boundary: the people are not named in this clause.
            if !t.isWord, [";", ".", ":"].contains(t.folded) { return nil }
            if lower(k), patterns.people.contains(t.folded), !(k > 0 && ["their", "such", "these", "those"].contains(tokens[k - 1].folded)),
               let last = peopleComplementEnd(tokens, k, patterns: patterns, lower: lower), last > k, last < their {
                // "girls with disabilities, and their representative organizations": the organizations of persons with
                // disabilities, whom the complement names (the people noun only narrows who is meant here).
                let people = ["persons", "people", "peoples"].contains(t.folded) ? t.folded : "persons"
                let phrase = people + " " + labelText(scalars, tokens[k + 1].start, tokens[last].end)
                let label = tokens[i].folded + " of " + phrase
                var group = Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, isKnown: false),
                                  firstToken: their, lastToken: i)
                group.represented = ([people] + tokens[(k + 1)...last].map(\.folded)).joined(separator: " ")
                return group
            }
            k -= 1
        }
        return nil
    }
    /// How many tokens before "their representative …" the people it refers to may be named.
    static let antecedentReach = 30

    /// Words that end the complement of a body written in lower case before them: how, by whom or when it was set up, or
    /// the sentence going on ("… on gender-related killing of women and girls at its meeting", "… established pursuant to").
    static let bodyComplementEnds: Set<String> = ["at", "by", "established", "launched", "held", "created", "convened", "which",
                                                  "whose", "who", "would", "will", "shall", "should", "could", "may", "is", "are",
                                                  "was", "were", "has", "have", "had", "under", "pursuant", "within", "during",
                                                  "from", "with", "as", "aimed", "tasked", "mandated", "including", "to", "set",
                                                  "composed", "consisting", "chaired", "led", "since", "until", "for"]
    /// Words after "in" that make it the sentence's, not the complement's: "in its report", "in accordance with".
    static let bodyInEnds: Set<String> = ["its", "their", "accordance", "consultation", "cooperation", "order", "particular",
                                          "line", "support", "this", "that", "which", "coordination", "collaboration"]
    /// Words after a comma that close the complement cleanly ("…, whose mandate is", "…, and urges"); any other lower-case
    /// word after the comma continues a list ("on health, environment and climate change"): the end is uncertain.
    static let bodyCommaFollowers: Set<String> = ["which", "whose", "who", "and", "as", "including", "in", "to", "with", "while",
                                                  "where", "established", "launched", "held", "created", "mandated", "tasked",
                                                  "taking", "pursuant", "notably", "particularly", "especially", "the", "its",
                                                  "their", "at", "by", "under", "contained", "inter", "for", "on", "a", "an"]
    /// How many words the complement of a body in lower case may have.
    static let bodyComplementReach = 14

    /// The ``WordHash`` of "the", compared before the string at every token.
    static let theHash = WordHash.of("the")
    /// "led" of "X-led organizations", asked at every token.
    private static let ledWord = TokenWords(["led"])
    /// The ``WordHash`` of "friends", the folded form of "Friends" (``closedName``).
    static let friendsHash = WordHash.of("friends")

    /// A body written in lower case at token `i` ("the"): "the [United Nations] <qualifiers> <head> on <complement>"
    /// ("the open-ended intergovernmental expert group on crimes that affect the environment", "the United Nations network on
    /// racial discrimination and protection of minorities") or "the group of <qualifiers> persons/experts [on …]" ("the
    /// group of independent eminent persons"). The complement ends at a clause word or at punctuation not followed by more
    /// of a list; a capitalized word inside it, a list, or a complement longer than the reach make its end uncertain: no name.
    static func lowercaseBody(_ tokens: [TextToken], _ i: Int, scalars: [Unicode.Scalar], patterns: ActorPatterns) -> Found? {
        guard tokens[i].hash == theHash, !patterns.bodyHeads.isEmpty, tokens[i].folded == "the", i + 2 < tokens.count else { return nil }
        // Most "the"s open no such name: only a qualifier, "United Nations" or "group" may follow.
        let next = tokens[i + 1]
        guard next.original == "United" || next.original == "group"
                || patterns.bodyQualifierFirstWords.contains(next) else { return nil }
        func lower(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].firstCharacterIsLowercase }
        func phrase(_ list: [[String]], at k: Int) -> Int? {
            list.filter { p in tokens.hasFolded(p, at: k) && lower(k) }
                .map(\.count).max()
        }
        var j = i + 1
        let un = tokens[j].original == "United" && tokens[j + 1].original == "Nations"
        if un { j += 2 }
        var qualifiers = 0
        while j < tokens.count, let n = phrase(patterns.bodyQualifiers, at: j) { j += n; qualifiers += 1 }
        var category = "other"
        var last: Int
        var needsComplement = true
        if let (head, c) = patterns.bodyHeads.filter({ h, _ in j + h.count <= tokens.count && lower(j)
            && tokens.hasFolded(h, at: j) }).max(by: { $0.key.count < $1.key.count }) {
            guard qualifiers > 0 || un else { return nil }
            category = c
            last = j + head.count - 1
        } else if qualifiers == 0, !un, j + 2 < tokens.count, tokens[j].original == "group", tokens[j + 1].folded == "of" {
            // "the group of independent eminent persons", "the group of independent experts on accountability".
            var k = j + 2
            var after = 0
            while k < tokens.count, let n = phrase(patterns.bodyQualifiers, at: k) { k += n; after += 1 }
            guard after > 0, k < tokens.count, ["persons", "experts"].contains(tokens[k].original) else { return nil }
            last = k
            needsComplement = false
        } else {
            return nil
        }
        // "on …" only: "the open-ended working group for a final decision" states a purpose, not the name.
        if last + 1 < tokens.count, tokens[last + 1].original == "on" {
            let c = last + 2
            var k = c
            var end = -1
            while k < tokens.count, k - c <= bodyComplementReach {
                let w = tokens[k]
                if !w.isWord {
                    // Punctuation: a clean end, unless a list goes on after a comma.
                    if w.folded == ",", k + 1 < tokens.count, lower(k + 1), !bodyCommaFollowers.contains(tokens[k + 1].folded) { return nil }
                    end = k - 1
                    break
                }
                if !lower(k) {
                    if w.folded.unicodeScalars.allSatisfy({ (0x30...0x39).contains($0.value) }) { end = k - 1; break }
                    return nil
                }
                if bodyComplementEnds.contains(w.folded) { end = k - 1; break }
                if w.folded == "in", k + 1 < tokens.count, bodyInEnds.contains(tokens[k + 1].folded) { end = k - 1; break }
                if w.folded == "and", k + 1 < tokens.count, tokens[k + 1].folded == "the" { end = k - 1; break }
                k += 1
            }
            if end < 0 { if k >= tokens.count { end = tokens.count - 1 } else { return nil } }
            while end >= c, ["and", "the", "of", "a", "an", "in", "on", "or"].contains(tokens[end].folded) { end -= 1 }
            guard end >= c else { return nil }
            last = end
        } else if needsComplement {
            return nil
        }
        let label = labelText(scalars, tokens[i + 1].start, tokens[last].end)
        if un, category == "other" { category = "un-entity" }
        return Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, isKnown: false),
                     firstToken: i + 1, lastToken: last)
    }

    /// A word with an adjective's ending ("medical", "scientific", "professional"), for modifiers listed with commas.
    static func adjectival(_ word: String) -> Bool {
        ["al", "ic", "ive", "ary", "ory", "ous", "ian", "ist"].contains { word.hasSuffix($0) }
    }

    private static func closedName(_ tokens: [TextToken], _ i: Int, scalars: [Unicode.Scalar], patterns: ActorPatterns,
                                   capitalized: (Int) -> Bool) -> Found? {
        guard tokens[i].isWord else { return nil }
        var last = i
        if tokens[i].start > 0, tokens[i].start - 1 < scalars.count, scalars[tokens[i].start - 1] == "#" {
            // The hashtag is one token: "#StandUp4Migrants".
        } else if tokens[i].original == "Friends", i + 2 < tokens.count, tokens[i + 1].original == "of", capitalized(i + 2) {
            last = i + 2
            while last + 1 < tokens.count, capitalized(last + 1) { last += 1 }
        } else {
            return nil
        }
        guard last + 1 < tokens.count, let category = patterns.closingNouns[tokens[last + 1].original] else { return nil }
        let start = tokens[i].original == "Friends" ? tokens[i].start : tokens[i].start - 1
        let label = labelText(scalars, start, tokens[last + 1].end)
        return Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, isKnown: false),
                     firstToken: i, lastToken: last + 1, namedTokens: [])
    }

    /// Bodies whose possessive may stand before a name of their own unit: "the Office's Global Programme".
    private static let possessorBodies: Set<String> = ["office", "organization", "organisation", "council", "commission", "committee",
                                                       "fund", "secretariat", "assembly", "programme", "entity", "agency", "secretary-general",
                                                       "general"]   // "Secretary-General's", tokenized at the hyphen

    /// Lower-case words that may stand inside a name closed by its acronym ("Sport against Crime", "Global Resource for …").
    private static let acronymNameConnectors: Set<String> = ["against", "in", "for", "and", "of", "on", "the", "to", "from", "with"]

    /// A capitalized name ending right before `(` at `i`, then an acronym in capitals (up to five tokens: "SC:ORE") and a
    /// closing noun: "Co-Action against Trafficking in Cultural Heritage (CATCH) initiative", "the Climate Risk and Early
    /// Warning Systems (CREWS) initiative", "Sport against Crime: Outreach, Resilience, Empowerment (SC:ORE) initiative".
    /// The name, without the acronym, is the label; the acronym its alias.
    private static func acronymClosedName(_ tokens: [TextToken], _ i: Int, scalars: [Unicode.Scalar], patterns: ActorPatterns,
                                          capitalized: (Int) -> Bool) -> Found? {
        guard i >= 2, capitalized(i - 1) else { return nil }
        var close = i + 1
        var acronymWords = 0
        while close < tokens.count, close <= i + 6, tokens[close].folded != ")" {
            let t = tokens[close]
            if t.isWord {
                guard !t.original.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) else { return nil }
                acronymWords += 1
            } else if ![":", "-", "&", ".", "\u{2011}"].contains(t.original) {
                return nil
            }
            close += 1
        }
        guard acronymWords > 0, close + 1 < tokens.count, tokens[close].folded == ")",
              let category = patterns.closingNouns[tokens[close + 1].original] else { return nil }
        // Back over the name: capitalized words, connectors, and ":" "," "-" inside it.
        var first = i - 1
        while first - 1 >= 0 {
            let t = tokens[first - 1]
            // A comma inside the name comes before another capitalized word ("Outreach, Resilience"); before "the" it
            // ends a list of names ("Coalition for …, the Risk-Informed Early Action Partnership, the Climate Risk …").
            if t.original == ",", !capitalized(first) { break }
            if capitalized(first - 1) || (t.isWord && t.firstCharacterIsLowercase && acronymNameConnectors.contains(t.folded))
                || [":", ",", "-", "\u{2011}"].contains(t.original) {
                first -= 1
            } else {
                break
            }
        }
        while first < i - 1, !capitalized(first) { first += 1 }
        let capitals = (first..<i).filter(capitalized)
        guard capitals.count >= 2 else { return nil }
        let label = labelText(scalars, tokens[first].start, tokens[i - 1].end)
        let acronym = labelText(scalars, tokens[i + 1].start, tokens[close - 1].end)
        return Found(entity: Entity(id: "actor/" + Slug.make(label), kind: .actor, category: category, label: label, aliases: [acronym],
                                    isKnown: false),
                     firstToken: first, lastToken: close + 1, namedTokens: capitals)
    }

    /// Whether another body's head comes in the capitalized run starting at `start` ("and the Caribbean Community").
    private static func headAhead(_ tokens: [TextToken], from start: Int, patterns: ActorPatterns,
                                  head: (Int) -> (length: Int, category: String)?) -> Bool {
        var k = start
        while k < tokens.count, tokens[k].isWord, tokens[k].firstCharacterIsUppercase || tokens[k].original == "the" {
            if head(k) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether a name found over `span` stands against the mentions already found there: vocabulary names win (no
    /// mention may reach outside the span or cover it whole), and a known name opening the span and followed by a
    /// lower-case word is the name, not part of a longer one ("Board of Auditors on the United Nations Joint Staff
    /// Pension Fund"). Shorter names strictly inside are part of the new one ("IOM" in "IOM Global Assistance Fund").
    static func accepts(_ span: Range<Int>, overlapping mentions: [Mention], tokens: [TextToken], found: Found,
                        isActor: (String) -> Bool) -> Bool {
        let inside = mentions.filter { $0.start < span.upperBound && span.lowerBound < $0.end }
        if !found.namedTokens.isEmpty, found.namedTokens.allSatisfy({ n in
            inside.contains { isActor($0.entity) && $0.start <= tokens[n].start && tokens[n].end <= $0.end } }) { return false }
        for m in inside {
            if m.start < span.lowerBound || m.end > span.upperBound || (m.start == span.lowerBound && m.end == span.upperBound) { return false }
            if m.start == span.lowerBound, let k = tokens.firstIndex(where: { $0.end == m.end }), k + 1 <= found.lastToken,
               tokens[k + 1].isWord, tokens[k + 1].firstCharacterIsLowercase { return false }
        }
        return true
    }

    /// The vocabulary entity whose label or alias is exactly `label` ("women-led organizations" found in "women-led and
    /// youth-led organizations" is the known `actor/womens-organizations`), if any.
    static func knownID(of label: String, in names: Gazetteer) -> String? {
        let tokens = Tokenizer.tokenize(label)
        guard let m = names.matches(in: tokens, anchored: true).first, m.lastToken == tokens.count - 1 else { return nil }
        return m.entityIDs.first
    }

    /// The text as written, white space collapsed and quotes dropped (the labels of names found here and of
    /// ``TitleRecognizer``'s titles). Collected as UTF-8 bytes, where appending to `String.unicodeScalars` cost ~400
    /// instructions a scalar; white space is told by value in ASCII (tab to carriage return, and the space: Unicode's
    /// White_Space there) and by the Unicode property elsewhere.
    static func labelText(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let text = scalars[start..<min(end, scalars.count)]
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.count)
        var pendingSpace = false
        for scalar in text {
            let v = scalar.value
            if v < 0x80 ? v == 0x20 || (v >= 0x09 && v <= 0x0D) : scalar.properties.isWhitespace { pendingSpace = true; continue }
            if v == 0x22 || v == 0x201C || v == 0x201D { continue }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            if v < 0x80 { bytes.append(UInt8(v)) } else { UTF8.encode(scalar) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
