import Foundation

/// One self-contained HTML page for people: what the extractor found in one resolution or a corpus.
///
/// - An overview: counts and the top entities and actions (``CorpusStatistics``), and for several
///   documents an index of them.
/// - The graph picture (``GraphPicture``): Graphviz's drawing of the summary view, or a note.
/// - Each document's text, paragraph by paragraph (ids `pp3`, `op4`, `fn19` as anchors), every mention
///   highlighted by kind (colour and a visible text tag) and linked to its entity's panel, and under each
///   paragraph its actions ("Urges → Member States → United Nations Convention against …").
/// - A panel per entity: label, kind, category, aliases, identifiers, mentions (links back to the text),
///   relations to other entities, and the actions that address it or concern it.
///
/// Written with libxml2's xmlTextWriter as HTML5 polyglot markup; no script, no external resource (a
/// Content Security Policy forbids them); deterministic: the same input gives the same bytes.
public struct HTMLReport: Sendable {
    public struct Options: Sendable {
        /// The page title for several documents (one document is titled by its symbol and title).
        public var title: String?
        /// How many entries each ranking of the overview keeps.
        public var top: Int
        /// An entity panel lists at most this many mentions and this many actions (a corpus can have thousands).
        public var maximumListed: Int

        public init(title: String? = nil, top: Int = 10, maximumListed: Int = 400) {
            self.title = title
            self.top = top
            self.maximumListed = maximumListed
        }
    }

    public let documents: [LinkedDocument]
    public let graph: KnowledgeGraph
    public let picture: GraphPicture
    public let options: Options
    let verbs: VerbPhrases
    /// Every entity of the documents, merged as ``GraphBuilder`` merges them (a vocabulary entry wins).
    let entities: [String: Entity]
    /// The entity ids with a panel, by kind then label.
    let panelOrder: [String]
    let anchors: ReportAnchors

