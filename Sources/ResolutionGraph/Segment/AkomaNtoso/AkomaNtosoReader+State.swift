extension AkomaNtosoReader {
    /// Paragraphs and footnotes collected while walking the body.
    struct State {
        var preambular = [Paragraph]()
        var operative = [Paragraph]()
        var footnotes = [Footnote]()
        /// Paragraphs of the attachments (`<attachments><attachment><doc name="annex">`), ids prefixed with their annex.
        var annex = [Paragraph]()
        var annexTitles = [String: String]()
        /// How many annexes have each prefix, so that the second `annex` is `annex2` in one step.
        private var annexCopies = [String: Int]()
        var citations = CitationParser()
        /// Operative ids given so far: a document numbering two paragraphs alike (`2.` twice) must not
        /// give two paragraphs one id (later stages key paragraphs by id).
        private var usedIDs = Set<String>()

        /// `id`, or `id-2`, `id-3`, … when `id` is taken.
        private mutating func uniqueID(_ id: String) -> String {
            var candidate = id, n = 1
            while usedIDs.contains(candidate) { n += 1; candidate = "\(id)-\(n)" }
            usedIDs.insert(candidate)
            return candidate
        }

        mutating func addPreambular(_ container: XMLTree.Element, lines: [SourceLine]) {
            var acc = TextAccumulator()
            var refs = [FootnoteRef]()
            collect(container, into: &acc, refs: &refs, skipping: [], lines: lines)
            let text = acc.text
            guard !text.isEmpty else { return }
            let opening = container.attributes["name"].map { TextAccumulator.collapsed($0) } ?? OpeningPhrase.of(text)
            preambular.append(Paragraph(id: "pp\(preambular.count + 1)", kind: .preambular, opening: opening, text: text,
                                        footnoteRefs: refs, lines: lineRange(container, lines), byteRange: byteRange(container, lines)))
        }

        mutating func addOperative(_ paragraph: XMLTree.Element, lines: [SourceLine]) {
            let number = paragraph.elements("num").first.map { TextAccumulator.collapsed($0.text) } ?? String(operativeCount + 1)
            let cleanNumber = number.hasSuffix(".") ? String(number.dropLast()) : number
            let id = uniqueID("op" + cleanNumber)
            var acc = TextAccumulator()
            var refs = [FootnoteRef]()
            collect(paragraph, into: &acc, refs: &refs, skipping: ["num", "point"], lines: lines)
            operative.append(Paragraph(id: id, kind: .operative, number: cleanNumber, opening: OpeningPhrase.of(acc.text), text: acc.text,
                                       footnoteRefs: refs, lines: lineRange(paragraph, lines), byteRange: byteRange(paragraph, lines)))
            for point in paragraph.outermost("point") { addPoint(point, parent: id, separator: "", lines: lines) }
        }

        /// An annex (`<doc name="annex">` of an attachment): its paragraphs read as the body's are — preamble containers,
        /// numbered paragraphs with their points, unnumbered ones as preambular — with ids prefixed by the annex (`annex`,
        /// `annexII` after a subheading "Annex II"); paragraphs holding only a subheading are headings, the first after
        /// "Annex" being the annex's title. Footnote numbers run on from the body's.
        mutating func addAnnex(_ doc: XMLTree.Element, lines: [SourceLine]) {
            let saved = (preambular, operative, usedIDs)
            (preambular, operative, usedIDs) = ([], [], [])
            var prefix = "annex", title: String?
            var order = [String]()   // ids in document order: preamble and body paragraphs interleaved as printed
            if let preamble = doc.first("preamble") {
                for container in preamble.elements("container") + preamble.elements("blockContainer") {
                    addPreambular(container, lines: lines)
                    order += preambular.suffix(1).map(\.id)
                }
            }
            for paragraph in doc.first("mainBody")?.outermost("paragraph") ?? [] {
                let hasContent = paragraph.first("content") != nil || paragraph.first("p") != nil
                if !hasContent {
                    let heading = TextAccumulator.collapsed(paragraph.elements("subheading").first?.text ?? "")
                    let words = heading.split(separator: " ")
                    if words.first == "Annex" || words.first == "Appendix", words.count <= 2 {
                        prefix = (words.first == "Annex" ? "annex" : "appendix") + (words.count == 2 ? String(words[1]) : "")
                    } else if title == nil, !heading.isEmpty, order.isEmpty {
                        title = heading
                    }
                    continue
                }
                if paragraph.elements("num").isEmpty {
                    addPreambular(paragraph, lines: lines)
                    order += preambular.suffix(1).map(\.id)
                } else {
                    let before = operative.count
                    addOperative(paragraph, lines: lines)
                    order += operative[before...].map(\.id)
                }
            }
            let copy = annexCopies[prefix, default: 0] + 1
            annexCopies[prefix] = copy
            let unique = copy == 1 ? prefix : "\(prefix)\(copy)"
            let byID = Dictionary((preambular + operative).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for id in order {
                guard var p = byID[id] else { continue }
                p.id = "\(unique)-\(p.id)"
                annex.append(p)
            }
            if let title { annexTitles[unique] = title }
            (preambular, operative, usedIDs) = saved
        }

        private var operativeCount: Int { operative.filter { !($0.number ?? "").hasPrefix("(") }.count }

        /// A lettered point `(a)` → `op5a`; a point inside it `(i)` → `op5a-i`.
        private mutating func addPoint(_ point: XMLTree.Element, parent: String, separator: String, lines: [SourceLine]) {
            guard let num = point.elements("num").first.map({ TextAccumulator.collapsed($0.text) }) else { return }
            let id = uniqueID(parent + separator + Slug.make(num.trimmingCharacters(in: "().")))
            var acc = TextAccumulator()
            var refs = [FootnoteRef]()
            collect(point, into: &acc, refs: &refs, skipping: ["num", "point"], lines: lines)
            operative.append(Paragraph(id: id, kind: .operative, number: num, text: acc.text, footnoteRefs: refs,
                                       lines: lineRange(point, lines), byteRange: byteRange(point, lines)))
            for inner in point.outermost("point") { addPoint(inner, parent: id, separator: "-", lines: lines) }
        }

        /// Appends the text below `element` to `acc`, turning authorial notes into footnotes and refs.
        private mutating func collect(_ element: XMLTree.Element, into acc: inout TextAccumulator, refs: inout [FootnoteRef],
                                      skipping: Set<String>, lines: [SourceLine]) {
            for child in element.children {
                switch child {
                case .text(let t): acc.append(t)
                case .element(let e):
                    if skipping.contains(e.name) { continue }
                    if e.name == "authorialNote" {
                        let marker = Int(e.attributes["marker"] ?? "") ?? (footnotes.count + 1)
                        refs.append(FootnoteRef(number: marker, offset: acc.count))
                        addFootnote(e, number: marker, lines: lines)
                        continue
                    }
                    if ["p", "content", "intro", "wrapUp", "item", "listIntroduction", "blockList", "list"].contains(e.name) { acc.breakWord() }
                    if e.name == "num" { acc.breakWord() }
                    collect(e, into: &acc, refs: &refs, skipping: [], lines: lines)
                    if e.name == "num" { acc.breakWord() }
                }
            }
        }

        private mutating func addFootnote(_ note: XMLTree.Element, number: Int, lines: [SourceLine]) {
            guard !footnotes.contains(where: { $0.number == number }) else { return }
            var acc = TextAccumulator()
            var ignored = [FootnoteRef]()
            collect(note, into: &acc, refs: &ignored, skipping: [], lines: lines)
            let text = acc.text
            footnotes.append(Footnote(id: "fn\(number)", number: number, text: text, citations: citations.parse(text),
                                      lines: lineRange(note, lines), byteRange: byteRange(note, lines)))
        }

        func lineRange(_ e: XMLTree.Element, _ lines: [SourceLine]) -> ClosedRange<Int> {
            let last = max(e.line, e.all("p").map(\.line).max() ?? e.line)
            return max(1, e.line)...max(1, last)
        }

        func byteRange(_ e: XMLTree.Element, _ lines: [SourceLine]) -> Range<Int> {
            let r = lineRange(e, lines)
            guard r.lowerBound - 1 < lines.count, r.upperBound - 1 < lines.count else { return 0..<0 }
            return lines[r.lowerBound - 1].byteRange.lowerBound..<lines[r.upperBound - 1].byteRange.upperBound
        }
    }
}

extension TextAccumulator {
    /// `s` with white space collapsed and characters normalized.
    static func collapsed(_ s: String) -> String {
        var acc = TextAccumulator()
        acc.append(s)
        return acc.text
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
