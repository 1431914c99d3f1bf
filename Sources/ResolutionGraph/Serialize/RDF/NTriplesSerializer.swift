/// N-Triples, for bulk loaders: one triple per line, streamed, isomorphic to the RDF/XML.
public struct NTriplesSerializer: GraphSerializer {
    public let format = ExportFormat.ntriples
    public var mapping: RDFMapping

    public init(mapping: RDFMapping = RDFMapping()) {
        self.mapping = mapping
    }

    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        let out = try TextFileWriter(path: path)
        let rdfType = "<" + Namespace.rdf.iri + "type>"
        try mapping.forEachResource(of: graph) { resource in
            let subject = try RDFTermWriter.iri(resource.subject)
            for type in resource.types { try out.write("\(subject) \(rdfType) <\(type.iri)> .\n") }
            for (predicate, object) in resource.properties {
                try out.write("\(subject) <\(predicate.iri)> \(try RDFTermWriter.object(object, prefixed: false)) .\n")
            }
        }
        try out.close()
    }
}

/// Writes IRIs and literals in N-Triples / Turtle syntax.
enum RDFTermWriter {
    static func iri(_ s: String) throws -> String {
        guard IRI.isValidAbsolute(s) else { throw ResolutionGraphError.invalidIRI(s) }
        return "<" + s + ">"
    }

    static func object(_ o: RDFObject, prefixed: Bool) throws -> String {
        switch o {
        case .iri(let i): return try iri(i)
        case .literal(let value, let datatype, let language):
            var s = "\"" + escape(value) + "\""
            if let language { s += "@" + language } else if let datatype {
                if prefixed, datatype.hasPrefix(Namespace.xsd.iri) {
                    s += "^^xsd:" + datatype.dropFirst(Namespace.xsd.iri.count)
                } else {
                    s += "^^<" + datatype + ">"
                }
            }
            return s
        }
    }

    /// Escapes a literal's lexical form: quotes, backslashes and control characters.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0xFFFE || u.value == 0xFFFF {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
