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
    public var key: String {
        didSet {
            // A label made from the old key stays what it was.
            if storedLabel == nil, !Self.isLabelFromKey(Self.labelFromKey(oldValue), key) { storedLabel = Self.labelFromKey(oldValue) }
        }
    }
    public var kind: NodeKind
    /// The name shown for the node. A paragraph's label, `SYMBOL ID` for the key `document/SYMBOL#ID`, is
    /// not stored but made from the key when read (a corpus has a million paragraphs, and a label of 16
    /// bytes or more is a heap string of its own).
    public var label: String {
        get { storedLabel ?? Self.labelFromKey(key) }
        set { storedLabel = Self.isLabelFromKey(newValue, key) ? nil : newValue }
    }
    /// Entities' category; `preambular`/`operative` for paragraphs; the verb for actions.
    public var category: String?
    /// Sorted by name, then value. Stored packed (``PackedAttributes``); the array is made when read.
    public var attributes: [Attribute] {
        get { packedAttributes.attributes }
        set { packedAttributes = PackedAttributes(newValue) }
    }
    /// How many mentions point at the node (entities only).
    public var mentionCount: Int
    private var packedAttributes: PackedAttributes
    /// The label, or nil when it is the one ``labelFromKey(_:)`` makes.
    private var storedLabel: String?

    public init(key: String, kind: NodeKind, label: String, category: String? = nil, attributes: [Attribute] = [], mentionCount: Int = 0) {
        self.key = key
        self.kind = kind
        self.storedLabel = Self.isLabelFromKey(label, key) ? nil : label
        self.category = category
        self.packedAttributes = PackedAttributes(attributes)
        self.mentionCount = mentionCount
    }

    // Compared and hashed as the stored fields were before the label was made from the key.
    public static func == (a: GraphNode, b: GraphNode) -> Bool {
        a.key == b.key && a.kind == b.kind && a.label == b.label && a.category == b.category && a.mentionCount == b.mentionCount
            && a.packedAttributes == b.packedAttributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(kind)
        hasher.combine(label)
        hasher.combine(category)
        hasher.combine(mentionCount)
        hasher.combine(packedAttributes)
    }

    /// `document/SYMBOL#ID` → `SYMBOL ID`: the key after `document/`, its last `#` a space.
    private static func labelFromKey(_ key: String) -> String {
        let rest = key.utf8.dropFirst(documentPrefix.count)
        let hash = rest.lastIndex(of: UInt8(ascii: "#"))
        return String(unsafeUninitializedCapacity: rest.count) { buffer in
            var n = 0
            for i in rest.indices {
                buffer[n] = i == hash ? UInt8(ascii: " ") : rest[i]
                n += 1
            }
            return n
        }
    }

    /// True when `label` is, byte for byte, what ``labelFromKey(_:)`` makes of `key`, for a key `document/…#…`.
    private static func isLabelFromKey(_ label: String, _ key: String) -> Bool {
        let k = key.utf8, l = label.utf8
        guard k.count == l.count + documentPrefix.count, k.starts(with: documentPrefix) else { return false }
        let rest = k.dropFirst(documentPrefix.count)
        guard let hash = rest.lastIndex(of: UInt8(ascii: "#")) else { return false }
        var i = rest.startIndex
        for b in l {
            if b != (i == hash ? UInt8(ascii: " ") : rest[i]) { return false }
            i = rest.index(after: i)
        }
        return true
    }

    private static let documentPrefix = Array("document/".utf8)

    /// The values of one attribute.
    public func values(_ name: AttributeName) -> [AttributeValue] {
        attributes.filter { $0.name == name }.map(\.value)
    }
}

/// A node's attributes in one buffer of bytes: per attribute its name, its value's type and the value (an
/// integer as a variable-length number, text as its length and UTF-8 bytes). A graph of a corpus has a
/// node per paragraph and action, each with about eight attributes; as an array of ``Attribute`` (24 bytes
/// each, and a separate allocation for each long text) they were the largest part of the nodes' memory.
struct PackedAttributes: Sendable, Hashable {
    private var bytes: [UInt8]

