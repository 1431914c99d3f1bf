/// Finds the actions of one paragraph: its opening verb and any verb that starts a later clause
/// ("…, and urges States parties to …"), each with its addressees and objects.
struct ActionFinder {
    let verbs: VerbTable
    let entities: [String: Entity]
    let symbol: String
    /// Footnote number → the instruments and documents its citations name.
    var citedByFootnote: [Int: [String]] = [:]

    private struct Clause {
        var lemma: String
        var modifiers: [String]
        var verbStart: Int
        var verbEnd: Int
        var end: Int
        var part: Vocabulary.VerbForm.Part
    }

    /// `parentAsks`: for a lettered sub-item, whether its parent's last clause asks someone to act ("Calls upon States
    /// …: (a) Considering the ratification …"): its gerunds are then what they are asked to do, not acts of the organ.
    /// `tokens`: the paragraph's tokens when the ``Extractor`` has them (nil: tokenized here).
    /// `letteredSubItem`: ``isLetteredSubItem(_:)`` of the paragraph's id when the caller has worked it out (nil: asked here).
    func actions(in paragraph: Paragraph, mentions: [Mention], parentAsks: Bool = false, tokens: [TextToken]? = nil,
                 letteredSubItem: Bool? = nil) -> [Action] {
        let part: Vocabulary.VerbForm.Part = paragraph.kind == .operative ? .operative : .preambular
        let tokens = tokens ?? Tokenizer.tokenize(paragraph.text)
        let words = WordTokens(tokens)
        guard !words.isEmpty else { return [] }
        let slicer = ScalarSlicer(paragraph.text)
        var clauses = [Clause]()

        // The opening: optional adverbs ("Also", "Further", "Strongly"), then the longest verb form. A declaration
        // annexed to a resolution speaks in the first person: "We, the States Members of the United Nations, welcome …",
        // "We also commit to …", "We are seriously concerned …".
        var k = 0
        let firstPerson = part == .operative ? Self.firstPersonVerbIndex(tokens, words) : nil
        if let v = firstPerson { k = v }
        var modifiers = [String]()
        while k < words.count, k < 4, VerbTable.adverbs.contains(words[k].folded) {
            modifiers.append(words[k].folded)
            k += 1
        }
        // A lettered sub-item may state one of the Assembly's acts by a gerund: "Reaffirms the need to strengthen its
        // fulfilment by: (a) Requesting the Peacebuilding Commission to …; (c) Taking note of the decision …".
        let gerundItem = part == .operative && (letteredSubItem ?? Self.isLetteredSubItem(paragraph.id)) && !parentAsks
        func opening(_ at: Int) -> VerbTable.Entry? {
            if firstPerson != nil { return verbs.matchBaseForm(words, at: at) }
            return verbs.match(words, at: at, part: part) ?? (gerundItem ? verbs.match(words, at: at, part: .preambular) : nil)
        }
        // An annexed declaration whose chapeau holds the subject: "We, Heads of State and Government …, commit to …, and in
        // this regard we: 1. Strongly reaffirm our commitment …; 2. Reaffirm …": numbered paragraphs opening with the base form.
        var baseForm = firstPerson != nil
        var entry = opening(k)
        // "Decides: (a) To continue its consideration …; (b) To request the Secretary-General to submit …": a lettered sub-item
        // stating what the organ decides to do by an infinitive is that act when it is a directive verb.
        if entry == nil, gerundItem, k == 0, words.count > 1, words[0].folded == "to",
           let e = verbs.matchBaseForm(words, at: 1), VerbTable.directive.contains(e.lemma) {
            k = 1
            entry = e
        }
        if entry == nil, firstPerson == nil, part == .operative, paragraph.annex != nil,
           let e = verbs.matchBaseForm(words, at: k), !words[k].firstCharacterIsLowercase || k > 0 {
            entry = e
            baseForm = true
        } else if let e = entry, paragraph.annex != nil, e.tokens.first?.hasSuffix("s") == false {
            baseForm = true   // "Encourage Member States …, and urge …": a base form the table also holds
        }
        if entry == nil {
            k = firstPerson ?? 0
            modifiers = []
            entry = opening(k)
        }
        if let entry {
            clauses.append(Clause(lemma: entry.lemma, modifiers: modifiers + entry.modifiers, verbStart: words[k].start,
                                  verbEnd: words[k + entry.tokens.count - 1].end, end: slicer.count, part: part))
        } else if paragraph.kind == .preambular {
            return []
        }
        // Later clauses of operative paragraphs: "and urges", "; requests", ", and encourages", "and in this
        // regard calls upon", "and also urges", ", requests the Office …".
        if part == .operative {
            var i = max(k + 1, 1)
            while i < words.count {
                // In a declaration in the first person, "… and we invite all stakeholders to contribute": "we", adverbs,
                // then the base form.
                // "We reaffirm …, and urge Member States …": a directive verb in the base form after "and" is a clause of
                // its own, as in the third person.
                if baseForm, words[i].firstCharacterIsLowercase, words[i - 1].folded == "and",
                   i < 2 || words[i - 2].folded != "to",
                   let entry = verbs.matchBaseForm(words, at: i), VerbTable.directive.contains(entry.lemma),
                   let t = tokens.firstIndex(startingAt: words[i - 1].start) {
                    if var last = clauses.popLast() {
                        last.end = (t > 0 && tokens[t - 1].folded == ",") ? tokens[t - 1].start : tokens[t].start
                        clauses.append(last)
                    }
                    clauses.append(Clause(lemma: entry.lemma, modifiers: [], verbStart: words[i].start,
                                          verbEnd: words[i + entry.tokens.count - 1].end, end: slicer.count, part: .operative))
                    i += entry.tokens.count
                    continue
                }
                if baseForm, words[i].folded == "we", words[i].firstCharacterIsLowercase || Self.endsSentence(tokens, before: words[i].start) {
                    var v = i + 1, adverbs = [String]()
                    while v < words.count, v < i + 4, VerbTable.adverbs.contains(words[v].folded) { adverbs.append(words[v].folded); v += 1 }
                    if let entry = verbs.matchBaseForm(words, at: v) {
                        if var last = clauses.popLast() {
                            last.end = words[i].start
                            clauses.append(last)
                        }
                        clauses.append(Clause(lemma: entry.lemma, modifiers: adverbs, verbStart: words[v].start,
                                              verbEnd: words[v + entry.tokens.count - 1].end, end: slicer.count, part: .operative))
                        i = v + entry.tokens.count
                        continue
                    }
                }
                // A verb in the third person: "urges", "calls upon", "re-emphasizes" (two tokens, "re" and "emphasizes").
                guard words[i].firstCharacterIsLowercase, let entry = verbs.match(words, at: i, part: .operative),
                      entry.tokens.contains(where: { $0.hasSuffix("s") }),
                      words[i - 1].folded != "to",
                      !(i + entry.tokens.count < words.count && ["of", "for", "from"].contains(words[i + entry.tokens.count].folded)
                        && entry.tokens.count == 1),
                      let join = clauseJoin(tokens, words, before: i, verb: entry),
                      // "… and resolves disputes": a verb read only as an opening, unless the join says the organ goes on
                      // ("and in this regard commits to address …", "and also agrees").
                      !VerbTable.openingOnly.contains(entry.lemma) || join.organSpeaks
                else { i += 1; continue }
                if var last = clauses.popLast() {
                    last.end = join.clauseStart
                    clauses.append(last)
                }
                clauses.append(Clause(lemma: entry.lemma, modifiers: join.modifiers + entry.modifiers, verbStart: words[i].start,
                                      verbEnd: words[i + entry.tokens.count - 1].end,
                                      end: slicer.count, part: .operative))
                i += entry.tokens.count
            }
        }

        var result = [Action]()
        var previousActors = [String]()
        var previousInstruments = [String]()
        for (n, clause) in clauses.enumerated() {
            let inClause = mentions.filter { $0.start >= clause.verbEnd && $0.end <= clause.end }
            // The clause's actor mentions, worked out once (they were filtered from `inClause` three times, and their ids
            // a fourth, each a dictionary lookup per mention).
            let actorMentions = inClause.filter { entities[$0.entity]?.kind == .actor }
            var addressees = [String](), objects = [String]()
            // "Reaffirms its request to the Secretary-General to …": a restated request has addressees too.
            let restated = restatedRequest(tokens, after: clause.verbEnd)
            // "Requests that the Secretary-General submit …", "Recommends that States consider …", "Reiterates its
            // request that the Secretary-General …": the actors that are the subject of a that-clause right after the
            // verb (or the restated request) are asked to act, and the that-clause's verb is the act.
            let subject = thatClauseSubject(tokens, after: clause.verbEnd, end: clause.end,
                                            directive: VerbTable.directive.contains(clause.lemma),
                                            actors: actorMentions)
            let directive = VerbTable.directive.contains(clause.lemma) || restated || subject != nil
                || (clause.lemma == "call-for" && callsForActorsToAct(tokens, after: clause.verbEnd, end: clause.end,
                                                                      actors: actorMentions))
            // Addressees: actors named before the infinitive ("to consider") that follows the verb.
            let toOffset = infinitiveOffset(tokens, from: clause.verbEnd, to: clause.end, skipping: inClause)
            let act = directive ? requestedAct(tokens, at: toOffset, end: clause.end) ?? subject?.act : nil
            let partners = partnerSpans(tokens, from: clause.verbEnd, to: toOffset)
                + ofComplements(tokens, actors: actorMentions, from: clause.verbEnd, to: toOffset)
            // "Encourages improved cooperation between X and Y", "encourages continued investment by Member States": the verb
            // asks for an act, and the actors named in it are not asked.
            let asksForAnAct = VerbTable.directive.contains(clause.lemma) && !restated && subject == nil
                && objectIsAnAct(tokens, after: clause.verbEnd, end: clause.end, actors: actorMentions)
            for m in inClause {
                guard let e = entities[m.entity] else { continue }
                let isPartner = partners.contains { $0.contains(m.start) }
                let asked = m.start < toOffset || subject?.span.contains(m.start) == true
                if e.kind == .actor && directive && asked && !isPartner && !asksForAnAct {
                    if !addressees.contains(e.id) { addressees.append(e.id) }
                } else if e.kind != .actor || !directive {
                    if !objects.contains(e.id) { objects.append(e.id) }
                }
            }
            // "Calls upon Member States to consider ratifying …, and for States Parties to effectively implement, the Protocol":
            // a second addressee after the first one's infinitive.
            if directive && !asksForAnAct {
                for id in forActorsToAct(tokens, from: toOffset, end: clause.end, actors: actorMentions) where !addressees.contains(id) {
                    addressees.append(id)
                    objects.removeAll { $0 == id }
                }
            }
            // What a footnote marker inside the clause cites: "the report of the Secretary-General,17" → A/73/263.
            for ref in paragraph.footnoteRefs where ref.offset > clause.verbEnd && ref.offset <= clause.end {
                for id in citedByFootnote[ref.number] ?? [] where !objects.contains(id) { objects.append(id) }
            }
            // "encourages them to …": the actors of the previous clause; so too with the object left out ("Urges States to …,
            // and encourages to reduce fees …").
            if directive && addressees.isEmpty
                && (startsWithPronoun(tokens, at: clause.verbEnd) || (n > 0 && startsWithInfinitive(tokens, at: clause.verbEnd))) {
                addressees = previousActors
                // "…, asks them to examine the Special Rapporteur's recommendations, invites them to …": "them" is plural — one
                // office-holder named beside groups ("those States that have received the Special Rapporteur") is not meant.
                if startsWithPronoun(tokens, at: clause.verbEnd, only: "them") {
                    let groups = addressees.filter { !isOneOfficeHolder($0) }
                    if !groups.isEmpty { addressees = groups }
                }
            }
            // "Welcomes the use of the Guiding Principles by the Special Rapporteur in her dialogue with Governments …, and
            // requests her to continue": the office-holder of the previous clause.
            if directive && addressees.isEmpty && startsWithPersonalPronoun(tokens, at: clause.verbEnd),
               let holder = previousActors.first(where: { ["official", "special-procedure"].contains(entities[$0]?.category ?? "") }) {
                addressees = [holder]
            }
            // "Invites OHCHR and Member States to support …, and encourages their active participation in these forums": the
            // possessor of an agent's act (participation, engagement, efforts …) is asked, like "them"; not an actor the act is
            // for ("encourages their continued support for the activities of the Economic Cooperation Organization").
            if directive && addressees.isEmpty && possessiveOfAnAgentsAct(tokens, at: clause.verbEnd) {
                addressees = previousActors.filter { id in !actorMentions.contains { $0.entity == id } }
            }
            // "urges States parties to those instruments to implement them": the instruments of the previous clause.
            let instrumentsHere = objects.filter { entities[$0]?.kind == .instrument }
            if instrumentsHere.isEmpty, refersToInstrumentsBefore(tokens, from: clause.verbEnd, to: clause.end) {
                for id in previousInstruments where !objects.contains(id) { objects.append(id) }
            } else if !instrumentsHere.isEmpty {
                previousInstruments = instrumentsHere
            }
            let actorsHere = actorMentions.map(\.entity)
            if !actorsHere.isEmpty { previousActors = Array(uniqued(actorsHere)) }
            let evidenceEnd = min(clause.end, max(clause.verbEnd, inClause.filter { addressees.contains($0.entity) }.map(\.end).max() ?? clause.verbEnd))
            let start = n == 0 ? 0 : clause.verbStart
            let text = slicer.string(start, evidenceEnd)
            result.append(Action(
                id: "\(paragraph.id)-action-\(n + 1)", paragraph: paragraph.id, verb: clause.lemma, modifiers: clause.modifiers,
                addressees: addressees, objects: objects,
                evidence: Provenance(document: symbol, paragraph: paragraph.id, start: start, end: evidenceEnd, text: text),
                act: act))
        }
        return result
    }

