/// Stage 2: normalized lines → the document model (metadata, preambular and operative paragraphs,
/// footnotes with their references and citations).
///
/// The work is split in passes: ``LineClassifier`` tells page furniture, footnote blocks, cover, annex and
/// body apart; ``CoverBlockParser`` reads the metadata; ``ParagraphAssembler`` groups body lines into
/// paragraphs; ``FootnoteMarkerScanner`` and ``WordRepair`` clean each paragraph's text.
public struct Segmenter: Sendable {
    public init() {}

    /// Recovers the document model from ingested text.
    /// - Throws: ``ResolutionGraphError/noStructure(_:)`` when the text holds no words at all.
    public func segment(_ text: IngestedText) throws -> Document {
        let lines = text.lines
        guard lines.contains(where: { !TextScan.isBlank($0.text) }) else { throw ResolutionGraphError.noStructure(text.name) }
        let classified = LineClassifier(lines: lines).classify()
        var diagnostics = classified.diagnostics

        // Metadata.
        var metadata = DocumentMetadata(symbol: "", sourceName: text.name)
        let coverEnd = classified.formulaIndex ?? classified.bodyStart
        CoverBlockParser.parse(lines[0..<coverEnd], into: &metadata)
        if metadata.symbol.isEmpty, let s = classified.symbol { metadata.symbol = s }
        if metadata.symbol.isEmpty { metadata.symbol = Self.symbolFromName(text.name) }
        metadata.jobNumber = metadata.jobNumber ?? classified.jobNumber
        metadata.pageCount = classified.pageCount
        CoverBlockParser.complete(&metadata, formula: classified.formulaIndex.map { TextScan.trimmed(lines[$0].text) })

        // Paragraph layout.
        var assembler = ParagraphAssembler(lines: lines, classified: classified)
        assembler.assemble()
        diagnostics += assembler.diagnostics
        var raws = assembler.paragraphs
        if !raws.contains(where: { $0.kind == .operative }), let last = raws.last, Self.looksOperative(last) {
            raws[raws.count - 1].kind = .operative
            raws[raws.count - 1].id = "op1"
        }
        var annexRaws = [RawParagraph](), annexTitles = [String: String]()
        if raws.isEmpty || (classified.formulaIndex == nil && !raws.contains(where: { $0.kind == .operative })) {
            diagnostics.append(Diagnostic(.warning, "no enacting formula or numbered paragraphs found; one paragraph per block"))
            raws = Self.blocks(lines, roles: classified.roles, from: classified.bodyStart)
        } else {
            (annexRaws, annexTitles, diagnostics) = Self.annexes(lines, classified: classified, diagnostics: diagnostics)
        }

        // Text cleaning, in document order so footnote markers are seen in sequence.
        var vocabularyLines = [Substring]()
        for (i, role) in classified.roles.enumerated() where role == .body || role == .footnote || role == .annex {
            vocabularyLines.append(Substring(lines[i].text))
        }
        let vocabulary = DocumentWordList(lines: vocabularyLines)
        var scanner = FootnoteMarkerScanner(known: Set(classified.footnotes.map { $0.number }))
        var preambular = [Paragraph](), operative = [Paragraph](), annex = [Paragraph]()
        for raw in raws + annexRaws where !raw.lineIndices.isEmpty {
            var tokens = LayoutToken.tokenize(raw.texts)
            WordRepair.joinLineEndHyphens(&tokens, vocabulary: vocabulary)
            scanner.extract(&tokens)
            WordRepair.joinSplitWords(&tokens, vocabulary: vocabulary)
            let (clean, refs) = TextAssembler.assemble(tokens)
            let first = lines[raw.lineIndices.first!], last = lines[raw.lineIndices.last!]
            let isSubItem = raw.number?.hasPrefix("(") ?? false
            let paragraph = Paragraph(id: raw.id, kind: raw.kind, number: raw.number,
                                      opening: isSubItem ? nil : OpeningPhrase.of(clean), text: clean, footnoteRefs: refs,
                                      lines: first.number...last.number,
                                      byteRange: first.byteRange.lowerBound..<last.byteRange.upperBound)
            if paragraph.annex != nil { annex.append(paragraph) }
            else if raw.kind == .preambular { preambular.append(paragraph) } else { operative.append(paragraph) }
        }

        // Footnotes.
        let footnotes = FootnoteParser.build(classified.footnotes, lines: lines, vocabulary: vocabulary)
        let known = Set(footnotes.map { $0.number })
        for f in footnotes where !scanner.referenced.contains(f.number) {
            diagnostics.append(Diagnostic(.warning, "footnote \(f.number) is never referenced", at: f.id))
        }
        if let maxNumber = known.max() {
            for n in 1..<maxNumber where !known.contains(n) {
                diagnostics.append(Diagnostic(.warning, "footnote \(n) is referenced by the numbering but not found in any footnote block"))
            }
        }
        diagnostics += Self.oversizedParagraphs(preambular + operative + annex)
        let formula = classified.formulaIndex.map { f in
            EnactingFormula(text: String(TextScan.trimmed(lines[f].text)), lines: lines[f].number...lines[f].number, byteRange: lines[f].byteRange)
        }
        var document = Document(metadata: metadata, formula: formula, preambular: preambular, operative: operative, annex: annex,
                                footnotes: footnotes, diagnostics: diagnostics)
        document.annexTitles = annexTitles
        return document
    }

