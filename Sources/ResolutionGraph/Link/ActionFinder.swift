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

    func actions(in paragraph: Paragraph, mentions: [Mention]) -> [Action] {
        let part: Vocabulary.VerbForm.Part = paragraph.kind == .operative ? .operative : .preambular
        let tokens = Tokenizer.tokenize(paragraph.text)
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty else { return [] }
        var clauses = [Clause]()

        // The opening: optional adverbs ("Also", "Further", "Strongly"), then the longest verb form.
        var k = 0
        var modifiers = [String]()
        while k < words.count, k < 4, VerbTable.adverbs.contains(words[k].folded) {
            modifiers.append(words[k].folded)
            k += 1
        }
        if verbs.match(words, at: k, part: part) == nil {
            k = 0
            modifiers = []
        }
        if let entry = verbs.match(words, at: k, part: part) {
            clauses.append(Clause(lemma: entry.lemma, modifiers: modifiers + entry.modifiers, verbStart: words[k].start,
                                  verbEnd: words[k + entry.tokens.count - 1].end, end: paragraph.text.unicodeScalars.count, part: part))
        } else if paragraph.kind == .preambular {
            return []
        }
        // Later clauses of operative paragraphs: "and urges", "; requests", ", and encourages".
        if part == .operative {
            var i = max(k, 1)
            while i < words.count {
                let prev = words[i - 1].folded
                let joined = prev == "and" || hasPunctuation(tokens, before: words[i].start, in: [";"])
                if joined, words[i].original.first?.isLowercase == true,
                   let entry = verbs.match(words, at: i, part: .operative),
                   !(entry.tokens.count == 1 && i + 1 < words.count && words[i + 1].folded == "of") {
                    let start = prev == "and" ? words[i].start : words[i].start
                    if var last = clauses.popLast() {
                        last.end = prev == "and" ? words[i - 1].start : start
                        clauses.append(last)
                    }
                    clauses.append(Clause(lemma: entry.lemma, modifiers: entry.modifiers, verbStart: words[i].start,
                                          verbEnd: words[i + entry.tokens.count - 1].end,
                                          end: paragraph.text.unicodeScalars.count, part: .operative))
                    i += entry.tokens.count
                    continue
                }
                i += 1
            }
        }

        let scalars = Array(paragraph.text.unicodeScalars)
        var result = [Action]()
        var previousActors = [String]()
        for (n, clause) in clauses.enumerated() {
            let inClause = mentions.filter { $0.start >= clause.verbEnd && $0.end <= clause.end }
            var addressees = [String](), objects = [String]()
            let directive = VerbTable.directive.contains(clause.lemma)
            // Addressees: actors named before the infinitive ("to consider") that follows the verb.
            let toOffset = infinitiveOffset(tokens, from: clause.verbEnd, to: clause.end)
            let partners = partnerSpans(tokens, from: clause.verbEnd, to: toOffset)
            for m in inClause {
                guard let e = entities[m.entity] else { continue }
                let isPartner = partners.contains { $0.contains(m.start) }
                if e.kind == .actor && directive && m.start < toOffset && !isPartner {
                    if !addressees.contains(e.id) { addressees.append(e.id) }
                } else if e.kind != .actor || !directive {
                    if !objects.contains(e.id) { objects.append(e.id) }
                }
            }
            // What a footnote marker inside the clause cites: "the report of the Secretary-General,17" → A/73/263.
            for ref in paragraph.footnoteRefs where ref.offset > clause.verbEnd && ref.offset <= clause.end {
                for id in citedByFootnote[ref.number] ?? [] where !objects.contains(id) { objects.append(id) }
            }
            // "encourages them to …": the actors of the previous clause.
            if directive && addressees.isEmpty && startsWithPronoun(tokens, at: clause.verbEnd) { addressees = previousActors }
            let actorsHere = inClause.compactMap { entities[$0.entity]?.kind == .actor ? $0.entity : nil }
            if !actorsHere.isEmpty { previousActors = Array(uniqued(actorsHere)) }
            let evidenceEnd = min(clause.end, max(clause.verbEnd, inClause.filter { addressees.contains($0.entity) }.map(\.end).max() ?? clause.verbEnd))
            let start = n == 0 ? 0 : clause.verbStart
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<evidenceEnd])
            result.append(Action(
                id: "\(paragraph.id)-action-\(n + 1)", paragraph: paragraph.id, verb: clause.lemma, modifiers: clause.modifiers,
                addressees: addressees, objects: objects,
                evidence: Provenance(document: symbol, paragraph: paragraph.id, start: start, end: evidenceEnd, text: String(text))))
        }
        return result
    }

    /// Phrases that name partners of the addressees, not addressees: "Urges Governments, in cooperation
    /// with non-governmental organizations, to …" asks Governments only.
    private static let partnerCues: [[String]] = [
        ["in", "cooperation", "with"], ["in", "collaboration", "with"], ["in", "consultation", "with"],
        ["in", "coordination", "with"], ["in", "partnership", "with"], ["with", "the", "support", "of"],
        ["with", "the", "assistance", "of"], ["with", "the", "help", "of"], ["in", "close", "cooperation", "with"],
        ["through"], ["within", "their", "respective", "mandates"],
    ]

    /// Scalar ranges from a partner cue to the next comma (or the infinitive).
    private func partnerSpans(_ tokens: [TextToken], from: Int, to end: Int) -> [Range<Int>] {
        var spans = [Range<Int>]()
        var i = tokens.firstIndex { $0.start >= from } ?? tokens.count
        while i < tokens.count, tokens[i].start < end {
            if let cue = Self.partnerCues.first(where: { cue in
                i + cue.count <= tokens.count && zip(cue, tokens[i...]).allSatisfy { $0 == $1.folded }
            }) {
                var j = i + cue.count
                while j < tokens.count, tokens[j].start < end, tokens[j].folded != "," { j += 1 }
                let stop = j < tokens.count ? min(tokens[j].start, end) : end
                spans.append(tokens[i].start..<max(stop, tokens[i].end))
                i = j
                continue
            }
            i += 1
        }
        return spans
    }

    private func hasPunctuation(_ tokens: [TextToken], before offset: Int, in marks: Set<String>) -> Bool {
        guard let idx = tokens.firstIndex(where: { $0.start == offset }), idx > 0 else { return false }
        return marks.contains(tokens[idx - 1].folded)
    }

    /// Offset of the first " to <verb>" after the verb, or the clause end.
    private func infinitiveOffset(_ tokens: [TextToken], from: Int, to end: Int) -> Int {
        for t in tokens where t.start >= from && t.end <= end && t.isWord && (t.folded == "to" || t.folded == "that") {
            return t.start
        }
        return end
    }

    private func startsWithPronoun(_ tokens: [TextToken], at offset: Int) -> Bool {
        guard let t = tokens.first(where: { $0.start >= offset && $0.isWord }) else { return false }
        return t.folded == "them" || t.folded == "it" || t.folded == "those"
    }
}

/// Order-preserving de-duplication.
private func uniqued(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
