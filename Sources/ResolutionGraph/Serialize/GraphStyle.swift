/// Colours and shapes by node kind, shared by the GraphML (yEd) and DOT writers so a picture reads the
/// same in every tool. Colours are the Tableau 10 palette, distinguishable by most colour-blind readers;
/// the kind is always also written as text.
enum GraphStyle {
    static func color(_ kind: NodeKind) -> String {
        switch kind {
        case .document: return "#B279A2"
        case .paragraph: return "#EECA3B"
        case .footnote: return "#BAB0AC"
        case .action: return "#E45756"
        case .actor: return "#4C78A8"
        case .instrument: return "#F58518"
        case .theme: return "#54A24B"
        }
    }

    static func dotShape(_ kind: NodeKind) -> String {
        switch kind {
        case .document: return "folder"
        case .paragraph: return "note"
        case .footnote: return "note"
        case .action: return "diamond"
        case .actor: return "box"
        case .instrument: return "component"
        case .theme: return "ellipse"
        }
    }

    /// Calls `body` with each edge of `graph` and the ids (from ``nodeIDs(_:)``) of its two ends, in edge
    /// order. An edge to a document outside the graph (`export --corpus-symbols`) has no node to point to
    /// in GraphML or DOT: it is left out. Edges are sorted by source, so the source's id is looked up once
    /// per run of edges.
    static func forEachDrawableEdge(_ graph: KnowledgeGraph, ids: [String: String],
                                    _ body: (_ edge: GraphEdge, _ sourceID: String, _ targetID: String) throws -> Void) rethrows {
        var lastSource: (key: String, id: String)?
        for edge in graph.edges {
            let sourceID: String
            if let last = lastSource, last.key == edge.source {
                sourceID = last.id
            } else {
                guard let id = ids[edge.source] else { continue }
                sourceID = id
                lastSource = (edge.source, sourceID)
            }
            guard let targetID = ids[edge.target] else { continue }
            try body(edge, sourceID, targetID)
        }
    }

    /// Node ids that are XML NMTOKENs without `/`, `#`, `?`, `%` or `=`, unique and readable:
    /// `document/A/C.3/73/L.7#op4` → `document_A_C.3_73_L.7:op4`.
    static func nodeIDs(_ graph: KnowledgeGraph) -> [String: String] {
        var ids = [String: String](minimumCapacity: graph.nodes.count)
        var used = Set<String>(minimumCapacity: graph.nodes.count)
        var bytes = [UInt8]()
        for node in graph.nodes {
            // Mapped on UTF-8 bytes: ASCII bytes one to one, and one `-` per non-ASCII scalar (for its
            // lead byte; continuation bytes 0x80–0xBF are skipped), as a scalar-by-scalar walk gives.
            bytes.removeAll(keepingCapacity: true)
            for b in node.key.utf8 {
                switch b {
                case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "_"))
                case UInt8(ascii: "#"): bytes.append(UInt8(ascii: ":"))
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(b)
                case 0x80...0xBF: continue
                default: bytes.append(UInt8(ascii: "-"))
                }
            }
            let id = String(decoding: bytes, as: UTF8.self)
            var candidate = id
            var n = 2
            while used.contains(candidate) { candidate = id + "-\(n)"; n += 1 }
            used.insert(candidate)
            ids[node.key] = candidate
        }
        return ids
    }
}
