/// What a source line is, once page furniture, footnote blocks and the cover are told apart from body text.
enum LineRole: Equatable, Sendable {
    case blank, pageBreak, ignored, cover, header, separator, footnote, footnoteSkip, url, body, annex, trailer
}

/// One footnote entry found in a footnote block: its number and the lines its text spans.
struct FootnoteEntry: Sendable {
    var number: Int
    /// Line indices (0-based, into `IngestedText.lines`).
    var lineIndices: [Int]
    /// The text of each line, the first one without its number.
    var texts: [Substring]
}

/// The result of classifying every line of a plain-text document.
struct ClassifiedLines: Sendable {
    var roles: [LineRole]
    var footnotes: [FootnoteEntry]
    var symbol: String?
    var jobNumber: String?
    var pageCount: Int?
    /// Index of `The General Assembly,` (or another enacting formula), if any.
    var formulaIndex: Int?
    /// First line of the body (after the formula, or the first numbered paragraph).
    var bodyStart: Int
    /// First line of a text the resolution adopts right after saying so, with no `Annex` heading: "The General Assembly /
    /// Adopts the following outcome document …: / Outcome document of … / We, the Ministers …". Read as an annex.
    var implicitAnnexStart: Int? = nil
    /// Where the paragraph assembler stops (exclusive); nil: the end of the text. Set for each annex in turn.
    var bodyEnd: Int? = nil
    /// pdftotext output: every line followed by an empty line, paragraphs indented by a space.
    var doubleSpaced: Bool
    var diagnostics: [Diagnostic]
}

/// Stage 2a: assigns a ``LineRole`` to every line, collecting footnote entries on the way.
struct LineClassifier {
    let lines: [SourceLine]

