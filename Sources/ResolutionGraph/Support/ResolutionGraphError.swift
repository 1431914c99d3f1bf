/// Input that stops the run. Every message names the file and says what is wrong.
public enum ResolutionGraphError: Error, Sendable, Equatable {
    case fileNotFound(String)
    case notARegularFile(String)
    case unreadable(String, reason: String)
    case emptyInput(String)
    case binaryInput(String)
    case undecodable(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case tooSlow(String, seconds: Double, stage: String)
    case noStructure(String)
    case malformedXML(String, line: Int, column: Int, message: String)
    case unexpectedXML(String, expected: String)
    case vocabulary(String, line: Int, message: String)
    case ontologyNotFound(String)
    case invalidIRI(String)
    case invalidQName(String)
    case output(String, reason: String)
}

extension ResolutionGraphError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .fileNotFound(let f): return "\(f): no such file"
        case .notARegularFile(let f): return "\(f): not a regular file (a directory, device or FIFO); pass a text, XML or HTML file"
        case .unreadable(let f, let reason): return "\(f): cannot be read: \(reason)"
        case .emptyInput(let f): return "\(f): the file is empty (or holds only white space); nothing to extract"
        case .binaryInput(let f): return "\(f): looks like binary data, not text; pass plain text, PDF, Akoma Ntoso XML or HTML"
        case .undecodable(let f): return "\(f): the text is in no encoding resgraph can read (tried UTF-8, UTF-16 and Windows-1252)"
        case .tooLarge(let f, let bytes, let limit): return "\(f): \(bytes) bytes is over the limit of \(limit) bytes per document; raise it with --max-document-size"
        case .tooSlow(let f, let seconds, let stage): return "\(f): gave up after \(Self.format(seconds)) s (the limit per document), during \(stage); raise it with --document-timeout"
        case .noStructure(let f): return "\(f): no paragraphs found"
        case .malformedXML(let f, let line, let column, let message): return "\(f):\(line):\(column): malformed XML: \(message)"
        case .unexpectedXML(let f, let expected): return "\(f): unexpected XML shape: expected \(expected)"
        case .vocabulary(let f, let line, let message): return "\(f):\(line): \(message)"
        case .ontologyNotFound(let d): return "\(d): no vocabulary found there (expected vocabulary/actors.tsv); pass --ontology DIR pointing at the Ontology folder"
        case .invalidIRI(let i): return "refusing to write an invalid IRI: \(i)"
        case .invalidQName(let i): return "predicate IRI \(i) does not split into namespace + NCName, so RDF/XML cannot express it"
        case .output(let f, let reason): return "\(f): cannot write output: \(reason)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds >= 1 ? String(Int(seconds.rounded())) : String(seconds)
    }
}
