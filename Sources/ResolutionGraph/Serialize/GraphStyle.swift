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

    /// Node ids that are XML NMTOKENs without `/`, `#`, `?`, `%` or `=`, unique and readable:
    /// `document/A/C.3/73/L.7#op4` → `document_A_C.3_73_L.7:op4`.
    static func nodeIDs(_ graph: KnowledgeGraph) -> [String: String] {
        var ids = [String: String]()
        var used = Set<String>()
        for node in graph.nodes {
            var id = ""
            for u in node.key.unicodeScalars {
                switch u {
                case "/": id.append("_")
                case "#": id.append(":")
                case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": id.unicodeScalars.append(u)
                default: id.append("-")
                }
            }
            var candidate = id
            var n = 2
            while used.contains(candidate) { candidate = id + "-\(n)"; n += 1 }
            used.insert(candidate)
            ids[node.key] = candidate
        }
        return ids
    }
}
