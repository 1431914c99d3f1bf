/// The namespaces the RDF exports use, with their prefixes, in the order they are declared.
public enum Namespace: String, CaseIterable, Sendable {
    case rdf, rdfs, owl, xsd, skos, dcterms, prov, rg

    public var iri: String {
        switch self {
        case .rdf: return "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        case .rdfs: return "http://www.w3.org/2000/01/rdf-schema#"
        case .owl: return "http://www.w3.org/2002/07/owl#"
        case .xsd: return "http://www.w3.org/2001/XMLSchema#"
        case .skos: return "http://www.w3.org/2004/02/skos/core#"
        case .dcterms: return "http://purl.org/dc/terms/"
        case .prov: return "http://www.w3.org/ns/prov#"
        case .rg: return IRI.ontology
        }
    }
}

/// A predicate or class: a namespace and an NCName local part, so that it can always be written as a
/// QName in RDF/XML.
///
/// The full IRI and the prefixed form are computed once, when the name is made: the RDF writers emit
/// them for every triple, and the mapping uses shared constants (``RDFMapping``), so no triple pays
/// for a concatenation or the NCName check.
public struct QName: Sendable, Hashable, Comparable {
    public let namespace: Namespace
    public let local: String
    public let iri: String
    public let prefixed: String
    /// `prefixed`, encoded for libxml2 (the element name in RDF/XML).
    let element: XMLName

    /// - Precondition: `local` is an NCName (guaranteed by construction of the vocabulary).
    public init(_ namespace: Namespace, _ local: String) {
        precondition(IRI.isNCName(local), "\(local) is not an NCName")
        self.namespace = namespace
        self.local = local
        self.iri = namespace.iri + local
        self.prefixed = namespace.rawValue + ":" + local
        self.element = XMLName(prefixed)
    }

    public static func == (a: QName, b: QName) -> Bool { a.namespace == b.namespace && a.local == b.local }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(namespace)
        hasher.combine(local)
    }

    public static func < (a: QName, b: QName) -> Bool { a.prefixed < b.prefixed }
}

/// The object of a triple.
public enum RDFObject: Sendable, Hashable {
    case iri(String)
    /// A literal with an optional datatype IRI or language tag.
    case literal(String, datatype: String? = nil, language: String? = nil)

    static func english(_ s: String) -> RDFObject { .literal(s, language: "en") }
    static func integer(_ i: Int) -> RDFObject { .literal(String(i), datatype: xsdInteger) }
    static func date(_ s: String) -> RDFObject { .literal(s, datatype: xsdDate) }

    /// Datatype IRIs, built once rather than per literal.
    static let xsdInteger = Namespace.xsd.iri + "integer"
    static let xsdDate = Namespace.xsd.iri + "date"
}

/// One subject with its types and predicate–object pairs: the unit every RDF serializer writes.
public struct RDFResource: Sendable {
    public var subject: String
    /// The first type becomes the typed node element in RDF/XML.
    public var types: [QName]
    public var properties: [(QName, RDFObject)]

    /// The number of triples the resource holds.
    public var tripleCount: Int { types.count + properties.count }
}
