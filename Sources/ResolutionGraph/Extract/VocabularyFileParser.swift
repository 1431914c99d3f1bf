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
        for (number, var fields) in fieldLines(text) {
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

    /// The tab-separated fields, trimmed of spaces and tabs, of each line that is neither blank nor a comment, with its
    /// line number (from 1).
    static func fieldLines(_ text: String) -> [(number: Int, fields: [String])] {
        // Cut from the UTF-8 bytes: a line feed or a tab is always a `Character` of its own (grapheme breaks around
        // controls), except the line feed of "\r\n", so without a carriage return the bytes give the `Character` split.
        let fromBytes = text.utf8.withContiguousStorageIfAvailable { u -> [(number: Int, fields: [String])]? in
            guard !u.contains(0x0D) else { return nil }
            var result = [(number: Int, fields: [String])]()
            var number = 0
            var lineStart = 0
            while lineStart <= u.count {
                let lineEnd = u[lineStart...].firstIndex(of: 0x0A) ?? u.count
                let line = UnsafeBufferPointer(rebasing: u[lineStart..<lineEnd])
                number += 1
                lineStart = lineEnd + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                // "#" starts a comment unless a combining mark joins it into another `Character`.
                if line[0] == 0x23, line.count == 1 || line[1] < 0x80 || String(decoding: line, as: UTF8.self).hasPrefix("#") { continue }
                var fields = [String]()
                var fieldStart = 0
                while fieldStart <= line.count {
                    let fieldEnd = line[fieldStart...].firstIndex(of: 0x09) ?? line.count
                    var a = fieldStart, b = fieldEnd
                    while a < b, line[a] == 0x20 || line[a] == 0x09 { a += 1 }
                    while b > a, line[b - 1] == 0x20 || line[b - 1] == 0x09 { b -= 1 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[a..<b]), as: UTF8.self))
                    fieldStart = fieldEnd + 1
                }
                result.append((number, fields))
            }
            return result
        }
        if let lines = fromBytes ?? nil { return lines }
        var result = [(number: Int, fields: [String])]()
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            result.append((number, line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }))
        }
        return result
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
