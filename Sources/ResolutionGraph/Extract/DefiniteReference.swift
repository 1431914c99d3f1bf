/// "the Convention", "the Protocol", "the Covenant", "the Declaration" with no name after them: the
/// instrument of that kind the document named last ("Urges States parties to the Convention on the Rights
/// of the Child … to implement the Convention fully"). Not resolved when a name follows ("the Convention
/// on …", "the Protocol thereto", which ``ProtocolReferenceResolver`` handles).
enum DefiniteReference {
    struct Found {
        var head: String
        var firstToken: Int
        var lastToken: Int
    }

    /// Not "agreement": fisheries resolutions define "the Agreement" as the Fish Stocks Agreement and keep naming the
    /// "Compliance Agreement" in full, so the instrument named last is often the wrong one.
    static let heads: Set<String> = ["convention", "protocol", "covenant", "declaration", "statute", "compact", "treaty"]
    /// Bodies referred back to the same way: "Requests the Committee to …", "Invites the Office to …" — the
    /// body of that kind the document named last. Not "the Council" (in a Council's own resolutions it is
    /// that Council, whatever council was named last) nor "the Group" (groups of States).
    static let actorHeads: Set<String> = ["committee", "office", "commission", "board", "fund", "mechanism", "court", "tribunal", "agency", "entity",
                                          "centre", "center", "institute", "forum", "panel", "authority", "division"]
    /// Office-holders referred back to by their title: "Requests the President to prepare a summary" after "the President of
    /// the General Assembly", "the Chair" after "the Chair of the Committee on …" — the holder of that title named last.
    static let officialHeads: Set<String> = ["president", "chair", "chairperson", "prosecutor"]
    /// Words after the head that make it the start of a name or another reference.
    static let continuations: Set<String> = ["on", "of", "for", "against", "to", "thereto", "relating", "concerning", "in", "s"]
    /// Words after a mandate title that make it the start of its full name: "the Special Rapporteur on …".
    static let mandateContinuations: Set<String> = ["on", "of", "for", "s"]
    /// The same for bodies, where "to" starts the infinitive of a request ("the Committee to consider").
    static let actorContinuations: Set<String> = ["on", "of", "for", "against", "relating", "concerning", "in", "s", "and", "or"]

    static func find(_ tokens: [TextToken]) -> [Found] {
        var result = [Found]()
        let the = TokenWords.the   // read once, not at every token
        for i in tokens.indices.dropFirst() where the.contains(tokens[i - 1]) {
            // Only a capitalized word after "the" is a reference back (most are not: "the implementation of …"): asked
            // first, before the head's three set lookups.
            guard tokens[i].firstCharacterIsUppercase else { continue }
            let word = tokens[i].folded
            var head = word, last = i
            if word == "working", i + 1 < tokens.count, tokens[i + 1].folded == "group" { head = "working group"; last = i + 1 }
            if word == "high", i + 1 < tokens.count, tokens[i + 1].folded == "commissioner", tokens[i + 1].firstCharacterIsUppercase {
                head = highCommissioner; last = i + 1
            }
            if i + 1 < tokens.count, tokens[i + 1].firstCharacterIsUppercase,
               let title = mandateTitles.first(where: { $0.0 == word && $0.1 == tokens[i + 1].folded }) {
                head = title.0 + " " + title.1; last = i + 1
            }
            // A space is looked for among the bytes: `head.contains(" ")` would be Foundation's `range(of:)` (about 4,000
            // instructions at every word after "the"); a word token holds no space, only the two-word heads above do.
            let isActor = actorHeads.contains(head) || head == "working group" || head == highCommissioner || head == council
                || head == government || officialHeads.contains(head) || head.utf8.contains(UInt8(ascii: " ")) && head != "working group"
            guard heads.contains(head) || isActor else { continue }
            // A mandate title is referred back to whatever follows but its mandate: "the participation of the Special
            // Rapporteur in the work of …".
            let stops = head.contains(" ") && head != "working group" && head != highCommissioner ? mandateContinuations
                : isActor ? actorContinuations : continuations
            if last + 1 < tokens.count, tokens[last + 1].isWord,
               stops.contains(tokens[last + 1].folded) || tokens[last + 1].firstCharacterIsUppercase { continue }
            // "the Committee's": a possessive after the head.
            if last + 1 < tokens.count, !tokens[last + 1].isWord, ["'", "’"].contains(tokens[last + 1].original) { continue }
            result.append(Found(head: head, firstToken: i - 1, lastToken: last))
        }
        return result
    }

    /// Titles of mandate-holders referred back to alone: "encourages the Special Representative to continue her work" after
    /// "the Special Representative of the Secretary-General on Violence against Children", "Requests the Special Rapporteur to
    /// submit …" after the mandate is named — the holder of that title named last.
    static let mandateTitles: [(String, String)] = [
        ("special", "representative"), ("special", "rapporteur"), ("special", "envoy"), ("special", "adviser"),
        ("independent", "expert"), ("high", "representative"),
    ]

    /// The mandate title `label` opens with ("special rapporteur"), or nil.
    static func mandateTitle(of label: String) -> String? {
        let words = label.lowercased().split(separator: " ", maxSplits: 2)
        guard words.count >= 2 else { return nil }
        return mandateTitles.first { $0.0 == words[0] && $0.1 == words[1] }.map { $0.0 + " " + $0.1 }
    }

