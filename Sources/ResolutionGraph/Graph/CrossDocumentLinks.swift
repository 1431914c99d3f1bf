import Foundation

/// Links between the documents of one run, and what to do when two inputs are the same document.
///
/// - A paragraph or footnote that cites a symbol (an entity `instrument/document-…` or
///   `instrument/resolution-…` with an identifier `symbol`, such as `A/73/263` or `64/293`) gets an edge
///   `cites-document` to the node of the document with that symbol when it is in the same run.
/// - A draft gets an edge `adopted-as` to the resolution adopted from it, when both are in the run and
///   the resolution's metadata names the draft (``DocumentMetadata/draftSymbol``). A revised draft
///   (`A/C.3/80/L.4/Rev.1`) that is not in the run falls back to its original (`A/C.3/80/L.4`).
/// - Two inputs with the same symbol (the PDF text and the Akoma Ntoso XML of one resolution) would share
///   node keys and clobber each other's paragraphs: only one is kept — the one whose source path sorts
///   first, so the choice depends neither on the input order nor on the number of jobs — and the other
///   is reported as a ``DuplicateDocument``.
public enum CrossDocumentLinks {
    /// An input dropped because another input has the same symbol.
    public struct DuplicateDocument: Sendable, Hashable {
        public var symbol: String
        /// The source of the document kept.
        public var kept: String
        /// The source of the document dropped.
        public var dropped: String
    }

    /// `documents` with one document per symbol (input order otherwise kept), and the ones dropped.
    public static func deduplicate(_ documents: [LinkedDocument]) -> (documents: [LinkedDocument], duplicates: [DuplicateDocument]) {
        let (kept, duplicates) = deduplicate(documents.map { ($0.symbol, $0.document.metadata.sourceName) })
        guard kept.count < documents.count else { return (documents, []) }
        return (kept.map { documents[$0] }, duplicates)
    }

    /// ``deduplicate(_:)`` on the documents' symbols and source names: the indices of the documents
    /// kept (in input order) and the ones dropped.
    /// With `firstInInputOrder`, the first of the documents with one symbol is kept instead (as
    /// ``NTriplesStream`` does, having written it before the others are read).
    public static func deduplicate(_ documents: [(symbol: String, sourceName: String)],
                                   firstInInputOrder: Bool = false) -> (kept: [Int], duplicates: [DuplicateDocument]) {
        var chosen = [String: Int]()
        for (i, d) in documents.enumerated() {
            if let j = chosen[d.symbol] {
                if !firstInInputOrder, d.sourceName < documents[j].sourceName { chosen[d.symbol] = i }
            } else {
                chosen[d.symbol] = i
            }
        }
        guard chosen.count < documents.count else { return (Array(documents.indices), []) }
        var kept = [Int]()
        var duplicates = [DuplicateDocument]()
        for (i, d) in documents.enumerated() {
            let j = chosen[d.symbol]!
            if i == j {
                kept.append(i)
            } else {
                duplicates.append(DuplicateDocument(symbol: d.symbol, kept: documents[j].sourceName, dropped: d.sourceName))
            }
        }
        duplicates.sort { ($0.symbol, $0.dropped) < ($1.symbol, $1.dropped) }
        return (kept, duplicates)
    }

    /// The `cites-document` edges between `documents` (one per citing mention, with its provenance).
    ///
    /// `corpusSymbols` names the other documents of a corpus that is exported in parts, by separate runs
    /// (`export --corpus-symbols`): a candidate symbol that is one of them counts as a document as if it
    /// were in the run, so that a citation of a document of another part gets the edge the run over the
    /// whole corpus gives it. Its target is then not a node of the graph (see ``GraphBuilder/build(_:corpusSymbols:)``).
    /// So does a draft of another part that a resolution of the run names: the `adopted-as` edge's source
    /// is then not a node.
    static func edges(_ documents: [LinkedDocument], corpusSymbols: [String] = []) -> [GraphEdge] {
        edges(documents.map { ($0.symbol, citations($0), $0.document.metadata.draftSymbol) }, corpusSymbols: corpusSymbols)
    }

    /// A mention of a document symbol or resolution number, with the symbols it may be (``candidates(_:before:)``),
    /// waiting for the symbols of the other documents of the run.
    struct Citation {
        var paragraph: String
        var start: Int
        var end: Int
        var text: String
        var candidates: [String]
    }

