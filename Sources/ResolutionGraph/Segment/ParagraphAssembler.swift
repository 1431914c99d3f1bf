/// A paragraph as found in the layout, before its text is cleaned.
struct RawParagraph: Sendable {
    var kind: Paragraph.Kind
    var id: String
    /// Printed number or label: `5`, `(a)`, `(ii)`; nil for preambular paragraphs.
    var number: String?
    var lineIndices: [Int] = []
    var texts: [Substring] = []
}

/// What lay between two body lines.
struct LayoutBreak: Sendable {
    var blank = false, page = false, indent = false
    var any: Bool { blank || page || indent }
}

/// Stage 2c: groups body lines into preambular paragraphs, numbered operative paragraphs and their
/// lettered (and Roman) sub-items, skipping section headings.
struct ParagraphAssembler {
    let lines: [SourceLine]
    let classified: ClassifiedLines

    private(set) var paragraphs = [RawParagraph]()
    private(set) var diagnostics = [Diagnostic]()

    init(lines: [SourceLine], classified: ClassifiedLines) {
        self.lines = lines
        self.classified = classified
    }

    mutating func assemble() {
        var pending = LayoutBreak()
        var prevText: Substring? = nil
        var inOperative = false, inHeading = false
        var expectedOp = 1
        // The id of the operative paragraph receiving sub-items: `op5`, or `op1-2` for the second paragraph numbered 1
        // (sections restarting their numbering: "I … 1. 2. 3.  II … 1. 2."), as the Akoma Ntoso reader names it.
        var currentOpID = ""
        var usedIDs = Set<String>()
        // After a section heading, the numbering may start again at 1.
        var afterSectionHeading = false
        // A section heading was read inside the operative part: its first line decides what the section opens with.
        var sectionOpening = false, sectionInOperative = false
        var letterIndex = 0, romanIndex = 0
        var currentLetter = ""
        var current: Int? = nil   // index into paragraphs receiving text
        var ppCount = 0
        let doubleSpaced = classified.doubleSpaced

        // The one operative paragraph of a section that numbers none: paragraph 1 of its section.
        func startUnnumberedOperative(line i: Int, text t: Substring) {
            var id = "op1", copy = 1
            while usedIDs.contains(id) { copy += 1; id = "op1-\(copy)" }
            usedIDs.insert(id); currentOpID = id
            inOperative = true; expectedOp = 2; afterSectionHeading = false
            letterIndex = 0; romanIndex = 0; currentLetter = ""
            paragraphs.append(RawParagraph(kind: .operative, id: id, number: nil, lineIndices: [i], texts: [t]))
            current = paragraphs.count - 1
        }

        for i in classified.bodyStart..<min(classified.bodyEnd ?? lines.count, lines.count) {
            switch classified.roles[i] {
            case .blank: pending.blank = true; continue
            case .ignored, .cover: continue
            case .annex: continue   // read by ``Segmenter/annexes(_:classified:diagnostics:)``
            case .body: break
            default: pending.page = true; continue
            }
            let raw = lines[i].text
            let t = TextScan.trimmed(raw)
            var br = pending
            pending = LayoutBreak()
            if doubleSpaced && raw.first == " " { br.indent = true }
            let prevEnds = prevText.map(TextScan.endsClause) ?? true
            // A heading or its title is no clause: the line before it still decides whether a paragraph may start.
            var isHeading = false
            defer { if !isHeading { prevText = t } }

            // Numbered operative paragraph.
            var numbered = TextScan.paragraphNumber(t)
            if numbered == nil, inOperative || afterSectionHeading, br.any, prevEnds, TextScan.isDigits(t), let n = Int(t), n == expectedOp {
                numbered = (n, t[t.endIndex...])   // `25` alone on its line, the full stop lost
            }
            if let (num, rest) = numbered {
                let inSequence = num == expectedOp
                let smallGap = (inOperative || afterSectionHeading) && num > expectedOp && num <= expectedOp + 2 && br.any && prevEnds
                let restart = afterSectionHeading && num == 1 && expectedOp > 1 && br.any && prevEnds
                if (inSequence || smallGap || restart) && (br.any || prevEnds || rest.isEmpty) {
                    if num != expectedOp && !restart {
                        diagnostics.append(Diagnostic(.warning, "operative numbering jumps from \(expectedOp - 1) to \(num)", at: "line \(lines[i].number)"))
                    }
                    inOperative = true; inHeading = false; afterSectionHeading = false; sectionOpening = false
                    expectedOp = num + 1; letterIndex = 0; romanIndex = 0; currentLetter = ""
                    var id = "op\(num)", copy = 1
                    while usedIDs.contains(id) { copy += 1; id = "op\(num)-\(copy)" }
                    usedIDs.insert(id); currentOpID = id
                    paragraphs.append(RawParagraph(kind: .operative, id: id, number: "\(num)"))
                    current = paragraphs.count - 1
                    if !rest.isEmpty { paragraphs[current!].lineIndices.append(i); paragraphs[current!].texts.append(rest) }
                    else { paragraphs[current!].lineIndices.append(i) }
                    continue
                }
            }
            // A section heading's title runs until the next break.
            if inHeading {
                if !br.any { isHeading = true; continue }
                inHeading = false
            }

            // Lettered or Roman sub-item.
            if let (label, rest) = TextScan.subItemLabel(t), rest.isEmpty || br.any || prevEnds {
                let nextLetter = String(UnicodeScalar(UInt8(97 + min(letterIndex, 25))))
                let nextRoman = TextScan.roman(romanIndex + 1)
                var kind: Int = 0   // 1 letter, 2 roman
                if romanIndex > 0 && label == nextRoman { kind = 2 }
                else if label == nextLetter {
                    kind = 1
                    if label == "i" && letterIndex == 8 && romanIndex == 0, let p = prevText, p.hasSuffix(":") { kind = 2 }
                } else if label == nextRoman && letterIndex > 0 { kind = 2 }
                if kind != 0 && inOperative {
                    sectionOpening = false
                    let id: String, number = "(\(label))"
                    if kind == 1 {
                        letterIndex += 1; romanIndex = 0; currentLetter = String(label)
                        id = "\(currentOpID)\(label)"
                    } else {
                        romanIndex += 1
                        id = "\(currentOpID)\(currentLetter)-\(label)"
                    }
                    paragraphs.append(RawParagraph(kind: .operative, id: id, number: number))
                    current = paragraphs.count - 1
                    paragraphs[current!].lineIndices.append(i)
                    if !rest.isEmpty { paragraphs[current!].texts.append(rest) }
                    continue
                }
                if kind == 1 { letterIndex += 1 } else if kind == 2 { romanIndex += 1 }
                if let c = current { paragraphs[c].lineIndices.append(i); paragraphs[c].texts.append(t); continue }
            }

            // Section heading inside the operative part: `II` then a title line.
            if br.any && prevEnds && Self.isHeadingLabel(t) {
                inHeading = true; afterSectionHeading = true; sectionOpening = true; sectionInOperative = inOperative; isHeading = true
                continue
            }
            // … or label and title on one line of their own: `I. Our shared commitment`.
            if br.any && prevEnds && (i + 1 >= lines.count || classified.roles[i + 1] != .body) && Self.isHeadingLine(t) {
                afterSectionHeading = true; sectionOpening = true; sectionInOperative = inOperative; isHeading = true
                continue
            }
            // The first line of a section of a resolution in parts, after its heading: the section may open with
            // preambular paragraphs of its own ("II  Having considered the report …, 1. Takes note …"), or be one
            // unnumbered operative paragraph ("XIX  Joint Inspection Unit  Approves the gross budget …", its paragraph 1).
            // Anything else (a table's words) stays with the paragraph before, as before sections were read.
            if sectionOpening {
                // The section's title on lines of its own after a break ("III  Rules of procedure and methods of work",
                // one to three lines): no clause ends on the last line before the next break.
                var blockEnd = i
                while blockEnd + 1 < lines.count, blockEnd - i < 3, classified.roles[blockEnd + 1] == .body { blockEnd += 1 }
                let isBlock = blockEnd + 1 >= lines.count || classified.roles[blockEnd + 1] != .body
                if isBlock && !TextScan.endsClause(TextScan.trimmed(lines[blockEnd].text)) { isHeading = true; continue }
                sectionOpening = false
                let first = TextScan.firstWord(t)
                if !sectionInOperative {
                    // A section of a preamble or of an annexed convention ("Article 1  Statement of purpose  The purposes of
                    // this Convention are to:"): its text opens a paragraph of its own.
                    if !inOperative { current = nil }
                } else if first.first?.isUppercase == true && Self.isOpening(first) {
                    inOperative = false; current = nil
                } else if Self.isOperativeOpening(t) {
                    startUnnumberedOperative(line: i, text: t)
                    continue
                }
            }

            if !inOperative {
                var startsNew = current == nil
                if !startsNew {
                    let first = TextScan.firstWord(t)
                    let capital = first.first?.isUppercase ?? false
                    if br.page {
                        startsNew = prevEnds && capital && Self.isOpening(first)
                    } else if br.blank || br.indent {
                        startsNew = prevEnds || (capital && Self.isOpening(first))
                    } else if !doubleSpaced, let p = prevText, p.hasSuffix(",") || p.hasSuffix(";") {
                        startsNew = Self.strongOpenings.contains(String(first))
                    }
                }
                // After a section's own preamble, an unnumbered operative paragraph: "XXIII … Having considered …,
                // Takes note of the revised estimates …;".
                if startsNew, afterSectionHeading, expectedOp > 1, Self.isOperativeOpening(t) {
                    startUnnumberedOperative(line: i, text: t)
                    continue
                }
                if startsNew {
                    ppCount += 1
                    letterIndex = 0; romanIndex = 0
                    paragraphs.append(RawParagraph(kind: .preambular, id: "pp\(ppCount)"))
                    current = paragraphs.count - 1
                }
            }
            if let c = current { paragraphs[c].lineIndices.append(i); paragraphs[c].texts.append(t) }
        }
    }

