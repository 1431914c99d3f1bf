/// Stage 3: finds the actors, instruments and themes each paragraph and footnote names — by the
/// vocabulary's labels and aliases, and by patterns for entities the vocabulary does not list.
///
/// A class holding only constants: the closures and nested functions of ``extract(_:)`` capture one reference to it
/// (a struct of these tables was copied whole about four times per text unit).
public final class Extractor: Sendable {
    public let vocabulary: Vocabulary
    /// Actors and instruments (and ignored phrases), matched leftmost-longest.
    private let names: Gazetteer
    /// Themes, matched in a separate pass so that a theme phrase never blocks a longer name.
    private let themes: Gazetteer
    /// Special procedures by mandate, lists split.
    private let mandates: MandateResolver
    /// "the Optional Protocol thereto" and the like.
    private let protocols: ProtocolReferenceResolver
    /// First words of the verb forms, so a title never starts with "Recalling" or "Urges".
    private let verbFirstWords: Set<String>
    /// Resolution numbers the vocabulary knows (`2021/25` → `instrument/ecosoc-res-2021-25`).
    private let resolutionsByNumber: [String: String]
    /// Instruments only, to find the parent of "the Protocols thereto" even inside an actor's name
    /// ("the Conference of the Parties to the Convention … and the Protocols thereto").
    private let instrumentNames: Gazetteer
    /// ``DefiniteReference/head(of:)`` of every vocabulary entity, worked out once (nil: no head).
    private let vocabularyHeads: [String: String?]
    /// For each vocabulary entity, the council "the Council" may refer to after it and the official "the High
    /// Commissioner" refers to after it (``DefiniteReference``), worked out once instead of at every mention.
    private let vocabularyCouncils: [String: String]
    private let vocabularyHighCommissioners: [String: String]
    /// The Presidents of the vocabulary ("President of the General Assembly"), for "the President" alone.
    private let vocabularyPresidents: [String: String]
    /// The words each theme's own names write capitalized (``ThemeNames/properWords(of:)``), worked out once.
    private let themeProperWords: [String: Set<String>]

    /// Instrument names that open with their author's acronym, written with its name instead, and the reverse: "ASEAN
    /// Convention against Trafficking in Persons, …" is also "Association of Southeast Asian Nations Convention against …".
    /// Only phrases no vocabulary entity has already.
    static func authorVariants(_ vocabulary: Vocabulary) -> [String: [String]] {
        var names = [String: String]()   // acronym → name, name → acronym
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.kind == .actor {
            let acronyms = entity.aliases.filter { Gazetteer.isAcronym($0) && !$0.contains(" ") }
            guard acronyms.count == 1, let acronym = acronyms.first, names[acronym] == nil else { continue }
            let name = entity.label.hasPrefix("the ") ? String(entity.label.dropFirst(4)) : entity.label
            names[acronym] = name
            names[name] = acronym
        }
        // By first word, so that each phrase is compared with the few names it may start with.
        var byFirstWord = [Substring: [(author: String, other: String)]]()
        for (author, other) in names.sorted(by: { $0.key < $1.key }) {
            byFirstWord[author.split(separator: " ").first ?? "", default: []].append((author, other))
        }
        var known = Set<String>()
        for entity in vocabulary.entities.values { for phrase in [entity.label] + entity.aliases { known.insert(phrase.lowercased()) } }
        var variants = [String: [String]]()
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.kind == .instrument {
            for phrase in [entity.label] + entity.aliases {
                for (author, other) in byFirstWord[phrase.split(separator: " ").first ?? ""] ?? [] where phrase.hasPrefix(author + " ") {
                    let variant = other + phrase.dropFirst(author.count)
                    if !known.contains(variant.lowercased()) {
                        known.insert(variant.lowercased())
                        variants[entity.id, default: []].append(variant)
                    }
                }
            }
        }
        return variants
    }

    /// Words a title may drop when the document repeats it: "the Programme of Action for Youth" after "the World Programme of
    /// Action for Youth".
    static let droppableTitleWords: Set<String> = ["world", "united", "nations", "international", "global", "the"]

    /// The instrument named earlier in the document whose title is `title`'s with droppable words before it, if exactly one.
    static func fullTitle(of title: Entity, among entities: [String: Entity]) -> Entity? {
        let short = title.label.lowercased()
        // Worked out once, not per candidate; the suffix is tested before the lengths (both must hold), since counting
        // characters walks both strings' grapheme breaks.
        let shortCount = short.count, spacedShort = " " + short
        let candidates = entities.values.filter { e in
            guard e.kind == .instrument, e.id != title.id else { return false }
            let label = e.label.lowercased()
            guard label.hasSuffix(spacedShort), label.count > shortCount else { return false }
            return label.dropLast(short.count + 1).split(separator: " ").allSatisfy { droppableTitleWords.contains(String($0)) }
        }
        return candidates.count == 1 ? candidates.first : nil
    }

    /// The prepositions a title's head takes, one written for another: "Convention of the Rights of Persons with
    /// Disabilities" for "Convention on …".
    static let headPrepositions: Set<String> = ["of", "on"]

    /// The vocabulary instrument whose title is `label` with the preposition right after its first word swapped ("of" for
    /// "on" or back): a slip in the text, not another instrument. Nil when no vocabulary title reads so.
    static func knownTitle(swappingPrepositionOf label: String, in instrumentNames: Gazetteer) -> String? {
        var words = label.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 4, headPrepositions.contains(words[1]) else { return nil }
        words[1] = words[1] == "of" ? "on" : "of"
        return ActorTitleRecognizer.knownID(of: words.joined(separator: " "), in: instrumentNames)
    }

