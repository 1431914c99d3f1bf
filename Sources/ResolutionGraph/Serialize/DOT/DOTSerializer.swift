/// What a DOT export shows.
public enum DOTView: String, Sendable, CaseIterable, Codable {
    /// Every node and edge, one cluster per document (paragraphs, footnotes, actions).
    case full
    /// Documents and entities only: who each document asks to do what (edges labelled by verb and
    /// count), what it mentions, and the relations between instruments. Readable for one resolution.
    case summary
}

/// DOT for Graphviz: every id and label quoted and escaped, shapes and colours by kind, one cluster per
/// document holding its paragraphs, footnotes and actions, and a legend.
public struct DOTSerializer: GraphSerializer {
    public let format = ExportFormat.dot
    public var view: DOTView
    public var top: Int?

    public init(view: DOTView = .full, top: Int? = nil) {
        self.view = view
        self.top = top
    }

    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        if view == .summary { return try writeSummary(graph, to: path) }
        let ids = GraphStyle.nodeIDs(graph)
        let out = try TextFileWriter(path: path)
        try out.write("digraph \"resgraph\" {\n")
        // newrank: one ranking over the whole graph. Without it, dot's per-cluster ranking fails ("trouble in init_rank") as
        // soon as two document clusters share entities.
        try out.write("  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\", outputorder=\"edgesfirst\", newrank=\"true\"];\n")
        try out.write("  node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\"];\n")
        try out.write("  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#7F7F7F\"];\n")

        try writeLegend(NodeKind.allCases.filter { k in graph.nodes.contains { $0.kind == k } }, to: out)

