import Foundation

/// N-Triples of a corpus written document by document, as the documents are done, in memory that does
/// not grow with the corpus's paragraphs, actions or mentions (`resgraph export --format ntriples --stream`).
///
/// - Each document's own triples (the document, its paragraphs, formula, footnotes, actions and mentions,
///   and the edges between them and to entities) are serialized on the thread that processed it
///   (``add(_:_:)``) and written in input order: documents finished out of order wait in a small buffer
///   (``waitForTurn(_:window:)`` keeps it small), so the file is the same whatever the number of jobs.
/// - Entities (actors, instruments, themes) and the relations between them are written once, at the end
///   (``finish()``), from a table of the distinct entities: what the graph says of a shared entity is
///   chosen as ``GraphBuilder`` chooses it (a vocabulary entity before a pattern-found one, else the
///   first document in symbol order).
/// - The links between documents of the run (`cites-document`, `adopted-as`) are written at the end from
///   the documents' citations; with `corpusSymbols` (`--corpus-symbols`), each document's are written with
///   it and nothing is kept.
///
/// The triples are those of ``NTriplesSerializer`` on the graph of the same documents, as a set (the order
/// differs), except that of two documents with the same symbol the first in input order is kept (not the
/// one whose source name sorts first), and that with `corpusSymbols` a cited document of the run is named
/// as the list spells its symbol. What is kept per document: its symbol and source name, and (without
/// `corpusSymbols`) its citations of document symbols.
public final class NTriplesStream: @unchecked Sendable {
    /// What a document adds to the file, made by ``add(_:_:)`` before it takes the lock.
    struct Chunk {
        var symbol: String
        var sourceName: String
        /// The document's own triples, as N-Triples lines.
        var bytes: [UInt8]
        var triples: Int
        var entities: [Entity]
        /// Relations whose subject is an entity (the vocabulary's, or stated in the text).
        var entityEdges: [EntityEdge]
        /// Kept for the links between documents at the end (empty with `corpusSymbols`): ``packed(_:)``.
        var citations: String
        var draftSymbol: String?
    }

    /// A relation from an entity: a triple of the entity's resource.
    struct EntityEdge: Hashable {
        var source: String
        var relation: RelationName
        var target: String
    }

    /// What was written.
    public struct Totals: Sendable {
        public var documents = 0
        public var triples = 0
        public var actors = 0
        public var instruments = 0
        public var themes = 0
        /// Inputs skipped because an earlier input (in input order) had the same symbol.
        public var duplicates = [CrossDocumentLinks.DuplicateDocument]()
    }

    private let mapping: RDFMapping
    /// Normalized symbol → document key, from `corpusSymbols`; nil without.
    private let corpusIndex: [String: String]?
    private let out: TextFileWriter
    private let condition = NSCondition()
    /// The index of the next document to write; later ones wait in `pending`.
    private var next = 0
    private var pending = [Int: Chunk?]()
    private var failure: (any Error)?
    private var written = [String: String]()   // symbol → source name
    private var entities = [String: (entity: Entity, symbol: String)]()
    private var entityEdges = Set<EntityEdge>()
    /// Per document that cites a symbol or names its draft: its citations, ``packed(_:)`` (about 30 bytes each).
    private var citations = [(symbol: String, citations: String, draftSymbol: String?)]()
    private var totals = Totals()

    /// A stream into `path` (created or truncated). `corpusSymbols`: as for ``GraphBuilder/build(_:corpusSymbols:)``.
    /// - Throws: ``ResolutionGraphError/output(_:reason:)`` when the file cannot be created.
    public init(path: String, options: ExportOptions = ExportOptions(), corpusSymbols: [String] = []) throws {
        mapping = RDFMapping(base: options.base)
        out = try TextFileWriter(path: path)
        if corpusSymbols.isEmpty {
            corpusIndex = nil
        } else {
            var index = [String: String]()
            for s in corpusSymbols where index[CrossDocumentLinks.normalize(s)] == nil {
                index[CrossDocumentLinks.normalize(s)] = GraphBuilder.documentKey(s)
            }
            corpusIndex = index
        }
    }

    /// Blocks while document `index` is `window` or more places ahead of the next one to write, so that
    /// at most `window` finished documents wait in memory. Thread-safe.
    public func waitForTurn(_ index: Int, window: Int) {
        condition.lock()
        while index >= next + max(1, window), failure == nil { condition.wait() }
        condition.unlock()
    }

