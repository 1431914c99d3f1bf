/// The attribute names nodes may carry. Each has one datatype, so GraphML keys can be typed and RDF
/// literals typed the same way everywhere.
public enum AttributeName: String, Sendable, Hashable, CaseIterable, Comparable {
    // Documents
    case symbol, title, body, committee, session
    case agendaItem = "agenda-item"
    case date
    case jobNumber = "job-number"
    case sponsor
    case pageCount = "page-count"
    case source
    case draftSymbol = "draft-symbol"
    // Paragraphs and footnotes
    case paragraphID = "paragraph-id"
    case number, opening, text, position
    /// The annex a paragraph belongs to, as printed: `Annex`, `Annex II`.
    case annex
    case firstLine = "first-line"
    case lastLine = "last-line"
    case startByte = "start-byte"
    case endByte = "end-byte"
    // Actions
    case verb, modifier, evidence, start, end
    case requestedAct = "requested-act"
    // Entities
    case alias, acronym
    case untsVolume = "unts-volume"
    case untsNumber = "unts-number"
    case adopted
    case entryIntoForce = "entry-into-force"
    case iloNumber = "ilo-number"
    case unbis, eurovoc, sdg, wikidata, url
    case known

    public enum ValueType: String, Sendable { case string, integer, date, iri }

    /// The one datatype this attribute's values have.
    public var valueType: ValueType {
        switch self {
        case .pageCount, .position, .firstLine, .lastLine, .startByte, .endByte, .start, .end, .untsVolume, .untsNumber, .iloNumber:
            return .integer
        case .date, .adopted, .entryIntoForce: return .date
        case .unbis, .eurovoc, .sdg, .wikidata, .url: return .iri
        default: return .string
        }
    }

    public static func < (lhs: AttributeName, rhs: AttributeName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
