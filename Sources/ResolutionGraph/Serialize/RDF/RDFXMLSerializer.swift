/// RDF/XML for triple stores (Oxigraph, Jena, GraphDB, rdflib): one typed node element per resource,
/// namespace prefixes declared once, labels tagged `xml:lang="en"`, typed literals.
public struct RDFXMLSerializer: GraphSerializer {
    public let format = ExportFormat.rdfxml
    public var mapping: RDFMapping

    public init(mapping: RDFMapping = RDFMapping()) {
        self.mapping = mapping
    }

    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        let xml = try XMLWriter(path: path)
        try xml.startDocument()
        try xml.startElement("rdf:RDF")
        for ns in Namespace.allCases { try xml.attribute("xmlns:" + ns.rawValue, ns.iri) }
        try mapping.forEachResource(of: graph) { resource in
            guard IRI.isValidAbsolute(resource.subject) else { throw ResolutionGraphError.invalidIRI(resource.subject) }
            let (first, rest) = (resource.types.first ?? QName(.rdfs, "Resource"), resource.types.dropFirst())
            try xml.startElement(first.prefixed)
            try xml.attribute("rdf:about", resource.subject)
            for type in rest { try xml.element("rdf:type", attributes: [("rdf:resource", type.iri)]) }
            for (predicate, object) in resource.properties {
                switch object {
                case .iri(let iri):
                    guard IRI.isValidAbsolute(iri) else { throw ResolutionGraphError.invalidIRI(iri) }
                    try xml.element(predicate.prefixed, attributes: [("rdf:resource", iri)])
                case .literal(let value, let datatype, let language):
                    var attributes = [(String, String)]()
                    if let language { attributes.append(("xml:lang", language)) }
                    if let datatype { attributes.append(("rdf:datatype", datatype)) }
                    try xml.element(predicate.prefixed, attributes: attributes, text: value)
                }
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.finish()
    }
}