    /// A report on `documents`, whose merged graph is `graph`; `verbs` (the vocabulary's verb forms)
    /// make actions read "Urges", "Takes note with appreciation".
    public init(documents: [LinkedDocument], graph: KnowledgeGraph, verbs: [Vocabulary.VerbForm], picture: GraphPicture,
                options: Options = Options()) {
        self.documents = documents
        self.graph = graph
        self.picture = picture
        self.options = options
        self.verbs = VerbPhrases(verbs)
        var merged = [String: Entity]()
        for d in documents {
            for (id, e) in d.extracted.entities where merged[id] == nil || (merged[id]!.isKnown == false && e.isKnown) { merged[id] = e }
        }
        // Entities of the graph that no document carries (should not happen) get a minimal entry.
        for node in graph.nodes where merged[node.key] == nil {
            guard let kind = EntityKind(rawValue: node.kind.rawValue) else { continue }
            merged[node.key] = Entity(id: node.key, kind: kind, category: node.category ?? "", label: node.label)
        }
        entities = merged
        panelOrder = merged.values.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            let x = a.label.lowercased(), y = b.label.lowercased()
            return x != y ? x < y : a.id < b.id
        }.map(\.id)
        anchors = ReportAnchors(symbols: documents.map(\.symbol), entities: panelOrder)
    }

    /// Writes the page to `path`, atomically.
    public func write(to path: String) throws {
        try AtomicFile.write(to: path) { temp in
            let w = try HTMLWriter(path: temp)
            try render(w)
            try w.finish()
        }
    }

    /// The page's heading.
    var heading: String {
        if documents.count == 1, let d = documents.first {
            return d.document.metadata.title.map { "\(d.symbol) — \($0)" } ?? d.symbol
        }
        return options.title ?? "\(documents.count) documents"
    }

    func render(_ w: HTMLWriter) throws {
        try w.doctype()
        try w.start("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en"), ("xml:lang", "en")])
        try w.start("head")
        try w.void("meta", [("charset", "UTF-8")])
        try w.void("meta", [("http-equiv", "Content-Security-Policy"), ("content", ReportStyle.contentSecurityPolicy)])
        try w.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        try w.void("meta", [("name", "generator"), ("content", "resgraph report")])
        try w.element("title", text: heading + " — resgraph report")
        try w.start("style")
        try w.rawText(ReportStyle.styleElementText)
        try w.end()
        try w.end()
        try w.start("body")
        try w.element("a", [("class", "skip"), ("href", "#main")], text: "Skip to the content")
        try writeHeader(w)
        try w.start("main", [("id", "main"), ("tabindex", "-1")])
        try writeOverview(w)
        try writePicture(w)
        for d in documents { try writeDocument(d, w) }
        try writeEntities(w)
        try w.end()
        try w.start("footer", [("class", "page")])
        try w.element("p", text: "Made by resgraph from \(plural(documents.count, "document")). This page is self-contained: it runs no script and loads nothing from the network. Highlights show what the extractor found, not what a person checked.")
        try w.end()
        try w.end()
        try w.end()
    }

    private func writeHeader(_ w: HTMLWriter) throws {
        try w.start("header", [("class", "page")])
        try w.element("h1", text: heading)
        if documents.count == 1, let m = documents.first?.document.metadata {
            let facts = [m.body, m.committee, m.session.map { "session \($0)" }, m.date].compactMap { $0 }
            if !facts.isEmpty { try w.element("p", text: facts.joined(separator: " · ")) }
        }
        try w.element("p", text: "What resgraph found: actors, instruments and themes highlighted in the text, the actions each paragraph asks for, and a panel per entity.")
        try w.start("nav", [("class", "toc"), ("aria-label", "Contents")])
        try w.start("ul")
        var entries = [("#overview", "Overview"), ("#picture", "Graph")]
        if documents.count == 1, let d = documents.first {
            entries.append(("#" + anchors.document(d.symbol), "Text"))
        } else {
            entries.append(("#documents", "Documents"))
        }
        for kind in EntityKind.allCases { entries.append(("#entities-\(kind.rawValue)", Self.kindTitle(kind))) }
        for (href, text) in entries {
            try w.start("li")
            try w.element("a", [("href", href)], text: text)
            try w.end()
        }
        try w.end()
        try w.end()
        try w.end()
    }

    private func writePicture(_ w: HTMLWriter) throws {
        try w.start("section", [("id", "picture"), ("aria-labelledby", "picture-h")])
        try w.element("h2", [("id", "picture-h")], text: "The graph")
        if let svg = picture.svg {
            try w.start("figure", [("class", "picture")])
            try SVGCopier(links: pictureLinks()).write(svg, label: "Summary graph of \(heading)", to: w)
            try w.element("figcaption", text: picture.note)
            try w.end()
        } else {
            try w.element("p", [("class", "note")], text: picture.note)
        }
        try w.end()
    }

    /// DOT node ids of the summary view (``GraphStyle/nodeIDs(_:)`` over documents and entities) → links.
    private func pictureLinks() -> [String: (href: String, label: String)] {
        let nodes = graph.nodes.filter { [.document, .actor, .instrument, .theme].contains($0.kind) }
        let ids = GraphStyle.nodeIDs(KnowledgeGraph(nodes: nodes, edges: []))
        var links = [String: (href: String, label: String)]()
        for node in nodes {
            guard let id = ids[node.key] else { continue }
            if node.kind == .document, let symbol = node.values(.symbol).first?.lexicalForm {
                links[id] = ("#" + anchors.document(symbol), node.label)
            } else if let panel = anchors.entity(node.key) {
                links[id] = ("#" + panel, "\(node.label) (\(node.kind.rawValue))")
            }
        }
        return links
    }

    static func kindTitle(_ kind: EntityKind) -> String {
        switch kind {
        case .actor: return "Actors"
        case .instrument: return "Instruments"
        case .theme: return "Themes"
        }
    }

    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