    /// The paragraphs of each annex (`Annex`, `Annex II`, `Appendix` on a line of its own, after the body): grouped by the
    /// body's own assembler — an annexed declaration has a preamble, numbered paragraphs, sub-items and sections like a
    /// resolution — with ids prefixed by the annex (`annex-op3`, `annexII-pp1`). The annex's title (the block of up to
    /// five lines after the heading, no clause ending it) is no paragraph.
    static func annexes(_ lines: [SourceLine], classified: ClassifiedLines, diagnostics: [Diagnostic])
        -> ([RawParagraph], [String: String], [Diagnostic]) {
        var diagnostics = diagnostics
        var titles = [String: String]()
        // Each annex starts after its heading line; a text adopted without a heading, right after the line before it.
        var headings = [Int]()
        if let start = classified.implicitAnnexStart { headings.append(start - 1) }
        for i in classified.bodyStart..<lines.count where classified.roles[i] == .annex
            && LineClassifier.isAnnexHeading(TextScan.trimmed(lines[i].text)) { headings.append(i) }
        var out = [RawParagraph]()
        var copies = [String: Int]()   // how many annexes have each prefix: `annex`, `annex2`, … in one step
        var roles = classified.roles
        for (k, h) in headings.enumerated() {
            let end = k + 1 < headings.count ? headings[k + 1] : lines.count
            let words = h + 1 == classified.implicitAnnexStart ? ["Annex"] : TextScan.words(TextScan.trimmed(lines[h].text))
            var prefix = words.first == "Appendix" ? "appendix" : "annex"
            if words.count == 2 { prefix += words[1] }
            let copy = copies[prefix, default: 0] + 1
            copies[prefix] = copy
            let unique = copy == 1 ? prefix : "\(prefix)\(copy)"

            // One roles array for all annexes, each turned into body text in turn (linear in the text, however many annexes).
            for i in (h + 1)..<end where roles[i] == .annex { roles[i] = .body }
            // The title block, and a subtitle block after it.
            var i = h + 1
            for block in 0..<2 {
                while i < end, roles[i] != .body { i += 1 }
                var blockEnd = i
                while blockEnd + 1 < end, roles[blockEnd + 1] == .body { blockEnd += 1 }
                guard i < end, blockEnd - i < 5, TextScan.paragraphNumber(TextScan.trimmed(lines[i].text)) == nil,
                      !TextScan.endsClause(TextScan.trimmed(lines[blockEnd].text)) else { break }
                for j in i...blockEnd { roles[j] = .ignored }
                if block == 0 { titles[unique] = Self.titleText(lines[i...blockEnd].map { TextScan.trimmed($0.text) }) }
                i = blockEnd + 1
            }
            var annexPart = classified
            annexPart.roles = roles
            annexPart.bodyStart = h + 1
            annexPart.bodyEnd = end
            var assembler = ParagraphAssembler(lines: lines, classified: annexPart)
            assembler.assemble()
            diagnostics += assembler.diagnostics.map { Diagnostic($0.severity, "\(unique): \($0.message)", at: $0.location) }
            for var raw in assembler.paragraphs {
                raw.id = "\(unique)-\(raw.id)"
                out.append(raw)
            }
        }
        return (out, titles, diagnostics)
    }

