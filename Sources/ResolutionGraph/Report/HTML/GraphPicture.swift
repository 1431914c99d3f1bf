import Foundation

/// The report's picture: the summary DOT view (documents and entities, edges labelled by verb) drawn
/// by Graphviz `dot` as SVG, when `dot` is installed; otherwise a note saying why there is none.
///
/// The SVG is not pasted into the page: it is parsed (libxml2, network off, no DTD) and copied element
/// by element through an allow-list of SVG drawing elements and presentation attributes, so nothing
/// that could run, load or link (scripts, `foreignObject`, `image`, `href`, event attributes, styles)
/// survives; Graphviz's own `<a>` wrappers (tooltips) are unwrapped.
/// Nodes of entities and documents become links to their panels and sections.
public struct GraphPicture: Sendable {
    /// The SVG as `dot` wrote it, or nil.
    public var svg: String?
    /// Why there is no picture, or what it shows.
    public var note: String

    public init(svg: String?, note: String) {
        self.svg = svg
        self.note = note
    }

    /// No picture, for `reason`.
    public static func none(_ reason: String) -> GraphPicture { GraphPicture(svg: nil, note: reason) }

    /// Above this many documents the summary picture is not drawn (one node per document would bury
    /// the entities); the note says how to draw it.
    public static let maximumDocuments = 30

    /// Draws the summary view of `graph` (the `top` most connected entities) with `dot -Tsvg`.
    public static func render(_ graph: KnowledgeGraph, top: Int = 30) -> GraphPicture {
        let documents = graph.count(.document)
        if documents > maximumDocuments {
            return .none("No picture: \(documents) documents are too many for one drawing. Draw the summary with `resgraph export --format dot --view summary --top 40` and `sfdp -Tsvg`.")
        }
        guard let dot = ExternalTool.locate("dot") else {
            return .none("No picture: Graphviz is not installed (apt-get install -y graphviz), so the graph could not be drawn.")
        }
        let folder = FileManager.default.temporaryDirectory.path
        let dotPath = folder + "/resgraph-picture-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).dot"
        defer { unlink(dotPath) }
        do {
            try DOTSerializer(view: .summary, top: top).write(graph, to: dotPath)
        } catch {
            return .none("No picture: the summary graph could not be written (\(error)).")
        }
        let run: ExternalTool.Output
        do { run = try ExternalTool.run(dot, ["-Tsvg", dotPath]) } catch {
            return .none("No picture: Graphviz `dot` could not be run (\(error.localizedDescription)).")
        }
        guard run.status == 0, !run.stdout.isEmpty else {
            return .none("No picture: Graphviz `dot` failed: \(run.firstErrorLine)")
        }
        let shown = top < graph.nodes.filter { [.actor, .instrument, .theme].contains($0.kind) }.count ? "the \(top) most connected entities" : "every entity"
        return GraphPicture(svg: String(decoding: run.stdout, as: UTF8.self),
                            note: "Summary graph drawn by Graphviz: documents and \(shown); red edges are labelled by the verbs of the actions, dashed edges are mentions. Click a node for its panel.")
    }
}

/// Copies Graphviz SVG into the page through allow-lists (see ``GraphPicture``).
struct SVGCopier {
    static let namespace = "http://www.w3.org/2000/svg"
    static let elements: Set<String> = ["svg", "g", "title", "polygon", "polyline", "path", "ellipse", "circle", "rect", "line", "text", "tspan"]
    static let attributes: Set<String> = [
        "viewBox", "width", "height", "transform", "class", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
        "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "opacity", "points", "d", "cx", "cy", "rx", "ry", "r", "x", "y",
        "x1", "y1", "x2", "y2", "text-anchor", "font-family", "font-size", "font-weight", "font-style", "dx", "dy",
    ]

    /// DOT node id → (link target, label) for the nodes that get a link.
    var links: [String: (href: String, label: String)]

    /// Writes the SVG of `source`; throws when it is not well-formed XML with an `svg` root.
    func write(_ source: String, label: String, to w: HTMLWriter) throws {
        let tree = try XMLTree.parseXML(source, name: "Graphviz output")
        guard tree.root.name == "svg" else {
            throw ResolutionGraphError.malformedXML("Graphviz output", line: 1, column: 1, message: "no svg root")
        }
        try copy(tree.root, label: label, to: w, isRoot: true)
    }

    /// Elements left out but whose children are copied: Graphviz wraps a node with a tooltip in `<a>`.
    static let unwrapped: Set<String> = ["a"]

    private func copy(_ e: XMLTree.Element, label: String, to w: HTMLWriter, isRoot: Bool = false) throws {
        guard e.namespace == Self.namespace else { return }
        if Self.unwrapped.contains(e.name) && !isRoot {
            for case .element(let c) in e.children { try copy(c, label: label, to: w) }
            return
        }
        guard Self.elements.contains(e.name) else { return }
        if e.name == "title" { return } // replaced by the labels of linked nodes below
        var attributes = [(String, String)]()
        if isRoot { attributes.append(("xmlns", Self.namespace)) }
        for name in e.attributes.keys.sorted() where Self.attributes.contains(name) {
            attributes.append((name, e.attributes[name]!))
        }
        if isRoot { attributes += [("role", "group"), ("aria-label", label)] }
        try w.start(e.name, attributes)
        // A node group: its title is the DOT node id; linked nodes wrap their shapes in <a>.
        var link: (href: String, label: String)? = nil
        if e.name == "g", e.attributes["class"] == "node", let title = e.elements("title").first?.text {
            link = links[title]
        }
        if let link {
            try w.start("a", [("href", link.href)])
            try w.element("title", text: link.label)
        }
        for child in e.children {
            switch child {
            case .element(let c): try copy(c, label: label, to: w)
            case .text(let t): if e.name == "text" || e.name == "tspan" { try w.text(t) }
            }
        }
        if link != nil { try w.end() }
        try w.end()
    }
}
