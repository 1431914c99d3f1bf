/// GraphML for Gephi, yEd, Cytoscape, NetworkX and igraph: valid against the GraphML XSD, typed keys
/// with readable ids declared before the graph (Gephi takes `label` as the label column, Cytoscape
/// `name` and `interaction`), a `color` per node kind.
public struct GraphMLSerializer: GraphSerializer {
    public let format = ExportFormat.graphml
    public var mapping: RDFMapping

    public init(mapping: RDFMapping = RDFMapping()) {
        self.mapping = mapping
    }

    private struct Key {
        var id: String
        var domain: String
        var type: String
        var defaultValue: String?
    }

    private static let nodeKeys: [Key] = [
        Key(id: "label", domain: "node", type: "string"), Key(id: "name", domain: "node", type: "string"),
        Key(id: "kind", domain: "node", type: "string"), Key(id: "category", domain: "node", type: "string", defaultValue: ""),
        Key(id: "iri", domain: "node", type: "string"), Key(id: "mentions", domain: "node", type: "int", defaultValue: "0"),
        Key(id: "color", domain: "node", type: "string"),
    ]

    private static let edgeKeys: [Key] = [
        Key(id: "relation", domain: "edge", type: "string"), Key(id: "interaction", domain: "edge", type: "string"),
        Key(id: "document", domain: "edge", type: "string", defaultValue: ""),
        Key(id: "paragraph", domain: "edge", type: "string", defaultValue: ""),
        Key(id: "start", domain: "edge", type: "int", defaultValue: "-1"), Key(id: "end", domain: "edge", type: "int", defaultValue: "-1"),
        Key(id: "evidence", domain: "edge", type: "string", defaultValue: ""),
        Key(id: "weight", domain: "edge", type: "double", defaultValue: "1.0"),
    ]

    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        let ids = GraphStyle.nodeIDs(graph)
        // Attribute keys actually used, in a fixed order; prefixed `a-` only where they would clash.
        var used = Set<AttributeName>()
        for node in graph.nodes { for a in node.attributes { used.insert(a.name) } }
        let reserved = Set((Self.nodeKeys + Self.edgeKeys).map(\.id))
        let attributeKeys = AttributeName.allCases.filter(used.contains).map { name -> (AttributeName, Key) in
            let type: String = name.valueType == .integer ? "int" : "string"
            let id = reserved.contains(name.rawValue) ? "node-" + name.rawValue : name.rawValue
            return (name, Key(id: id, domain: "node", type: type))
        }
        let keyID = Dictionary(uniqueKeysWithValues: attributeKeys.map { ($0.0, $0.1.id) })

        let xml = try XMLWriter(path: path)
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
        for key in Self.nodeKeys + attributeKeys.map(\.1) + Self.edgeKeys {
            try xml.startElement("key")
            try xml.attribute("id", key.id)
            try xml.attribute("for", key.domain)
            try xml.attribute("attr.name", key.id)
            try xml.attribute("attr.type", key.type)
            if let d = key.defaultValue { try xml.element("default", text: d) }
            try xml.endElement()
        }
        try xml.startElement("graph")
        try xml.attribute("id", "resgraph")
        try xml.attribute("edgedefault", "directed")
        for node in graph.nodes {
            try xml.startElement("node")
            try xml.attribute("id", ids[node.key]!)
            try xml.element("data", attributes: [("key", "label")], text: node.label)
            try xml.element("data", attributes: [("key", "name")], text: node.label)
            try xml.element("data", attributes: [("key", "kind")], text: node.kind.rawValue)
            if let c = node.category { try xml.element("data", attributes: [("key", "category")], text: c) }
            try xml.element("data", attributes: [("key", "iri")], text: mapping.iri(forKey: node.key))
            try xml.element("data", attributes: [("key", "mentions")], text: String(node.mentionCount))
            try xml.element("data", attributes: [("key", "color")], text: GraphStyle.color(node.kind))
            // GraphML allows one value per key and node: repeated attributes (aliases, sponsors) are joined.
            var grouped = [(AttributeName, [String])]()
            for a in node.attributes {
                if let last = grouped.last, last.0 == a.name { grouped[grouped.count - 1].1.append(a.value.lexicalForm) } else { grouped.append((a.name, [a.value.lexicalForm])) }
            }
            for (name, values) in grouped {
                try xml.element("data", attributes: [("key", keyID[name]!)], text: values.joined(separator: " | "))
            }
            try xml.endElement()
        }
        for (index, edge) in graph.edges.enumerated() {
            try xml.startElement("edge")
            try xml.attribute("id", "e\(index + 1)")
            try xml.attribute("source", ids[edge.source]!)
            try xml.attribute("target", ids[edge.target]!)
            try xml.element("data", attributes: [("key", "relation")], text: edge.relation.rawValue)
            try xml.element("data", attributes: [("key", "interaction")], text: edge.relation.rawValue)
            if let p = edge.provenance {
                try xml.element("data", attributes: [("key", "document")], text: p.document)
                try xml.element("data", attributes: [("key", "paragraph")], text: p.paragraph)
                try xml.element("data", attributes: [("key", "start")], text: String(p.start))
                try xml.element("data", attributes: [("key", "end")], text: String(p.end))
                try xml.element("data", attributes: [("key", "evidence")], text: p.text)
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()
        try xml.finish()
    }
}
