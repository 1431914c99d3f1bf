/// Parses the tab-separated vocabulary files described in `Ontology/README.md`.
enum VocabularyFileParser {
    struct Row {
        var line: Int
        var fields: [String]
    }

    static let entityHeader = ["id", "category", "label", "aliases", "identifiers", "relations"]

    static let categories: [EntityKind: Set<String>] = [
        .actor: ["state", "state-group", "un-organ", "un-entity", "special-procedure", "treaty-body",
                 "intergovernmental-organization", "civil-society", "private-sector", "official", "court",
                 "initiative", "other"],
        .instrument: ["convention", "protocol", "optional-protocol", "ilo-convention", "ilo-recommendation",
                      "declaration", "plan-of-action", "agenda", "compact", "statute", "principles", "strategy",
                      "resolution", "report", "other"],
        .theme: ["crime", "labour", "migration", "gender", "children", "human-rights", "development", "health",
                 "technology", "humanitarian", "governance", "economy", "other"],
    ]

    /// Splits a ` | `-separated list, dropping empty items.
    static func splitList(_ field: String) -> [String] {
        let bytes = Array(field.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return field.components(separatedBy: " | ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        // ASCII (every list of the vocabulary so far): the same items cut from the bytes, left to right, without
        // Foundation's Character search.
        var items = [String]()
        func add(_ from: Int, _ to: Int) {
            var a = from, b = to
            while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
            if a < b { items.append(String(decoding: bytes[a..<b], as: UTF8.self)) }
        }
        var start = 0, i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x20, bytes[i + 1] == 0x7C, bytes[i + 2] == 0x20 {
                add(start, i)
                i += 3
                start = i
            } else {
                i += 1
            }
        }
        add(start, bytes.count)
        return items
    }

    /// Rows of a TSV file with the given header; comments and blank lines skipped.
    static func parseColumns(_ text: String, file: String, header: [String]) throws -> [Row] {
        var rows = [Row]()
        var sawHeader = false
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            if !sawHeader {
                guard fields == header else {
                    throw ResolutionGraphError.vocabulary(file, line: number, message: "header must be: \(header.joined(separator: " TAB "))")
                }
                sawHeader = true
                continue
            }
            if fields.count < header.count { fields += Array(repeating: "", count: header.count - fields.count) }
            guard fields.count == header.count else {
                throw ResolutionGraphError.vocabulary(file, line: number, message: "expected \(header.count) tab-separated columns, found \(fields.count)")
            }
            rows.append(Row(line: number, fields: fields))
        }
        return rows
    }

    static func parseEntities(_ text: String, file: String, kind: EntityKind) throws -> [Entity] {
        try parseColumns(text, file: file, header: entityHeader).map { row in
            let f = row.fields
            let id = f[0]
            guard isValidID(id, kind: kind) else {
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "id \"\(id)\" must be \(kind.rawValue)/slug (lower-case letters, digits, hyphens)")
            }
            guard categories[kind]!.contains(f[1]) else {
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "unknown \(kind.rawValue) category \"\(f[1])\"")
            }
            guard !f[2].isEmpty else {
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "label is empty")
            }
            var identifiers = [String: String]()
            for pair in splitList(f[4]) {
                guard let eq = pair.firstIndex(of: "=") else {
                    throw ResolutionGraphError.vocabulary(file, line: row.line, message: "identifier \"\(pair)\" is not key=value")
                }
                identifiers[String(pair[..<eq]).trimmingSpaces()] = String(pair[pair.index(after: eq)...]).trimmingSpaces()
            }
            var relations = [EntityRelation]()
            for pair in splitList(f[5]) {
                guard let eq = pair.firstIndex(of: "=") else {
                    throw ResolutionGraphError.vocabulary(file, line: row.line, message: "relation \"\(pair)\" is not relation=target-id")
                }
                let name = String(pair[..<eq]).trimmingSpaces()
                guard let relation = RelationName(rawValue: name), relation.isEntityRelation else {
                    throw ResolutionGraphError.vocabulary(file, line: row.line, message: "unknown relation \"\(name)\" (use supplements, optional-protocol-to, protocol-to, amends, adopted-by, broader or part-of)")
                }
                relations.append(EntityRelation(relation: name, target: String(pair[pair.index(after: eq)...]).trimmingSpaces()))
            }
            return Entity(id: id, kind: kind, category: f[1], label: f[2], aliases: splitList(f[3]),
                          identifiers: identifiers, relations: relations, isKnown: true)
        }
    }

    static func isValidID(_ id: String, kind: EntityKind) -> Bool {
        let prefix = kind.rawValue + "/"
        guard id.hasPrefix(prefix) else { return false }
        return Slug.isValid(id.dropFirst(prefix.count))
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
