/// Instruments the vocabulary does not list, recognized by the shape of their title: a run of
/// capitalized words (joined by `of`, `on`, `the`, `and`, `for`, `against`, …) holding a head word such
/// as Convention, Protocol, Declaration, Agreement, Programme of Action, Framework or Strategy —
/// "Agreement on the Cooperation of the Commonwealth of Independent States in Combating Trafficking in
/// Persons", "Montreal Global Biodiversity Framework". ILO conventions and recommendations by number
/// ("Convention, 1930 (No. 29)") get `instrument/ilo-cNNN` / `ilo-rNNN`.
/// Each becomes an entity with a stable id derived from its title. Given the unit's text, a word joined by a
/// hyphen continues the title ("Guidelines for the Long-term Sustainability of Outer Space Activities"), a closing
/// year or year range belongs to it ("… for the Decade 2024–2034"), and the label keeps the text's hyphens and
/// apostrophes ("Declaration of Principles on Interim Self-Government Arrangements").
enum TitleRecognizer {
    /// Head word → category.
    static let heads: [String: String] = [
        "convention": "convention", "covenant": "convention", "treaty": "convention", "agreement": "convention",
        "protocol": "protocol", "declaration": "declaration", "charter": "other", "statute": "statute",
        "framework": "strategy", "strategy": "strategy", "compact": "compact", "agenda": "agenda",
        "guidelines": "principles", "principles": "principles", "pact": "other", "consensus": "declaration",
        "recommendation": "ilo-recommendation", "roadmap": "strategy", "commitment": "declaration", "commitments": "declaration",
        "toolkit": "other", "handbook": "other", "guide": "other", "rules": "principles", "guidance": "principles",
        "manual": "other", "study": "report", "analysis": "report", "classification": "other",
    ]
    /// Heads of publications that are also common words inside bodies' names ("Study Group of the International Law
    /// Commission", "International Centre for the Study of …"): no head before another capitalized word, and no instrument's
    /// head inside an actor's name (``ActorTitleRecognizer``).
    static let weakHeads: Set<String> = ["study", "analysis", "classification"]
    /// Heads that make a title only where they open it ("Guidance on the Management of Disused Radioactive Sources"),
    /// being common words inside other titles ("Toolkit for Guidance in Designing …").
    static let openingOnlyHeads: Set<String> = ["guidance"]
    /// What joins two words of a title: the hyphens, and the en dash of a year range ("2024–2034").
    static let joiners: Set<Unicode.Scalar> = TextToken.hyphens.union(["\u{2013}"])
    /// Two-word heads.
    static let phraseHeads: [[String]: String] = [
        ["programme", "of", "action"]: "plan-of-action", ["plan", "of", "action"]: "plan-of-action",
        ["platform", "for", "action"]: "plan-of-action", ["action", "plan"]: "plan-of-action", ["work", "plan"]: "plan-of-action",
        ["code", "of", "conduct"]: "principles", ["model", "law"]: "other", ["guidance", "note"]: "principles",
    ]
    /// The words that can make a title's head: those of ``heads`` and the first words of ``phraseHeads``.
    private static let headWords = TokenWords(Array(heads.keys) + phraseHeads.keys.map { $0[0] })
    /// Lower-case words allowed inside a title.
    static let connectors: Set<String> = [
        "of", "on", "the", "and", "for", "against", "to", "in", "by", "with", "a", "an", "its", "their", "all", "at", "from",
        "into", "between", "under", "or", "concerning", "towards", "toward", "el", "de", "del", "da", "des", "du", "la",
    ]
    /// Capitalized words that start sentences or are too generic to open a title.
    static let notTitleStarts: Set<String> = [
        "the", "this", "that", "these", "those", "its", "their", "such", "all", "any", "each", "in", "on", "also", "a", "an",
        "implementation", "review", "report", "status", "role", "work", "activities", "question", "situation", "follow",
        "promotion", "strengthening", "chapter", "article", "power", "powers", "executive", "secretary",
        // "Member States of the Political Declaration …", "Provisions of the … Protocol", "[annex] V to the Convention …".
        "member", "states", "parties", "provisions", "annex", "part", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ]
    /// Connectors that may follow the head word inside a name ("Convention on …", "Agreement between …").
    static let afterHead: Set<String> = ["on", "for", "against", "to", "of", "between", "concerning", "relating", "with", "towards", "toward"]
    /// Capitalized words that do not make a title specific: "Programme of Action", "Political Declaration".
    static let generic: Set<String> = [
        "united", "nations", "international", "optional", "global", "regional", "national", "new", "programme", "plan",
        "action", "platform", "code", "conduct", "work", "political", "final", "strategic", "common", "joint", "general",
        "framework", "first", "second", "third", "revised", "updated", "draft", "interim", "annual", "ministerial",
        "progress", "additional", "amended", "guiding", "criteria", "basic", "model", "law", "voluntary", "leaders",
        "conference", "meeting", "summit", "session", "high", "level", "procedure", "standard", "minimum",
    ]

