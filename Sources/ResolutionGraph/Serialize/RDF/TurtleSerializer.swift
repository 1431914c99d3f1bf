/// Turtle, for reading: prefixes declared, one block per subject, isomorphic to the RDF/XML.
public struct TurtleSerializer: GraphSerializer {
    public let format = ExportFormat.turtle
    public var mapping: RDFMapping

    public init(mapping: RDFMapping = RDFMapping()) {
        self.mapping = mapping
    }

    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        let out = try TextFileWriter(path: path)
        for ns in Namespace.allCases { try out.write("@prefix \(ns.rawValue): <\(ns.iri)> .\n") }
        try mapping.forEachResource(of: graph) { resource in
            try out.write("\n" + (try RDFTermWriter.iri(resource.subject)))
            var lines = [String]()
            if !resource.types.isEmpty { lines.append("a " + resource.types.map(\.prefixed).joined(separator: ", ")) }
            for (predicate, object) in resource.properties {
                lines.append(predicate.prefixed + " " + (try RDFTermWriter.object(object, prefixed: true)))
            }
            try out.write("\n    " + lines.joined(separator: " ;\n    ") + " .\n")
        }
        try out.close()
    }
}