    /// "the Government" alone: the Government of the State named last ("Urges the Islamic Republic of Iran … calls upon
    /// the Government to ensure accountability"); a State's head (``head(of:)``).
    static let government = "government"

    /// "the Council" alone: in a Council's own resolution that Council (``Extractor`` looks at the document's body), elsewhere
    /// the council named last ("reports … submitted to the Council" after "Human Rights Council resolution 5/1"). A body's
    /// head only when its name has no other head word ("Human Rights Council Advisory Committee" stays a committee).
    static let council = "council"

    /// The council "the Council" may refer to after `entity`: the entity when it is a council, the council a special
    /// procedure belongs to ("reports of the Special Rapporteur … submitted to the Council": the Human Rights Council).
    static func council(after entity: Entity?, in vocabulary: [String: Entity]) -> String? {
        guard let e = entity, e.kind == .actor else { return nil }
        if head(of: e) == council { return e.id }
        guard e.category == "special-procedure",
              let parent = e.relations.first(where: { $0.relation == "part-of" })?.target,
              head(of: vocabulary[parent]) == council else { return nil }
        return parent
    }

    /// "the High Commissioner" alone: the holder of the high commissioner's office named last ("Office of the United
    /// Nations High Commissioner for Refugees" → the United Nations High Commissioner for Refugees).
    static let highCommissioner = "high commissioner"

    /// "the President" alone: the President named last ("Requests the President of the General Assembly to organize …
    /// and also requests the President to prepare a summary"); only Presidents of the vocabulary (``president(of:)``).
    static let president = "president"

    /// The official "the President" after `entity` refers to: the entity itself when it is a vocabulary official titled
    /// "President of …"; otherwise nil (a national President or a President the vocabulary lacks is not resolved).
    static func president(of entity: Entity?) -> String? {
        guard let e = entity, e.kind == .actor, e.category == "official", e.label.hasPrefix("President of ") else { return nil }
        return e.id
    }

    /// The official a "the High Commissioner" after `entity` refers to: the entity itself when it is a High Commissioner,
    /// the official whose title ends its name when it is that official's office or body; otherwise nil.
    static func highCommissioner(of entity: Entity?, in vocabulary: [String: Entity]) -> String? {
        guard let e = entity, e.kind == .actor, let r = e.label.range(of: "High Commissioner for ") else { return nil }
        if e.category == "official" { return e.id }
        let title = e.label[r.lowerBound...]
        return vocabulary.values.filter { $0.kind == .actor && $0.category == "official" && $0.label.hasSuffix(title) }.map(\.id).min()
    }

    /// The head word an instrument is referred back to by: the first of these words in its name, so "the Convention"
    /// is a convention (ILO ones too) and never "the Agreement relating to the Implementation of Part XI of the
    /// Convention" or the "Compliance Agreement" (whose head, agreement, is not resolved), "the Treaty" the Treaty on the Non-Proliferation …, "the Protocol"
    /// the "Protocol to Prevent … supplementing the … Convention". Resolutions and reports are never referred back to so.
    static func head(of entity: Entity?) -> String? {
        guard let e = entity else { return nil }
        if e.kind == .actor {
            if e.category == StatePlaces.category { return government }
            if e.category == "official" || e.category == "special-procedure", let title = mandateTitle(of: e.label) { return title }
            // An office-holder by the title before "of": "President of the General Assembly" → president.
            if e.category == "official" {
                let words = e.label.lowercased().split(separator: " ", maxSplits: 2)
                return words.count > 1 && words[1] == "of" && officialHeads.contains(String(words[0])) ? String(words[0]) : nil
            }
            // A body, not an office-holder ("Chair of the Committee on …") or a special procedure.
            guard !["official", "special-procedure", "state-group"].contains(e.category) else { return nil }
            let words = letterRuns(e.label)
            // A name found by its shape only when it ends in the head ("Intergovernmental Oceanographic
            // Commission"): in "… Commission on International Trade Law Regional Centre" the head is Centre.
            if !e.isKnown {
                guard let last = words.last else { return nil }
                // "Governing Board of the Institute", "Board of Trustees of the Institute": the head comes before "of the".
                if let ofThe = words.indices.dropLast().first(where: { words[$0] == "of" && words[$0 + 1] == "the" }),
                   let first = words[..<ofThe].first(where: actorHeads.contains) {
                    return first
                }
                if actorHeads.contains(last) || last == council { return last }
                return words.count >= 2 && words.suffix(2) == ["working", "group"] ? "working group" : nil
            }
            for (k, word) in words.enumerated() {
                if word == "working", k + 1 < words.count, words[k + 1] == "group" { return "working group" }
                if actorHeads.contains(word) { return word }
            }
            return words.contains(council) ? council : nil
        }
        guard e.kind == .instrument, e.category != "resolution", e.category != "report" else { return nil }
        for word in letterRuns(e.label) where heads.contains(word) || word == "agreement" {
            return word == "agreement" ? nil : word
        }
        return nil
    }

    /// The runs of letters of `label`, lower-cased: `label.lowercased().split(whereSeparator: { !$0.isLetter })`, cut from
    /// the bytes when the label is ASCII (asked for every entity of the vocabulary and at every mention of another).
    static func letterRuns(_ label: String) -> [String] {
        let utf8 = label.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return label.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        var words = [String]()
        var word = [UInt8]()
        for b in utf8 {
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                word.append(b | 0x20)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