    /// Takes the input at `index` (0, 1, 2… in input order; every index once): `document`, or nil when it
    /// failed. Serializes it on the calling thread, then writes it and any waiting successors in order.
    /// Thread-safe. An output error is kept and thrown by ``finish()``.
    public func add(_ index: Int, _ document: LinkedDocument?) {
        var chunk: Chunk?
        var error: (any Error)?
        if let document {
            do { chunk = try makeChunk(document) } catch let e { error = e }
        }
        condition.lock()
        defer { condition.unlock() }
        if let error, failure == nil { failure = error }
        pending.updateValue(chunk, forKey: index)
        while let c = pending.removeValue(forKey: next) {
            if let c { write(c) }
            next += 1
        }
        condition.broadcast()
    }

    /// Writes the entities, the relations between them and the links between documents, and closes the
    /// file. Call once every input was added.
    /// - Throws: the first output error (an invalid IRI, a failed write).
    public func finish() throws -> Totals {
        condition.lock()
        defer { condition.unlock() }
        // Inputs never added (none when every index was): written in order after the gap.
        for i in pending.keys.sorted() { if let c = pending[i]! { write(c) } }
        pending = [:]
        if let failure { throw failure }
        try writeEntities()
        if corpusIndex == nil { try writeLinks() }
        try out.close()
        return totals
    }

    // MARK: Per document

    private func makeChunk(_ linked: LinkedDocument) throws -> Chunk {
        let symbol = linked.symbol
        var entityEdges = [EntityEdge]()
        for r in linked.relations where !r.subject.contains("#") {
            guard let relation = RelationName(rawValue: r.relation) else { continue }
            entityEdges.append(EntityEdge(source: r.subject, relation: relation,
                                          target: GraphBuilder.resolve(r.object) { GraphBuilder.partKey($0, $1) }))
        }
        let citations = CrossDocumentLinks.citations(linked)
        let draftSymbol = linked.document.metadata.draftSymbol
        var chunk = Chunk(symbol: symbol, sourceName: linked.document.metadata.sourceName, bytes: [], triples: 0,
                          entities: Array(linked.extracted.entities.values), entityEdges: entityEdges, citations: "", draftSymbol: draftSymbol)
        // The document's own graph: its nodes and the entities it names, so that its edges to them are kept.
        let graph = GraphBuilder.build([linked])
        let rdfType = NTriplesSerializer.rdfType
        var buffer = [UInt8]()
        var triples = 0
        try mapping.forEachResource(of: graph, including: { !$0.isEntity }) { resource in
            try RDFTermWriter.checkIRI(resource.subject)
            try NTriplesSerializer.append(resource, rdfType: rdfType, to: &buffer)
            triples += resource.tripleCount
        }
        if let corpusIndex {
            // Every document of the corpus is known already: the links are written with the document.
            let own = CrossDocumentLinks.normalize(symbol), ownKey = GraphBuilder.documentKey(symbol)
            if corpusIndex.count + (corpusIndex[own] == nil ? 1 : 0) > 1 {
                let edges = CrossDocumentLinks.edges([(symbol, citations, draftSymbol)]) { $0 == own ? ownKey : corpusIndex[$0] }
                triples += try appendLinks(edges, to: &buffer)
            }
        } else {
            chunk.citations = Self.packed(citations)
        }
        chunk.bytes = buffer
        chunk.triples = triples
        return chunk
    }

    /// Writes `c` (under the lock), unless an output failed or its symbol was written already.
    private func write(_ c: Chunk) {
        guard failure == nil else { return }
        if let kept = written[c.symbol] {
            totals.duplicates.append(CrossDocumentLinks.DuplicateDocument(symbol: c.symbol, kept: kept, dropped: c.sourceName))
            return
        }
        do {
            try out.write(bytes: c.bytes)
        } catch {
            failure = error
            return
        }
        written[c.symbol] = c.sourceName
        totals.documents += 1
        totals.triples += c.triples
        for e in c.entities {
            // GraphBuilder's choice: a vocabulary entity before a pattern-found one, else the first symbol.
            if let old = entities[e.id] {
                let better = e.isKnown != old.entity.isKnown ? e.isKnown : NaturalOrder.less(c.symbol, old.symbol)
                if better { entities[e.id] = (e, c.symbol) }
            } else {
                entities[e.id] = (e, c.symbol)
            }
        }
        entityEdges.formUnion(c.entityEdges)
        if !c.citations.isEmpty || c.draftSymbol != nil { citations.append((c.symbol, c.citations, c.draftSymbol)) }
    }

