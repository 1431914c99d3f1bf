import Foundation

/// How `resgraph push` lays a run's graph out in named graphs, so that
///
/// - the union of the named graphs is exactly the merged N-Triples export of the run (the store's
///   `SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }` counts as many triples as the `.nt` file
///   has lines), and
/// - pushing one document again replaces exactly its triples.
///
/// The layout, by default (``Plan/perDocument``):
///
/// - one graph per document, `{base}graph/document/{symbol, percent-encoded}`, holding the graph of that
///   document exported alone (`export --split`): its document, paragraph, footnote, action and mention
///   resources, and the actors, instruments and themes it mentions with their labels, identifiers and
///   the vocabulary relations between them. Shared entity triples are the same in every document graph
///   that has them (IRIs and entity descriptions are content-derived), so they count once in the union.
///   It depends on the document only, so it is replaced (`PUT`) on every push.
/// - one corpus graph, `{base}graph/corpus`, holding what only a run over several documents knows:
///   the `rg:citesDocument` links between documents of the run, and any triple of the merged export
///   that no document graph has. It is added to (`POST`), or replaced with `--replace`.
///
/// Every triple of a document graph that the merged export lacks (the merge chose another description of
/// a shared entity) is left out and counted (``Batch/leftOut``), so the union is the merged export by
/// construction. With ``Plan/singleGraph(_:)`` the merged export goes into one graph.
public enum NamedGraphLayout {
    public enum Plan: Sendable {
        case perDocument
        case singleGraph(GraphTarget)
    }

    /// The name of a document's graph.
    public static func documentGraph(symbol: String, base: String) -> String {
        RDFMapping(base: base).base + "graph/document/" + IRI.encodeSegment(symbol)
    }

    /// The name of the corpus graph.
    public static func corpusGraph(base: String) -> String {
        RDFMapping(base: base).base + "graph/corpus"
    }

    /// What to send to one graph: N-Triples in batches of at most `batchTriples` lines. The first batch
    /// replaces the graph when `replace` is true; the others are added.
    public struct Batch: Sendable {
        public var target: GraphTarget
        public var replace: Bool
        public var ntriples: Data
        public var triples: Int
        /// Only in the first batch of a document graph: triples of the document alone that the merged
        /// export does not have.
        public var leftOut: Int
    }

    /// Calls `send` with every batch of the run, graph after graph, in a deterministic order (documents in
    /// the order given, then the corpus graph). Memory: one document's N-Triples at a time, plus a 128-bit
    /// hash per triple of the merged export.
    public static func forEachBatch(documents: [LinkedDocument], merged: KnowledgeGraph, plan: Plan, base: String,
                                    replace: Bool, batchTriples: Int, _ send: @escaping (Batch) throws -> Void) throws {
        let mapping = RDFMapping(base: base)
        let limit = max(1, batchTriples)
        switch plan {
        case .singleGraph(let target):
            var chunker = Chunker(target: target, replaceFirst: replace, limit: limit, send: send)
            try NTriplesLines.forEachLine(of: merged, mapping: mapping) { try chunker.add($0) }
            try chunker.finish(sendEmpty: replace)
        case .perDocument:
            var inMerged = Set<TripleHash>()
            try NTriplesLines.forEachLine(of: merged, mapping: mapping) { inMerged.insert(TripleHash($0)) }
            var covered = Set<TripleHash>()
            for d in documents {
                let target = GraphTarget.named(documentGraph(symbol: d.symbol, base: base))
                var chunker = Chunker(target: target, replaceFirst: true, limit: limit, send: send)
                var leftOut = 0
                try NTriplesLines.forEachLine(of: GraphBuilder.build([d]), mapping: mapping) { line in
                    let h = TripleHash(line)
                    guard inMerged.contains(h) else { leftOut += 1; return }
                    covered.insert(h)
                    try chunker.add(line)
                }
                chunker.leftOut = leftOut
                try chunker.finish(sendEmpty: true)
            }
            var chunker = Chunker(target: .named(corpusGraph(base: base)), replaceFirst: replace, limit: limit, send: send)
            try NTriplesLines.forEachLine(of: merged, mapping: mapping) { line in
                if !covered.contains(TripleHash(line)) { try chunker.add(line) }
            }
            try chunker.finish(sendEmpty: replace)
        }
    }

    /// Cuts one graph's lines into batches.
    private struct Chunker {
        var target: GraphTarget
        var replaceFirst: Bool
        var limit: Int
        var send: (Batch) throws -> Void
        var buffer = Data()
        var count = 0
        var sent = 0
        var leftOut = 0

        init(target: GraphTarget, replaceFirst: Bool, limit: Int, send: @escaping (Batch) throws -> Void) {
            self.target = target
            self.replaceFirst = replaceFirst
            self.limit = limit
            self.send = send
        }

        mutating func add(_ line: ArraySlice<UInt8>) throws {
            buffer.append(contentsOf: line)
            buffer.append(UInt8(ascii: "\n"))
            count += 1
            if count == limit { try flush() }
        }

        mutating func flush() throws {
            try send(Batch(target: target, replace: replaceFirst && sent == 0, ntriples: buffer, triples: count,
                           leftOut: sent == 0 ? leftOut : 0))
            sent += 1
            buffer = Data()
            count = 0
        }

        /// Sends what is left; an empty graph is sent only when it must be replaced (cleared).
        mutating func finish(sendEmpty: Bool) throws {
            if count > 0 || (sent == 0 && sendEmpty && replaceFirst) { try flush() }
        }
    }
}

/// A 128-bit hash of one N-Triples line (two independent 64-bit FNV-1a hashes): the identity of a
/// triple, since the writer prints a triple one way only. A collision among 10^7 triples has a
/// probability under 10^-24.
struct TripleHash: Hashable {
    var a: UInt64
    var b: UInt64

    init(_ line: ArraySlice<UInt8>) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in line {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
            b ^= b >> 29
        }
        self.a = a
        self.b = b
    }
}

/// The lines of the N-Triples export of a graph, without their line feeds: the same triples, in the
/// same order, as ``NTriplesSerializer`` writes.
enum NTriplesLines {
    static func forEachLine(of graph: KnowledgeGraph, mapping: RDFMapping, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        let rdfType = Array((" <" + Namespace.rdf.iri + "type> ").utf8)
        let end = Array(" .".utf8)
        var buffer = [UInt8]()
        try mapping.forEachResource(of: graph) { resource in
            try RDFTermWriter.checkIRI(resource.subject)
            for type in resource.types {
                buffer.removeAll(keepingCapacity: true)
                RDFTermWriter.appendIRI(resource.subject, to: &buffer)
                buffer.append(contentsOf: rdfType)
                RDFTermWriter.appendIRI(type.iri, to: &buffer)
                buffer.append(contentsOf: end)
                try body(buffer[...])
            }
            for (predicate, object) in resource.properties {
                buffer.removeAll(keepingCapacity: true)
                RDFTermWriter.appendIRI(resource.subject, to: &buffer)
                buffer.append(UInt8(ascii: " "))
                RDFTermWriter.appendIRI(predicate.iri, to: &buffer)
                buffer.append(UInt8(ascii: " "))
                try RDFTermWriter.append(object, prefixed: false, to: &buffer)
                buffer.append(contentsOf: end)
                try body(buffer[...])
            }
        }
    }
}