    func classify() -> ClassifiedLines {
        let n = lines.count
        let trimmed = lines.map { TextScan.trimmed($0.text) }
        let emptyCount = lines.reduce(0) { $0 + ($1.text.isEmpty ? 1 : 0) }
        let doubleSpaced = emptyCount * 3 > n
        var diagnostics = [Diagnostic]()

        // The symbol: the first symbol-shaped line in the opening lines, else the most frequent one.
        var symbol: String?
        var counts = [Substring: Int]()
        var seenNonBlank = 0
        for t in trimmed where !t.isEmpty {
            seenNonBlank += 1
            if TextScan.isSymbol(t) {
                if seenNonBlank <= 4 && symbol == nil { symbol = String(t) }
                counts[t, default: 0] += 1
            }
        }
        if symbol == nil, let best = counts.filter({ $0.value >= 2 }).max(by: { $0.value < $1.value }) {
            symbol = String(best.key)
        }
        var jobNumber: String?
        var pageCount: Int?
        func isHeaderLine(_ t: Substring) -> Bool {
            guard let b = t.utf8.first, t.utf8.count <= 48, (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) else { return false }
            for token in TextScan.words(t) {
                if let symbol, token == symbol { continue }
                if TextScan.isJobNumber(token) { continue }
                if TextScan.pageNumber(token) != nil { continue }
                return false
            }
            return true
        }

        let headerFlags = trimmed.map(isHeaderLine)

        // The enacting formula, or else the first numbered paragraph, ends the cover.
        var formulaIndex: Int?
        for i in 0..<n where Self.isFormula(trimmed[i]) || Self.isBareFormula(i, trimmed) { formulaIndex = i; break }
        var bodyStart = 0
        if let f = formulaIndex { bodyStart = f + 1 } else {
            for i in 0..<n { if let (num, _) = TextScan.paragraphNumber(trimmed[i]), num == 1 { bodyStart = i; break } }
            if bodyStart == 0 { bodyStart = Self.endOfCoverWithoutFormula(trimmed) }
        }
        var roles = [LineRole](repeating: .cover, count: n)
        if let f = formulaIndex { roles[f] = .cover }
        let implicitAnnexStart = formulaIndex.flatMap { Self.adoptedTextStart(after: $0, trimmed) }

        var footnotes = [FootnoteEntry]()
        var inFootnotes = false, sawURL = false, firstInBlock = false
        var current: Int? = nil    // index into footnotes of the entry being read
        var inAnnex = false
        var i = bodyStart
        while i < n {
            let raw = lines[i].text, t = trimmed[i]
            defer { i += 1 }
            if raw.isEmpty {
                if doubleSpaced {
                    // pdftotext puts one empty line after every line; a run of them is a real gap (HTML blocks).
                    let run = (i > 0 && lines[i - 1].text.isEmpty) || (i + 1 < n && lines[i + 1].text.isEmpty)
                    roles[i] = run ? .blank : .ignored
                } else { roles[i] = .pageBreak; inFootnotes = false }
                continue
            }
            if t.isEmpty { roles[i] = .blank; continue }
            if headerFlags[i] {
                roles[i] = .header
                inFootnotes = false
                for token in t.split(separator: " ") {
                    if TextScan.isJobNumber(token), jobNumber == nil { jobNumber = String(token) }
                    if let p = TextScan.pageNumber(token) { pageCount = max(pageCount ?? 0, p.of) }
                }
                continue
            }
            if TextScan.isSeparator(t) {
                roles[i] = .separator; inFootnotes = true; sawURL = false; firstInBlock = true; current = nil
                continue
            }
            if TextScan.isURL(t) { roles[i] = .url; if inFootnotes { sawURL = true }; continue }
            if inFootnotes {
                var endsBlock = sawURL
                let entry = TextScan.leadingInteger(t)
                let expected = (footnotes.last?.number ?? 0) + 1
                let isEntry = entry.map { firstInBlock ? $0.0 >= 1 && !$0.1.isEmpty : $0.0 == expected } ?? false
                if !endsBlock, doubleSpaced, raw.first == " ", !isEntry, !t.hasPrefix("*") { endsBlock = true }
                if !endsBlock {
                    if isEntry, let (num, rest) = entry {
                        if footnotes.contains(where: { $0.number == num }) {
                            diagnostics.append(Diagnostic(.warning, "footnote \(num) printed twice; the second is ignored", at: "line \(lines[i].number)"))
                            current = nil
                            roles[i] = .footnoteSkip
                        } else {
                            footnotes.append(FootnoteEntry(number: num, lineIndices: [i], texts: [rest]))
                            current = footnotes.count - 1
                            roles[i] = .footnote
                        }
                    } else if t.hasPrefix("*") {
                        current = nil; roles[i] = .footnoteSkip
                    } else if let c = current {
                        footnotes[c].lineIndices.append(i); footnotes[c].texts.append(t); roles[i] = .footnote
                    } else {
                        roles[i] = .footnoteSkip
                    }
                    firstInBlock = false
                    continue
                }
                inFootnotes = false
            }
            if isRunningTitle(i, trimmed: trimmed, roles: roles, headerFlags: headerFlags) { roles[i] = .header; continue }
            if Self.isPlenaryLine(t) {
                roles[i] = .trailer
                var j = i + 1
                while j < n, trimmed[j].isEmpty { j += 1 }
                if j < n, TextScan.isoDate(trimmed[j]) != nil { roles[j] = .trailer; i = j }
                continue
            }
            if i == implicitAnnexStart || Self.isAnnexHeading(t) { inAnnex = true }
            roles[i] = inAnnex ? .annex : .body
        }
        return ClassifiedLines(roles: roles, footnotes: footnotes, symbol: symbol, jobNumber: jobNumber,
                               pageCount: pageCount, formulaIndex: formulaIndex, bodyStart: bodyStart,
                               implicitAnnexStart: implicitAnnexStart, doubleSpaced: doubleSpaced, diagnostics: diagnostics)
    }

    /// A running title: up to five lines between a page break (or a header line) and a header line.
    private func isRunningTitle(_ i: Int, trimmed: [Substring], roles: [LineRole], headerFlags: [Bool]) -> Bool {
        var prev = i - 1
        var sawPageBreak = false
        while prev >= 0, trimmed[prev].isEmpty {
            if roles[prev] == .pageBreak { sawPageBreak = true }
            prev -= 1
        }
        guard sawPageBreak || prev < 0 || roles[prev] == .header else { return false }
        var next = i + 1, seen = 0
        while next < trimmed.count && seen < 5 {
            let t = trimmed[next]
            next += 1
            if t.isEmpty { continue }
            if headerFlags[next - 1] { return true }
            if TextScan.isSeparator(t) || TextScan.isURL(t) || lines[next - 1].text.isEmpty { return false }
            seen += 1
        }
        return false
    }