    /// The lines of a title as one line: "Amendments to the terms of reference of the … Trust Fund170" → "… Trust Fund"
    /// (a footnote marker glued to its last word dropped).
    static func titleText(_ lines: [Substring]) -> String {
        var words = lines.flatMap { $0.split(separator: " ") }
        if let last = words.last, let firstDigit = last.firstIndex(where: TextScan.isASCIIDigit), firstDigit > last.startIndex,
           last[last.index(before: firstDigit)].isLetter, last[firstDigit...].allSatisfy(TextScan.isASCIIDigit) {
            words[words.count - 1] = last[..<firstDigit]
        }
        return words.joined(separator: " ")
    }

    /// A lone unnumbered operative paragraph: `Decides …` ending with a full stop, or `Adopts the following …:` before
    /// the text it adopts.
    static func looksOperative(_ raw: RawParagraph) -> Bool {
        guard raw.kind == .preambular, let first = raw.texts.first, let last = raw.texts.last else { return false }
        let word = TextScan.firstWord(first)
        var end = TextScan.trimmed(last)
        while let c = end.last, TextScan.isASCIIDigit(c) || c == " " { end = end.dropLast() }
        return (end.hasSuffix(".") || end.hasSuffix(":")) && word.hasSuffix("s") && (word.first?.isUppercase ?? false)
    }

    /// Fallback: one paragraph per block of non-blank lines.
    static func blocks(_ lines: [SourceLine], roles: [LineRole], from start: Int) -> [RawParagraph] {
        var out = [RawParagraph]()
        var current: RawParagraph? = nil
        for i in start..<lines.count {
            let t = TextScan.trimmed(lines[i].text)
            if roles[i] != .body && roles[i] != .annex && !t.isEmpty { continue }
            if t.isEmpty {
                if let c = current { out.append(c); current = nil }
                continue
            }
            if current == nil { current = RawParagraph(kind: .preambular, id: "pp\(out.count + 1)") }
            current!.lineIndices.append(i)
            current!.texts.append(t)
        }
        if let c = current { out.append(c) }
        return out
    }

    /// `…/A_C.3_73_L.7.txt` → `A/C.3/73/L.7`.
    static func symbolFromName(_ name: String) -> String {
        var stem = Substring(name)
        if let slash = stem.lastIndex(of: "/") { stem = stem[stem.index(after: slash)...] }
        if let dot = stem.lastIndex(of: "."), stem[dot...].count <= 5, stem[dot...].dropFirst().allSatisfy({ $0.isLetter }) {
            stem = stem[..<dot]
        }
        return String(stem.map { $0 == "_" ? "/" : $0 })
    }

    /// A paragraph far longer than the others usually swallowed what follows it: a second part of the
    /// resolution whose numbering restarts ("B … The General Assembly, … 1."), or another document
    /// appended to the file. Say so rather than let it pass silently.
    static func oversizedParagraphs(_ paragraphs: [Paragraph]) -> [Diagnostic] {
        let lengths = paragraphs.map { $0.text.utf8.count }.sorted()
        guard lengths.count >= 5 else { return [] }
        let median = lengths[lengths.count / 2]
        return paragraphs.filter { $0.text.utf8.count > max(8_000, 20 * median) }.map {
            Diagnostic(.warning, "paragraph holds \($0.text.utf8.count) bytes, \($0.text.utf8.count / max(median, 1))× the median paragraph: text after it may be another part (numbering restarted) or another document in the same file", at: $0.id)
        }
    }
}