    struct Found {
        var entity: Entity
        var firstToken: Int
        var lastToken: Int
        /// The last token of the head word the title opens with, after generic words only, when a connector follows it:
        /// "Guidelines for …", "United Nations Plan of Action to …". What such a title names after its head is its subject,
        /// even an instrument of its own ("Guidelines for the Effective Implementation of the Code of Conduct for Law
        /// Enforcement Officials").
        var openingHeadEnd: Int? = nil
        /// Token ranges of the enumerations inside the title, each from its first comma to the first word after its "and"
        /// ("…, Racial Discrimination and Protection"): a name there belongs to the sentence's list, not to the title.
        var enumerations: [ClosedRange<Int>] = []
    }

    /// `scalars` is the unit's text, which `tokens` index; without it, titles stop at hyphens and years and the label is
    /// rebuilt from the tokens.
    static func recognize(_ tokens: [TextToken], scalars: [Unicode.Scalar]? = nil, isVerb: (Int) -> Bool) -> [Found] {
        /// Whether token `k` follows token `k - 1` across one hyphen or dash: "Long-term", "2024–2034".
        func joined(_ k: Int) -> Bool {
            guard let scalars, k > 0, tokens[k].start == tokens[k - 1].end + 1, tokens[k - 1].end < scalars.count else { return false }
            return joiners.contains(scalars[tokens[k - 1].end])
        }
        /// Whether token `k` is the "s" of a possessive glued to a capitalized word: "Women's", "Children’s".
        func possessive(_ k: Int) -> Bool {
            guard let scalars, k > 0, tokens[k].original == "s", tokens[k].start == tokens[k - 1].end + 1,
                  tokens[k - 1].end < scalars.count, isCapitalizedWord(tokens[k - 1]) else { return false }
            return ["'", "\u{2019}"].contains(scalars[tokens[k - 1].end])
        }
        var found = [Found]()
        var i = 0
        while i < tokens.count {
            guard isCapitalizedWord(tokens[i]) else { i += 1; continue }
            // The run of capitalized words and connectors starting here.
            var j = i
            var enumerations = [ClosedRange<Int>]()
            while j + 1 < tokens.count {
                if let last = enumerationEnd(tokens, comma: j + 1, runStart: i) {
                    enumerations.append((j + 1)...last)
                } else if !(isCapitalizedWord(tokens[j + 1]) || (tokens[j + 1].isWord && connectors.contains(tokens[j + 1].original))
                    || possessive(j + 1)
                    // "Global Analysis on Crimes that Affect the Environment": a relative clause in title case.
                    // Not "… Dialogue under that Convention": a head word after "that" refers back.
                    || (tokens[j + 1].original == "that" && j + 2 < tokens.count && isCapitalizedWord(tokens[j + 2])
                        && heads[tokens[j + 2].folded] == nil && !["The", "This", "These", "Those"].contains(tokens[j + 2].original))
                    || (tokens[j + 1].isWord && joined(j + 1) && !isYear(tokens[j + 1]) && heads[tokens[j].folded] == nil)) { break }
                // "… Declaration on Sustainable Development and the Plan of Implementation …": "and the" followed
                // by another instrument's head word starts a second title.
                if tokens[j + 1].original == "and", j + 2 < tokens.count, tokens[j + 2].original == "the",
                   headAhead(tokens, from: j + 3) { break }
                // … or "and to the" / "and of the": "… Convention on Maritime Search and Rescue and to the International Convention …".
                if tokens[j + 1].original == "and", j + 3 < tokens.count, ["to", "of"].contains(tokens[j + 2].original),
                   tokens[j + 3].original == "the", headAhead(tokens, from: j + 4) { break }
                // "Guidance on … and Guidance on …": the run's head word again after "and" starts a second title.
                if tokens[j + 1].original == "and", j + 3 < tokens.count, isCapitalizedWord(tokens[j + 2]), heads[tokens[j + 2].folded] != nil,
                   afterHead.contains(tokens[j + 3].original), tokens[i...j].contains(where: { $0.folded == tokens[j + 2].folded }) { break }
                j += 1
            }
            while j > i, connectors.contains(tokens[j].original) { j -= 1 }
            // A closing year or year range: "Programme of Action … for the Decade 2024–2034".
            if scalars != nil, isCapitalizedWord(tokens[j]), j + 1 < tokens.count, isYear(tokens[j + 1]), tokens[j + 1].start == tokens[j].end + 1 {
                j += 1
                if j + 1 < tokens.count, isYear(tokens[j + 1]), joined(j + 1) { j += 1 }
            } else if scalars != nil, isCapitalizedWord(tokens[j]), j + 3 < tokens.count, tokens[j + 1].folded == "(",
                      isYear(tokens[j + 2]) {
                // … or in brackets: "Regional Action Plan on Albinism in Africa (2017–2021)".
                var close = j + 3
                if isYear(tokens[close]), joined(close) { close += 1 }
                if close < tokens.count, tokens[close].folded == ")" { j = close }
            }
            var first = i
            // Drop sentence openers and verbs at the start ("Recalling", "The", "Urges").
            while first <= j, notTitleStarts.contains(tokens[first].folded) || connectors.contains(tokens[first].original) || isVerb(first) {
                first += 1
            }
            // A subtitle after a colon belongs to the title before it: "Human Rights at International Borders: A Trainer's Guide",
            // "Trafficking in Persons for the Purpose of Organ Removal: UNODC Assessment Toolkit" (a subtitle with a head).
            if first <= j, i >= 2, (first == i + 1 && ["a", "an"].contains(tokens[i].folded)) || (first == i && headAhead(tokens, from: i)),
               tokens[i - 1].folded == ":", tokens[i - 1].start == tokens[i - 2].end {
                var b = i - 2
                while b > 0, isCapitalizedWord(tokens[b - 1]) || (tokens[b - 1].isWord && connectors.contains(tokens[b - 1].original))
                        || possessive(b - 1) { b -= 1 }
                while b < i - 2, notTitleStarts.contains(tokens[b].folded) || connectors.contains(tokens[b].original) || isVerb(b) { b += 1 }
                if isCapitalizedWord(tokens[b]), isCapitalizedWord(tokens[i - 2]), let title = title(tokens, b, j, scalars: scalars) {
                    found.append(title)
                    i = title.lastToken + 1
                    continue
                }
            }
            if first <= j, var title = title(tokens, first, j, scalars: scalars) {
                title.enumerations = enumerations.filter { $0.lowerBound <= title.lastToken }
                found.append(title)
                i = title.lastToken + 1
                continue
            }
            i = j + 1
        }
        return found
    }