    init(_ attributes: [Attribute]) {
        guard !attributes.isEmpty else { bytes = []; return }
        // Sized exactly: the buffer is kept as long as the graph (an estimate of 12 bytes per attribute
        // besides the text wasted about 70 bytes per paragraph node).
        var bytes = [UInt8]()
        bytes.reserveCapacity(attributes.reduce(0) { n, a in
            switch a.value {
            case .string(let s), .date(let s), .iri(let s): return n + 2 + Self.numberLength(UInt64(s.utf8.count)) + s.utf8.count
            case .integer(let i): return n + 2 + Self.numberLength(UInt64(bitPattern: Int64(i)))
            }
        })
        for a in attributes {
            bytes.append(Self.nameCode[a.name]!)
            switch a.value {
            case .string(let s): bytes.append(0); Self.append(s, to: &bytes)
            case .integer(let i): bytes.append(1); Self.appendNumber(UInt64(bitPattern: Int64(i)), to: &bytes)
            case .date(let s): bytes.append(2); Self.append(s, to: &bytes)
            case .iri(let s): bytes.append(3); Self.append(s, to: &bytes)
            }
        }
        self.bytes = bytes
    }

    var attributes: [Attribute] {
        guard !bytes.isEmpty else { return [] }
        return bytes.withUnsafeBufferPointer { b in
            var out = [Attribute]()
            var i = 0
            func number() -> UInt64 {
                var value: UInt64 = 0, shift: UInt64 = 0
                while true {
                    let byte = b[i]
                    i += 1
                    value |= UInt64(byte & 0x7F) << shift
                    if byte < 0x80 { return value }
                    shift += 7
                }
            }
            func text() -> String {
                let n = Int(number())
                defer { i += n }
                return String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)
            }
            while i < b.count {
                let name = AttributeName.allCases[Int(b[i])]
                let type = b[i + 1]
                i += 2
                switch type {
                case 0: out.append(Attribute(name, .string(text())))
                case 1: out.append(Attribute(name, .integer(Int(Int64(bitPattern: number())))))
                case 2: out.append(Attribute(name, .date(text())))
                default: out.append(Attribute(name, .iri(text())))
                }
            }
            return out
        }
    }

    // Compared as the attributes are (String equality is by canonical equivalence, not by bytes).
    static func == (a: PackedAttributes, b: PackedAttributes) -> Bool { a.bytes == b.bytes || a.attributes == b.attributes }
    func hash(into hasher: inout Hasher) { hasher.combine(attributes) }

    private static let nameCode: [AttributeName: UInt8] = {
        precondition(AttributeName.allCases.count < 256)
        return Dictionary(uniqueKeysWithValues: AttributeName.allCases.enumerated().map { ($1, UInt8($0)) })
    }()

    /// The bytes ``appendNumber(_:to:)`` writes for `value`.
    private static func numberLength(_ value: UInt64) -> Int {
        var v = value, n = 1
        while v >= 0x80 { v >>= 7; n += 1 }
        return n
    }

    private static func appendNumber(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    private static func append(_ s: String, to bytes: inout [UInt8]) {
        appendNumber(UInt64(s.utf8.count), to: &bytes)
        bytes.append(contentsOf: s.utf8)
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
    /// Sorted by kind, then key. Stored where the documents' nodes were made (``GraphNodes``).
    public var nodes: GraphNodes { didSet { nodeOfString = nil } }
    /// Sorted by source, relation, target, then provenance. Both ends are nodes, except a document of the
    /// corpus outside the run at one end of a `cites-document` or `adopted-as` edge (``GraphBuilder/build(_:corpusSymbols:)``).
    /// Stored compactly; each ``GraphEdge`` is made when read.
    public var edges: GraphEdges { didSet { nodeOfString = nil } }
    /// For each string of ``edges`` (``GraphEdges/strings``), the index of the first node with that key,
    /// or -1: made by ``GraphBuilder`` while it still has its index of the strings, so that a serializer
    /// need not make a table of a million keys again. Nil once `nodes` or `edges` are changed.
    var nodeOfString: [Int32]?

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = GraphNodes(nodes)
        self.edges = GraphEdges(edges)
    }

    init(nodes: GraphNodes, edges: GraphEdges, nodeOfString: [Int32]?) {
        self.nodes = nodes
        self.edges = edges
        self.nodeOfString = nodeOfString
    }

    /// Node counts by kind.
    public func count(_ kind: NodeKind) -> Int { nodes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }
}
