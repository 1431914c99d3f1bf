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
        // Constants in locals: a `static let` read in the loop costs a `swift_once` call each time.
        let (indent, separator, space, comma, end) = (Self.indent, Self.separator, Self.space, Self.comma, RDFTermWriter.endOfTriple)
        // Appended piece by piece to the writer's buffer, one access per resource:
        // "\n<subject>\n    a T1, T2 ;\n    p1 o1 ;\n    p2 o2 .\n".
        try mapping.forEachResource(of: graph) { resource in
            try RDFTermWriter.checkIRI(resource.subject)
            try out.withBuffer { buffer in
                buffer.append(UInt8(ascii: "\n"))
                RDFTermWriter.appendIRI(resource.subject, to: &buffer)
                buffer.append(contentsOf: indent)
                var first = true
                if !resource.types.isEmpty {
                    first = false
                    buffer.append(UInt8(ascii: "a"))
                    for (n, type) in resource.types.enumerated() {
                        buffer.append(contentsOf: n == 0 ? space : comma)
                        buffer.append(contentsOf: type.prefixed.utf8)
                    }
                }
                for (predicate, object) in resource.properties {
                    if !first { buffer.append(contentsOf: separator) }
                    first = false
                    buffer.append(contentsOf: predicate.prefixed.utf8)
                    buffer.append(UInt8(ascii: " "))
                    try RDFTermWriter.append(object, prefixed: true, to: &buffer)
                }
                buffer.append(contentsOf: end)
            }
        }
        try out.close()
    }

    private static let indent = Array("\n    ".utf8)
    private static let separator = Array(" ;\n    ".utf8)
    private static let space = Array(" ".utf8)
    private static let comma = Array(", ".utf8)
}
