/// Finds the actions of one paragraph: its opening verb and any verb that starts a later clause
/// ("…, and urges States parties to …"), each with its addressees and objects.
struct ActionFinder {
    let verbs: VerbTable
    let entities: [String: Entity]
    let symbol: String

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

        // The opening: optional adverbs, then the longest verb form.
        var k = 0
        var modifiers = [String]()
        while k < words.count, k < 4, VerbTable.adverbs.contains(words[k].folded), verbs.match(words, at: k, part: part) == nil {
            modifiers.append(words[k].folded)
            k += 1
        }
        if let entry = verbs.match(words, at: k, part: part) {
            clauses.append(Clause(lemma: entry.lemma, modifiers: modifiers, verbStart: words[k].start,
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
                    clauses.append(Clause(lemma: entry.lemma, modifiers: [], verbStart: words[i].start,
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
            for m in inClause {
                guard let e = entities[m.entity] else { continue }
                if e.kind == .actor && directive && m.start < toOffset {
                    if !addressees.contains(e.id) { addressees.append(e.id) }
                } else if e.kind != .actor || !directive {
                    if !objects.contains(e.id) { objects.append(e.id) }
                }
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
