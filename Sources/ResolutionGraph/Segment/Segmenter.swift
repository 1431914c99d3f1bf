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
        if raws.isEmpty || (classified.formulaIndex == nil && !raws.contains(where: { $0.kind == .operative })) {
            diagnostics.append(Diagnostic(.warning, "no enacting formula or numbered paragraphs found; one paragraph per block"))
            raws = Self.blocks(lines, roles: classified.roles, from: classified.bodyStart)
        }

        // Text cleaning, in document order so footnote markers are seen in sequence.
        var vocabularyLines = [Substring]()
        for (i, role) in classified.roles.enumerated() where role == .body || role == .footnote || role == .annex {
            vocabularyLines.append(Substring(lines[i].text))
        }
        let vocabulary = DocumentWordList(lines: vocabularyLines)
        var scanner = FootnoteMarkerScanner(known: Set(classified.footnotes.map { $0.number }))
        var preambular = [Paragraph](), operative = [Paragraph]()
        for raw in raws where !raw.lineIndices.isEmpty {
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
            if raw.kind == .preambular { preambular.append(paragraph) } else { operative.append(paragraph) }
        }
        if !assembler.annexLines.isEmpty {
            var tokens = LayoutToken.tokenize(assembler.annexLines)
            scanner.extract(&tokens)
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
        diagnostics += Self.oversizedParagraphs(preambular + operative)
        let formula = classified.formulaIndex.map { f in
            EnactingFormula(text: String(TextScan.trimmed(lines[f].text)), lines: lines[f].number...lines[f].number, byteRange: lines[f].byteRange)
        }
        return Document(metadata: metadata, formula: formula, preambular: preambular, operative: operative,
                        footnotes: footnotes, diagnostics: diagnostics)
    }

    /// A lone unnumbered operative paragraph: `Decides …` ending with a full stop.
    static func looksOperative(_ raw: RawParagraph) -> Bool {
        guard raw.kind == .preambular, let first = raw.texts.first, let last = raw.texts.last else { return false }
        let word = TextScan.firstWord(first)
        var end = TextScan.trimmed(last)
        while let c = end.last, TextScan.isASCIIDigit(c) || c == " " { end = end.dropLast() }
        return end.hasSuffix(".") && word.hasSuffix("s") && (word.first?.isUppercase ?? false)
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
