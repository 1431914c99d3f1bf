/// The document model: what Segment recovers from the text, and what every later stage reads.
public struct Document: Sendable {
    public var metadata: DocumentMetadata
    /// The enacting formula ("The General Assembly,"), which names the acting organ; nil when the text has none.
    public var formula: EnactingFormula?
    public var preambular: [Paragraph]
    public var operative: [Paragraph]
    /// The paragraphs of the annexes — the declaration, programme of action or guidelines a resolution adopts, endorses or
    /// takes note of — in document order, each id prefixed with its annex (`annex-op3`, `annexII-pp1`; see ``Paragraph/annex``).
    public var annex: [Paragraph]
    /// The title each annex prints under its heading, by annex (`annex` → "Political declaration of the fourth high-level
    /// meeting …"): the name of the text the resolution adopts.
    public var annexTitles: [String: String] = [:]
    public var footnotes: [Footnote]
    public var diagnostics: [Diagnostic]

    public init(metadata: DocumentMetadata, formula: EnactingFormula? = nil, preambular: [Paragraph] = [], operative: [Paragraph] = [],
                annex: [Paragraph] = [], footnotes: [Footnote] = [], diagnostics: [Diagnostic] = []) {
        self.metadata = metadata
        self.formula = formula
        self.preambular = preambular
        self.operative = operative
        self.annex = annex
        self.footnotes = footnotes
        self.diagnostics = diagnostics
    }

    /// Preambular, operative, then annex paragraphs, in document order.
    public var paragraphs: [Paragraph] { preambular + operative + annex }

    /// The enacting formula, preambular, operative (sub-items included), then annex paragraphs, then footnotes as text units.
    public var textUnits: [TextUnit] {
        (formula.map { [TextUnit(id: EnactingFormula.id, text: $0.text)] } ?? [])
            + paragraphs.map { TextUnit(id: $0.id, text: $0.text) }
            + footnotes.map { TextUnit(id: $0.id, text: $0.text) }
    }
}

/// A piece of text that mentions can point into: a paragraph or a footnote.
public struct TextUnit: Sendable, Hashable {
    /// `pp3`, `op5`, `op5a`, `fn12`.
    public var id: String
    public var text: String
}

/// The line that opens the body and names the acting organ: "The General Assembly,", "The Human Rights Council,".
public struct EnactingFormula: Sendable, Hashable {
    /// The text unit id of every document's formula.
    public static let id = "formula"
    /// The formula as written, trimmed: `The Economic and Social Council,`.
    public var text: String
    public var lines: ClosedRange<Int>
    public var byteRange: Range<Int>

    public init(text: String, lines: ClosedRange<Int>, byteRange: Range<Int>) {
        self.text = text
        self.lines = lines
        self.byteRange = byteRange
    }
}

/// What the document says about itself.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The UN symbol, e.g. `A/C.3/73/L.7`; the file name stem when the text gives none.
    public var symbol: String
    public var title: String?
    /// `General Assembly`, `Human Rights Council`, `Economic and Social Council`, `Security Council`.
    public var body: String?
    public var committee: String?
    public var session: String?
    public var agendaItem: String?
    /// ISO date (`2018-10-31`) where the text gives one.
    public var date: String?
    public var jobNumber: String?
    public var sponsors: [String]
    public var pageCount: Int?
    /// The symbol of the draft this resolution was adopted from, where the metadata gives it (the
    /// Akoma Ntoso workflow's `draftResolution` step: `A/C.3/80/L.4/Rev.1`).
    public var draftSymbol: String?
    /// The source file as given on the command line.
    public var sourceName: String

    public init(symbol: String, title: String? = nil, body: String? = nil, committee: String? = nil,
                session: String? = nil, agendaItem: String? = nil, date: String? = nil,
                jobNumber: String? = nil, sponsors: [String] = [], pageCount: Int? = nil, sourceName: String) {
        self.symbol = symbol
        self.title = title
        self.body = body
        self.committee = committee
        self.session = session
        self.agendaItem = agendaItem
        self.date = date
        self.jobNumber = jobNumber
        self.sponsors = sponsors
        self.pageCount = pageCount
        self.sourceName = sourceName
    }
}

