/// The export formats, each with one serializer.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    case rdfxml, graphml, dot, ntriples, turtle

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .rdfxml: return "rdf"
        case .graphml: return "graphml"
        case .dot: return "dot"
        case .ntriples: return "nt"
        case .turtle: return "ttl"
        }
    }

    /// The serializer that writes this format.
    public func serializer(options: ExportOptions) -> any GraphSerializer {
        switch self {
        case .rdfxml: return RDFXMLSerializer(mapping: RDFMapping(base: options.base))
        case .ntriples: return NTriplesSerializer(mapping: RDFMapping(base: options.base))
        case .turtle: return TurtleSerializer(mapping: RDFMapping(base: options.base))
        case .graphml: return GraphMLSerializer(mapping: RDFMapping(base: options.base))
        case .dot: return DOTSerializer(view: options.dotView, top: options.top)
        }
    }
}

/// Options shared by the serializers.
public struct ExportOptions: Sendable {
    /// Namespace of instance IRIs.
    public var base: String
    /// What the DOT picture shows.
    public var dotView: DOTView
    /// In the summary view, keep at most this many entities (by degree, then mentions).
    public var top: Int?

    public init(base: String = IRI.defaultBase, dotView: DOTView = .full, top: Int? = nil) {
        self.base = base
        self.dotView = dotView
        self.top = top
    }
}

/// Writes a knowledge graph in one format to a file path. Serializers stream to the path they are
/// given; the caller makes the write atomic (see ``AtomicFile``).
public protocol GraphSerializer: Sendable {
    var format: ExportFormat { get }
    /// Writes `graph` to `path`, creating or truncating it.
    func write(_ graph: KnowledgeGraph, to path: String) throws
}
