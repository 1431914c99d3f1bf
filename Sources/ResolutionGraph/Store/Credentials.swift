import Foundation

/// How resgraph authenticates to a store: HTTP basic (user and password) or a bearer token.
///
/// Found, first match wins, by ``resolve(environment:netrcPath:endpoint:)``:
/// 1. `RESGRAPH_SPARQL_TOKEN` → bearer;
/// 2. `RESGRAPH_SPARQL_USER` and `RESGRAPH_SPARQL_PASSWORD` → basic;
/// 3. user information in the endpoint URL (`https://user:pw@host/…`; discouraged: it shows in `ps`);
/// 4. the netrc file (`--netrc FILE`, else `~/.netrc` when it exists): the `machine` entry for the
///    endpoint's host, else the `default` entry → basic.
///
/// The secrets are never printed: `description` says only which kind, and ``scrub(_:)`` removes them
/// from any text (server answers included) before it is shown.
public struct Credentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public enum Kind: Sendable, Equatable {
        case basic(user: String, password: String)
        case bearer(token: String)
    }

    public var kind: Kind
    /// Where they came from, for `--verbose`: `RESGRAPH_SPARQL_TOKEN`, `/home/x/.netrc`, ….
    public var source: String

    public init(_ kind: Kind, source: String) {
        self.kind = kind
        self.source = source
    }

    public static let tokenVariable = "RESGRAPH_SPARQL_TOKEN"
    public static let userVariable = "RESGRAPH_SPARQL_USER"
    public static let passwordVariable = "RESGRAPH_SPARQL_PASSWORD"

    /// The value of the `Authorization` header.
    public var authorizationHeader: String {
        switch kind {
        case .basic(let user, let password): return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        case .bearer(let token): return "Bearer " + token
        }
    }

    public var description: String {
        switch kind {
        case .basic: return "basic authentication from \(source)"
        case .bearer: return "bearer token from \(source)"
        }
    }

    public var debugDescription: String { description }

    /// `text` with the password, the token and the encoded header replaced by `***`.
    public func scrub(_ text: String) -> String {
        var secrets = [String]()
        switch kind {
        case .basic(_, let password): secrets.append(password)
        case .bearer(let token): secrets.append(token)
        }
        secrets.append(String(authorizationHeader.split(separator: " ", maxSplits: 1).last ?? ""))
        var out = text
        for s in secrets where s.count >= 1 {
            out = out.replacingOccurrences(of: s, with: "***")
            // Percent-encoded too (a URL echoed back).
            if let encoded = s.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != s {
                out = out.replacingOccurrences(of: encoded, with: "***")
            }
        }
        return out
    }

    /// The credentials for `endpoint`, or nil for none. Throws ``StoreError/configuration(_:)`` for a
    /// half-set pair of variables or an unreadable `--netrc` file (never showing its content).
    public static func resolve(environment: [String: String], netrcPath: String?, endpoint: URL) throws -> Credentials? {
        if let token = environment[tokenVariable], !token.isEmpty {
            return Credentials(.bearer(token: token), source: tokenVariable)
        }
        let user = environment[userVariable].flatMap { $0.isEmpty ? nil : $0 }
        let password = environment[passwordVariable].flatMap { $0.isEmpty ? nil : $0 }
        switch (user, password) {
        case (let u?, let p?): return Credentials(.basic(user: u, password: p), source: "\(userVariable)/\(passwordVariable)")
        case (_?, nil): throw StoreError.configuration("\(userVariable) is set but \(passwordVariable) is not")
        case (nil, _?): throw StoreError.configuration("\(passwordVariable) is set but \(userVariable) is not")
        case (nil, nil): break
        }
        if let c = URLComponents(url: endpoint, resolvingAgainstBaseURL: false), let u = c.user, !u.isEmpty {
            return Credentials(.basic(user: u.removingPercentEncoding ?? u, password: (c.password ?? "").removingPercentEncoding ?? ""),
                               source: "the endpoint URL")
        }
        let path: String
        if let netrcPath {
            path = netrcPath
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            path = (home as NSString).appendingPathComponent(".netrc")
            guard FileManager.default.isReadableFile(atPath: path) else { return nil }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.configuration("\(path): cannot read the netrc file")
        }
        let host = endpoint.host ?? ""
        guard let entry = Netrc.parse(String(decoding: data, as: UTF8.self)).entry(for: host), let login = entry.login else { return nil }
        return Credentials(.basic(user: login, password: entry.password ?? ""), source: path)
    }
}

/// A netrc file (`machine HOST login USER password PW`, `default …`, `macdef` skipped), as curl and
/// ftp read it.
public struct Netrc: Sendable {
    public struct Entry: Sendable, Equatable {
        /// nil for the `default` entry.
        public var machine: String?
        public var login: String?
        public var password: String?
    }

    public var entries: [Entry]

    /// The first entry for `host` (case-insensitive), else the `default` entry.
    public func entry(for host: String) -> Entry? {
        entries.first { $0.machine?.lowercased() == host.lowercased() } ?? entries.first { $0.machine == nil }
    }

    public static func parse(_ text: String) -> Netrc {
        // Tokens are separated by white space; a `macdef` body runs to the next empty line.
        var tokens = [String]()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if let i = words.firstIndex(of: "macdef") {
                tokens += words[..<i]
                while let body = lines.popFirst(), !body.trimmingCharacters(in: .whitespaces).isEmpty {}
                continue
            }
            if words.first?.hasPrefix("#") == true { continue }
            tokens += words
        }
        var entries = [Entry]()
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            switch t {
            case "machine":
                entries.append(Entry(machine: i + 1 < tokens.count ? tokens[i + 1] : "", login: nil, password: nil))
                i += 2
            case "default":
                entries.append(Entry(machine: nil, login: nil, password: nil))
                i += 1
            case "login", "password", "account":
                let value = i + 1 < tokens.count ? tokens[i + 1] : ""
                if !entries.isEmpty {
                    if t == "login" { entries[entries.count - 1].login = value }
                    if t == "password" { entries[entries.count - 1].password = value }
                }
                i += 2
            default:
                i += 1
            }
        }
        return Netrc(entries: entries)
    }
}
