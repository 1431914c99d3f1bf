import Foundation

/// The command-line listings of entities and relations: a stable JSON interface other tools consume,
/// plus CSV and an aligned table for people.
public struct EntityListing: Sendable {
    /// One document's summary.
    public struct DocumentSummary: Codable, Sendable, Equatable {
        public struct Paragraphs: Codable, Sendable, Equatable {
            public var preambular: Int
            public var operative: Int
        }
        public var id: String
        public var symbol: String
        /// `null` in JSON when the text gives no title: the key is always there.
        public var title: String?
        public var paragraphs: Paragraphs
        public var footnotes: Int

        enum CodingKeys: String, CodingKey { case id, symbol, title, paragraphs, footnotes }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(symbol, forKey: .symbol)
            try c.encode(title, forKey: .title) // an Optional: null, not omitted
            try c.encode(paragraphs, forKey: .paragraphs)
            try c.encode(footnotes, forKey: .footnotes)
        }
    }

    /// One entity with every mention of it.
    public struct EntityRow: Codable, Sendable, Equatable {
        public var id: String
        public var kind: String
        public var category: String
        public var label: String
        public var aliases: [String]
        public var identifiers: [String: String]
        public var mentions: [MentionRow]
    }

    public struct MentionRow: Codable, Sendable, Equatable {
        public var document: String
        public var paragraph: String
        public var start: Int
        public var end: Int
        public var text: String
    }

    public var documents: [DocumentSummary]
    public var entities: [EntityRow]

    /// The listing of `documents`, optionally restricted to one kind; entities sorted by kind then id.
    public init(_ documents: [LinkedDocument], kind: EntityKind? = nil) {
        self.documents = documents.map { d in
            let doc = d.document
            return DocumentSummary(id: doc.metadata.symbol, symbol: doc.metadata.symbol, title: doc.metadata.title,
                                   paragraphs: .init(preambular: doc.preambular.count,
                                                     operative: doc.operative.filter { $0.number.map { !$0.hasPrefix("(") } ?? true }.count),
                                   footnotes: doc.footnotes.count)
        }
        var rows = [String: EntityRow]()
        for d in documents {
            for m in d.extracted.mentions {
                guard let e = d.extracted.entities[m.entity], kind == nil || e.kind == kind else { continue }
                if rows[e.id] == nil {
                    rows[e.id] = EntityRow(id: e.id, kind: e.kind.rawValue, category: e.category, label: e.label,
                                           aliases: e.writtenAliases, identifiers: e.identifiers, mentions: [])
                }
                rows[e.id]!.mentions.append(MentionRow(document: d.symbol, paragraph: m.paragraph, start: m.start, end: m.end, text: m.text))
            }
        }
        // Sorted by keys worked out once per row, moving indices: the comparator made an `EntityKind` of both rows' raw
        // values at each comparison (a string switch) and the sort moved whole rows. Ids are the dictionary's keys, so the
        // order is total and the same as sorting the rows themselves.
        let unsorted = Array(rows.values)
        let keys = unsorted.map { (EntityKind(rawValue: $0.kind)!, $0.id) }
        entities = keys.indices.sorted { keys[$0] < keys[$1] }.map { unsorted[$0] }
    }

    /// `{"documents": [...], "entities": [...]}` with sorted keys, pretty-printed: the bytes `JSONEncoder` writes
    /// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (see ``PrettyJSONWriter``), written directly.
    public func json() throws -> String {
        var out = ""
        writeJSON { out += $0 }
        return out
    }

    /// The text of ``json()`` handed to `sink` in chunks of about a megabyte, in order: the command line prints a
    /// corpus listing without holding all of it.
    public func writeJSON(to sink: (String) -> Void) {
        let chunk = 1 << 20
        var w = PrettyJSONWriter(capacity: chunk + (chunk >> 2))
        w.beginObject()
        w.key("documents")
        w.beginArray()
        for d in documents {
            w.element()
            w.beginObject()
            w.key("footnotes"); w.int(d.footnotes)
            w.key("id"); w.string(d.id)
            w.key("paragraphs")
            w.beginObject()
            w.key("operative"); w.int(d.paragraphs.operative)
            w.key("preambular"); w.int(d.paragraphs.preambular)
            w.endObject()
            w.key("symbol"); w.string(d.symbol)
            w.key("title"); w.string(d.title)
            w.endObject()
            w.flush(over: chunk, to: sink)
        }
        w.endArray()
        w.key("entities")
        w.beginArray()
        for e in entities {
            w.element()
            w.beginObject()
            w.key("aliases"); w.strings(e.aliases)
            w.key("category"); w.string(e.category)
            w.key("id"); w.string(e.id)
            w.key("identifiers"); w.stringObject(e.identifiers)
            w.key("kind"); w.string(e.kind)
            w.key("label"); w.string(e.label)
            w.key("mentions")
            w.beginArray()
            for m in e.mentions {
                w.element()
                w.beginObject()
                w.key("document"); w.string(m.document)
                w.key("end"); w.int(m.end)
                w.key("paragraph"); w.string(m.paragraph)
                w.key("start"); w.int(m.start)
                w.key("text"); w.string(m.text)
                w.endObject()
            }
            w.endArray()
            w.endObject()
            w.flush(over: chunk, to: sink)
        }
        w.endArray()
        w.endObject()
        w.newline()
        sink(w.text)
    }

    /// The same text through `JSONEncoder` (what ``json()`` reproduces byte for byte; tests compare the two).
    func encodedJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// `kind,category,id,label,mentions` with RFC 4180 quoting.
    public func csv() -> String {
        var out = "kind,category,id,label,mentions\n"
        for e in entities {
            out += [e.kind, e.category, e.id, e.label, String(e.mentions.count)].map(CSV.field).joined(separator: ",") + "\n"
        }
        return out
    }

    /// An aligned table for a terminal.
    public func table() -> String {
        TextTable.render(header: ["KIND", "CATEGORY", "LABEL", "MENTIONS"],
                         rows: entities.map { [$0.kind, $0.category, TextTable.clip($0.label, 72), String($0.mentions.count)] },
                         rightAligned: [3])
    }
}

extension EntityListing: Codable {}

/// RFC 4180 fields.
enum CSV {
    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}

/// Column-aligned plain text tables.
enum TextTable {
    /// `s` cut to `width` characters, with an ellipsis when cut.
    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return rightAligned.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
