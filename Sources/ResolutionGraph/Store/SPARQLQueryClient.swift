import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A client of the SPARQL 1.1 Protocol: the query is `POST`ed as `application/sparql-query`; SELECT and
/// ASK results are asked for as `application/sparql-results+json`, CONSTRUCT and DESCRIBE results as
/// N-Triples.
///
/// Endpoints: Oxigraph `http://HOST:7878/query`, Apache Jena Fuseki `http://HOST:3030/DATASET/query`,
/// GraphDB `http://HOST:7200/repositories/REPO`.
public struct SPARQLQueryClient: Sendable {
    public var endpoint: URL
    public var connection: StoreConnection

    public init(endpoint: URL, connection: StoreConnection) {
        self.endpoint = endpoint
        self.connection = connection
    }

    /// The answer to a query.
    public enum Answer: Sendable {
        /// The rows, and the results JSON as received.
        case select(SPARQLResults, json: Data)
        /// The answer, and the results JSON as received.
        case ask(Bool, json: Data)
        /// The graph as the store sent it (N-Triples unless the store ignored the request), with its media type.
        case graph(Data, contentType: String?)
    }

    public func run(_ query: String) throws -> Answer {
        let form = SPARQLQueryForm.of(query)
        let accept = form.returnsGraph ? "application/n-triples, text/plain;q=0.5" : "application/sparql-results+json"
        let response = try connection.send(method: "POST", url: endpoint,
                                           headers: ["Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept],
                                           body: Data(query.utf8))
        if form.returnsGraph { return .graph(response.body, contentType: response.contentType) }
        let results: SPARQLResults
        do {
            results = try JSONDecoder().decode(SPARQLResults.self, from: response.body)
        } catch {
            throw StoreError.unexpectedResponse(url: StoreURL.redacted(endpoint),
                                                reason: "not SPARQL results JSON (\(response.contentType ?? "no media type"))")
        }
        if let boolean = results.boolean { return .ask(boolean, json: response.body) }
        return .select(results, json: response.body)
    }
}

/// The form of a query, read from its first keyword after the prologue (comments, BASE, PREFIX).
public enum SPARQLQueryForm: String, Sendable {
    case select, ask, construct, describe

    public var returnsGraph: Bool { self == .construct || self == .describe }

    public static func of(_ query: String) -> SPARQLQueryForm {
        // Comments, IRIs, strings and prefix names are skipped; the first SELECT, ASK, CONSTRUCT or
        // DESCRIBE word left is the form.
        var words = [String]()
        var word = ""
        var inIRI = false, inString: Character? = nil, inComment = false
        func flush() { if !word.isEmpty { words.append(word.uppercased()); word = "" } }
        for c in query {
            if inComment { if c == "\n" || c == "\r" { inComment = false }; continue }
            if let q = inString { if c == q { inString = nil }; continue }
            if inIRI { if c == ">" { inIRI = false }; continue }
            switch c {
            case "#": flush(); inComment = true
            case "<": flush(); inIRI = true
            case "\"", "'": flush(); inString = c
            case ":": word = "" // a prefix name (`describe:`), never a keyword
            case _ where c.isLetter: word.append(c)
            default: flush()
            }
            if let last = words.last, let form = SPARQLQueryForm(rawValue: last.lowercased()) { return form }
        }
        flush()
        for w in words { if let form = SPARQLQueryForm(rawValue: w.lowercased()) { return form } }
        return .select
    }
}

/// SPARQL 1.1 Query Results JSON: variables and rows of bindings, or a boolean (ASK).
public struct SPARQLResults: Sendable, Decodable {
    public struct Head: Sendable, Decodable {
        public var vars: [String]?
    }

    public struct Term: Sendable, Decodable, Equatable {
        public var type: String
        public var value: String
        public var datatype: String?
        public var lang: String?

        enum CodingKeys: String, CodingKey {
            case type, value, datatype
            case lang = "xml:lang"
        }
    }

    public struct Body: Sendable, Decodable {
        public var bindings: [[String: Term]]
    }

    public var head: Head
    public var results: Body?
    public var boolean: Bool?

    public var variables: [String] { head.vars ?? [] }
    public var rows: [[String: Term]] { results?.bindings ?? [] }
}

/// Prints query answers: an aligned text table, CSV (RFC 4180, as the SPARQL 1.1 CSV results format:
/// IRIs and literals by their text), or the results JSON as received.
public enum SPARQLResultsFormatter {
    /// A text table with a header, a rule and one line per row; cells longer than `width` characters are
    /// cut with "…"; an unbound value is empty.
    public static func table(_ r: SPARQLResults, width: Int = 80) -> String {
        let vars = r.variables
        guard !vars.isEmpty else { return "(\(r.rows.count) rows)\n" }
        let cells = r.rows.map { row in vars.map { cell(row[$0], width: width) } }
        var widths = vars.map(\.count)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ values: [String]) -> String {
            var s = ""
            for (i, v) in values.enumerated() {
                s += i == values.count - 1 ? v : v + String(repeating: " ", count: widths[i] - v.count) + "  "
            }
            return s
        }
        var out = line(vars) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        out += "(\(cells.count) row\(cells.count == 1 ? "" : "s"))\n"
        return out
    }

    /// CSV with a header line; fields with a comma, quote or line break are quoted; lines end with CRLF.
    public static func csv(_ r: SPARQLResults) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = r.variables.map(field).joined(separator: ",") + "\r\n"
        for row in r.rows { out += r.variables.map { field(row[$0]?.value ?? "") }.joined(separator: ",") + "\r\n" }
        return out
    }

    private static func cell(_ term: SPARQLResults.Term?, width: Int) -> String {
        guard let term else { return "" }
        var s = term.value.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        if term.type == "bnode" { s = "_:" + s }
        if width > 1, s.count > width { s = String(s.prefix(width - 1)) + "…" }
        return s
    }
}