    /// Phrases that name partners of the addressees, not addressees: "Urges Governments, in cooperation
    /// with non-governmental organizations, to …" asks Governments only.
    private static let partnerCues: [[String]] = [
        ["in", "cooperation", "with"], ["in", "collaboration", "with"], ["in", "consultation", "with"],
        ["in", "coordination", "with"], ["in", "partnership", "with"], ["with", "the", "support", "of"],
        ["with", "the", "assistance", "of"], ["with", "the", "help", "of"], ["in", "close", "cooperation", "with"],
        // Who takes part beside the addressees: "Calls upon States, with the participation of relevant stakeholders, including
        // … civil society, … the media and the private sector, to develop …", "Invites States, together with relevant United
        // Nations entities, to undertake …".
        ["with", "the", "participation", "of"], ["with", "the", "involvement", "of"], ["with", "the", "engagement", "of"],
        ["together", "with"],
        ["through"], ["within", "their", "respective", "mandates"], ["in", "its", "capacity", "as"], ["in", "their", "capacity", "as"],
        ["within", "the", "framework", "of"], ["under", "the", "auspices", "of"], ["on", "behalf", "of"],
        // What qualifies the addressees: "Governments engaged in the International Migration Review Forum",
        // "national institutions … established by Member States", "Governments, in particular those of the countries of origin".
        ["engaged", "in"], ["participating", "in"], ["involved", "in"], ["established", "by"], ["those", "of"],
        // "non-governmental organizations in consultative status with the Economic and Social Council", "… accredited to the …".
        ["in", "consultative", "status", "with"], ["having", "consultative", "status", "with"], ["accredited", "to"],
        // Where the addressees act: "the continued participation of the Special Rapporteur in the work of the Inter-Agency
        // Standing Committee".
        ["in", "the", "work", "of"],
        // Actors inside what is asked for: "encourages increased cooperation between national human rights institutions and …".
        ["between"], ["among"], ["amongst"],
        // Who leads or funds the addressees: "country teams, under the leadership and coordination of resident coordinators",
        // "countries receiving support from the Peacebuilding Fund".
        ["under", "the", "leadership", "of"], ["under", "the", "leadership", "and", "coordination", "of"],
        ["under", "the", "coordination", "of"], ["under", "the", "guidance", "of"], ["receiving", "support", "from"],
        // What the addressees act by: "Urges Myanmar, in accordance with the order of the International Court of Justice, to …",
        // "Calls upon all States, consistent with their obligations under … Security Council resolutions, to …".
        ["in", "accordance", "with"], ["in", "line", "with"], ["consistent", "with"], ["in", "conformity", "with"],
        ["in", "keeping", "with"], ["in", "compliance", "with"], ["pursuant", "to"], ["in", "response", "to"],
        ["as", "requested", "by"], ["as", "mandated", "by"], ["as", "recommended", "by"], ["as", "called", "for", "by"],
        // What the addressees are to bear in mind while acting: "requests the Secretary-General, also considering the extension
        // of the mandate of the … working group on … the Office, to continue to report".
        ["considering"], ["taking", "into", "account"], ["bearing", "in", "mind"], ["in", "view", "of"],
    ]
    /// Cues after which the partners may be a list ("in cooperation with international organizations, non-governmental
    /// organizations, the private sector and other stakeholders, to …"): the span goes on past commas up to the infinitive,
    /// unless a comma is followed by "and", "or" or "as" (a second addressee: "…, and the United Nations system to").
    private static let listCues: Set<String> = ["cooperation", "collaboration", "consultation", "coordination", "partnership", "support", "assistance", "help",
                                                        "participation", "involvement", "engagement", "together"]