    /// The title of tokens `first...last` alone, as ``recognize(_:scalars:isVerb:)`` would read it, if they make one.
    static func title(of tokens: [TextToken], _ first: Int, _ last: Int, scalars: [Unicode.Scalar]?) -> Found? {
        title(tokens, first, last, scalars: scalars)
    }

    private static func title(_ tokens: [TextToken], _ first: Int, _ last: Int, scalars: [Unicode.Scalar]?) -> Found? {
        // Most runs hold no head word at all (a body's name, a sentence's capitalized words) and make no title: without a
        // head the category below stays nil. Told by the tokens' hashes before the folded array, the opening head and a
        // pass over the phrase heads per word (~10,000 instructions a run).
        guard (first...last).contains(where: { headWords.contains(tokens[$0]) }) else { return nil }
        let words = tokens[first...last]
        let folded = words.map(\.folded)
        var category: String? = nil
        var headEnd = -1
        let opening = folded.firstIndex { w in !generic.contains(w) || heads[w] != nil || phraseHeads.keys.contains { $0.first == w } }
        for (k, w) in folded.enumerated() {
            if let c = heads[w], tokens[first + k].firstCharacterIsUppercase, !openingOnlyHeads.contains(w) || k == opening,
               // "Study Group of the International Law Commission": a weak head before another capitalized word is no head.
               // Nor after a connector: "International Centre for the Study of the Preservation …" names a body.
               !(weakHeads.contains(w) && ((first + k + 1 < tokens.count && tokens[first + k + 1].isWord
                 && tokens[first + k + 1].firstCharacterIsUppercase) || folded[..<k].contains(where: connectors.contains))) {
                category = c; headEnd = k
            }
            for (phrase, c) in phraseHeads where phrase.first == w && k + phrase.count <= folded.count && Array(folded[k..<(k + phrase.count)]) == phrase {
                category = c
                headEnd = k + phrase.count - 1
            }
        }
        // The head ends the title or is followed by a connector: "Convention on …", "Paris Agreement", but not
        // "Treaty Series".
        guard var category, headEnd >= 0, headEnd == folded.count - 1 || afterHead.contains(words[first + headEnd + 1].original)
                || (folded[headEnd + 1] == "(" && isYear(words[first + headEnd + 2])) else { return nil }
        // "States parties to the Convention to the Implementation Review Mechanism": "to the" after a treaty's head is a
        // preposition ("Convention to Combat …" names its aim with a verb; "Protocol to the … Convention" stays a title).
        if headEnd + 2 < folded.count, ["convention", "covenant", "treaty", "agreement"].contains(folded[headEnd]),
           folded[headEnd + 1] == "to", folded[headEnd + 2] == "the" {
            return nil
        }
        // "Toolkit for Guidance … Programmes of the Coordination Group", "Framework on Durable Solutions for Internally
        // Displaced Persons of the Inter-Agency Standing Committee": the body that wrote it, closing the run, is not part
        // of the title (but "Charter of the Organization …", "Programme of Action of the International Conference …",
        // "Agreement for the Establishment of the General Fisheries Commission for the Mediterranean" keep theirs).
        if let lastWord = folded.last, ownerHeads.contains(lastWord),
           let cut = folded.indices.last(where: { $0 > headEnd + 1 && folded[$0] == "of" }),
           words[(first + cut + 1)...].allSatisfy({ $0.original == "the" || $0.original == "and" || $0.firstCharacterIsUppercase }) {
            var newLast = first + cut - 1
            while newLast > first + headEnd, connectors.contains(tokens[newLast].original) { newLast -= 1 }
            return title(tokens, first, newLast, scalars: scalars)
        }
        // "… Guidelines on Combating Illegal, Unreported and Unregulated Fishing by the Council of Ministers …": the body that
        // adopted it, after "by the", is not part of the title.
        if let by = folded.indices.first(where: { $0 > headEnd + 1 && $0 + 1 < folded.count && folded[$0] == "by" && folded[$0 + 1] == "the" }),
           folded[(by + 2)...].contains(where: { ownerHeads.contains($0) || bodyHeads.contains($0) }) {
            var newLast = first + by - 1
            while newLast > first + headEnd, connectors.contains(tokens[newLast].original) { newLast -= 1 }
            return title(tokens, first, newLast, scalars: scalars)
        }
        // "Chapter VI of the Charter", "Executive Secretary of the Convention": a part of an instrument, or a
        // reference back to one, not a name — the head closes the run right after "the".
        if headEnd == folded.count - 1, headEnd > 0, folded[headEnd - 1] == "the" || folded[headEnd - 1] == "its" { return nil }
        // "Conference of the Parties to the Convention", "Coordination Group of its Plan of Action": a body,
        // not an instrument, when a body's head word comes before the instrument's.
        // "Council of Europe" is the author of its conventions, not a body that the title names ("Council of Europe Convention
        // on Cybercrime").
        let author = folded.starts(with: ["council", "of", "europe"]) ? 3 : 0
        if folded[author..<headEnd].contains(where: bodyHeads.contains) { return nil }
        // Enough of a name: at least two capitalized words, one of them not the head, and not only "United Nations".
        let capitalized = words.filter { $0.firstCharacterIsUppercase }.map(\.folded)
        let named = capitalized.filter { heads[$0] == nil && !generic.contains($0) }
        guard capitalized.count >= 2, !named.isEmpty else { return nil }
        var end = last
        var id: String? = nil
        // ILO style: "… Convention, 1930 (No. 29)".
        if ["convention", "recommendation"].contains(folded[folded.count - 1]), end + 7 < tokens.count,
           tokens[end + 1].folded == ",", isYear(tokens[end + 2]), tokens[end + 3].folded == "(", tokens[end + 4].folded == "no",
           tokens[end + 5].folded == ".", tokens[end + 6].isWord, tokens[end + 7].folded == ")" {
            let number = tokens[end + 6].original
            let padded = String(repeating: "0", count: max(0, 3 - number.count)) + number
            let recommendation = folded[folded.count - 1] == "recommendation"
            category = recommendation ? "ilo-recommendation" : "ilo-convention"
            id = "instrument/ilo-" + (recommendation ? "r" : "c") + padded
            end += 7
        } else if let scalars, end + 3 < tokens.count, tokens[end + 1].folded == ",", isYear(tokens[end + 2]), isYear(tokens[end + 3]),
                  tokens[end + 3].start == tokens[end + 2].end + 1, tokens[end + 2].end < scalars.count,
                  joiners.contains(scalars[tokens[end + 2].end]),
                  end + 4 == tokens.count || !tokens[end + 4].isWord {
            // A period of validity after a comma closes the title: "Strategy for Sustainability Management in the United
            // Nations System, 2020–2030".
            end += 3
        }
        if category == "protocol", folded.first == "optional" { category = "optional-protocol" }
        var label = ""
        if let scalars, tokens[end].end <= scalars.count {
            // The text as written, quotes dropped and white space collapsed.
            label = ActorTitleRecognizer.labelText(scalars, tokens[first].start, tokens[end].end)
        } else {
            for k in first...end {
                let t = tokens[k]
                if k > first, !(t.folded == "," || t.folded == ")" || t.folded == "." || (k > 0 && tokens[k - 1].folded == "(")) { label += " " }
                label += t.original
            }
        }
        if category == "ilo-recommendation" && id == nil { category = "other" }
        let entityID = id ?? "instrument/" + Slug.make(label)
        return Found(entity: Entity(id: entityID, kind: .instrument, category: category, label: label, isKnown: false),
                     firstToken: first, lastToken: end, openingHeadEnd: openingHead(folded).map { first + $0 })
    }