    // MARK: At the end

    /// The entities' resources and their relations, as the graph of all documents has them.
    private func writeEntities() throws {
        // Sorted as in the graph (kind, then key), and the edges by their ends: no hash order in the file.
        var nodes = entities.values.map { GraphBuilder.entityNode($0.entity, mentions: 0) }
        nodes.sort { $0.kind != $1.kind ? $0.kind < $1.kind : NaturalOrder.less($0.key, $1.key) }
        // An edge is kept when its target is a node too: an entity, or a document (or part) of the run.
        let edges = entityEdges.filter { e in
            guard entities[e.source] != nil else { return false }
            if entities[e.target] != nil { return true }
            guard e.target.hasPrefix("document/") else { return false }
            let rest = e.target.dropFirst("document/".count)
            return written[String(rest[..<(rest.lastIndex(of: "#") ?? rest.endIndex)])] != nil
        }.sorted { a, b in
            if a.source != b.source { return NaturalOrder.less(a.source, b.source) }
            if a.relation != b.relation { return a.relation < b.relation }
            return NaturalOrder.less(a.target, b.target)
        }.map { GraphEdge(source: $0.source, target: $0.target, relation: $0.relation) }
        for node in nodes {
            switch node.kind {
            case .actor: totals.actors += 1
            case .instrument: totals.instruments += 1
            default: totals.themes += 1
            }
        }
        let graph = KnowledgeGraph(nodes: nodes, edges: edges)
        let rdfType = NTriplesSerializer.rdfType
        var triples = 0
        try mapping.forEachResource(of: graph) { resource in
            try RDFTermWriter.checkIRI(resource.subject)
            try out.withBuffer { try NTriplesSerializer.append(resource, rdfType: rdfType, to: &$0) }
            triples += resource.tripleCount
        }
        totals.triples += triples
    }

    /// The links between the documents of the run, from their citations.
    private func writeLinks() throws {
        // As GraphBuilder: in symbol order, a later symbol taking a normalized form an earlier one had.
        var bySymbol = [String: String]()
        for s in written.keys.sorted(by: NaturalOrder.less) { bySymbol[CrossDocumentLinks.normalize(s)] = GraphBuilder.documentKey(s) }
        guard bySymbol.count > 1 else { return }
        var buffer = [UInt8]()
        for d in citations {
            let edges = CrossDocumentLinks.edges([(d.symbol, Self.unpacked(d.citations), d.draftSymbol)]) { bySymbol[$0] }
            totals.triples += try appendLinks(edges, to: &buffer)
        }
        try out.write(bytes: buffer)
    }

    /// What the links need of `citations`, in one string: per citation a line of its paragraph and its
    /// candidate symbols, normalized, separated by tabs (neither has white space). The span and text are
    /// evidence that N-Triples does not write (a link is one triple).
    static func packed(_ citations: [CrossDocumentLinks.Citation]) -> String {
        var s = ""
        for c in citations {
            s += c.paragraph
            for candidate in c.candidates { s += "\t" + CrossDocumentLinks.normalize(candidate) }
            s += "\n"
        }
        return s
    }

    /// The citations of ``packed(_:)`` (with an empty span and text).
    static func unpacked(_ s: String) -> [CrossDocumentLinks.Citation] {
        s.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return CrossDocumentLinks.Citation(paragraph: fields[0], start: 0, end: 0, text: "", candidates: Array(fields.dropFirst()))
        }
    }

    /// Appends the triples of `edges` (each once); returns how many.
    private func appendLinks(_ edges: [GraphEdge], to buffer: inout [UInt8]) throws -> Int {
        var seen = Set<EntityEdge>()
        var triples = 0
        for e in edges where seen.insert(EntityEdge(source: e.source, relation: e.relation, target: e.target)).inserted {
            let resource = RDFResource(subject: mapping.iri(forKey: e.source), types: [],
                                       properties: [(RDFMapping.relations[e.relation]!.predicate, .iri(mapping.iri(forKey: e.target)))])
            try RDFTermWriter.checkIRI(resource.subject)
            try NTriplesSerializer.append(resource, rdfType: [], to: &buffer)
            triples += 1
        }
        return triples
    }
}

extension NodeKind {
    /// Actors, instruments and themes: the nodes documents share.
    var isEntity: Bool { self == .actor || self == .instrument || self == .theme }
}