    /// "by", after a participle (``participleBy``).
    private static let byWord = TokenWords(["by"])
    private static let partnerCueFirstWords = TokenWords(Set(partnerCues.compactMap(\.first) + ["in"]).sorted())

    private static let cooperationNouns: Set<String> = ["cooperation", "collaboration", "coordination", "consultation", "partnership", "conjunction", "liaison"]

    /// "in (close|full) cooperation (and coordination) with": the number of tokens, or nil.
    private func inCooperationWith(_ tokens: [TextToken], at i: Int) -> Int? {
        guard tokens[i].folded == "in" else { return nil }
        var j = i + 1
        if j < tokens.count, ["close", "full", "closer", "effective"].contains(tokens[j].folded) { j += 1 }
        guard j < tokens.count, Self.cooperationNouns.contains(tokens[j].folded) else { return nil }
        j += 1
        // "in collaboration and close consultation with".
        if j + 1 < tokens.count, tokens[j].folded == "and" {
            var k = j + 1
            if k < tokens.count, ["close", "full", "closer", "effective"].contains(tokens[k].folded) { k += 1 }
            if k < tokens.count, Self.cooperationNouns.contains(tokens[k].folded) { j = k + 1 }
        }
        guard j < tokens.count, tokens[j].folded == "with" else { return nil }
        return j + 1 - i
    }

