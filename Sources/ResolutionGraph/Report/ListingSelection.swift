import Foundation

/// How `resgraph entities --sort` orders entities.
public enum EntitySortOrder: String, Sendable, CaseIterable {
    /// Kind, then id (the listing's own order).
    case kind
    /// Most mentions first, then kind and id.
    case mentions
    /// Most documents first, then mentions, kind and id.
    case documents
    /// Label, case-insensitively, then id.
    case label
}

/// Corpus-wide selection and per-document counts over the entity listing. The JSON interface
/// (`{"documents": [...], "entities": [...]}`) is unchanged: these only filter and reorder its entities.
extension EntityListing {
    /// The number of documents mentioning an entity.
    public static func documentCount(_ row: EntityRow) -> Int { Set(row.mentions.map(\.document)).count }

    /// Keeps the entities of `category` (when given) with at least `minMentions` mentions.
    public func filtered(category: String? = nil, minMentions: Int = 0) -> EntityListing {
        var copy = self
        copy.entities = entities.filter { (category == nil || $0.category == category) && $0.mentions.count >= minMentions }
        return copy
    }

    /// The entities in `order`; every order ends in kind then id, so it is total and deterministic.
    public func sorted(by order: EntitySortOrder) -> EntityListing {
        var copy = self
        func rank(_ e: EntityRow) -> Int { EntityKind(rawValue: e.kind).flatMap { EntityKind.allCases.firstIndex(of: $0) } ?? 99 }
        func base(_ a: EntityRow, _ b: EntityRow) -> Bool { (rank(a), a.id) < (rank(b), b.id) }
        switch order {
        case .kind: copy.entities.sort(by: base)
        case .mentions:
            copy.entities.sort { a, b in a.mentions.count != b.mentions.count ? a.mentions.count > b.mentions.count : base(a, b) }
        case .documents:
            let counts = Dictionary(entities.map { ($0.id, Self.documentCount($0)) }, uniquingKeysWith: { a, _ in a })
            copy.entities.sort { a, b in
                let x = counts[a.id] ?? 0, y = counts[b.id] ?? 0
                if x != y { return x > y }
                return a.mentions.count != b.mentions.count ? a.mentions.count > b.mentions.count : base(a, b)
            }
        case .label:
            copy.entities.sort { a, b in
                let x = a.label.lowercased(), y = b.label.lowercased()
                return x != y ? x < y : base(a, b)
            }
        }
        return copy
    }

    /// `KIND CATEGORY LABEL MENTIONS DOCUMENTS`, aligned.
    public func corpusTable() -> String {
        ListingText.table(header: ["KIND", "CATEGORY", "LABEL", "MENTIONS", "DOCUMENTS"],
                          rows: entities.map { [$0.kind, $0.category, ListingText.clip($0.label, 72), String($0.mentions.count),
                                                String(Self.documentCount($0))] },
                          rightAligned: [3, 4])
    }

    /// `kind,category,id,label,mentions,documents` (RFC 4180), or the same tab-separated.
    public func corpusDelimited(tab: Bool) -> String {
        ListingText.delimited(header: ["kind", "category", "id", "label", "mentions", "documents"],
                              rows: entities.map { [$0.kind, $0.category, $0.id, $0.label, String($0.mentions.count), String(Self.documentCount($0))] },
                              tab: tab)
    }
}

extension RelationListing {
    /// Keeps the rows whose subject or object is `actor` (an entity id such as `actor/member-states`).
    public func involving(actor: String) -> RelationListing {
        var copy = self
        copy.relations = relations.filter { $0.subject == actor || $0.object == actor }
        return copy
    }

    /// The CSV columns, tab-separated.
    public func tsv() -> String {
        ListingText.delimited(header: ["subject", "relation", "object", "role", "document", "paragraph", "start", "end", "text"],
                              rows: relations.map { [$0.subject, $0.relation, $0.object, $0.role ?? "", $0.document, $0.paragraph,
                                                     String($0.start), String($0.end), $0.text] },
                              tab: true)
    }
}

/// Plain-text renderings shared by the corpus listings and statistics.
enum ListingText {
    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    /// RFC 4180 CSV, or TSV where a tab, newline or carriage return inside a field becomes a space.
    static func delimited(header: [String], rows: [[String]], tab: Bool) -> String {
        func field(_ s: String) -> String {
            if tab {
                return s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                    ? String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }) : s
            }
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        let separator = tab ? "\t" : ","
        return ([header] + rows).map { $0.map(field).joined(separator: separator) + "\n" }.joined()
    }

    static func table(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            var s = cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return rightAligned.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ")
            while s.last == " " { s.removeLast() }
            return s
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