    /// `I`, `II.`, `A.`: a section label on a line of its own.
    static func isHeadingLabel(_ t: Substring) -> Bool {
        // The articles and chapters of an annexed convention: `Article 12`, `Chapter IV`.
        if t.hasPrefix("Article ") || t.hasPrefix("Chapter ") {
            let rest = t.dropFirst(8)
            return !rest.isEmpty && rest.count <= 5 && (rest.allSatisfy(TextScan.isASCIIDigit) || TextScan.romanValue(rest) != nil)
        }
        let core = t.hasSuffix(".") ? t.dropLast() : t
        if core.count == 1, let c = core.first, c.isUppercase, c.isASCII, t.hasSuffix(".") { return true }
        return core.allSatisfy { $0.isUppercase } && TextScan.romanValue(core) != nil
    }

    /// `I. Our shared commitment`, `B. Means of implementation`: a section label and its title on one line, no clause
    /// ending it.
    static func isHeadingLine(_ t: Substring) -> Bool {
        guard let space = t.firstIndex(of: " "), t.utf8.count <= 100, !TextScan.endsClause(t) else { return false }
        let label = t[..<space]
        guard label.count >= 2, label.hasSuffix("."), isHeadingLabel(label) else { return false }
        return t[t.index(after: space)...].first?.isUppercase == true
    }