/// A preambular or operative paragraph, or a lettered sub-item of an operative one.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable { case preambular, operative }

    /// `pp1`…, `op1`…, `op5a` for sub-item (a) of operative paragraph 5; in an annex, the same prefixed with the annex:
    /// `annex-op5a`, `annexII-pp1` (see ``annex`` and ``localID``).
    public var id: String
    public var kind: Kind
    /// The number or letter printed in the document (`5`, `(a)`); nil for preambular paragraphs.
    public var number: String?
    /// The opening phrase: `Recalling`, `Deeply concerned`, `Urges`, `Also takes note`.
    public var opening: String?
    /// Clean normalized text: no page header, footnote text, URL line or footnote marker.
    public var text: String
    /// Footnotes referenced from this paragraph, with the offset (in Unicode scalars) where the marker stood.
    public var footnoteRefs: [FootnoteRef]
    /// Where the paragraph is in the source: first and last line (1-based) and UTF-8 byte range.
    public var lines: ClosedRange<Int>
    public var byteRange: Range<Int>

    public init(id: String, kind: Kind, number: String? = nil, opening: String? = nil, text: String,
                footnoteRefs: [FootnoteRef] = [], lines: ClosedRange<Int>, byteRange: Range<Int>) {
        self.id = id
        self.kind = kind
        self.number = number
        self.opening = opening
        self.text = text
        self.footnoteRefs = footnoteRefs
        self.lines = lines
        self.byteRange = byteRange
    }

    /// The annex part of an id: `annex` in `annex-op5`, `annexII` in `annexII-pp1`; nil for the resolution's own paragraphs.
    public static func annex(ofID id: String) -> Substring? {
        guard id.hasPrefix("annex") || id.hasPrefix("appendix"), let dash = id.firstIndex(of: "-") else { return nil }
        return id[..<dash]
    }

    /// The id within its part: `op5a` for `annex-op5a`, the id itself outside annexes.
    public static func localID(_ id: String) -> Substring {
        guard let annex = annex(ofID: id) else { return Substring(id) }
        return id[id.index(after: annex.endIndex)...]
    }

    /// The annex this paragraph belongs to (`annex`, `annexII`), nil for the resolution's own paragraphs.
    public var annex: Substring? { Self.annex(ofID: id) }
    /// The id within its part: `op5a` for `annex-op5a`.
    public var localID: Substring { Self.localID(id) }
}

/// Where a footnote marker stood in a paragraph.
public struct FootnoteRef: Sendable, Hashable, Codable {
    public var number: Int
    /// Offset in the paragraph's text, in Unicode scalars, just after the word the marker was glued to.
    public var offset: Int

    public init(number: Int, offset: Int) {
        self.number = number
        self.offset = offset
    }
}

/// A footnote, with the citations its text holds.
public struct Footnote: Sendable, Hashable {
    /// `fn1`…
    public var id: String
    public var number: Int
    public var text: String
    public var citations: [Citation]
    public var lines: ClosedRange<Int>
    public var byteRange: Range<Int>

    public init(id: String, number: Int, text: String, citations: [Citation] = [], lines: ClosedRange<Int>, byteRange: Range<Int>) {
        self.id = id
        self.number = number
        self.text = text
        self.citations = citations
        self.lines = lines
        self.byteRange = byteRange
    }
}

/// A source cited in a footnote.
public enum Citation: Sendable, Hashable, Codable {
    /// United Nations, Treaty Series, vol. 2225, No. 39574 (an `Ibid.` already resolved).
    case treatySeries(volume: String, number: String)
    /// A General Assembly (or other body's) resolution: `resolution 64/293`, `2200 A (XXI)`.
    case resolution(String)
    /// A document symbol: `A/73/263`, `E/2018/27`, `A/HRC/38/45`.
    case documentSymbol(String)
}