    /// What `document` cites that may be another document of the run: what ``edges(_:corpusSymbols:)``
    /// needs of it, without the rest of the document.
    static func citations(_ d: LinkedDocument) -> [Citation] {
        var citations = [Citation]()
        var units: [String: String]?
        for m in d.extracted.mentions {
            guard m.entity.hasPrefix("instrument/document-") || m.entity.hasPrefix("instrument/resolution-"),
                  let cited = d.extracted.entities[m.entity]?.identifiers["symbol"] else { continue }
            if units == nil { units = Dictionary(d.document.textUnits.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }) }
            let before = units?[m.paragraph].map { prefix($0, upTo: m.start) } ?? ""
            citations.append(Citation(paragraph: m.paragraph, start: m.start, end: m.end, text: m.text, candidates: candidates(cited, before: before)))
        }
        return citations
    }

    /// The edges between documents given by symbol, citations and draft symbol, in symbol order.
    static func edges(_ documents: [(symbol: String, citations: [Citation], draftSymbol: String?)], corpusSymbols: [String] = []) -> [GraphEdge] {
        var bySymbol = [String: String]()
        for d in documents { bySymbol[normalize(d.symbol)] = GraphBuilder.documentKey(d.symbol) }
        // A document of the run keeps its own key (its symbol as the run read it) whatever the list says.
        for s in corpusSymbols where bySymbol[normalize(s)] == nil { bySymbol[normalize(s)] = GraphBuilder.documentKey(s) }
        guard bySymbol.count > 1 else { return [] }
        return edges(documents) { bySymbol[$0] }
    }

    /// The edges between `documents`, with `documentKey` giving the node key of the document with a
    /// symbol (``normalize(_:)``d), or nil when it is neither in the run nor in the corpus.
    static func edges(_ documents: [(symbol: String, citations: [Citation], draftSymbol: String?)],
                      documentKey: (String) -> String?) -> [GraphEdge] {
        var edges = [GraphEdge]()
        for d in documents {
            let own = GraphBuilder.documentKey(d.symbol)
            for c in d.citations {
                for candidate in c.candidates {
                    guard let target = documentKey(normalize(candidate)) else { continue }
                    if target != own {
                        edges.append(GraphEdge(source: GraphBuilder.partKey(d.symbol, c.paragraph), target: target, relation: .citesDocument,
                                               provenance: Provenance(document: d.symbol, paragraph: c.paragraph, start: c.start, end: c.end, text: c.text)))
                    }
                    break
                }
            }
        }
        edges += draftEdges(documents.map { ($0.symbol, $0.draftSymbol) }, documentKey: documentKey)
        return edges
    }

    /// `adopted-as` edges from drafts to the resolutions adopted from them (metadata, so no provenance
    /// in the text).
    static func draftEdges(_ documents: [(symbol: String, draftSymbol: String?)], documentKey: (String) -> String?) -> [GraphEdge] {
        var edges = [GraphEdge]()
        for d in documents {
            guard let draft = d.draftSymbol else { continue }
            let own = GraphBuilder.documentKey(d.symbol)
            let exact = normalize(draft)
            guard let source = documentKey(exact) ?? documentKey(withoutRevision(exact)), source != own else { continue }
            edges.append(GraphEdge(source: source, target: own, relation: .adoptedAs, provenance: nil))
        }
        return edges
    }

    /// `A/C.3/80/L.4/REV.1` → `A/C.3/80/L.4`. Only a revision is dropped: `/Add.N` and `/Corr.N` are other documents.
    static func withoutRevision(_ symbol: String) -> String {
        guard let range = symbol.range(of: "/REV.", options: .backwards) else { return symbol }
        return String(symbol[..<range.lowerBound])
    }

    /// The symbols a cited symbol or resolution number may be, most likely first: a full symbol
    /// (`A/73/263`) as it is; a resolution number by the body named just before it (`Human Rights Council
    /// resolution 57/14` → `A/HRC/RES/57/14`), else by its form (`2021/25` → `E/RES/2021/25`,
    /// `2698 (2023)` → `S/RES/2698 (2023)`, `64/293` → `A/RES/64/293`).
    static func candidates(_ cited: String, before: String) -> [String] {
        let s = cited.trimmingCharacters(in: .whitespaces)
        guard let first = s.unicodeScalars.first, (0x30...0x39).contains(first.value) else { return [s] }
        let context = String(before.suffix(48)).lowercased()
        var out = [String]()
        if context.contains("human rights council") { out.append("A/HRC/RES/" + s) }
        if context.contains("economic and social council") { out.append("E/RES/" + s) }
        if context.contains("security council") { out.append("S/RES/" + s) }
        if out.isEmpty {
            let parts = s.split(separator: "/")
            if s.contains("(") { out.append("S/RES/" + s) }
            else if parts.count == 2, parts[0].count == 4 { out.append("E/RES/" + s) }
            else { out.append("A/RES/" + s) }
        }
        out.append(s)
        return out
    }

    /// Symbols compare without spaces and case: `S/RES/2698 (2023)` = `S/RES/2698(2023)`.
    static func normalize(_ symbol: String) -> String {
        String(symbol.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)).uppercased()
    }

    private static func prefix(_ text: String, upTo scalars: Int) -> String {
        let u = text.unicodeScalars
        let end = u.index(u.startIndex, offsetBy: min(max(0, scalars), u.count))
        return String(u[..<end])
    }
}
