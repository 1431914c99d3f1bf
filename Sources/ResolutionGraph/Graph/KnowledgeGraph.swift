/// A typed value of a node attribute.
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    /// An ISO date `YYYY-MM-DD`.
    case date(String)
    /// An absolute IRI (concept links such as UNBIS or SDG).
    case iri(String)

    /// The value as text.
    public var lexicalForm: String {
        switch self {
        case .string(let s), .date(let s), .iri(let s): return s
        case .integer(let i): return String(i)
        }
    }
}

/// A named attribute of a node. Names are the lower-case, hyphenated keys of ``AttributeName``.
public struct Attribute: Sendable, Hashable {
    public var name: AttributeName
    public var value: AttributeValue

    public init(_ name: AttributeName, _ value: AttributeValue) {
        self.name = name
        self.value = value
    }
}

/// The kinds of node in the graph.
public enum NodeKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case document, paragraph, footnote, action, actor, instrument, theme

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One node: a document, a paragraph, a footnote, an action, or an entity.
public struct GraphNode: Sendable, Hashable {
    /// Stable key, unique in the graph: `actor/unodc`, `document/A/C.3/73/L.7`, `document/A/C.3/73/L.7#op4`,
    /// `document/A/C.3/73/L.7#op4-1` (an action). Serializers derive IRIs and ids from it.
    public var key: String
    public var kind: NodeKind
    public var label: String
    /// Entities' category; `preambular`/`operative` for paragraphs; the verb for actions.
    public var category: String?
    /// Sorted by name, then value.
    public var attributes: [Attribute]
    /// How many mentions point at the node (entities only).
    public var mentionCount: Int

    public init(key: String, kind: NodeKind, label: String, category: String? = nil, attributes: [Attribute] = [], mentionCount: Int = 0) {
        self.key = key
        self.kind = kind
        self.label = label
        self.category = category
        self.attributes = attributes
        self.mentionCount = mentionCount
    }

    /// The values of one attribute.
    public func values(_ name: AttributeName) -> [AttributeValue] {
        attributes.filter { $0.name == name }.map(\.value)
    }
}

/// One edge, with the evidence it was read from (nil for structure and vocabulary knowledge).
public struct GraphEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var relation: RelationName
    public var provenance: Provenance?

    public init(source: String, target: String, relation: RelationName, provenance: Provenance? = nil) {
        self.source = source
        self.target = target
        self.relation = relation
        self.provenance = provenance
    }
}

/// The graph every serializer writes: nodes and edges in a deterministic order.
public struct KnowledgeGraph: Sendable {
    /// Sorted by kind, then key.
    public var nodes: [GraphNode]
    /// Sorted by source, relation, target, then provenance. Both ends are nodes, except a document of the
    /// corpus outside the run at one end of a `cites-document` or `adopted-as` edge (``GraphBuilder/build(_:corpusSymbols:)``).
    /// Stored compactly; each ``GraphEdge`` is made when read.
    public var edges: GraphEdges

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes
        self.edges = GraphEdges(edges)
    }

    init(nodes: [GraphNode], edges: GraphEdges) {
        self.nodes = nodes
        self.edges = edges
    }

    /// Node counts by kind.
    public func count(_ kind: NodeKind) -> Int { nodes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }
}