    /// A past participle before "by" qualifies the addressees by who acts on them: "the United Nations leadership in countries
    /// considered by the Commission to …", "the Secretary-General, assisted by the Office, to …". The number of tokens, or nil.
    private func participleBy(_ tokens: [TextToken], at i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i + 1].folded == "by", tokens[i].isWord, tokens[i].firstCharacterIsLowercase else { return nil }
        let w = tokens[i].folded
        return w.hasSuffix("ed") || Self.irregularParticiples.contains(w) || ["led", "run"].contains(w) ? 2 : nil
    }

    /// ", as coordinator of the Coordination Group," after an addressee says in which role it is asked, not who else is:
    /// "requests the United Nations Office on Drugs and Crime, as coordinator of the Coordination Group, to …". Not ", as well
    /// as", which adds an addressee. The number of tokens, or nil.
    private func roleApposition(_ tokens: [TextToken], at i: Int) -> Int? {
        guard tokens[i].folded == "as", i > 0, tokens[i - 1].folded == ",", i + 1 < tokens.count,
              !["well", "appropriate", "applicable", "necessary", "relevant", "required", "such", "and", "a", "an"].contains(tokens[i + 1].folded)
        else { return nil }
        return 1
    }

    /// "Governments of origin, transit and destination countries", "the States members of the Standing Advisory Committee": an actor
    /// in the "of" phrase right after a group of States says whose the addressee is; it is not asked itself. The phrase ends with
    /// the first actor named in it, within a few words of "of". Other heads keep theirs: in "humanitarian organizations of the
    /// United Nations system" the system is asked too. Scalar ranges.
    private func ofComplements(_ tokens: [TextToken], actors: [Mention], from: Int, to end: Int) -> [Range<Int>] {
        var spans = [Range<Int>]()
        for head in actors where head.start >= from && head.end < end && entities[head.entity]?.category == "state-group" {
            guard let of = tokens.firstIndex(startingAtOrAfter: head.end), tokens[of].folded == "of",
                  tokens[of].start - head.end <= 1 else { continue }
            var j = of + 1
            var words = 0
            while j < tokens.count, tokens[j].start < end, words <= 4 {
                if let m = actors.first(where: { $0.start <= tokens[j].start && tokens[j].start < $0.end }) {
                    spans.append(tokens[of].start..<m.end)
                    break
                }
                guard tokens[j].folded == "," || (tokens[j].isWord && !["to", "that", "and", "or", "in", "including"].contains(tokens[j].folded))
                else { break }
                if tokens[j].isWord { words += 1 }
                j += 1
            }
        }
        return spans
    }

    /// Words before the head noun of what a directive verb asks for: "improved cooperation", "the continued engagement".
    private static let actQualifierWords: Set<String> = [
        "the", "a", "an", "all", "further", "greater", "improved", "increased", "enhanced", "closer", "continued", "continuing",
        "stronger", "strengthened", "full", "effective", "active", "accelerated", "more", "early", "new", "voluntary", "financial",
        "technical", "its", "their",
    ]
    /// Nouns that name an act rather than an actor, whatever their ending.
    private static let actNouns: Set<String> = [
        "efforts", "contributions", "support", "use", "progress", "dialogue", "action", "investment", "investments",
        "work", "steps", "attention", "funding", "exchange", "exchanges", "consideration",
    ]
    /// Agent nouns with the ending of an act: "organization", "government".
    private static let agentNouns: Set<String> = [
        "government", "parliament", "department", "movement", "conference", "alliance", "organization", "institution", "association",
        "corporation", "federation", "nation", "delegation", "administration", "commission", "mission", "coalition", "foundation",
        "population", "generation", "presidency", "agency", "incoming", "outgoing", "existing", "leading", "participating",
    ]

    /// Whether the object of a directive verb is an act, not an actor: the words after the verb (over qualifiers such as "the",
    /// "improved") are lower-case words, none of them part of an actor's name, that end in a noun of act ("cooperation",
    /// "investment", "capacity-building", "efforts") and are followed by a preposition, a conjunction or punctuation.
    private func objectIsAnAct(_ tokens: [TextToken], after offset: Int, end: Int, actors: [Mention]) -> Bool {
        guard var j = tokens.firstIndex(startingAtOrAfter: offset) else { return false }
        func inActor(_ t: TextToken) -> Bool { actors.contains { $0.start <= t.start && t.start < $0.end } }
        while j < tokens.count, tokens[j].start < end, tokens[j].isWord, !inActor(tokens[j]),
              Self.actQualifierWords.contains(tokens[j].folded) || (tokens[j].folded.hasSuffix("ly") && tokens[j].folded.count > 4) {
            j += 1
        }
        var head: String?
        while j < tokens.count, tokens[j].start < end, tokens[j].isWord, tokens[j].firstCharacterIsLowercase,
              !Self.objectBoundaries.contains(tokens[j].folded) {
            if inActor(tokens[j]) { return false }
            head = tokens[j].folded
            j += 1
        }
        guard let head, j < tokens.count, tokens[j].start < end,
              !tokens[j].isWord || Self.objectBoundaries.contains(tokens[j].folded) else { return false }
        if Self.actNouns.contains(head) { return true }
        if Self.agentNouns.contains(head) || head.hasSuffix("s") { return false }
        return ["tion", "sion", "ment", "ance", "ence", "ing"].contains { head.hasSuffix($0) }
    }

    /// Words that end the object noun phrase: "cooperation between", "efforts towards". Not "by" or "of": the agent of the act
    /// is the one asked ("Encourages continued investment by Member States", "Urges the participation of all States").
    private static let objectBoundaries: Set<String> = [
        "between", "among", "amongst", "with", "on", "in", "for", "regarding", "and", "or", "to", "at", "from",
        "towards", "through", "within", "that", "which", "as",
    ]

    /// Scalar ranges from a partner cue to the next comma (or the infinitive).
    private func partnerSpans(_ tokens: [TextToken], from: Int, to end: Int) -> [Range<Int>] {
        var spans = [Range<Int>]()
        let cueFirstWords = Self.partnerCueFirstWords, by = Self.byWord   // read once, not at every token
        var i = tokens.firstIndex(startingAtOrAfter: from) ?? tokens.count
        while i < tokens.count, tokens[i].start < end {
            // Every cue, and "in … cooperation with", starts with one of a few words, or is a participle before "by" (told
            // by the next token's hash first, not a string comparison at every token).
            guard cueFirstWords.contains(tokens[i])
                    || (i + 1 < tokens.count && by.contains(tokens[i + 1])) else { i += 1; continue }
            let length = Self.partnerCues.first(where: { tokens.hasFolded($0, at: i) })?.count ?? inCooperationWith(tokens, at: i) ?? participleBy(tokens, at: i) ?? roleApposition(tokens, at: i)
            if let length {
                var j = i + length
                let list = tokens[i..<(i + length)].contains { Self.listCues.contains($0.folded) }
                // "the special mechanisms extended by the Council and the Advisory Committee": the agent is one name.
                let agent = participleBy(tokens, at: i) != nil
                while j < tokens.count, tokens[j].start < end {
                    if agent, ["and", "or"].contains(tokens[j].folded) { break }
                    if tokens[j].folded == "," {
                        guard list, j + 1 < tokens.count, tokens[j + 1].start < end,
                              !["and", "or", "as"].contains(tokens[j + 1].folded) else { break }
                    }
                    j += 1
                }
                let stop = j < tokens.count ? min(tokens[j].start, end) : end
                spans.append(tokens[i].start..<max(stop, tokens[i].end))
                i = j
                continue
            }
            i += 1
        }
        return spans
    }

    /// Words that may stand between the joining "and" and a later clause's verb.
    private static let clauseFillers: Set<String> = [
        "also", "further", "therefore", "in", "that", "this", "regard", "context", "to", "end", "accordingly", "strongly",
        "moreover", "furthermore", "thus", "again", "once", "respect", "particular", "addition", "hence",
    ]
    private static let fillerModifiers: Set<String> = ["also", "further", "strongly", "again", "therefore"]

    /// Whether the verb at word `i` starts a new clause: preceded (after optional fillers such as "in this
    /// regard" or "also") by "and", ";" or, for a verb in the third person, ",". Returns where the previous
    /// clause ends and the fillers that qualify the verb.
    private func clauseJoin(_ tokens: [TextToken], _ words: WordTokens, before i: Int, verb: VerbTable.Entry)
        -> (clauseStart: Int, modifiers: [String], organSpeaks: Bool)? {
        guard let t = tokens.firstIndex(startingAt: words[i].start), t > 0 else { return nil }
        var j = t - 1
        var modifiers = [String]()
        var fillers = 0
        var organSpeaks = false
        while j >= 0, fillers < 5, (tokens[j].isWord && Self.clauseFillers.contains(tokens[j].folded)) || tokens[j].folded == "," {
            if tokens[j].isWord {
                fillers += 1
                if Self.fillerModifiers.contains(tokens[j].folded) { modifiers.insert(tokens[j].folded, at: 0) }
                if Self.organFillers.contains(tokens[j].folded) { organSpeaks = true }
            }
            if tokens[j].folded == ",", j > 0, tokens[j - 1].folded == "and" || !tokens[j - 1].isWord { break }
            if tokens[j].folded == "," && fillers == 0 { break }
            j -= 1
        }
        guard j >= 0 else { return nil }
        let joiner = tokens[j].folded
        if joiner == "and" || joiner == ";" { return (tokens[j].start, modifiers, organSpeaks) }
        if joiner == ",", verb.tokens.contains(where: { $0.hasSuffix("s") }), fillers == 0 { return (tokens[j].start, modifiers, false) }
        // "…, in this regard takes note of …", "…, accordingly reaffirms …": a comma, fillers, then a verb in the third
        // person; not a relative clause ("…, that also reflects …").
        if j + 2 < t, tokens[j + 1].folded == ",", fillers > 0, tokens[j + 2].folded != "that",
           verb.tokens.contains(where: { $0.hasSuffix("s") }) {
            return (tokens[j + 1].start, modifiers, organSpeaks)
        }
        // "…, as well as supports the role of the resident coordinators": a verb in the third person after "as well as",
        // followed by what it acts on (an article, a possessive, a name), not a plural noun ("as well as supports for …").
        if joiner == "as", fillers == 0, j >= 2, tokens[j - 1].folded == "well", tokens[j - 2].folded == "as",
           verb.tokens.contains(where: { $0.hasSuffix("s") }), let next = tokens.firstIndex(startingAtOrAfter: words[i].end),
           next < tokens.count, tokens[next].isWord,
           Self.determiners.contains(tokens[next].folded) || tokens[next].firstCharacterIsUppercase {
            let start = j >= 3 && tokens[j - 3].folded == "," ? tokens[j - 3].start : tokens[j - 2].start
            return (start, modifiers, false)
        }
        return nil
    }

    /// Fillers that say the resolution's organ goes on speaking: after them even a verb read only as an opening
    /// ("commits", "agrees") starts a clause.
    private static let organFillers: Set<String> = ["regard", "context", "also", "further", "therefore", "accordingly"]

    private func hasPunctuation(_ tokens: [TextToken], before offset: Int, in marks: Set<String>) -> Bool {
        guard let idx = tokens.firstIndex(startingAt: offset), idx > 0 else { return false }
        return marks.contains(tokens[idx - 1].folded)
    }

    /// "its request to", "its call upon", "its invitation to", "its appeal to" right after the verb.
    private func restatedRequest(_ tokens: [TextToken], after offset: Int) -> Bool {
        let after = tokens.drop { $0.start < offset }.prefix(6)
        let next = after.prefix(3).map(\.folded)
        guard next.count == 3, next[0] == "its" || next[0] == "the" else { return false }
        guard ["request", "requests", "call", "calls", "invitation", "appeal", "encouragement"].contains(next[1]) else { return false }
        if ["to", "upon", "on"].contains(next[2]) { return true }
        // "Reaffirms the call for the Government of … to …" (a name after "for"), not "the call for support for …".
        guard next[1].hasPrefix("call"), next[2] == "for" else { return false }
        return after.dropFirst(3).first { !["the", "all"].contains($0.folded) }?.firstScalarIsUppercase == true
    }

    /// Words that may stand in the subject of a that-clause between the actors it names: "that the Secretary-General
    /// and all relevant United Nations entities continue …".
    private static let subjectFillers: Set<String> = ["the", "all", "and", "or", "relevant", "other", "its", "their", "concerned", "also",
                                                      "actors", "stakeholders", "including"]
    /// Words opening an aside between a that-clause's subject and its verb: "that States …, in their efforts to promote …,
    /// ensure".
    private static let asideOpeners: Set<String> = ["in", "within", "as", "when", "while", "where"]

    /// The subject of a that-clause opening the clause (`that` right after the verb, or after a restated request:
    /// "Reiterates its request that …"), when it consists of actors only: their span, and the act its verb names.
    /// "Requests that the report be submitted" has no such subject (a report is not an actor).
    private func thatClauseSubject(_ tokens: [TextToken], after offset: Int, end: Int, directive: Bool,
                                   actors: [Mention]) -> (span: Range<Int>, act: String?)? {
        guard !actors.isEmpty, var i = tokens.firstIndex(startingAtOrAfter: offset) else { return nil }
        if i + 2 < tokens.count, tokens[i].folded == "its",
           ["request", "requests", "call", "recommendation", "appeal"].contains(tokens[i + 1].folded) {
            i += 2
            // "Reiterates its request, made in paragraph 40 of its resolution 68/268, that the Secretary-General submit …".
            if i < tokens.count, tokens[i].folded == ",",
               let close = tokens[(i + 1)...].prefix(20).firstIndex(where: { $0.folded == "," }) {
                i = close + 1
            }
        } else if !directive {
            return nil
        }
        guard i < tokens.count, tokens[i].folded == "that", tokens[i].start < end else { return nil }
        let start = tokens[i].end
        var last = start
        var lastToken: Int?
        var j = i + 1
        while j < tokens.count, tokens[j].start < end {
            let t = tokens[j]
            if let m = actors.first(where: { $0.start <= t.start && t.start < $0.end }) {
                last = m.end
                while j < tokens.count, tokens[j].start < m.end { j += 1 }
                lastToken = j - 1
                continue
            }
            if t.folded == "," || Self.subjectFillers.contains(t.folded) { j += 1; continue }
            break
        }
        // "…, in their efforts to promote freedom of religion or belief, ensure": an aside between commas before the verb.
        if j > 0, j < tokens.count, tokens[j - 1].folded == ",", Self.asideOpeners.contains(tokens[j].folded),
           let close = tokens[j...].prefix(25).firstIndex(where: { $0.folded == "," || $0.folded == ";" }),
           tokens[close].folded == ",", close + 1 < tokens.count, tokens[close].start < end {
            j = close + 1
        }
        // The subject must be followed by its verb, not end the clause or run into a relative clause.
        guard let lastToken, last > start, j < tokens.count, tokens[j].start < end, tokens[j].isWord,
              tokens[j].firstCharacterIsLowercase, !["that", "which", "who", "whose", "of", "in", "on", "for", "to", "with"].contains(tokens[j].folded)
        else { return nil }
        // "that resident coordinators be provided with …": a passive asks its subject to do nothing.
        if tokens[j].folded == "be", j + 1 < tokens.count,
           tokens[j + 1].folded.hasSuffix("ed") || Self.irregularParticiples.contains(tokens[j + 1].folded) { return nil }
        // The clause's verb, base form (subjunctive): "submit", "consider", "continue to …".
        return (start..<last, act(tokens, after: lastToken, end: end))
    }

    /// "Calls for the Peacebuilding Commission to serve …", "calls for the Taliban to …": actors right after "calls for"
    /// (over "the", "all"), followed by an infinitive, are asked to act; "Calls for the full implementation of …" names none.
    private func callsForActorsToAct(_ tokens: [TextToken], after offset: Int, end: Int, actors: [Mention]) -> Bool {
        guard var j = tokens.firstIndex(startingAtOrAfter: offset) else { return false }
        while j < tokens.count, ["the", "all"].contains(tokens[j].folded) { j += 1 }
        var sawActor = false
        while j < tokens.count, tokens[j].start < end {
            if let m = actors.first(where: { $0.start == tokens[j].start }) {
                sawActor = true
                while j < tokens.count, tokens[j].start < m.end { j += 1 }
                continue
            }
            if sawActor, [",", "and", "the", "all"].contains(tokens[j].folded) { j += 1; continue }
            break
        }
        return sawActor && j + 1 < tokens.count && tokens[j].folded == "to" && tokens[j + 1].isWord
            && !Self.determiners.contains(tokens[j + 1].folded)
    }

    /// ", and for States Parties to …", "and for all States to …" after the first infinitive of a directive clause: the actors
    /// between "for" and "to" (over "the", "all", commas and "and"). So too without "for" after ", and", when an actor follows
    /// at once: "Urges Member States to consider signing and ratifying, and States parties to implement, the Convention".
    private func forActorsToAct(_ tokens: [TextToken], from offset: Int, end: Int, actors: [Mention]) -> [String] {
        guard var i = tokens.firstIndex(startingAtOrAfter: offset) else { return [] }
        var found = [String]()
        while i + 2 < tokens.count, tokens[i].start < end {
            defer { i += 1 }
            let afterFor = tokens[i].folded == "for" && i > 0 && ["and", ","].contains(tokens[i - 1].folded)
            let afterCommaAnd = tokens[i].folded == "and" && i > 0 && tokens[i - 1].folded == ","
                && actors.contains { $0.start == tokens[i + 1].start }
            guard afterFor || afterCommaAnd else { continue }
            var j = i + 1
            var named = [String]()
            while j < tokens.count, tokens[j].start < end {
                if let m = actors.first(where: { $0.start == tokens[j].start }) {
                    named.append(m.entity)
                    while j < tokens.count, tokens[j].start < m.end { j += 1 }
                    continue
                }
                // "for States Parties, in accordance with their obligations, to …": an aside between commas.
                if !named.isEmpty, tokens[j].folded == ",",
                   let close = tokens[(j + 1)...].prefix(15).firstIndex(where: { $0.folded == "," }),
                   close + 1 < tokens.count, tokens[close + 1].folded == "to" {
                    j = close + 1
                    break
                }
                if [",", "and", "the", "all"].contains(tokens[j].folded) { j += 1; continue }
                break
            }
            // Without "for", the actors go straight to their infinitive: not "… to the attention of Member States, …, and
            // non-governmental organizations and to disseminate it" (a second infinitive of the first addressee).
            if !named.isEmpty, j + 1 < tokens.count, tokens[j].folded == "to", tokens[j + 1].isWord,
               !Self.determiners.contains(tokens[j + 1].folded), afterFor || ![",", "and"].contains(tokens[j - 1].folded) {
                found += named.filter { !found.contains($0) }
            }
        }
        return found
    }

    /// Past participles that, after "be", make a that-clause passive ("requests that resident coordinators be provided
    /// with capacities"): its subject is not asked to act. Regular ones end in "-ed".
    private static let irregularParticiples: Set<String> = [
        "given", "made", "taken", "held", "granted", "done", "shown", "kept", "brought", "sent", "paid", "built", "put", "set",
        "met", "known", "seen", "chosen", "drawn", "undertaken", "overseen", "written",
    ]

    /// The index among `words` of the word after "We" (and after an apposition between commas: "We, the States Members
    /// of the United Nations, welcome …") when an operative paragraph opens in the first person plural; nil otherwise.
    static func firstPersonVerbIndex(_ tokens: [TextToken], _ words: WordTokens) -> Int? {
        guard words.count > 1, words[0].folded == "we", !words[0].firstCharacterIsLowercase,
              let t = tokens.firstIndex(startingAt: words[0].start) else { return nil }
        guard t + 1 < tokens.count, tokens[t + 1].folded == "," else { return 1 }
        // The apposition: up to the next comma, within 25 tokens.
        guard let close = tokens[(t + 2)...].prefix(25).firstIndex(where: { $0.folded == "," }), close + 1 < tokens.count,
              let w = words.firstIndex(where: { $0.start >= tokens[close + 1].start }) else { return nil }
        return w
    }

    /// Whether a sentence ends right before `offset` ("… victims. We recognize …").
    static func endsSentence(_ tokens: [TextToken], before offset: Int) -> Bool {
        guard let t = tokens.firstIndex(startingAt: offset), t > 0 else { return false }
        return [".", ";", ":"].contains(tokens[t - 1].folded)
    }

    /// `op5a` (and `op1-2a`, in the second paragraph numbered 1), not `op5` nor a Roman sub-item `op5a-ii` (which says
    /// how the lettered one is done).
    static func isLetteredSubItem(_ fullID: String) -> Bool {
        let id = Paragraph.localID(fullID)
        guard id.hasPrefix("op"), let last = id.last, last.isLetter, last.isLowercase else { return false }
        let parts = id.dropFirst(2).dropLast().split(separator: "-", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Words after which "to" is a preposition, not the mark of an infinitive.
    private static let determiners: Set<String> = [
        "the", "a", "an", "all", "its", "their", "those", "these", "this", "that", "such", "any", "each", "every", "other", "relevant",
    ]

    /// Offset of the first " to <verb>" (or "that") after the verb, outside the names mentioned, or the clause end:
    /// "the Conference of the Parties to the Convention … to continue" ends at the second "to".
    private func infinitiveOffset(_ tokens: [TextToken], from: Int, to end: Int, skipping names: [Mention]) -> Int {
        for (i, t) in tokens.enumerated() where t.start >= from && t.end <= end && t.isWord && (t.folded == "to" || t.folded == "that") {
            if names.contains(where: { $0.start <= t.start && t.end <= $0.end }) { continue }
            // "appeals to States to cooperate": a "to" right after the verb and before a name is a preposition.
            if t.folded == "to", i > 0, tokens[i - 1].end <= from, i + 1 < tokens.count,
               names.contains(where: { $0.start == tokens[i + 1].start || ($0.start > tokens[i + 1].start && Self.determiners.contains(tokens[i + 1].folded)) }) { continue }
            if t.folded == "to", i + 1 < tokens.count, Self.determiners.contains(tokens[i + 1].folded) || !tokens[i + 1].isWord { continue }
            // "Reiterates its invitation to Member States to …": "to" before a name is a preposition.
            if t.folded == "to", i > 0, i + 1 < tokens.count, Self.requestNouns.contains(tokens[i - 1].folded),
               names.contains(where: { $0.start == tokens[i + 1].start && entities[$0.entity]?.kind == .actor }) { continue }
            return t.start
        }
        return end
    }

    /// Nouns of a request restated, after which "to" names who was asked: "its invitation to Member States to …".
    private static let requestNouns: Set<String> = ["invitation", "request", "requests", "appeal", "appeals", "call", "calls",
                                                    "encouragement", "recommendation", "recommendations"]

    /// Words between "to" and the act that only qualify it: "to further strengthen", "to continue to
    /// support", "to consider ratifying".
    private static let actQualifiers: Set<String> = ["further", "continue", "consider", "also", "still", "again", "duly", "better", "jointly"]
    /// Words after "to" that are no act (the infinitive was a preposition after all, or "to be …").
    private static let notActs: Set<String> = [
        "be", "and", "or", "not", "which", "whom", "what", "both", "date", "this", "that", "those", "these", "them", "it",
        "his", "her", "its", "their", "our", "my", "your", "with", "in", "at", "on", "by", "for", "from", "of", "to", "as",
        "more", "less", "now", "co", "non", "inter", "self", "well",
    ]
    /// Endings of nouns and adjectives, which a base-form verb after "to" does not have ("to armed conflict",
    /// "to national …", "to efforts"); `acts.tsv` lemmas pass whatever their ending (implement, document).
    private static let nonVerbEndings = ["ed", "al", "ic", "ous", "tion", "sion", "ness", "ity", "ies", "ment", "able", "ible", "ship", "ism"]

    /// Whether `w`, found after "to", reads as a base-form verb.
    private func looksLikeVerb(_ w: String) -> Bool {
        if verbs.actLemmas.contains(w) { return true }
        if w.hasSuffix("eed") || w.hasSuffix("eal") { return true }
        if Self.nonVerbEndings.contains(where: { w.hasSuffix($0) }) { return false }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") { return false }
        return w.count > 1
    }

    /// The lemma of the verb after the infinitive "to" at `offset`: skips adverbs (-ly) and qualifiers
    /// ("to further", "to continue to", "to consider"), takes a base form as it is and an -ing form
    /// through `acts.tsv`; "to consider the report" asks to consider. Nil when it cannot tell.
    private func requestedAct(_ tokens: [TextToken], at offset: Int, end: Int) -> String? {
        // The infinitive may come after a relative clause ("Member States that have not yet done so to
        // consider …") or after a "to" that was a preposition ("Appeals to armed groups to release …"):
        // the first "to" that is followed by an act, among the first few.
        var tried = 0
        var k = tokens.firstIndex(startingAtOrAfter: offset) ?? tokens.count
        while k + 1 < tokens.count, tokens[k].start < end, tried < 4 {
            defer { k += 1 }
            guard tokens[k].folded == "to", tokens[k + 1].isWord, !Self.determiners.contains(tokens[k + 1].folded) else { continue }
            tried += 1
            if let act = act(tokens, after: k, end: end) { return act }
        }
        return nil
    }

    /// The act after the "to" at `toIndex`, or nil.
    private func act(_ tokens: [TextToken], after toIndex: Int, end: Int) -> String? {
        var i = toIndex + 1
        var qualifier: String?
        while i < tokens.count, tokens[i].start < end, tokens[i].isWord {
            let w = tokens[i].folded
            if w.hasSuffix("ly") && w.count > 4 { i += 1; continue }
            if Self.actQualifiers.contains(w) {
                if w == "consider" || w == "continue" { qualifier = w }
                i += 1
                if i < tokens.count, tokens[i].folded == "to" { i += 1 }
                continue
            }
            break
        }
        guard i < tokens.count, tokens[i].start < end, tokens[i].isWord,
              tokens[i].firstCharacterIsLowercase else { return qualifier }
        let w = tokens[i].folded
        guard w.unicodeScalars.allSatisfy({ (0x61...0x7A).contains($0.value) }), !Self.notActs.contains(w),
              !Self.determiners.contains(w) else { return qualifier }
        if w.hasSuffix("ing") { return verbs.actForms[w] ?? qualifier }
        guard looksLikeVerb(w) else { return qualifier }
        // "to consider X" with X a base form only when "to" stands between ("to consider to establish" is rare).
        return qualifier == "consider" && tokens[i - 1].folded != "to" ? qualifier : w
    }

    /// "those instruments", "these instruments", "the said instruments", "both instruments" in the clause.
    private func refersToInstrumentsBefore(_ tokens: [TextToken], from: Int, to end: Int) -> Bool {
        // The previous word token's index (nil before the first): its folded form is read only after "instrument(s)",
        // which the token's hash turns away first, instead of copying every word's string.
        var previous: Int? = nil
        let instrumentWords = Self.instrumentWords
        // From the first token at or after `from` (tokens are in text order), until one starts at `end` or later (it
        // cannot end by `end`): the tokens `t.start >= from && t.end <= end`, read in place.
        var i = tokens.firstIndex(startingAtOrAfter: from) ?? tokens.count
        while i < tokens.count, tokens[i].start < end {
            defer { i += 1 }
            guard tokens[i].end <= end, tokens[i].isWord else { continue }
            if instrumentWords.contains(tokens[i]), let p = previous,
               ["those", "these", "said", "both", "that", "this"].contains(tokens[p].folded) { return true }
            previous = i
        }
        return false
    }

    /// "instrument(s)", asked at every word of a clause (by the token's hash first).
    private static let instrumentWords = TokenWords(["instruments", "instrument"])

    /// Acts whose possessor is the one who acts: "their participation", "their continued engagement".
    private static let agentsActs: Set<String> = [
        "participation", "engagement", "involvement", "cooperation", "collaboration", "efforts", "contribution", "contributions",
        "support", "commitment", "commitments",
    ]

    /// "their [qualifiers] participation …" right after the verb.
    private func possessiveOfAnAgentsAct(_ tokens: [TextToken], at offset: Int) -> Bool {
        guard var j = tokens.firstIndex(startingAtOrAfter: offset), j < tokens.count, tokens[j].folded == "their" else { return false }
        j += 1
        var qualifiers = 0
        while j < tokens.count, qualifiers < 3, tokens[j].isWord, !Self.agentsActs.contains(tokens[j].folded),
              Self.actQualifierWords.contains(tokens[j].folded) || (tokens[j].folded.hasSuffix("ly") && tokens[j].folded.count > 4)
                || ["active", "full", "meaningful", "effective", "continued", "further", "increased", "enhanced"].contains(tokens[j].folded) {
            j += 1
            qualifiers += 1
        }
        return j < tokens.count && Self.agentsActs.contains(tokens[j].folded)
    }

    /// "to <verb>" right after the verb: "encourages to reduce or remove fees".
    private func startsWithInfinitive(_ tokens: [TextToken], at offset: Int) -> Bool {
        guard let t = tokens.firstIndex(startingAtOrAfter: offset), t + 1 < tokens.count, tokens[t].folded == "to" else { return false }
        let next = tokens[t + 1]
        return next.isWord && next.firstCharacterIsLowercase && !Self.determiners.contains(next.folded) && !Self.notActs.contains(next.folded)
            && looksLikeVerb(next.folded)
    }

    private func startsWithPersonalPronoun(_ tokens: [TextToken], at offset: Int) -> Bool {
        guard let t = tokens.first(where: { $0.start >= offset && $0.isWord }) else { return false }
        return t.folded == "her" || t.folded == "him"
    }

    private func startsWithPronoun(_ tokens: [TextToken], at offset: Int) -> Bool {
        guard let t = tokens.first(where: { $0.start >= offset && $0.isWord }) else { return false }
        return t.folded == "them" || t.folded == "it" || t.folded == "those"
    }

    private func startsWithPronoun(_ tokens: [TextToken], at offset: Int, only pronoun: String) -> Bool {
        tokens.first(where: { $0.start >= offset && $0.isWord })?.folded == pronoun
    }

    /// Whether the actor is one person holding an office (the Secretary-General, a Special Rapporteur, an Independent
    /// Expert), not a body or a group: never the sole referent of "them".
    private func isOneOfficeHolder(_ id: String) -> Bool {
        guard let e = entities[id] else { return false }
        // "Heads of State and Government" are officials too, and plural.
        if e.category == "official" { return !e.label.hasPrefix("Heads") }
        return e.category == "special-procedure"
            && ["Special Rapporteur", "Independent Expert", "Special Representative"].contains { e.label.hasPrefix($0) }
    }
}

/// Order-preserving de-duplication. A clause names a few actors: comparing each with those kept is cheaper than hashing
/// them into a `Set` (made per clause, ~3,800 instructions a call).
private func uniqued(_ items: [String]) -> [String] {
    var kept = [String]()
    kept.reserveCapacity(items.count)
    for item in items where !kept.contains(item) { kept.append(item) }
    return kept
}
