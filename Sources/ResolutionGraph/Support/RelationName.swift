/// Every relation the graph can hold. The raw value is the name users see in listings, GraphML and DOT;
/// ``rdfLocalName`` is the NCName of the predicate in the `rg:` namespace, so every predicate IRI splits
/// into namespace + NCName by construction (RDF/XML cannot write any other).
public enum RelationName: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    // Structure
    case hasEnactingFormula = "has-enacting-formula"
    case hasParagraph = "has-paragraph"
    case hasSubParagraph = "has-sub-paragraph"
    case hasFootnote = "has-footnote"
    case refersToFootnote = "refers-to-footnote"
    // Mentions and actions
    case mentions
    case hasAction = "has-action"
    case addressee
    case concerns
    // Citations
    case cites
    case citesDocument = "cites-document"
    case adoptedAs = "adopted-as"
    // Between entities
    case supplements
    case optionalProtocolTo = "optional-protocol-to"
    case protocolTo = "protocol-to"
    case amends
    case adoptedBy = "adopted-by"
    case broader
    case partOf = "part-of"

    /// The predicate's local name in the `rg:` namespace: `has-paragraph` → `hasParagraph`.
    public var rdfLocalName: String { Self.camelCase(rawValue) }

    /// Relations between two entities, which carry evidence from the text or come from the vocabulary.
    public var isEntityRelation: Bool {
        switch self {
        case .supplements, .optionalProtocolTo, .protocolTo, .amends, .adoptedBy, .broader, .partOf: return true
        default: return false
        }
    }

    public static func < (lhs: RelationName, rhs: RelationName) -> Bool { lhs.rawValue < rhs.rawValue }
}
