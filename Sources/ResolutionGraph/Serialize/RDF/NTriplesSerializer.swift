/// N-Triples, for bulk loaders: one triple per line, streamed, isomorphic to the RDF/XML.
public struct NTriplesSerializer: GraphSerializer {
    public let format = ExportFormat.ntriples
    public var mapping: RDFMapping

    public init(mapping: RDFMapping = RDFMapping()) {
        self.mapping = mapping
    }

    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        let out = try TextFileWriter(path: path)
        // Constants in locals: a `static let` read in the loop costs a `swift_once` call each time.
        let rdfType = Self.rdfType
        // Each resource's triples are appended to the writer's buffer in one access: no line is built
        // as a String, and the buffer's exclusivity is checked once per resource rather than per piece.
        try mapping.forEachResource(of: graph) { resource in
            try RDFTermWriter.checkIRI(resource.subject)
            try out.withBuffer { buffer in try Self.append(resource, rdfType: rdfType, to: &buffer) }
        }
        try out.close()
    }

    /// ` <rdf:type> ` as bytes: pass it to ``append(_:rdfType:to:)``.
    static let rdfType = Array((" <" + Namespace.rdf.iri + "type> ").utf8)

    /// The lines of `resource` (its subject already checked with ``RDFTermWriter/checkIRI(_:)``).
    @inline(__always)
    static func append(_ resource: RDFResource, rdfType: [UInt8], to buffer: inout [UInt8]) throws {
        let subject = resource.subject
        let endOfTriple = RDFTermWriter.endOfTriple
        for type in resource.types {
            RDFTermWriter.appendIRI(subject, to: &buffer)
            buffer.append(contentsOf: rdfType)
            RDFTermWriter.appendIRI(type.iri, to: &buffer)
            buffer.append(contentsOf: endOfTriple)
        }
        for (predicate, object) in resource.properties {
            RDFTermWriter.appendIRI(subject, to: &buffer)
            buffer.append(UInt8(ascii: " "))
            RDFTermWriter.appendIRI(predicate.iri, to: &buffer)
            buffer.append(UInt8(ascii: " "))
            try RDFTermWriter.append(object, prefixed: false, to: &buffer)
            buffer.append(contentsOf: endOfTriple)
        }
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

    static let endOfTriple: [UInt8] = Array(" .\n".utf8)
    private static let xsdPrefixedInteger: [UInt8] = Array("^^xsd:integer".utf8)
    private static let xsdPrefixedDate: [UInt8] = Array("^^xsd:date".utf8)

    /// Throws unless `s` is an absolute IRI (what ``iri(_:)`` checks).
    @inline(__always)
    static func checkIRI(_ s: String) throws {
        guard IRI.isValidAbsolute(s) else { throw ResolutionGraphError.invalidIRI(s) }
    }

    /// `<s>`, not checked: for IRIs checked already or made from constants.
    @inline(__always)
    static func appendIRI(_ s: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(contentsOf: s.utf8)
        buffer.append(UInt8(ascii: ">"))
    }

    /// What ``object(_:prefixed:)`` returns, appended to `buffer` without building a string.
    static func append(_ o: RDFObject, prefixed: Bool, to buffer: inout [UInt8]) throws {
        switch o {
        case .iri(let i):
            try checkIRI(i)
            appendIRI(i, to: &buffer)
        case .literal(let value, let datatype, let language):
            buffer.append(UInt8(ascii: "\""))
            appendEscaped(value, to: &buffer)
            buffer.append(UInt8(ascii: "\""))
            if let language {
                buffer.append(UInt8(ascii: "@"))
                buffer.append(contentsOf: language.utf8)
            } else if let datatype {
                // The two datatypes the mapping uses are compared first (a pointer check when they
                // are the shared constants); any other takes the general path.
                if prefixed, datatype == RDFObject.xsdInteger {
                    buffer.append(contentsOf: xsdPrefixedInteger)
                } else if prefixed, datatype == RDFObject.xsdDate {
                    buffer.append(contentsOf: xsdPrefixedDate)
                } else if prefixed, datatype.hasPrefix(Namespace.xsd.iri) {
                    buffer.append(contentsOf: "^^xsd:".utf8)
                    buffer.append(contentsOf: datatype.dropFirst(Namespace.xsd.iri.count).utf8)
                } else {
                    buffer.append(contentsOf: "^^<".utf8)
                    buffer.append(contentsOf: datatype.utf8)
                    buffer.append(UInt8(ascii: ">"))
                }
            }
        }
    }

    /// ``escape(_:)`` appended to `buffer`, on UTF-8 bytes. Fast path: a string with no quote,
    /// backslash, control character, DEL or 0xEF byte (the lead byte of U+FFFE and U+FFFF) is copied
    /// as it is — nearly every literal.
    static func appendEscaped(_ s: String, to buffer: inout [UInt8]) {
        if !s.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xEF }) {
            buffer.append(contentsOf: s.utf8)
            return
        }
        let hex = Array("0123456789ABCDEF".utf8)
        func unicodeEscape(_ v: UInt32) {
            buffer.append(contentsOf: "\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) { buffer.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
        }
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: buffer.append(contentsOf: "\\\"".utf8)
            case 0x5C: buffer.append(contentsOf: "\\\\".utf8)
            case 0x0A: buffer.append(contentsOf: "\\n".utf8)
            case 0x0D: buffer.append(contentsOf: "\\r".utf8)
            case 0x09: buffer.append(contentsOf: "\\t".utf8)
            case 0..<0x20, 0x7F: unicodeEscape(UInt32(b))
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                // EF BF BE / EF BF BF are U+FFFE / U+FFFF.
                unicodeEscape(bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF)
                i += 2
            default: buffer.append(b)
            }
            i += 1
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
