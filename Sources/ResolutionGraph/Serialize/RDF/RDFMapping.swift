/// How the graph becomes RDF (documented in `Ontology/README.md`):
///
/// - every node is a resource with a content-derived IRI: `{base}actor/unodc`,
///   `{base}document/A%2FC.3%2F73%2FL.7`, `{base}document/A%2FC.3%2F73%2FL.7/op4`;
/// - structure and knowledge are plain triples (`rg:hasParagraph`, `rg:mentions`, `rg:supplements`);
/// - nothing depends on which other documents are exported with a document (no corpus-wide counts:
///   count `rg:Mention` nodes instead), so exports of disjoint parts of a corpus merge exactly;
/// - provenance is reified as nodes a SPARQL user can query directly: each mention is an `rg:Mention`
///   with its paragraph, span and quoted text; each action an `rg:Action` with its verb, addressees,
///   objects and evidence.
public struct RDFMapping: Sendable {
    /// The namespace of instance data.
    public var base: String

    public init(base: String = IRI.defaultBase) {
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    }

    /// The IRI of a node key.
    public func iri(forKey key: String) -> String {
        if key.hasPrefix("document/") {
            let rest = key.dropFirst("document/".count)
            if let hash = rest.lastIndex(of: "#") {
                return base + "document/" + IRI.encodeSegment(String(rest[..<hash])) + "/" + IRI.encodeSegment(String(rest[rest.index(after: hash)...]))
            }
            return base + "document/" + IRI.encodeSegment(String(rest))
        }
        return base + key.split(separator: "/", omittingEmptySubsequences: false).map { IRI.encodeSegment(String($0)) }.joined(separator: "/")
    }

    /// Calls `body` with every resource of the graph, in a deterministic order.
    ///
    /// Per node, this builds the node's resource and then one `rg:Mention` resource per mention edge.
    /// The work is organised so that nothing is computed per edge that can be computed per node:
    /// every node's IRI is percent-encoded once (``ResourceTables``), edges are grouped by source
    /// through integer indices rather than a dictionary of arrays, and predicates are shared constants.
    public func forEachResource(of graph: KnowledgeGraph, _ body: (RDFResource) throws -> Void) throws {
        try forEachResource(of: graph, including: { _ in true }, body)
    }

