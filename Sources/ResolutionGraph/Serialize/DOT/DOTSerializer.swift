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
        try out.write("  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\", outputorder=\"edgesfirst\"];\n")
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
            for node in byDocument[documentKey]! { try out.write("    " + nodeStatement(node, ids) + "\n") }
            try out.write("  }\n")
        }
        for node in free { try out.write("  " + nodeStatement(node, ids) + "\n") }
        for edge in graph.edges {
            var attributes = "label=\(Self.quote(edge.relation.rawValue))"
            if let p = edge.provenance { attributes += ", tooltip=\(Self.quote(p.paragraph + ": " + p.text))" }
            try out.write("  \(Self.quote(ids[edge.source]!)) -> \(Self.quote(ids[edge.target]!)) [\(attributes)];\n")
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
        var label = node.label
        if label.count > 48 { label = String(label.prefix(45)) + "..." }
        let kindText = node.kind.rawValue + (node.category.map { $0 == node.kind.rawValue ? "" : ": " + $0 } ?? "")
        return "\(Self.quote(ids[node.key]!)) [label=\(Self.quote(label + "\n(" + kindText + ")")), shape=\(Self.quote(GraphStyle.dotShape(node.kind))), fillcolor=\(Self.quote(GraphStyle.color(node.kind))), tooltip=\(Self.quote(node.label))];"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, control
    /// characters dropped. Quoting makes keywords (`node`, `graph`, `edge`, `subgraph`) safe as ids.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
