import Foundation
import Testing
@testable import ResolutionGraph

/// The named-graph layout of `push`, without a server: the union of the graphs is the merged export,
/// exactly, and a document's graph depends on that document only.
@Suite("Store: named-graph layout")
struct NamedGraphLayoutTests {
    /// The fixture documents (one per symbol), processed.
    static let documents: Result<[LinkedDocument], any Error> = Result {
        let pipeline = try TestSupport.pipeline()
        return try StoreFixtures.documentFiles().map { try pipeline.process(try TestSupport.source($0)) }
    }

    func lines(_ batches: [NamedGraphLayout.Batch]) -> [String] {
        batches.flatMap { String(decoding: $0.ntriples, as: UTF8.self).split(separator: "\n").map(String.init) }
    }

    func mergedLines(_ documents: [LinkedDocument]) throws -> [String] {
        let folder = try TestSupport.temporaryFolder("layout")
        let path = folder.appendingPathComponent("merged.nt").path
        try Pipeline.export(GraphBuilder.build(documents), format: .ntriples, to: path)
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func layout(_ documents: [LinkedDocument], plan: NamedGraphLayout.Plan = .perDocument, batch: Int = 1000) throws -> [NamedGraphLayout.Batch] {
        nonisolated(unsafe) var batches = [NamedGraphLayout.Batch]()
        try NamedGraphLayout.forEachBatch(documents: documents, merged: GraphBuilder.build(documents), plan: plan, base: IRI.defaultBase,
                                          replace: false, batchTriples: batch) { batches.append($0) }
        return batches
    }

    @Test func theUnionOfTheGraphsIsTheMergedExport() throws {
        let documents = try Self.documents.get()
        let batches = try layout(documents)
        let merged = try mergedLines(documents)
        #expect(Set(merged).count == merged.count)
        #expect(Set(lines(batches)) == Set(merged))
        #expect(batches.allSatisfy { $0.triples <= 1000 })
        // One graph per document, and the corpus graph holds the cites-document link A/RES/80/228 → A/RES/77/194.
        let targets = Set(batches.map(\.target))
        #expect(targets.count == documents.count + 1)
        let corpus = batches.filter { $0.target == .named(NamedGraphLayout.corpusGraph(base: IRI.defaultBase)) }
        #expect(!corpus.isEmpty && lines(corpus).allSatisfy { $0.contains("#citesDocument>") })
        // Document graphs: the first batch replaces, the rest add.
        for target in targets where target != .named(NamedGraphLayout.corpusGraph(base: IRI.defaultBase)) {
            let mine = batches.filter { $0.target == target }
            #expect(mine.first?.replace == true && mine.dropFirst().allSatisfy { !$0.replace })
        }
    }

    /// Issue 7: two halves pushed by separate runs told the corpus's symbols add up to the whole: the
    /// cites-document links across the halves go into the corpus graph.
    @Test func halvesPushedWithTheCorpusSymbolsMakeUpTheWhole() throws {
        let documents = try Self.documents.get()
        let a = documents.filter { $0.symbol == "A/RES/77/194" }, b = documents.filter { $0.symbol != "A/RES/77/194" }
        try #require(!a.isEmpty && b.contains { $0.symbol == "A/RES/80/228" })
        let symbols = documents.map(\.symbol)
        func layout(_ part: [LinkedDocument], corpusSymbols: [String]) throws -> [NamedGraphLayout.Batch] {
            nonisolated(unsafe) var batches = [NamedGraphLayout.Batch]()
            try NamedGraphLayout.forEachBatch(documents: part, merged: GraphBuilder.build(part, corpusSymbols: corpusSymbols), plan: .perDocument,
                                              base: IRI.defaultBase, replace: false, batchTriples: 1000) { batches.append($0) }
            return batches
        }
        let whole = Set(try mergedLines(documents))
        let told = Set(lines(try layout(a, corpusSymbols: symbols)) + lines(try layout(b, corpusSymbols: symbols)))
        #expect(told == whole)
        let untold = Set(lines(try layout(a, corpusSymbols: [])) + lines(try layout(b, corpusSymbols: [])))
        #expect(untold.isSubset(of: whole) && !whole.subtracting(untold).isEmpty)
        #expect(whole.subtracting(untold).allSatisfy { $0.contains("#citesDocument>") })
    }

    @Test func aDocumentGraphDependsOnThatDocumentOnly() throws {
        let documents = try Self.documents.get()
        let sample = try #require(documents.first { $0.symbol == "A/C.3/73/L.7" })
        let target = GraphTarget.named(NamedGraphLayout.documentGraph(symbol: sample.symbol, base: IRI.defaultBase))
        let inCorpus = try layout(documents).filter { $0.target == target }
        let alone = try layout([sample]).filter { $0.target == target }
        #expect(lines(inCorpus) == lines(alone))
        #expect(Set(lines(alone)) == Set(try mergedLines([sample])))
        #expect(try layout([sample]).allSatisfy { $0.target == target }, "a run of one document sends no corpus graph")
    }

    @Test func oneGraphHoldsTheWholeExportWhenAsked() throws {
        let documents = try Self.documents.get()
        let batches = try layout(documents, plan: .singleGraph(.defaultGraph), batch: 5000)
        #expect(Set(batches.map(\.target)) == [.defaultGraph])
        #expect(lines(batches) == (try mergedLines(documents)))
    }
}

/// The documents the store tests push.
enum StoreFixtures {
    /// The fixture documents, one file per symbol (the `seg_` copies repeat other fixtures' symbols).
    static func documentFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: TestSupport.fixtures, includingPropertiesForKeys: nil)
            .filter { ["txt", "xml"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix("seg_") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The first `count` texts of `$RESGRAPH_CORPUS/bulk/text` (sorted), or none without a corpus.
    static func corpusSlice(_ count: Int) throws -> [URL] {
        guard let root = ProcessInfo.processInfo.environment["RESGRAPH_CORPUS"], !root.isEmpty else { return [] }
        let folder = URL(fileURLWithPath: root).appendingPathComponent("bulk/text")
        return Array(try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }.prefix(count))
    }

    /// A fresh folder holding copies of `files`.
    static func folder(_ files: [URL], name: String = "push-input") throws -> URL {
        let dir = try TestSupport.temporaryFolder(name)
        for f in files { try FileManager.default.copyItem(at: f, to: dir.appendingPathComponent(f.lastPathComponent)) }
        return dir
    }
}