    /// The index of the last word of the head `folded` opens with (after generic words only), when a connector follows it.
    private static func openingHead(_ folded: [String]) -> Int? {
        guard let k = folded.firstIndex(where: { w in !generic.contains(w) || heads[w] != nil || phraseHeads.keys.contains { $0.first == w } })
        else { return nil }
        var end: Int? = heads[folded[k]] != nil ? k : nil
        for (phrase, _) in phraseHeads where k + phrase.count <= folded.count && Array(folded[k..<(k + phrase.count)]) == phrase {
            end = k + phrase.count - 1
        }
        guard let end, end + 1 < folded.count, afterHead.contains(folded[end + 1]) else { return nil }
        return end
    }

    /// Head words of bodies: before an instrument's head, they make the run a body's name.
    static let bodyHeads: Set<String> = ["conference", "committee", "commission", "council", "group", "office", "meeting",
                                         "secretariat", "parties", "assembly", "board", "forum", "court", "tribunal", "mechanism"]

    /// Head words of the bodies that author instruments.
    static let ownerHeads: Set<String> = ["committee", "commission", "council", "group", "office", "secretariat", "assembly", "board",
                                          "forum", "court", "tribunal", "mechanism", "organization", "organisation", "centre", "agency",
                                          "fund", "institute"]

