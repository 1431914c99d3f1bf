/// A recoverable oddity found while reading or interpreting a document: an orphan footnote
/// marker, an ambiguous alias, a paragraph number out of sequence. Collected, never thrown.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How much the user should care.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    /// Where it was found: a line number in the source, or a paragraph id such as `op4`.
    public var location: String?

    public init(_ severity: Severity, _ message: String, at location: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String {
        if let location { return "\(severity.rawValue): \(location): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}