    /// A line opening with an operative verb, in the third person: "Approves …", "Takes note …", "Also recalls …".
    static func isOperativeOpening(_ t: Substring) -> Bool {
        var words = t.split(separator: " ", maxSplits: 2).makeIterator()
        guard var first = words.next(), first.first?.isUppercase == true else { return false }
        if ["Also", "Further", "Again"].contains(first), let next = words.next(), next.first?.isLowercase == true { first = next }
        let letters = first.filter(\.isLetter)
        return letters.count >= 4 && letters.count == first.count && first.hasSuffix("s") && !first.hasSuffix("ss")
            && !strongOpenings.contains(String(first)) && !first.hasSuffix("ings")
    }

    /// Participles and adjectives that open preambular paragraphs.
    static let strongOpenings: Set<String> = [
        "Recalling", "Reaffirming", "Recognizing", "Noting", "Welcoming", "Acknowledging", "Bearing", "Taking", "Expressing",
        "Emphasizing", "Stressing", "Underlining", "Underscoring", "Concerned", "Deeply", "Gravely", "Seriously", "Convinced",
        "Mindful", "Aware", "Conscious", "Considering", "Guided", "Having", "Affirming", "Reiterating", "Determined", "Alarmed",
        "Encouraged", "Highlighting", "Appreciating", "Commending", "Regretting", "Deploring", "Condemning", "Believing",
        "Cognizant", "Desiring", "Observing", "Further", "Realizing", "Keeping", "Strongly", "Profoundly", "Committed",
        "Looking", "Supporting", "Also", "Reiterating", "Appalled", "Disturbed", "Troubled", "Emphasising", "Acknowledging",
        "Reasserting", "Re-emphasizing", "Declaring", "Referring", "Proclaiming", "Distressed", "Dismayed", "Welcoming",
        "Fully", "Firmly", "Particularly", "Extremely", "Greatly", "Persuaded", "Resolved", "Desirous", "Sharing",
    ]

    static let notOpenings: Set<String> = ["Trafficking", "During", "Including", "Beijing", "Financing", "Building", "Funding",
                                           "Training", "Peacekeeping", "Peacebuilding", "Housing", "Nothing", "Being", "Banking", "Policing"]

    /// A capitalized word that can open a preambular paragraph.
    static func isOpening(_ w: Substring) -> Bool {
        let s = String(w)
        if strongOpenings.contains(s) { return true }
        return s.count >= 6 && s.hasSuffix("ing") && !notOpenings.contains(s)
    }
}
