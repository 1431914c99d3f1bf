/// The raw input of the pipeline: a name (usually the file path) and its bytes.
public struct SourceDocument: Sendable {
    /// How the document is named in messages and provenance (the path as given).
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// The kind of input, detected from content rather than from the file extension.
public enum InputFormat: String, Sendable, Codable {
    case plainText = "text"
    case akomaNtoso = "akn"
    case html
}

/// One line of the source after decoding and character normalization, with its place in the
/// original file so a user can find the evidence.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number in the source.
    public var number: Int
    /// Byte range of the line (without its line break) in the UTF-8 form of the source.
    public var byteRange: Range<Int>
    /// The normalized text of the line: see ``TextNormalizer``.
    public var text: String

    public init(number: Int, byteRange: Range<Int>, text: String) {
        self.number = number
        self.byteRange = byteRange
        self.text = text
    }
}

/// Ingest's output: decoded, normalized text split into lines that remember where they came from.
public struct IngestedText: Sendable {
    public var name: String
    public var format: InputFormat
    /// The encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `Windows-1252`).
    public var encoding: String
    public var lines: [SourceLine]
    /// The whole decoded text, unnormalized (for XML and HTML readers).
    public var rawText: String
    public var diagnostics: [Diagnostic]

    public init(name: String, format: InputFormat, encoding: String, lines: [SourceLine], rawText: String, diagnostics: [Diagnostic] = []) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.lines = lines
        self.rawText = rawText
        self.diagnostics = diagnostics
    }
}
