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
        // Names written for every node, edge and value, encoded once; one `<data key="…">` name per key.
        let (nodeName, edgeName, dataName, keyName) = (XMLName("node"), XMLName("edge"), XMLName("data"), XMLName("key"))
        let (idName, sourceName, targetName) = (XMLName("id"), XMLName("source"), XMLName("target"))
        let kindColors = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, GraphStyle.color($0)) })
        for node in graph.nodes {
            try xml.startElement(nodeName)
            try xml.attribute(idName, ids[node.key]!)
            try xml.element(dataName, keyName, "label", text: node.label)
            try xml.element(dataName, keyName, "name", text: node.label)
            try xml.element(dataName, keyName, "kind", text: node.kind.rawValue)
            if let c = node.category { try xml.element(dataName, keyName, "category", text: c) }
            try xml.element(dataName, keyName, "iri", text: mapping.iri(forKey: node.key))
            try xml.element(dataName, keyName, "mentions", text: String(node.mentionCount))
            try xml.element(dataName, keyName, "color", text: kindColors[node.kind]!)
            // GraphML allows one value per key and node: repeated attributes (aliases, sponsors) are joined.
            var grouped = [(AttributeName, [String])]()
            for a in node.attributes {
                if let last = grouped.last, last.0 == a.name { grouped[grouped.count - 1].1.append(a.value.lexicalForm) } else { grouped.append((a.name, [a.value.lexicalForm])) }
            }
            for (name, values) in grouped {
                try xml.element(dataName, keyName, keyID[name]!, text: values.count == 1 ? values[0] : values.joined(separator: " | "))
            }
            try xml.endElement()
        }
        var index = 0
        try GraphStyle.forEachDrawableEdge(graph, ids: ids) { edge, sourceID, targetID in
            index += 1
            try xml.startElement(edgeName)
            try xml.attribute(idName, "e" + String(index))
            try xml.attribute(sourceName, sourceID)
            try xml.attribute(targetName, targetID)
            try xml.element(dataName, keyName, "relation", text: edge.relation.rawValue)
            try xml.element(dataName, keyName, "interaction", text: edge.relation.rawValue)
            if let p = edge.provenance {
                try xml.element(dataName, keyName, "document", text: p.document)
                try xml.element(dataName, keyName, "paragraph", text: p.paragraph)
                try xml.element(dataName, keyName, "start", text: String(p.start))
                try xml.element(dataName, keyName, "end", text: String(p.end))
                try xml.element(dataName, keyName, "evidence", text: p.text)
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()
        try xml.finish()
    }
}