    /// Whether the comma at `comma` separates the items of an enumeration inside a title's complement, which the title
    /// goes on after: "Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities". The comma
    /// follows a capitalized word after a head word and its connector; each item after it is capitalized words (no head
    /// word, not opening with "the"), the last one after "and".
    static func enumerationEnd(_ tokens: [TextToken], comma: Int, runStart: Int) -> Int? {
        guard tokens[comma].folded == ",", comma >= runStart + 3, isCapitalizedWord(tokens[comma - 1]),
              (runStart..<(comma - 2)).contains(where: { k in
                  isCapitalizedWord(tokens[k]) && (heads[tokens[k].folded] != nil || phraseHeads.keys.contains { $0.last == tokens[k].folded })
                      && tokens[k + 1].isWord && afterHead.contains(tokens[k + 1].original) }) else { return nil }
        var k = comma + 1
        var itemStart = true
        while k < tokens.count {
            let t = tokens[k]
            if itemStart {
                guard isCapitalizedWord(t), t.folded != "the", heads[t.folded] == nil else { return nil }
                itemStart = false
            } else if t.original == "and" || t.original == "or" {   // "… Who Are Blind, Visually Impaired or Otherwise Print Disabled"
                guard k + 1 < tokens.count, isCapitalizedWord(tokens[k + 1]), tokens[k + 1].folded != "the",
                      heads[tokens[k + 1].folded] == nil else { return nil }
                return k + 1
            } else if t.folded == "," {
                guard isCapitalizedWord(tokens[k - 1]) else { return nil }
                itemStart = true
            } else if !(isCapitalizedWord(t) && heads[t.folded] == nil) && !(t.isWord && connectors.contains(t.original)) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Whether a head word comes in the capitalized run starting at `start`.
    private static func headAhead(_ tokens: [TextToken], from start: Int) -> Bool {
        var k = start
        while k < tokens.count, isCapitalizedWord(tokens[k]) || (tokens[k].isWord && connectors.contains(tokens[k].original)) {
            if heads[tokens[k].folded] != nil || ["programme", "plan", "model"].contains(tokens[k].folded) { return true }
            k += 1
        }
        return false
    }

    private static func isCapitalizedWord(_ t: TextToken) -> Bool {
        t.isWord && t.firstScalarIsUppercase
    }

    private static func isYear(_ t: TextToken) -> Bool {
        t.isWord && t.original.count == 4 && t.original.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
