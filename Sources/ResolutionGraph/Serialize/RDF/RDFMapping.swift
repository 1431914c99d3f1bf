/// How the graph becomes RDF (documented in `Ontology/README.md`):
///
/// - every node is a resource with a content-derived IRI: `{base}actor/unodc`,
///   `{base}document/A%2FC.3%2F73%2FL.7`, `{base}document/A%2FC.3%2F73%2FL.7/op4`;
/// - structure and knowledge are plain triples (`rg:hasParagraph`, `rg:mentions`, `rg:supplements`);
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
    public func forEachResource(of graph: KnowledgeGraph, _ body: (RDFResource) throws -> Void) throws {
        var outgoing = [String: [GraphEdge]]()
        for e in graph.edges { outgoing[e.source, default: []].append(e) }
        for node in graph.nodes {
            let subject = iri(forKey: node.key)
            var resource = RDFResource(subject: subject, types: types(of: node), properties: [])
            resource.properties.append((QName(.rdfs, "label"), .english(node.label)))
            if node.kind == .actor || node.kind == .instrument || node.kind == .theme {
                resource.properties.append((QName(.skos, "prefLabel"), .english(node.label)))
                if let c = node.category { resource.properties.append((QName(.rg, "category"), .literal(c))) }
                resource.properties.append((QName(.rg, "mentionCount"), .integer(node.mentionCount)))
            }
            if let documentKey = owningDocument(node) {
                resource.properties.append((QName(.rg, "inDocument"), .iri(iri(forKey: documentKey))))
                if node.kind == .action, case .string(let paragraph)? = node.values(.paragraphID).first {
                    resource.properties.append((QName(.rg, "inParagraph"), .iri(iri(forKey: documentKey + "#" + paragraph))))
                }
            }
            for attribute in node.attributes {
                resource.properties.append(property(attribute, kind: node.kind))
            }
            var mentions = [RDFResource]()
            // Several mentions of one entity in a paragraph are several rg:Mention nodes but one rg:mentions triple.
            var linked = Set<String>()
            for edge in outgoing[edge: node.key] {
                if linked.insert(edge.relation.rawValue + " " + edge.target).inserted {
                    resource.properties.append((predicate(edge.relation, sourceKind: node.kind), .iri(iri(forKey: edge.target))))
                }
                if edge.relation == .mentions, let p = edge.provenance {
                    mentions.append(mentionResource(edge, p, paragraphIRI: subject))
                }
            }
            resource.properties = Self.unique(resource.properties.map { p, o in
                if case .literal(let text, let datatype, let language) = o {
                    return (p, .literal(Self.cleanLiteral(text), datatype: datatype, language: language))
                }
                return (p, o)
            })
            try body(resource)
            for m in mentions { try body(m) }
        }
    }

    /// A literal's text as every RDF syntax can carry it identically: characters XML 1.0 forbids are
    /// replaced (as in RDF/XML), and line ends are `\n` (XML parsers turn `\r\n` and `\r` into `\n`).
    static func cleanLiteral(_ s: String) -> String {
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

    private func mentionResource(_ edge: GraphEdge, _ p: Provenance, paragraphIRI: String) -> RDFResource {
        let subject = paragraphIRI + "/mention-\(p.start)-\(p.end)-" + edge.target.replacingOccurrences(of: "/", with: "-")
        return RDFResource(subject: subject, types: [QName(.rg, "Mention")], properties: [
            (QName(.rg, "inParagraph"), .iri(paragraphIRI)),
            (QName(.rg, "inDocument"), .iri(iri(forKey: GraphBuilder.documentKey(p.document)))),
            (QName(.rg, "mentionOf"), .iri(iri(forKey: edge.target))),
            (QName(.rg, "start"), .integer(p.start)),
            (QName(.rg, "end"), .integer(p.end)),
            (QName(.rg, "evidence"), .literal(Self.cleanLiteral(p.text))),
        ])
    }

    private func owningDocument(_ node: GraphNode) -> String? {
        guard node.kind == .paragraph || node.kind == .footnote || node.kind == .action,
              let hash = node.key.lastIndex(of: "#") else { return nil }
        return String(node.key[..<hash])
    }

    private func types(of node: GraphNode) -> [QName] {
        switch node.kind {
        case .document: return [QName(.rg, "Document")]
        case .paragraph: return [QName(.rg, node.category == "operative" ? "OperativeParagraph" : "PreambularParagraph")]
        case .footnote: return [QName(.rg, "Footnote")]
        case .action: return [QName(.rg, "Action")]
        case .actor: return [QName(.rg, "Actor")]
        case .instrument: return [QName(.rg, "Instrument")]
        case .theme: return [QName(.rg, "Theme"), QName(.skos, "Concept")]
        }
    }

    /// The predicate of an edge.
    func predicate(_ relation: RelationName, sourceKind: NodeKind) -> QName {
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

extension Dictionary where Key == String, Value == [GraphEdge] {
    fileprivate subscript(edge key: String) -> [GraphEdge] { self[key] ?? [] }
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