    /// ``forEachResource(of:_:)`` for the nodes of the kinds `include` accepts (and their mentions) only;
    /// the edges from a document outside the graph are written whatever `include` says.
    func forEachResource(of graph: KnowledgeGraph, including include: (NodeKind) -> Bool, _ body: (RDFResource) throws -> Void) throws {
        let tables = ResourceTables(graph, mapping: self)
        let nodes = graph.nodes
        let edges = graph.edges
        // Repeated (relation, target) pairs among a node's edges (several mentions of one entity in a
        // paragraph are several rg:Mention nodes but one rg:mentions triple): `seenBy[t] == i` says node
        // `i` already links to node `t`, and `seenRelations[t]` holds a bit per relation it used.
        var seenBy = [Int32](repeating: -1, count: nodes.count)
        var seenRelations = [UInt64](repeating: 0, count: nodes.count)
        var linkedElsewhere = Set<String>() // the same for targets that are not nodes (none in practice)
        var documentIRIs = [String: String]()
        for (i, node) in nodes.enumerated() where include(node.kind) {
            let subject = tables.iri(i, mapping: self)
            let attributes = node.attributes   // unpacked once
            var properties = [(QName, RDFObject)]()
            properties.reserveCapacity(6 + attributes.count + tables.outgoingCount(i))
            properties.append((P.label, .english(Self.cleanLiteral(node.label))))
            if node.kind == .actor || node.kind == .instrument || node.kind == .theme {
                properties.append((P.prefLabel, .english(Self.cleanLiteral(node.label))))
                if let c = node.category { properties.append((P.category, .literal(Self.cleanLiteral(c)))) }
            }
            if let documentKey = owningDocument(node) {
                properties.append((P.inDocument, .iri(tables.iri(forKey: documentKey, mapping: self))))
                if node.kind == .action, let a = attributes.first(where: { $0.name == .paragraphID }), case .string(let paragraph) = a.value {
                    properties.append((P.inParagraph, .iri(tables.iri(forKey: documentKey + "#" + paragraph, mapping: self))))
                }
            }
            // The properties above have distinct predicates. Attribute values may repeat one of them or
            // each other (several attributes map to skos:closeMatch; cleaning can make two literals
            // equal), so each is checked against the earlier non-edge properties with its predicate:
            // RDF graphs are sets, and a repeated triple makes stores count differently.
            for attribute in attributes {
                var (predicate, object) = property(attribute, kind: node.kind)
                if case .literal(let text, let datatype, let language) = object {
                    object = .literal(Self.cleanLiteral(text), datatype: datatype, language: language)
                }
                if !Self.contains(properties, predicate, object) { properties.append((predicate, object)) }
            }
            let nonEdgeCount = properties.count
            var mentions = [RDFResource]()
            for e in tables.outgoing(i) {
                let edge = edges[e]
                let relation = Self.relations[edge.relation]!
                let target = tables.target(e)
                let isNew: Bool
                if target >= 0 {
                    if seenBy[target] != Int32(i) { seenBy[target] = Int32(i); seenRelations[target] = 0 }
                    isNew = seenRelations[target] & relation.bit == 0
                    seenRelations[target] |= relation.bit
                } else {
                    isNew = linkedElsewhere.insert("\(i) \(edge.relation.rawValue) \(edge.target)").inserted
                }
                let targetIRI = target >= 0 ? tables.iri(target, mapping: self) : iri(forKey: edge.target)
                if isNew {
                    // Edges cannot repeat each other (the relation→predicate and key→IRI maps are
                    // one-to-one); only a predicate that attributes also use needs a look back.
                    let object = RDFObject.iri(targetIRI)
                    if !relation.sharedWithAttributes || !Self.contains(properties[..<nonEdgeCount], relation.predicate, object) {
                        properties.append((relation.predicate, object))
                    }
                }
                if edge.relation == .mentions, let p = edge.provenance {
                    let documentIRI: String
                    if let known = documentIRIs[p.document] {
                        documentIRI = known
                    } else {
                        documentIRI = tables.iri(forKey: GraphBuilder.documentKey(p.document), mapping: self)
                        documentIRIs[p.document] = documentIRI
                    }
                    mentions.append(mentionResource(edge, p, paragraphIRI: subject, documentIRI: documentIRI, targetIRI: targetIRI))
                }
            }
            try body(RDFResource(subject: subject, types: types(of: node), properties: properties))
            for m in mentions { try body(m) }
        }
        // Edges from a document outside the graph (`adopted-as` from a draft of another part of the corpus,
        // `export --corpus-symbols`): the triples only, nothing else about that document. None otherwise.
        var outside = [String: [(QName, RDFObject)]]()
        for e in edges.indices where tables.source(e) < 0 {
            let edge = edges[e]
            let pair = (Self.relations[edge.relation]!.predicate, RDFObject.iri(tables.iri(forKey: edge.target, mapping: self)))
            if !Self.contains(outside[edge.source, default: []], pair.0, pair.1) { outside[edge.source, default: []].append(pair) }
        }
        for key in outside.keys.sorted(by: NaturalOrder.less) {
            try body(RDFResource(subject: iri(forKey: key), types: [], properties: outside[key]!))
        }
    }

    /// True when `properties` holds the pair already.
    private static func contains(_ properties: some Collection<(QName, RDFObject)>, _ predicate: QName, _ object: RDFObject) -> Bool {
        properties.contains { $0.0 == predicate && $0.1 == object }
    }