    /// Builds the matchers once; reuse one extractor for many documents.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var names = Gazetteer()
        var themes = Gazetteer(pluralInsensitive: true)
        var instrumentNames = Gazetteer()
        let authorVariants = Self.authorVariants(vocabulary)
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) {
            for phrase in [entity.label] + entity.aliases + (authorVariants[entity.id] ?? []) {
                if entity.kind == .theme { themes.add(phrase, entityID: entity.id) } else { names.add(phrase, entityID: entity.id) }
                if entity.kind == .instrument { instrumentNames.add(phrase, entityID: entity.id) }
            }
            // The conference report a footnote cites for the instrument's text, by its title ("Report of the Fourth World
            // Conference on Women, Beijing, …, annexes I and II"): a citation of the instrument, not another name of it.
            if entity.kind == .instrument, let report = entity.identifiers["report"], !report.contains("/") {
                names.add(report, entityID: entity.id)
                instrumentNames.add(report, entityID: entity.id)
            }
        }
        for phrase in vocabulary.ignoredPhrases {
            names.add(phrase, entityID: nil)
            themes.add(phrase, entityID: nil)
        }
        self.names = names
        self.themes = themes
        self.instrumentNames = instrumentNames
        var byNumber = [String: String]()
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.category == "resolution" {
            guard let symbol = entity.identifiers["symbol"], let r = symbol.range(of: "/RES/") else { continue }
            byNumber[String(symbol[r.upperBound...])] = byNumber[String(symbol[r.upperBound...])] ?? entity.id
        }
        self.resolutionsByNumber = byNumber
        self.verbFirstWords = Set(vocabulary.verbs.compactMap { Tokenizer.tokenize($0.form).first(where: \.isWord)?.folded })
        self.mandates = MandateResolver(vocabulary: vocabulary)
        self.vocabularyHeads = vocabulary.entities.mapValues { DefiniteReference.head(of: $0) }
        self.vocabularyCouncils = vocabulary.entities.compactMapValues { DefiniteReference.council(after: $0, in: vocabulary.entities) }
        self.vocabularyHighCommissioners = vocabulary.entities.compactMapValues { DefiniteReference.highCommissioner(of: $0, in: vocabulary.entities) }
        self.vocabularyPresidents = vocabulary.entities.compactMapValues { DefiniteReference.president(of: $0) }
        self.protocols = ProtocolReferenceResolver(vocabulary: vocabulary)
        self.themeProperWords = vocabulary.entities.filter { $0.value.kind == .theme }.mapValues(ThemeNames.properWords(of:))
    }

    /// A name glued to a slash is part of a document symbol: "CEDAW" in "CEDAW/C/GC/38", "UNEP" in "UNEP/EA.6/1".
    static func isPartOfSymbol(_ match: Gazetteer.Match, _ tokens: [TextToken]) -> Bool {
        let first = match.firstToken, last = match.lastToken
        if last + 1 < tokens.count, tokens[last + 1].folded == "/", tokens[last + 1].start == tokens[last].end { return true }
        if first > 0, tokens[first - 1].folded == "/", tokens[first - 1].end == tokens[first].start { return true }
        return false
    }

    /// Words that, joined by a hyphen before a name, make another name of it: "lower-middle-income countries" are not
    /// middle-income countries, "non-State armed groups" not State armed groups.
    static let compoundModifiers: Set<String> = ["lower", "upper", "non", "sub", "low", "high"]

    /// Whether the match starts after one of ``compoundModifiers`` and a hyphen.
    static func endsACompound(_ match: Gazetteer.Match, _ tokens: [TextToken], _ scalars: [Unicode.Scalar]) -> Bool {
        let first = match.firstToken
        guard first > 0, tokens[first - 1].isWord, compoundModifiers.contains(tokens[first - 1].folded),
              tokens[first - 1].end + 1 == tokens[first].start, tokens[first - 1].end < scalars.count else { return false }
        return TextToken.hyphens.contains(scalars[tokens[first - 1].end])
    }

    /// "its" (with "his" and "her": "the High Commissioner … and his Office") and "the", asked at every token of every unit:
    /// by the token's hash first.
    static let possessiveWords = TokenWords(["its", "his", "her"])
    static let theWord = TokenWords(["the"])

    /// The United Nations system, which "the United Nations" asked to act stands for.
    static let unSystemID = "actor/un-system"
    /// Words before "the United Nations" that make it an addressee: a directive verb, or a list it continues.
    static let organizationAskedBefore: Set<String> = ["upon", "urges", "encourages", "invites", "requests", "urge", "encourage",
                                                       "invite", "request", "and", ","]
    /// Words after it that end the name there.
    static let organizationAskedAfter: Set<String> = [",", "to", "and"]

    /// Categories of titles whose closing "of (the) <body>" names their author (``TitleRecognizer/heads``).
    static let authoredCategories: Set<String> = ["principles", "strategy", "plan-of-action", "other"]

    /// Heads of the names of conferences, whose subject is no theme of the paragraph naming them: "the Third International
    /// Conference on Financing for Development", "the World Summit for Social Development".
    static let eventHeads: Set<String> = ["conference", "summit", "congress"]
    static let eventConnectors: Set<String> = ["on", "for", "against", "of", "and", "the", "in", "to"]

    /// Whether tokens `firstToken...lastToken`, written capitalized, end the name of a conference: after "Conference on"
    /// (or "Summit for", "Congress on") and capitalized words.
    static func isInEventName(firstToken: Int, lastToken: Int, _ tokens: [TextToken]) -> Bool {
        func capitalized(_ t: TextToken) -> Bool { t.isWord && t.firstCharacterIsUppercase }
        guard (firstToken...lastToken).allSatisfy({ capitalized(tokens[$0]) || eventConnectors.contains(tokens[$0].original) }) else { return false }
        var k = firstToken - 1
        var steps = 0
        while k > 0, steps < 8, capitalized(tokens[k]) || eventConnectors.contains(tokens[k].original) {
            if ["on", "for", "against"].contains(tokens[k].original), eventHeads.contains(tokens[k - 1].folded), capitalized(tokens[k - 1]) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The folded forms of "President(s)": a token whose hash is neither's is no such title (no string compared).
    static let presidentWords = TokenWords(["president", "presidents"])

    /// Where "President of …" names a President the vocabulary lacks ("the President of the conference"): the start of
    /// each such title not inside a mention of a vocabulary President.
    func otherPresidents(_ tokens: [TextToken], _ mentions: [Mention]) -> [Int] {
        let presidentWords = Self.presidentWords
        return tokens.indices.dropLast().filter { k in
            presidentWords.contains(tokens[k]) && (tokens[k].original == "President" || tokens[k].original == "Presidents")
                && tokens[k + 1].folded == "of"
                && !mentions.contains { vocabularyPresidents[$0.entity] != nil && $0.start <= tokens[k].start && tokens[k].end <= $0.end }
        }.map { tokens[$0].start }
    }

    /// Categories of the bodies whose subsidiary bodies are named after them ("Advisory Group of the Peacebuilding Fund").
    static let parentBodyCategories: Set<String> = ["un-organ", "treaty-body", "intergovernmental-organization", "un-entity", "other",
                                                    "initiative", "court"]

    /// "<Subsidiary title> of (the) <body>" (`actor-patterns.tsv`, rule `subsidiary`) where the body is an actor mention of
    /// `mentions` with a capitalized canonical label: the subsidiary body, and the body's mention it replaces. Not when the
    /// title is the end of a longer capitalized name ("Human Rights Council Advisory Committee") or inside another mention.
    func subsidiaryBodies(_ tokens: [TextToken], _ mentions: [Mention], entities: [String: Entity])
        -> [(entity: Entity, firstToken: Int, replaced: Mention)] {
        let titles = vocabulary.actorPatterns.subsidiariesLongestFirst
        guard !titles.isEmpty else { return [] }
        var result = [(entity: Entity, firstToken: Int, replaced: Mention)]()
        for m in mentions {
            guard let body = vocabulary.entities[m.entity] ?? entities[m.entity], body.kind == .actor,
                  Self.parentBodyCategories.contains(body.category), body.label.first?.isUppercase == true,
                  let t = tokens.firstIndex(startingAt: m.start) else { continue }
            let of = tokens[t].folded == "the" ? t - 1 : (t >= 1 && tokens[t - 1].folded == "the" ? t - 2 : t - 1)
            guard of >= 1, tokens[of].original == "of" else { continue }
            for title in titles where of - title.count >= 0 {
                let first = of - title.count
                guard tokens.hasFolded(title, at: first),
                      tokens[first].firstCharacterIsUppercase,
                      !(first > 0 && tokens[first - 1].isWord && tokens[first - 1].firstCharacterIsUppercase),
                      !mentions.contains(where: { $0.start < tokens[of].start && tokens[first].start < $0.end }) else { continue }
                let name = body.label.hasPrefix("the ") ? String(body.label.dropFirst(4)) : body.label
                let written = tokens[first..<of].map(\.original).joined(separator: " ")
                let label = "\(written) of the \(name)"
                result.append((Entity(id: "actor/" + Slug.make(label), kind: .actor, category: "other", label: label, isKnown: false),
                               first, m))
                break
            }
        }
        return result
    }

    /// "Conference of the Parties to the CBD", "Meeting of States Parties to the Arms Trade Treaty": a treaty body named after
    /// the treaty, found by its shape (``ActorTitleRecognizer``) and named here after the treaty's canonical label, so that
    /// every way of writing the treaty gives one body ("Conference of the Parties to the Organized Crime Convention" is the
    /// vocabulary's Conference of the Parties to the United Nations Convention against Transnational Organized Crime).
    /// Nil unless "Parties to (the)" is followed by a known treaty inside the name; `end` is where the treaty's name ends.
    /// `referredBack`: the instrument a head word alone ("convention") refers back to, or nil.
    func partiesTreaty(_ found: ActorTitleRecognizer.Found, tokens: [TextToken], mentions: [Mention], entities: [String: Entity],
                       text: (Int, Int) -> String, referredBack: (String) -> String? = { _ in nil }) -> (body: Entity, end: Int)? {
        guard let to = (found.firstToken..<found.lastToken).first(where: { tokens[$0].folded == "parties" && tokens[$0 + 1].folded == "to" })
                .map({ $0 + 1 }), to < found.lastToken else { return nil }
        let end = tokens[found.lastToken].end
        let starts = [tokens[to + 1].start] + (to + 2 <= found.lastToken && tokens[to + 1].folded == "the" ? [tokens[to + 2].start] : [])
        let title = text(tokens[found.firstToken].start, tokens[to].end).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let m = mentions.first(where: { starts.contains($0.start) && $0.end <= end }),
           let treaty = vocabulary.entities[m.entity] ?? entities[m.entity], treaty.kind == .instrument,
           Self.treatyCategories.contains(treaty.category) {
            let label = title + " the " + treaty.label
            return (Entity(id: "actor/" + Slug.make(label), kind: .actor, category: found.entity.category, label: label, isKnown: false), m.end)
        }
        // "the Conference of the States Parties to the Convention," with the Convention named before: that treaty's body.
        guard to + 2 == found.lastToken, tokens[to + 1].folded == "the", DefiniteReference.heads.contains(tokens[to + 2].folded),
              let id = referredBack(tokens[to + 2].folded),
              let treaty = vocabulary.entities[id] ?? entities[id], Self.treatyCategories.contains(treaty.category) else { return nil }
        let label = title + " the " + treaty.label
        return (Entity(id: "actor/" + Slug.make(label), kind: .actor, category: found.entity.category, label: label, isKnown: false), end)
    }

    /// "secretariat(s)", looked for in every unit (by the tokens' hashes first).
    static let secretariatWords = TokenWords(["secretariat", "secretariats"])

    /// Categories of instruments whose "secretariat of …" is a body (``extract(_:)``): treaties, not resolutions or reports.
    static let treatyCategories: Set<String> = ["convention", "protocol", "optional-protocol", "statute", "other"]

    /// Paragraphs or footnotes longer than this (in UTF-8 bytes) are not searched for entities, with a
    /// warning: no real paragraph comes near it, and extraction is not linear in one paragraph's length.
    public static let maximumUnitBytes = 100_000

    /// Extracts every mention in the document's paragraphs and footnotes.
    public func extract(_ document: Document) -> ExtractedDocument {
        var entities = [String: Entity]()
        var mentions = [Mention]()
        var diagnostics = [Diagnostic]()
        var lastParentInstrument: String? = nil
        var lastOfHead = [String: String]()
        var lastMandate = [String: String]()
        /// Stakeholder groups named by whom they represent (people phrase → entity id), first named first.
        var representedGroups = [String: String]()
        /// The folded words of each name (label and aliases) of the entities short forms were looked up in.
        var nameWords = [String: [[String]]]()
        var unitTokens = [String: [TextToken]]()
        // The word tables asked at every token, read once here: a static asked inside a per-token loop or closure went
        // through its initialization check (`swift_once`) at every token.
        let possessiveWords = Self.possessiveWords, theWord = Self.theWord
        for unit in document.textUnits {
            // The overlap checks below are quadratic in a unit's mentions: a hostile "paragraph" of
            // megabytes (one 10 MB line) would take many minutes. Real paragraphs are a few KB.
            if unit.text.utf8.count > Self.maximumUnitBytes {
                diagnostics.append(Diagnostic(.warning, "paragraph of \(unit.text.utf8.count) bytes is over the limit of \(Self.maximumUnitBytes); no entities extracted from it", at: unit.id))
                continue
            }
            let scalars = unit.text.scalarArray
            let tokens = Tokenizer.tokenize(unit.text)
            unitTokens[unit.id] = tokens
            /// The head of the entity `id` (a vocabulary entity, else one found in this document).
            func head(of id: String) -> String? {
                if let known = vocabularyHeads[id] { return known }
                return DefiniteReference.head(of: entities[id])
            }
            /// The council "the Council" may refer to after the entity `id` (a vocabulary entity, else one found here).
            func council(after id: String) -> String? {
                // `index(forKey:)`: whether the vocabulary has the id, without copying its entity out.
                if vocabulary.entities.index(forKey: id) != nil { return vocabularyCouncils[id] }
                return DefiniteReference.council(after: entities[id], in: vocabulary.entities)
            }
            let slicer = ScalarSlicer(unit.text)
            func text(_ start: Int, _ end: Int) -> String { slicer.string(start, end) }
            // Names of actors and instruments.
            var blockedSpans = [Range<Int>]()
            var unitMentions = [Mention]()
            var deferredThemes = [Mention]()
            let nameMatches = names.matches(in: tokens).filter { !Self.isPartOfSymbol($0, tokens) && !Self.endsACompound($0, tokens, scalars) }
            // A State's name that only names a place ("held in Riohacha, Colombia") is no mention of the State.
            let stateMatches = nameMatches.indices.filter { i in
                nameMatches[i].entityIDs.contains { vocabulary.entities[$0]?.category == StatePlaces.category } }
            let places = stateMatches.isEmpty ? [] : Set(zip(stateMatches,
                StatePlaces.places(stateMatches.map { (nameMatches[$0].firstToken, nameMatches[$0].lastToken) }, in: tokens))
                .compactMap { $1 ? $0 : nil })
            for (i, match) in nameMatches.enumerated() {
                let start = tokens[match.firstToken].start, end = tokens[match.lastToken].end
                if places.contains(i) {
                    blockedSpans.append(start..<end)
                    continue
                }
                for id in match.entityIDs {
                    guard let entity = vocabulary.entities[id] else { continue }
                    entities[id] = entity
                    unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                    blockedSpans.append(start..<end)
                }
            }
            // Coordinated modifiers sharing a head: "international, regional and subregional organizations"; not
            // inside a longer vocabulary name ("workers' and employers' organizations" is one name).
            for found in CoordinationExpander.expand(tokens, with: names)
                + PrefixCoordinationExpander.expand(tokens, with: names, prefixes: PrefixCoordinationExpander.actorPrefixes) {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                guard let entity = vocabulary.entities[found.entityID],
                      !unitMentions.contains(where: { $0.entity == found.entityID && $0.start < end && start < $0.end }),
                      !unitMentions.contains(where: { $0.entity != found.entityID && $0.start <= start && end <= $0.end }) else { continue }
                entities[entity.id] = entity
                unitMentions.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
            }
            for found in CoordinationExpander.expand(tokens, with: themes) + PrefixCoordinationExpander.expand(tokens, with: themes) {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                guard let entity = vocabulary.entities[found.entityID], entity.kind == .theme,
                      !blockedSpans.contains(where: { $0.lowerBound <= start && end <= $0.upperBound }),
                      !unitMentions.contains(where: { $0.entity == found.entityID && $0.start < end && start < $0.end }) else { continue }
                deferredThemes.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                entities[entity.id] = entity
            }
            // Themes said by a word and its object ("assistance to the victims"), where no label or alias says them.
            for found in vocabulary.themeCues.find(tokens) {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                guard let entity = vocabulary.entities[found.theme],
                      !blockedSpans.contains(where: { $0.lowerBound < end && start < $0.upperBound }),
                      !deferredThemes.contains(where: { $0.entity == found.theme && $0.start < end && start < $0.end }) else { continue }
                deferredThemes.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                entities[entity.id] = entity
            }
            // Special procedures by mandate replace any shorter name found inside their span.
            for found in mandates.resolve(tokens) {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                // An office-holder whose title the vocabulary has ("Executive Director of UNODC") takes its id.
                let known = found.unknown.flatMap { ActorTitleRecognizer.knownID(of: $0.label, in: names) }.flatMap { vocabulary.entities[$0] }
                guard let entity = known ?? vocabulary.entities[found.entityID] ?? entities[found.entityID] ?? found.unknown else { continue }
                unitMentions.removeAll { $0.start >= start && $0.end <= end }
                if unitMentions.contains(where: { $0.start < end && start < $0.end }) { continue }
                entities[entity.id] = entity
                unitMentions.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                blockedSpans.append(start..<end)
            }
            // "the Special Rapporteur" alone: the special rapporteur named last in the document.
            for m in unitMentions.sorted(by: { $0.start < $1.start }) {
                if let e = vocabulary.entities[m.entity], e.category == "special-procedure", let title = MandateResolver.title(of: e) {
                    lastMandate[title] = e.id
                    // A mandate named by a former title ("Independent Expert on the promotion of a democratic and equitable
                    // international order", now a Special Rapporteur) is referred back to by that title too.
                    if let written = MandateResolver.title(ofName: m.text), written != title { lastMandate[written] = e.id }
                }
            }
            for bare in mandates.bareTitles(tokens) {
                let start = tokens[bare.firstToken].start, end = tokens[bare.lastToken].end
                guard let id = lastMandate[bare.title], let entity = vocabulary.entities[id],
                      !unitMentions.contains(where: { $0.start < end && start < $0.end }) else { continue }
                unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                entities[id] = entity
                blockedSpans.append(start..<end)
            }
            // "the Optional Protocol thereto": the protocols of the instrument named last.
            let parents: [(end: Int, id: String)] = ProtocolReferenceResolver.thereto.occurs(in: tokens)
                ? instrumentNames.matches(in: tokens).flatMap { m in
                    m.entityIDs.filter(protocols.hasProtocols).map { (tokens[m.lastToken].end, $0) } }
                : []
            let quoted = QuotedSpans(scalars)
            for found in protocols.resolve(tokens, parent: { offset in
                parents.last(where: { $0.end <= offset })?.id ?? lastParentInstrument
            }, quoted: quoted.contains) {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                if unitMentions.contains(where: { $0.start < end && start < $0.end }) { continue }
                for id in found.entityIDs {
                    guard let entity = vocabulary.entities[id] else { continue }
                    entities[id] = entity
                    unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                }
                blockedSpans.append(start..<end)
            }
            if let last = unitMentions.filter({ protocols.hasProtocols($0.entity) }).max(by: { $0.end < $1.end }) {
                lastParentInstrument = last.entity
            }
            // Entities recognized by pattern, where no vocabulary name already covers the span.
            for var found in PatternRecognizer.recognize(unit: unit, tokens: tokens, scalars: scalars) {
                if let number = found.entity.identifiers["symbol"], let known = resolutionsByNumber[number], let entity = vocabulary.entities[known] {
                    found.entity = entity
                    found.mention.entity = known
                }
                let span = found.mention.start..<found.mention.end
                if unitMentions.contains(where: { $0.start < span.upperBound && span.lowerBound < $0.end }) { continue }
                if let known = vocabulary.entities[found.entity.id] {
                    entities[known.id] = known
                } else if entities[found.entity.id] == nil {
                    entities[found.entity.id] = found.entity
                }
                unitMentions.append(found.mention)
            }
            // Instruments the vocabulary lacks, by the shape of their title; names of actors inside a title are
            // part of it ("Agreement on the Cooperation of the Commonwealth of Independent States …").
            for var found in TitleRecognizer.recognize(tokens, scalars: scalars, isVerb: { verbFirstWords.contains(tokens[$0].folded) }) {
                // A known body closing the title of guidelines, rules, a strategy, plan or guide after "of (the)" is its author,
                // not part of its name: "Voluntary Guidelines for Sustainable Soil Management of the Food and Agriculture
                // Organization of the United Nations". Not so after a treaty's or declaration's head ("Agreement on the Privileges
                // and Immunities of the International Seabed Authority", "Declaration on the Role and Mandate of the United
                // Nations Environment Programme"), nor for a State ("Convention between … and the Republic of Costa Rica").
                if Self.authoredCategories.contains(found.entity.category),
                   let author = unitMentions.first(where: { m in
                       m.end == tokens[found.lastToken].end && vocabulary.entities[m.entity].map {
                           $0.kind == .actor && $0.category != "state" && $0.category != "state-group" } == true }),
                   let a = tokens.firstIndex(where: { $0.start == author.start }), a > found.firstToken + 1 {
                    let of = tokens[a - 1].original == "the" ? a - 2 : a - 1
                    if of > found.firstToken, tokens[of].original == "of",
                       let trimmed = TitleRecognizer.title(of: tokens, found.firstToken, of - 1, scalars: scalars) {
                        found = TitleRecognizer.Found(entity: trimmed.entity, firstToken: trimmed.firstToken, lastToken: trimmed.lastToken,
                                                      openingHeadEnd: trimmed.openingHeadEnd,
                                                      enumerations: found.enumerations.filter { $0.upperBound <= trimmed.lastToken })
                    }
                }
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                if quoted.contains(start) { continue }
                let overlapping = unitMentions.filter { $0.start < end && start < $0.end }
                if overlapping.contains(where: { !($0.start >= start && $0.end <= end && ($0.start > start || $0.end < end)) }) { continue }
                // The items of an enumeration inside a title are words of its subject, not names: a name in "…, Member States
                // and …" makes the commas the sentence's list, not the title's.
                if found.enumerations.contains(where: { r in
                    overlapping.contains { $0.start < tokens[r.upperBound].end && tokens[r.lowerBound].start < $0.end } }) { continue }
                // A known instrument inside the title is the title's, unless the title names it after its opening head word:
                // "Guidelines for the Effective Implementation of the Code of Conduct …" is an instrument of its own, and the
                // Code, named only in that title, is not cited.
                let subjectStart = found.openingHeadEnd.map { tokens[$0].end } ?? Int.max
                if overlapping.contains(where: { vocabulary.entities[$0.entity]?.kind == .instrument && $0.start < subjectStart }) { continue }
                unitMentions.removeAll { m in overlapping.contains(m) }
                let entity = vocabulary.entities[found.entity.id] ?? entities[found.entity.id]
                    ?? Self.fullTitle(of: found.entity, among: entities)
                    ?? Self.knownTitle(swappingPrepositionOf: found.entity.label, in: instrumentNames).flatMap { vocabulary.entities[$0] }
                    ?? found.entity
                entities[entity.id] = entity
                unitMentions.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                blockedSpans.append(start..<end)
            }
            // Actors the vocabulary lacks, by the shape of their name (vocabulary names win; names inside are part of it).
            let stateStarts = Set(stateMatches.map { nameMatches[$0].firstToken })
            let stateEnds = Set(unitMentions.filter { vocabulary.entities[$0.entity]?.category == StatePlaces.category }.map(\.end))
            for found in ActorTitleRecognizer.recognize(tokens, scalars: scalars, patterns: vocabulary.actorPatterns, isVerb: { verbFirstWords.contains(tokens[$0].folded) },
                                                        endsState: { stateEnds.contains(tokens[$0].end) },
                                                        namesState: { stateStarts.contains($0) }) {
                let start = tokens[found.firstToken].start, foundEnd = tokens[found.lastToken].end
                if quoted.contains(start) || !ActorTitleRecognizer.accepts(start..<foundEnd, overlapping: unitMentions, tokens: tokens, found: found,
                    // A category the vocabulary writes in lower case ("supreme audit institutions") inside a name does not
                    // make it a known actor's name: "International Organization of Supreme Audit Institutions" is a body.
                    // Nor does a State's name: "Independent International Fact-Finding Mission on the Islamic Republic of Iran".
                    isActor: { let e = vocabulary.entities[$0] ?? entities[$0]
                        return e?.kind == .actor && e?.label.first?.isLowercase != true && e?.category != StatePlaces.category }) { continue }
                let treaty = partiesTreaty(found, tokens: tokens, mentions: unitMentions, entities: entities, text: text,
                                           referredBack: { headWord in
                    unitMentions.filter { $0.end <= start }.sorted { $0.end < $1.end }.last { head(of: $0.entity) == headWord }?.entity
                        ?? lastOfHead[headWord] })
                // "… Parties to the Convention" with no convention named before: no name.
                if treaty == nil, found.namedTokens.count == 1, let n = found.namedTokens.first, n == found.lastToken,
                   DefiniteReference.heads.contains(tokens[n].folded) { continue }
                // The name ends with the treaty ("… to the Paris Agreement [in Baku]").
                let end = treaty?.end ?? foundEnd
                unitMentions.removeAll { $0.start >= start && $0.end <= end }
                // "networks representing persons affected by …" after "organizations of persons affected by …": the group the
                // document named first by the people it represents.
                let sameGroup = found.represented.flatMap { representedGroups[$0] }.flatMap { entities[$0] }
                let entity = ActorTitleRecognizer.knownID(of: treaty?.body.label ?? found.entity.label, in: names).flatMap { vocabulary.entities[$0] }
                    ?? sameGroup ?? treaty?.body ?? vocabulary.entities[found.entity.id] ?? entities[found.entity.id] ?? found.entity
                if let key = found.represented, representedGroups[key] == nil { representedGroups[key] = entity.id }
                entities[entity.id] = entity
                unitMentions.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                blockedSpans.append(start..<end)
            }
            // "the Convention", "the Protocol", "the Covenant" alone: the one of that kind named last.
            let references = DefiniteReference.find(tokens)
            // Instruments named in this unit, even inside an actor's name ("the Conference of the Parties to the
            // Convention against … to review the implementation of the Convention").
            let named: [(end: Int, id: String)] = references.isEmpty ? [] :
                (instrumentNames.matches(in: tokens).flatMap { m in m.entityIDs.map { (tokens[m.lastToken].end, $0) } }
                 + unitMentions.map { ($0.end, $0.entity) }).sorted { $0.end < $1.end }
            for found in references {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                if unitMentions.contains(where: { $0.start < end && start < $0.end }) { continue }
                let before = named.reversed().lazy.filter { $0.end <= start }
                let candidate: String?
                switch found.head {
                case DefiniteReference.council:
                    // In a Council's own resolution, "the Council" is that Council.
                    let own = document.metadata.body.flatMap { ActorTitleRecognizer.knownID(of: $0, in: names) }
                        .flatMap { head(of: $0) == DefiniteReference.council ? $0 : nil }
                    candidate = own ?? before.compactMap { council(after: $0.id) }.first ?? lastOfHead[found.head]
                case DefiniteReference.highCommissioner:
                    candidate = before.compactMap { self.vocabularyHighCommissioners[$0.id] }.first ?? lastOfHead[found.head]
                case DefiniteReference.president:
                    // "… addressed to the President of the General Assembly, the President of the conference drew attention …
                    // and the President also observed": after a President the vocabulary lacks, "the President" is uncertain.
                    let known = before.first { vocabularyPresidents[$0.id] != nil }
                    if let other = otherPresidents(tokens, unitMentions).last(where: { $0 < start }) {
                        candidate = known.flatMap { $0.end > other ? vocabularyPresidents[$0.id] : nil }
                    } else {
                        candidate = known.flatMap { vocabularyPresidents[$0.id] } ?? lastOfHead[found.head]
                    }
                default:
                    candidate = named.last(where: { $0.end <= start && head(of: $0.id) == found.head })?.id
                        ?? lastOfHead[found.head]
                }
                guard let id = candidate, let entity = vocabulary.entities[id] ?? entities[id] else { continue }
                unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                entities[id] = entity
            }
            // "the Coordination Group" after "the Inter-Agency Coordination Group against Trafficking in Persons": the
            // entity named last whose name holds those words.
            for found in ShortFormReference.find(tokens) {
                let start = tokens[found.firstToken].start, end = tokens[found.lastToken].end
                if unitMentions.contains(where: { $0.start < end && start < $0.end }) { continue }
                // The ids already found not to refer to `found`: the document's mentions name the same entities many times,
                // and each answer stays the same while the two searches below run (nothing is added to `entities`).
                var rejected = Set<String>()
                func refersTo(_ id: String) -> Bool {
                    if rejected.contains(id) { return false }
                    guard let e = vocabulary.entities[id] ?? entities[id], e.kind != .theme, e.category != "official" else {
                        rejected.insert(id)
                        return false
                    }
                    let names: [[String]]
                    if let cached = nameWords[id] {
                        names = cached
                    } else {
                        names = ([e.label] + e.aliases).map(ShortFormReference.words(of:))
                        nameWords[id] = names
                    }
                    if names.contains(where: { ShortFormReference.holds($0, found.words) }) { return true }
                    rejected.insert(id)
                    return false
                }
                // Named last: earlier in this unit, latest first, then in the units before.
                let before = unitMentions.filter { $0.end <= start }.sorted { $0.end < $1.end }.reversed()
                guard let id = before.first(where: { refersTo($0.entity) })?.entity
                        ?? mentions.last(where: { refersTo($0.entity) })?.entity,
                      let entity = vocabulary.entities[id] ?? entities[id] else { continue }
                unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                entities[id] = entity
            }
            // "the Advisory Group of the Fund", "the Bureau of the Commission on the Status of Women": a subsidiary body of a
            // body (named in full or referred back to) is a body of its own, named after the body's canonical label; the
            // body is named inside its name and is no mention.
            for found in subsidiaryBodies(tokens, unitMentions, entities: entities) {
                let start = tokens[found.firstToken].start, end = found.replaced.end
                unitMentions.removeAll { $0 == found.replaced }
                let entity = ActorTitleRecognizer.knownID(of: found.entity.label, in: names).flatMap { vocabulary.entities[$0] }
                    ?? entities[found.entity.id] ?? found.entity
                entities[entity.id] = entity
                unitMentions.append(Mention(entity: entity.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                blockedSpans.append(start..<end)
            }
            // "the Counter-Terrorism Committee and its Executive Directorate", "the High Commissioner … and his Office": a body's
            // or an office-holder's own unit by the possessive, when the vocabulary knows it by the body's name and the
            // unit's ("Counter-Terrorism Committee Executive Directorate") or
            // the unit's "of the" the body's ("Bureau of the Commission on the Status of Women").
            // By index, not `tokens.enumerated()`, which copied every token of the unit (a retain and release of its two strings).
            for t in tokens.indices where possessiveWords.contains(tokens[t]) && t + 1 < tokens.count && tokens[t + 1].firstScalarIsUppercase {
                var last = t + 1
                while last + 1 < tokens.count, last < t + 4, tokens[last + 1].isWord, tokens[last + 1].firstScalarIsUppercase { last += 1 }
                let start = tokens[t + 1].start, end = tokens[last].end
                func actor(_ m: Mention) -> Entity? {
                    guard let e = vocabulary.entities[m.entity] ?? entities[m.entity], e.kind == .actor else { return nil }
                    return e
                }
                guard !unitMentions.contains(where: { $0.start < end && start < $0.end }),
                      let owner = unitMentions.filter({ $0.end <= tokens[t].start }).sorted(by: { $0.end < $1.end }).reversed().lazy.compactMap(actor).first
                        ?? mentions.reversed().lazy.compactMap(actor).first else { continue }
                let unitName = text(start, end)
                guard let id = ActorTitleRecognizer.knownID(of: owner.label + " " + unitName, in: names)
                        ?? ActorTitleRecognizer.knownID(of: unitName + " of the " + owner.label, in: names),
                      id != owner.id, let entity = vocabulary.entities[id] else { continue }
                entities[id] = entity
                unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
            }
            // "Calls upon the United Nations, especially the United Nations Office on Drugs and Crime, to …", "Encourages Member
            // States and the United Nations to …": the Organization asked to act, alone, is the United Nations system; not "the
            // purposes of the United Nations", "Member States of the United Nations" nor a longer name.
            if let system = vocabulary.entities[Self.unSystemID] {
                for t in tokens.indices.dropFirst() where theWord.contains(tokens[t]) && t + 3 < tokens.count
                    && tokens[t + 1].original == "United" && tokens[t + 2].original == "Nations"
                    && Self.organizationAskedBefore.contains(tokens[t - 1].folded)
                    && Self.organizationAskedAfter.contains(tokens[t + 3].folded) {
                    let start = tokens[t + 1].start, end = tokens[t + 2].end
                    guard !unitMentions.contains(where: { $0.start < end && start < $0.end }) else { continue }
                    entities[system.id] = system
                    unitMentions.append(Mention(entity: system.id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                }
            }
            // "the secretariat of the Convention on Biological Diversity" names the treaty's secretariat, a body: the treaty is
            // named inside its name, as inside "the Conference of States Parties to the Convention …", and is not cited. The
            // secretariat of a treaty is an actor of its own, named after the treaty's canonical label.
            if Self.secretariatWords.occurs(in: tokens) {
                var secretariats = [Mention]()
                unitMentions.removeAll { m in
                    guard let instrument = vocabulary.entities[m.entity] ?? entities[m.entity], instrument.kind == .instrument,
                          let t = tokens.firstIndex(where: { $0.start == m.start }) else { return false }
                    let before = tokens[max(0, t - 3)..<t].map(\.folded)
                    let length = before.suffix(2) == ["secretariat", "of"] || before.suffix(2) == ["secretariats", "of"] ? 2
                        : before == ["secretariat", "of", "the"] || before == ["secretariats", "of", "the"] ? 3 : 0
                    guard length > 0 else { return false }
                    if Self.treatyCategories.contains(instrument.category) {
                        let label = "secretariat of the " + instrument.label
                        let id = "actor/" + Slug.make(label)
                        entities[id] = entities[id] ?? Entity(id: id, kind: .actor, category: "other", label: label, isKnown: false)
                        let start = tokens[t - length].start
                        secretariats.append(Mention(entity: id, paragraph: unit.id, start: start, end: m.end, text: text(start, m.end)))
                    }
                    return true
                }
                // "the Secretariat of the Convention …" is not the United Nations Secretariat.
                unitMentions.removeAll { m in secretariats.contains { $0.start <= m.start && m.end <= $0.end } }
                unitMentions += secretariats
            }
            for m in unitMentions.sorted(by: { $0.end < $1.end }) {
                if let head = head(of: m.entity) { lastOfHead[head] = m.entity }
                if let council = council(after: m.entity) { lastOfHead[DefiniteReference.council] = council }
                if let holder = vocabularyHighCommissioners[m.entity] { lastOfHead[DefiniteReference.highCommissioner] = holder }
                if let holder = vocabularyPresidents[m.entity] { lastOfHead[DefiniteReference.president] = holder }
            }
            if let other = otherPresidents(tokens, unitMentions).last,
               !unitMentions.contains(where: { vocabularyPresidents[$0.entity] != nil && $0.start > other }) {
                lastOfHead[DefiniteReference.president] = nil
            }
            // Themes, except inside the name of an actor or instrument: "Organized Crime" in the name of
            // the Convention is not the paragraph speaking of crime; nor inside a quoted title ("the item entitled “…”").
            // Nor inside a capitalized name the vocabulary lacks ("the International Day for the Eradication of Poverty").
            for match in themes.matches(in: tokens) where !Self.isPartOfSymbol(match, tokens)
                && !Self.isInEventName(firstToken: match.firstToken, lastToken: match.lastToken, tokens) {
                let start = tokens[match.firstToken].start, end = tokens[match.lastToken].end
                if quoted.containsTitle(start) { continue }
                // A group the vocabulary names as an actor and as a theme with the same words ("human rights defenders") is
                // both, the people and the topic of their protection: its actor mention does not block the theme. Asked only
                // of a blocked match.
                if blockedSpans.contains(where: { $0.lowerBound <= start && end <= $0.upperBound }), !unitMentions.contains(where: { m in
                    m.start == start && m.end == end && vocabulary.entities[m.entity].map { $0.kind == .actor && $0.label.first?.isLowercase == true } == true
                }) { continue }
                let proper = match.entityIDs.reduce(into: Set<String>()) { $0.formUnion(themeProperWords[$1] ?? []) }
                if ThemeNames.isInName(first: match.firstToken, last: match.lastToken, tokens, properWords: proper, quoted: quoted.contains(start)) { continue }
                for id in match.entityIDs {
                    guard let entity = vocabulary.entities[id] else { continue }
                    entities[id] = entity
                    unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                }
            }
            // A theme read inside the name of a narrower one is that name's part, not a topic of its own: "forced marriage"
            // in "child, early and forced marriage" (whose broader theme it is).
            func insideNarrower(_ m: Mention) -> Bool {
                unitMentions.contains { n in
                    n.start <= m.start && m.end <= n.end && n.entity != m.entity
                        && vocabulary.entities[n.entity]?.relations.contains { $0.relation == "broader" && $0.target == m.entity } == true
                }
            }
            for m in deferredThemes where !unitMentions.contains(where: { $0.entity == m.entity && $0.start < m.end && m.start < $0.end })
                && !blockedSpans.contains(where: { $0.lowerBound <= m.start && m.end <= $0.upperBound }) && !quoted.containsTitle(m.start)
                && !insideNarrower(m) {
                if let first = tokens.firstIndex(where: { $0.start == m.start }), let last = tokens.lastIndex(where: { $0.end == m.end }),
                   ThemeNames.isInName(first: first, last: last, tokens, properWords: themeProperWords[m.entity] ?? [], quoted: quoted.contains(m.start)) { continue }
                unitMentions.append(m)
            }
            unitMentions.sort { ($0.start, -$0.end, $0.entity) < ($1.start, -$1.end, $1.entity) }
            mentions += unitMentions
        }
        if mentions.isEmpty {
            diagnostics.append(Diagnostic(.warning, "no actor, instrument or theme recognized", at: document.metadata.sourceName))
        }
        var extracted = ExtractedDocument(document: document, entities: entities, mentions: mentions, diagnostics: diagnostics)
        extracted.unitTokens = unitTokens
        return extracted
    }
}
