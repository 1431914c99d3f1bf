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
        // Names written for every resource or triple, encoded once.
        let (about, resourceName, typeName) = (XMLName("rdf:about"), XMLName("rdf:resource"), XMLName("rdf:type"))
        let (lang, datatypeName) = (XMLName("xml:lang"), XMLName("rdf:datatype"))
        // A resource without a type (a document of the corpus outside the run, `export --corpus-symbols`).
        let description = XMLName("rdf:Description")
        try mapping.forEachResource(of: graph) { resource in
            guard IRI.isValidAbsolute(resource.subject) else { throw ResolutionGraphError.invalidIRI(resource.subject) }
            let (first, rest) = (resource.types.first, resource.types.dropFirst())
            try xml.startElement(first?.element ?? description)
            try xml.attribute(about, resource.subject)
            for type in rest { try xml.element(typeName, resourceName, type.iri) }
            for (predicate, object) in resource.properties {
                switch object {
                case .iri(let iri):
                    guard IRI.isValidAbsolute(iri) else { throw ResolutionGraphError.invalidIRI(iri) }
                    try xml.element(predicate.element, resourceName, iri)
                case .literal(let value, let datatype, let language):
                    try xml.startElement(predicate.element)
                    if let language { try xml.attribute(lang, language) }
                    if let datatype { try xml.attribute(datatypeName, datatype) }
                    try xml.text(value)
                    try xml.endElement()
                }
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.finish()
    }
}