        // Document clusters.
        var byDocument = [String: [GraphNode]]()
        var free = [GraphNode]()
        for node in graph.nodes {
            if node.kind == .paragraph || node.kind == .footnote || node.kind == .action, let hash = node.key.lastIndex(of: "#") {
                byDocument[String(node.key[..<hash]), default: []].append(node)
            } else if node.kind == .document {
                byDocument[node.key, default: []].insert(node, at: 0)
            } else {
                free.append(node)
            }
        }
        for (n, documentKey) in byDocument.keys.sorted().enumerated() {
            try out.write("  subgraph \(Self.quote("cluster_doc_\(n + 1)")) {\n    label=\(Self.quote(String(documentKey.dropFirst("document/".count))));\n    style=\"rounded\";\n")
            try out.withBuffer { buffer in
                for node in byDocument[documentKey]! {
                    buffer.append(contentsOf: "    ".utf8)
                    appendNodeStatement(node, ids, to: &buffer)
                    buffer.append(UInt8(ascii: "\n"))
                }
            }
            try out.write("  }\n")
        }
        for node in free {
            try out.withBuffer { buffer in
                buffer.append(contentsOf: "  ".utf8)
                appendNodeStatement(node, ids, to: &buffer)
                buffer.append(UInt8(ascii: "\n"))
            }
        }
        // `  "source" -> "target" [label="relation", tooltip="op4: evidence"];`, appended piece by piece.
        try GraphStyle.forEachDrawableEdge(graph, ids: ids) { edge, sourceID, targetID in
            try out.withBuffer { buffer in
                buffer.append(contentsOf: "  ".utf8)
                Self.appendQuoted(sourceID, to: &buffer)
                buffer.append(contentsOf: " -> ".utf8)
                Self.appendQuoted(targetID, to: &buffer)
                buffer.append(contentsOf: " [label=".utf8)
                Self.appendQuoted(edge.relation.rawValue, to: &buffer)
                if let p = edge.provenance {
                    // quote(p.paragraph + ": " + p.text), without the concatenation.
                    buffer.append(contentsOf: ", tooltip=\"".utf8)
                    Self.appendQuotedContent(p.paragraph, to: &buffer)
                    buffer.append(contentsOf: ": ".utf8)
                    Self.appendQuotedContent(p.text, to: &buffer)
                    buffer.append(UInt8(ascii: "\""))
                }
                buffer.append(contentsOf: "];\n".utf8)
            }
        }
        try out.write("}\n")
        try out.close()
    }

    /// A legend cluster with one sample node per kind.
    func writeLegend(_ kinds: [NodeKind], to out: TextFileWriter) throws {
        try out.write("  subgraph \"cluster_legend\" {\n    label=\"Legend\";\n    style=\"dashed\";\n")
        for kind in kinds {
            try out.write("    \(Self.quote("legend_" + kind.rawValue)) [label=\(Self.quote(kind.rawValue)), shape=\(Self.quote(GraphStyle.dotShape(kind))), fillcolor=\(Self.quote(GraphStyle.color(kind)))];\n")
        }
        try out.write("  }\n")
    }

    func nodeStatement(_ node: GraphNode, _ ids: [String: String]) -> String {
        var buffer = [UInt8]()
        appendNodeStatement(node, ids, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// `"id" [label="label\n(kind: category)", shape="…", fillcolor="…", tooltip="label"];`
    func appendNodeStatement(_ node: GraphNode, _ ids: [String: String], to buffer: inout [UInt8]) {
        Self.appendQuoted(ids[node.key]!, to: &buffer)
        buffer.append(contentsOf: " [label=\"".utf8)
        Self.appendQuotedContent(Self.shortLabel(node.label), to: &buffer)
        buffer.append(contentsOf: "\\n(".utf8) // the quoted form of "\n("
        Self.appendQuotedContent(node.kind.rawValue, to: &buffer)
        if let category = node.category, category != node.kind.rawValue {
            buffer.append(contentsOf: ": ".utf8)
            Self.appendQuotedContent(category, to: &buffer)
        }
        buffer.append(contentsOf: ")\", shape=".utf8)
        Self.appendQuoted(GraphStyle.dotShape(node.kind), to: &buffer)
        buffer.append(contentsOf: ", fillcolor=".utf8)
        Self.appendQuoted(GraphStyle.color(node.kind), to: &buffer)
        buffer.append(contentsOf: ", tooltip=".utf8)
        Self.appendQuoted(node.label, to: &buffer)
        buffer.append(contentsOf: "];".utf8)
    }

    /// A label cut to 45 characters and `...` when it is longer than 48 characters.
    static func shortLabel(_ label: String) -> String {
        // Fast paths that avoid counting grapheme clusters: a label of at most 48 bytes has at most
        // 48 characters; in ASCII text without carriage returns (so no `\r\n` cluster) every byte
        // is one character.
        if label.utf8.count <= 48 { return label }
        if !label.containsUTF8Byte(where: { $0 >= 0x80 || $0 == 0x0D }) {
            return String(decoding: label.utf8.prefix(45), as: UTF8.self) + "..."
        }
        return label.count > 48 ? String(label.prefix(45)) + "..." : label
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, control
    /// characters dropped. Quoting makes keywords (`node`, `graph`, `edge`, `subgraph`) safe as ids.
    static func quote(_ s: String) -> String {
        var buffer = [UInt8]()
        buffer.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// ``quote(_:)`` appended to `buffer`.
    static func appendQuoted(_ s: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        appendQuotedContent(s, to: &buffer)
        buffer.append(UInt8(ascii: "\""))
    }

    /// What goes between the quotes, on UTF-8 bytes. Fast path: text without a quote, backslash,
    /// control character, DEL or 0xEF byte (the lead byte of U+FFFE and U+FFFF) is copied as it is.
    static func appendQuotedContent(_ s: String, to buffer: inout [UInt8]) {
        if !s.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xEF }) {
            buffer.append(contentsOf: s.utf8)
            return
        }
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: buffer.append(contentsOf: "\\\"".utf8)
            case 0x5C: buffer.append(contentsOf: "\\\\".utf8)
            case 0x0A: buffer.append(contentsOf: "\\n".utf8)
            case 0x0D, 0x09: buffer.append(UInt8(ascii: " "))
            case 0..<0x20, 0x7F: break
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                i += 2 // U+FFFE or U+FFFF: dropped
            default: buffer.append(b)
            }
            i += 1
        }
    }
}