    /// For texts without a formula or numbered paragraphs (amendments): the cover ends after the block
    /// holding the sponsors line and the title block after it; 0 when there is no sponsors line.
    static func endOfCoverWithoutFormula(_ trimmed: [Substring]) -> Int {
        var i = 0
        let limit = min(trimmed.count, 80)
        while i < limit {
            let t = trimmed[i]
            if t.contains("amendment") || t.hasSuffix("draft resolution") || t.hasSuffix("draft decision")
                || t.hasPrefix("Draft resolution") || t.hasPrefix("Draft decision") { break }
            i += 1
        }
        guard i < limit else { return 0 }
        while i < trimmed.count, !trimmed[i].isEmpty { i += 1 }          // rest of the sponsors block
        while i < trimmed.count, trimmed[i].isEmpty { i += 1 }           // gap
        let titleStart = i
        while i < trimmed.count, !trimmed[i].isEmpty { i += 1 }          // title block
        return i - titleStart <= 4 ? i : titleStart
    }

    /// `The General Assembly,`, `The Human Rights Council,`, `The Economic and Social Council,`.
    static func isFormula(_ t: Substring) -> Bool {
        // Told first by the bytes the prefix and suffix need: `T` first, `,` last.
        guard t.utf8.first == UInt8(ascii: "T"), t.utf8.last == UInt8(ascii: ",") else { return false }
        guard t.hasPrefix("The "), t.hasSuffix(","), t.count <= 60 else { return false }
        return t.hasSuffix("Assembly,") || t.hasSuffix("Council,") || t.hasSuffix("Commission,")
            || t.hasSuffix("Conference,") || t.hasSuffix("Board,")
    }

    /// The formula without its comma, as resolutions of one paragraph print it: `The General Assembly` alone on its line,
    /// then (after blank lines) `Adopts the following political declaration …` or `Endorses …`.
    static func isBareFormula(_ i: Int, _ trimmed: [Substring]) -> Bool {
        let t = trimmed[i]
        guard t.utf8.first == UInt8(ascii: "T"), t.utf8.count <= 60, t.hasPrefix("The "),
              t.hasSuffix(" Assembly") || t.hasSuffix(" Council") || t.hasSuffix(" Commission") else { return false }
        var j = i + 1
        while j < trimmed.count, j - i <= 4, trimmed[j].isEmpty { j += 1 }
        return j < trimmed.count && j - i <= 4 && ParagraphAssembler.isOperativeOpening(trimmed[j])
    }

    /// After a formula without its comma, a paragraph "Adopts the following Pact for the Future and its annexes:" ending
    /// with a colon: the text adopted starts on the next non-blank line.
    static func adoptedTextStart(after formula: Int, _ trimmed: [Substring]) -> Int? {
        guard !trimmed[formula].hasSuffix(",") else { return nil }
        var j = formula + 1
        while j < trimmed.count, trimmed[j].isEmpty { j += 1 }
        guard j < trimmed.count, ParagraphAssembler.isOperativeOpening(trimmed[j]) else { return nil }
        var mentionsFollowing = false
        while j < trimmed.count, !trimmed[j].isEmpty, j - formula < 12 {
            if trimmed[j].contains("following") { mentionsFollowing = true }
            j += 1
        }
        guard mentionsFollowing, trimmed[j - 1].hasSuffix(":") else { return nil }
        while j < trimmed.count, trimmed[j].isEmpty { j += 1 }
        return j < trimmed.count ? j : nil
    }

    /// `69th plenary meeting`.
    static func isPlenaryLine(_ t: Substring) -> Bool {
        guard t.utf8.last == UInt8(ascii: "g"), t.hasSuffix("plenary meeting") else { return false }
        return t.first.map(TextScan.isASCIIDigit) ?? false
    }

    /// `Annex`, `Annex I`, `Annexes`.
    static func isAnnexHeading(_ t: Substring) -> Bool {
        guard t.utf8.first == UInt8(ascii: "A"), t.hasPrefix("Annex") || t.hasPrefix("Appendix"), t.utf8.count <= 16 else { return false }
        let words = TextScan.words(t)
        guard let first = words.first, first == "Annex" || first == "Annexes" || first == "Appendix" else { return false }
        if words.count == 1 { return true }
        return words.count == 2 && TextScan.romanValue(words[1]) != nil
    }
}
