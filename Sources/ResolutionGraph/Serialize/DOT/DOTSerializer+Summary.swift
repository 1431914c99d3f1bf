extension DOTSerializer {
    /// The summary view: documents and entities, with one edge per (document, entity) pair labelled by
    /// the verbs of the actions that address the entity or concern it, and how often, or by the mention count.
    func writeSummary(_ graph: KnowledgeGraph, to path: String) throws {
        let byKey = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.key, $0) })
        func documentOf(_ key: String) -> String? {
            guard let hash = key.lastIndex(of: "#") else { return nil }
            return String(key[..<hash])
        }
        // (document, entity) → verb → count, and mention counts.
        var verbs = [String: [String: [String: Int]]]()
        var mentions = [String: [String: Int]]()
        var degree = [String: Int]()
        var entityEdges = [GraphEdge]()
        for e in graph.edges {
            guard let target = byKey[e.target], [.actor, .instrument, .theme].contains(target.kind) else { continue }
            if let source = byKey[e.source], [.actor, .instrument, .theme].contains(source.kind) {
                if e.relation != .adoptedBy { entityEdges.append(e) } // every treaty points at the General Assembly
                continue
            }
            guard let doc = documentOf(e.source), let source = byKey[e.source] else { continue }
            switch e.relation {
            case .addressee, .concerns:
                verbs[doc, default: [:]][e.target, default: [:]][source.category ?? "act", default: 0] += 1
                degree[e.target, default: 0] += 3
            case .mentions:
                mentions[doc, default: [:]][e.target, default: 0] += 1
                degree[e.target, default: 0] += 1
            default: continue
            }
        }
        var keep = Set(degree.keys)
        if let top, keep.count > top {
            // The most connected entities, shared evenly among actors, instruments and themes.
            let ranked = keep.sorted { (degree[$0]!, byKey[$0]?.mentionCount ?? 0, $1) > (degree[$1]!, byKey[$1]?.mentionCount ?? 0, $0) }
            var chosen = [String]()
            let kinds: [NodeKind] = [.actor, .instrument, .theme]
            let share = (top + kinds.count - 1) / kinds.count
            for kind in kinds { chosen += ranked.filter { byKey[$0]?.kind == kind }.prefix(share) }
            for key in ranked where chosen.count < top && !chosen.contains(key) { chosen.append(key) }
            keep = Set(chosen.prefix(max(top, chosen.count)))
        }
        let nodes = graph.nodes.filter { $0.kind == .document || keep.contains($0.key) }
        let ids = GraphStyle.nodeIDs(KnowledgeGraph(nodes: nodes, edges: []))

        let out = try TextFileWriter(path: path)
        try out.write("digraph \"resgraph\" {\n")
        try out.write("  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\", ranksep=\"1.2\", nodesep=\"0.12\"];\n")
        try out.write("  node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\"];\n")
        try out.write("  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#7F7F7F\"];\n")
        try writeLegend(NodeKind.allCases.filter { k in nodes.contains { $0.kind == k } }, to: out)
        for node in nodes { try out.write("  " + nodeStatement(node, ids) + "\n") }
        for doc in nodes where doc.kind == .document {
            let addressed = verbs[doc.key] ?? [:]
            let mentioned = mentions[doc.key] ?? [:]
            for target in Set(addressed.keys).union(mentioned.keys).filter(keep.contains).sorted(by: NaturalOrder.less) {
                let label: String
                if let v = addressed[target] {
                    // The three most frequent verbs, then how many more.
                    let verbs = v.keys.sorted { (v[$0]!, $1) > (v[$1]!, $0) }
                    label = verbs.prefix(3).map { v[$0]! > 1 ? "\($0) ×\(v[$0]!)" : $0 }.joined(separator: ", ")
                        + (verbs.count > 3 ? ", +\(verbs.count - 3)" : "")
                } else {
                    label = "mentioned ×\(mentioned[target]!)"
                }
                let style = addressed[target] != nil ? "color=\"#E45756\", penwidth=\"1.5\"" : "style=\"dashed\""
                try out.write("  \(Self.quote(ids[doc.key]!)) -> \(Self.quote(ids[target]!)) [label=\(Self.quote(label)), \(style)];\n")
            }
        }
        for e in entityEdges where keep.contains(e.source) && keep.contains(e.target) {
            try out.write("  \(Self.quote(ids[e.source]!)) -> \(Self.quote(ids[e.target]!)) [label=\(Self.quote(e.relation.rawValue)), color=\"#F58518\"];\n")
        }
        try out.write("}\n")
        try out.close()
    }
}