    /// A literal's text as every RDF syntax can carry it identically: characters XML 1.0 forbids are
    /// replaced (as in RDF/XML), and line ends are `\n` (XML parsers turn `\r\n` and `\r` into `\n`).
    static func cleanLiteral(_ s: String) -> String {
        // Fast path: one pass over the bytes; text without controls (other than tab and line feed)
        // and without the bytes of U+FFFE/U+FFFF (which start with 0xEF) is returned as it is.
        if !s.containsUTF8Byte(where: { $0 < 0x20 ? ($0 != 0x09 && $0 != 0x0A) : $0 == 0xEF }) { return s }
        var text = XMLWriter.filter(s)
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// The pairs without repeats, first occurrence kept: RDF graphs are sets, and a repeated triple
    /// makes stores count differently.
    static func unique(_ pairs: [(QName, RDFObject)]) -> [(QName, RDFObject)] {
        struct Key: Hashable { var p: QName; var o: RDFObject }
        var seen = Set<Key>()
        return pairs.filter { seen.insert(Key(p: $0.0, o: $0.1)).inserted }
    }

    private func mentionResource(_ edge: GraphEdge, _ p: Provenance, paragraphIRI: String, documentIRI: String, targetIRI: String) -> RDFResource {
        var subject = paragraphIRI
        subject += "/mention-"
        subject += String(p.start)
        subject += "-"
        subject += String(p.end)
        subject += "-"
        // `edge.target` with `/` replaced by `-`, byte by byte (both are ASCII).
        if edge.target.containsUTF8Byte(where: { $0 == UInt8(ascii: "/") }) {
            subject += String(decoding: edge.target.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
        } else {
            subject += edge.target
        }
        return RDFResource(subject: subject, types: Self.mentionTypes, properties: [
            (P.inParagraph, .iri(paragraphIRI)),
            (P.inDocument, .iri(documentIRI)),
            (P.mentionOf, .iri(targetIRI)),
            (P.start, .integer(p.start)),
            (P.end, .integer(p.end)),
            (P.evidence, .literal(Self.cleanLiteral(p.text))),
        ])
    }

    private func owningDocument(_ node: GraphNode) -> String? {
        guard node.kind == .paragraph || node.kind == .footnote || node.kind == .action,
              let hash = node.key.lastIndex(of: "#") else { return nil }
        return String(node.key[..<hash])
    }

    private func types(of node: GraphNode) -> [QName] {
        switch node.kind {
        case .document: return Self.documentTypes
        case .paragraph:
            switch node.category {
            case "operative": return Self.operativeTypes
            case EnactingFormula.id: return Self.formulaTypes
            default: return Self.preambularTypes
            }
        case .footnote: return Self.footnoteTypes
        case .action: return Self.actionTypes
        case .actor: return Self.actorTypes
        case .instrument: return Self.instrumentTypes
        case .theme: return Self.themeTypes
        }
    }

    // The type lists, shared by every resource of a kind.
    private static let documentTypes = [QName(.rg, "Document")]
    private static let operativeTypes = [QName(.rg, "OperativeParagraph")]
    private static let preambularTypes = [QName(.rg, "PreambularParagraph")]
    private static let footnoteTypes = [QName(.rg, "Footnote")]
    private static let formulaTypes = [QName(.rg, "EnactingFormula")]
    private static let actionTypes = [QName(.rg, "Action")]
    private static let actorTypes = [QName(.rg, "Actor")]
    private static let instrumentTypes = [QName(.rg, "Instrument")]
    private static let themeTypes = [QName(.rg, "Theme"), QName(.skos, "Concept")]
    private static let mentionTypes = [QName(.rg, "Mention")]

    /// The predicates the mapping itself writes (besides attributes and edges), made once.
    enum P {
        static let label = QName(.rdfs, "label")
        static let prefLabel = QName(.skos, "prefLabel")
        static let category = QName(.rg, "category")
        static let inDocument = QName(.rg, "inDocument")
        static let inParagraph = QName(.rg, "inParagraph")
        static let mentionOf = QName(.rg, "mentionOf")
        static let start = QName(.rg, "start")
        static let end = QName(.rg, "end")
        static let evidence = QName(.rg, "evidence")
    }

    /// Per relation: its predicate, a bit for duplicate detection, and whether an attribute or one of
    /// the fixed properties can have the same predicate (then edges are checked against them).
    struct RelationPredicate {
        var predicate: QName
        var bit: UInt64
        var sharedWithAttributes: Bool
    }

    static let relations: [RelationName: RelationPredicate] = {
        let nonEdge = Set(predicates.values).union([P.label, P.prefLabel, P.category, P.inDocument, P.inParagraph])
        precondition(RelationName.allCases.count <= 64)
        var table = [RelationName: RelationPredicate]()
        for (n, relation) in RelationName.allCases.enumerated() {
            let p = predicate(relation)
            table[relation] = RelationPredicate(predicate: p, bit: 1 << UInt64(n), sharedWithAttributes: nonEdge.contains(p))
        }
        return table
    }()

    /// The predicate of an edge.
    func predicate(_ relation: RelationName, sourceKind: NodeKind) -> QName {
        Self.relations[relation]!.predicate
    }

    private static func predicate(_ relation: RelationName) -> QName {
        if relation == .broader { return QName(.skos, "broader") }
        return QName(.rg, relation.rdfLocalName)
    }

    /// The predicate and object of a node attribute.
    func property(_ a: Attribute, kind: NodeKind) -> (QName, RDFObject) {
        let object: RDFObject
        switch a.value {
        case .string(let s): object = a.name == .alias ? .english(s) : .literal(s)
        case .integer(let i): object = .integer(i)
        case .date(let d): object = .date(d)
        case .iri(let i): object = .iri(i)
        }
        return (Self.predicates[a.name]!, object)
    }

    /// One predicate per attribute name; every local part is an NCName by construction.
    static let predicates: [AttributeName: QName] = {
        var table = [AttributeName: QName]()
        for name in AttributeName.allCases {
            switch name {
            case .title: table[name] = QName(.dcterms, "title")
            case .date: table[name] = QName(.dcterms, "date")
            case .alias: table[name] = QName(.skos, "altLabel")
            case .unbis, .eurovoc, .sdg, .wikidata: table[name] = QName(.skos, "closeMatch")
            case .url: table[name] = QName(.rdfs, "seeAlso")
            case .adopted: table[name] = QName(.rg, "adoptionDate")
            case .entryIntoForce: table[name] = QName(.rg, "entryIntoForceDate")
            case .known: table[name] = QName(.rg, "recognizedBy")
            case .source: table[name] = QName(.rg, "sourceFile")
            case .paragraphID: table[name] = QName(.rg, "localId")
            default: table[name] = QName(.rg, RelationName.camelCase(name.rawValue))
            }
        }
        return table
    }()
}

/// Lookup tables over one graph, built once per export: the node at each end of each edge, the edges
/// grouped by source node (in graph order), and the IRIs of the nodes many edges point at.
///
/// Memory: a few integers per node, none per edge. The edges of a built graph are sorted by source, so a
/// node's edges are one run of edge indices (a table of edge indices is made only for a graph whose edges
/// are not); IRIs are kept for documents and entities only, the others are made when needed (a paragraph,
/// footnote or action is the subject of its resource and the target of one or two edges).
struct ResourceTables {
    private let graph: KnowledgeGraph
    /// The node index of each string of the edges (``GraphEdges/strings``), or -1 when it is not a node's key.
    private var nodeOfString: [Int32]
    /// Node `i`'s edges are `lower[i]..<upper[i]`: edge indices, or positions in `order` when there is one.
    private var lower: [Int32]
    private var upper: [Int32]
    private var order: [Int32]?
    /// Index into `cachedIRIs` of node `i`'s IRI, or -1 when it is made when needed.
    private var cacheIndex: [Int32]
    private var cachedIRIs: [String]
    /// The cached nodes, by key.
    private var cachedByKey: [String: Int32]

    init(_ graph: KnowledgeGraph, mapping: RDFMapping) {
        self.graph = graph
        let nodes = graph.nodes, edges = graph.edges
        precondition(nodes.count < Int(Int32.max) && edges.count < Int(Int32.max), "graph too large for 32-bit indices")
        cacheIndex = [Int32](repeating: -1, count: nodes.count)
        cachedIRIs = []
        cachedByKey = [:]
        nodeOfString = []
        lower = [Int32](repeating: 0, count: nodes.count)
        upper = [Int32](repeating: 0, count: nodes.count)
        order = nil
        // The first node with each key; documents' and entities' IRIs are made once.
        func cache(_ i: Int, _ node: GraphNode) {
            switch node.kind {
            case .document, .actor, .instrument, .theme:
                cacheIndex[i] = Int32(cachedIRIs.count)
                cachedByKey[node.key] = Int32(cachedIRIs.count)
                cachedIRIs.append(mapping.iri(forKey: node.key))
            case .paragraph, .footnote, .action:
                break
            }
        }
        if let table = graph.nodeOfString {
            // Made by GraphBuilder: no table of every key is needed.
            nodeOfString = table
            for (i, node) in nodes.enumerated() where node.kind != .paragraph && node.kind != .footnote && node.kind != .action
                && cachedByKey[node.key] == nil {
                cache(i, node)
            }
        } else {
            nodeOfString = [Int32](repeating: -1, count: edges.strings.count)
            // Each key of the edges is looked up once (the edges store each once), not once per edge.
            var indexOfKey = [String: Int32](minimumCapacity: nodes.count)
            for (i, node) in nodes.enumerated() where indexOfKey[node.key] == nil {
                indexOfKey[node.key] = Int32(i)
                cache(i, node)
            }
            for (id, key) in edges.strings.enumerated() {
                if let i = indexOfKey[key] { nodeOfString[id] = i }
            }
        }
        // A node's edges are one run when the edges are grouped by source (as a built graph's are).
        var grouped = true
        var previous: Int32 = -2
        for (e, r) in edges.records.enumerated() {
            let s = nodeOfString[Int(r.source)]
            defer { previous = s }
            guard s >= 0 else { continue }
            if s == previous {
                upper[Int(s)] = Int32(e + 1)
            } else if upper[Int(s)] > 0 {
                grouped = false
                break
            } else {
                lower[Int(s)] = Int32(e)
                upper[Int(s)] = Int32(e + 1)
            }
        }
        if !grouped {
            var counts = [Int](repeating: 0, count: nodes.count + 1)
            for r in edges.records {
                let s = nodeOfString[Int(r.source)]
                if s >= 0 { counts[Int(s) + 1] += 1 }
            }
            for i in 0..<nodes.count { counts[i + 1] += counts[i] }
            var next = counts
            var order = [Int32](repeating: 0, count: counts[nodes.count])
            for (e, r) in edges.records.enumerated() {
                let s = Int(nodeOfString[Int(r.source)])
                guard s >= 0 else { continue }
                order[next[s]] = Int32(e)
                next[s] += 1
            }
            for i in 0..<nodes.count {
                lower[i] = Int32(counts[i])
                upper[i] = Int32(counts[i + 1])
            }
            self.order = order
        }
    }

    func outgoingCount(_ node: Int) -> Int { Int(upper[node] - lower[node]) }

    /// Node `node`'s edges, in graph order.
    func outgoing(_ node: Int) -> LazyMapSequence<Range<Int>, Int> {
        let range = Int(lower[node])..<Int(upper[node])
        if let order { return range.lazy.map { Int(order[$0]) } }
        return range.lazy.map { $0 }
    }

    /// The node index of edge `e`'s source, or -1 when the source is not a node.
    func source(_ e: Int) -> Int { Int(nodeOfString[Int(graph.edges.records[e].source)]) }
    /// The node index of edge `e`'s target, or -1 when the target is not a node.
    func target(_ e: Int) -> Int { Int(nodeOfString[Int(graph.edges.records[e].target)]) }

    /// `mapping.iri(forKey: graph.nodes[node].key)`.
    func iri(_ node: Int, mapping: RDFMapping) -> String {
        let c = cacheIndex[node]
        return c >= 0 ? cachedIRIs[Int(c)] : mapping.iri(forKey: graph.nodes[node].key)
    }

    /// `mapping.iri(forKey: key)`, from the table when it is a document's or an entity's.
    func iri(forKey key: String, mapping: RDFMapping) -> String {
        if let c = cachedByKey[key] { return cachedIRIs[Int(c)] }
        return mapping.iri(forKey: key)
    }
}

extension RelationName {
    /// `entry-into-force` → `entryIntoForce`.
    static func camelCase(_ kebab: String) -> String {
        var out = ""
        var upper = false
        for c in kebab {
            if c == "-" { upper = true; continue }
            out.append(upper ? Character(c.uppercased()) : c)
            upper = false
        }
        return out
    }
}
