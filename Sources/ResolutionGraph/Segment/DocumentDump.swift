import Foundation

/// A readable dump of the document model — what `resgraph inspect` prints and what Segment's tests
/// compare against: metadata, paragraphs with their openings and source lines, footnotes with their
/// references and citations, and the diagnostics.
public struct DocumentDump: Codable, Sendable {
    public struct ParagraphDump: Codable, Sendable {
        public var id: String
        public var kind: String
        public var number: String?
        public var opening: String?
        public var text: String
        public var footnotes: [FootnoteRef]
        public var lines: [Int]
        public var bytes: [Int]
    }

    public struct FootnoteDump: Codable, Sendable {
        public var id: String
        public var number: Int
        public var text: String
        public var citations: [String]
        /// Paragraphs that refer to the footnote.
        public var referencedFrom: [String]
        public var lines: [Int]
    }

    public var metadata: DocumentMetadata
    /// The enacting formula as written ("The General Assembly,"), with its source lines.
    public var formula: ParagraphDump?
    public var paragraphs: [ParagraphDump]
    /// Each annex's title, by the prefix of its paragraphs' ids (`annex` → "Political declaration …").
    public var annexTitles: [String: String]
    public var footnotes: [FootnoteDump]
    public var diagnostics: [String]

    public init(_ document: Document) {
        metadata = document.metadata
        formula = document.formula.map {
            ParagraphDump(id: EnactingFormula.id, kind: EnactingFormula.id, number: nil, opening: nil, text: $0.text, footnotes: [],
                          lines: [$0.lines.lowerBound, $0.lines.upperBound], bytes: [$0.byteRange.lowerBound, $0.byteRange.upperBound])
        }
        annexTitles = document.annexTitles
        paragraphs = document.paragraphs.map {
            ParagraphDump(id: $0.id, kind: $0.kind.rawValue, number: $0.number, opening: $0.opening, text: $0.text,
                          footnotes: $0.footnoteRefs, lines: [$0.lines.lowerBound, $0.lines.upperBound],
                          bytes: [$0.byteRange.lowerBound, $0.byteRange.upperBound])
        }
        let all = document.paragraphs
        footnotes = document.footnotes.map { note in
            FootnoteDump(id: note.id, number: note.number, text: note.text, citations: note.citations.map(Self.describe),
                         referencedFrom: all.filter { $0.footnoteRefs.contains { $0.number == note.number } }.map(\.id),
                         lines: [note.lines.lowerBound, note.lines.upperBound])
        }
        diagnostics = document.diagnostics.map(\.description)
    }

    static func describe(_ c: Citation) -> String {
        switch c {
        case .treatySeries(let v, let n): return "UNTS vol. \(v), No. \(n)"
        case .resolution(let r): return "resolution \(r)"
        case .documentSymbol(let s): return "document \(s)"
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The dump as text for a terminal.
    public func text() -> String {
        var out = ""
        let m = metadata
        out += "symbol:     \(m.symbol)\n"
        for (name, value) in [("title", m.title), ("body", m.body), ("committee", m.committee), ("session", m.session),
                              ("agenda", m.agendaItem), ("date", m.date), ("job number", m.jobNumber),
                              ("pages", m.pageCount.map(String.init))] {
            if let value { out += (name + ":").padding(toLength: 12, withPad: " ", startingAt: 0) + value + "\n" }
        }
        if !m.sponsors.isEmpty { out += "sponsors:   \(m.sponsors.joined(separator: "; "))\n" }
        if let f = formula { out += "formula:    \(f.text)  (line \(f.lines[0]))\n" }
        for (annex, title) in annexTitles.sorted(by: { $0.key < $1.key }) { out += "\(annex):".padding(toLength: 12, withPad: " ", startingAt: 0) + title + "\n" }
        let own = paragraphs.filter { Paragraph.annex(ofID: $0.id) == nil }
        let annexed = paragraphs.count - own.count
        out += "\n\(own.filter { $0.kind == "preambular" }.count) preambular, \(own.filter { $0.kind == "operative" && !($0.number ?? "").hasPrefix("(") }.count) operative paragraphs, "
            + (annexed > 0 ? "\(annexed) annex paragraphs, " : "") + "\(footnotes.count) footnotes\n\n"
        for p in paragraphs {
            let refs = p.footnotes.isEmpty ? "" : "  [fn " + p.footnotes.map { String($0.number) }.joined(separator: ", ") + "]"
            out += "\(p.id.padding(toLength: max(8, p.id.count), withPad: " ", startingAt: 0)) lines \(p.lines[0])–\(p.lines[1])  «\(p.opening ?? "")»\(refs)\n"
            out += "         \(TextTable.clip(p.text, 160))\n"
        }
        if !footnotes.isEmpty { out += "\n" }
        for f in footnotes {
            out += "\(f.id.padding(toLength: 8, withPad: " ", startingAt: 0)) \(TextTable.clip(f.text, 100))\n"
            if !f.citations.isEmpty { out += "         cites: \(f.citations.joined(separator: "; "))\n" }
            out += "         from: \(f.referencedFrom.isEmpty ? "(never referenced)" : f.referencedFrom.joined(separator: ", "))\n"
        }
        if !diagnostics.isEmpty { out += "\n" + diagnostics.joined(separator: "\n") + "\n" }
        return out
    }
}
