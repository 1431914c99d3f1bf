import Foundation
import Testing
@testable import ResolutionGraph

/// `push` and `query` against a real Oxigraph server (PyPI package `oxigraph`) that the test starts on a
/// free port and stops: the store holds exactly the triples of the N-Triples export, the example query
/// answers as on the sample, and pushing a document again duplicates nothing. Fails, never skips, when
/// oxigraph is missing (`Tests/run-tests.sh` and `.ci/run` install it).
@Suite("Store: a real Oxigraph server", .serialized)
struct OxigraphStoreTests {
    static let countQuery = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"

    /// Runs a query through `resgraph query --format json` and returns the rows (variable → value).
    func select(_ query: String, endpoint: String, folder: URL) throws -> [[String: String]] {
        let file = folder.appendingPathComponent("q-\(UUID().uuidString).rq")
        try query.write(to: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.resgraph(["query", file.path, "--endpoint", endpoint, "--format", "json"])
        guard run.status == 0 else { throw TestFailure("query failed (exit \(run.status)): \(run.stderr)") }
        let results = try JSONDecoder().decode(SPARQLResults.self, from: Data(run.stdout.utf8))
        return results.rows.map { $0.mapValues(\.value) }
    }

    func count(_ query: String, endpoint: String, folder: URL) throws -> Int {
        Int(try select(query, endpoint: endpoint, folder: folder).first?["n"] ?? "") ?? -1
    }

    /// The lines of the N-Triples export of `input`.
    func exportedLines(_ input: String, folder: URL) throws -> Int {
        let out = folder.appendingPathComponent("export-\(UUID().uuidString)")
        let run = try TestSupport.resgraph(["export", input, "-o", out.path, "--format", "ntriples", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".nt") })
        return try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").count
    }

    /// The rows of one query in `Ontology/queries/answers-on-the-sample.md` (cells as printed there).
    func expectedRows(_ query: String) throws -> [[String]] {
        let text = try String(contentsOf: TestSupport.ontology.appendingPathComponent("queries/answers-on-the-sample.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### \(query)\n").dropFirst().first)
        let table = section.components(separatedBy: "\n\n(").first ?? ""
        return table.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
            .map { $0.dropFirst(2).dropLast(2).components(separatedBy: " | ") }
    }

    /// A cell as `run_queries.py --width 70` prints it.
    func cut(_ s: String, _ width: Int = 70) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count > width else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(width - 1))
        return String(out) + "…"
    }

    @Test func pushedGraphsHoldExactlyTheExportAndAnswerTheExampleQueries() throws {
        let folder = try TestSupport.temporaryFolder("oxigraph")
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try BackgroundServer.oxigraph(folder: folder)
        defer { server.stop() }
        let store = "\(server.url)/store", query = "\(server.url)/query"

        // 1. The sample alone: the example query answers as in answers-on-the-sample.md.
        let sample = TestSupport.sample.path
        let first = try TestSupport.resgraph(["push", sample, "--endpoint", store])
        #expect(first.status == 0, "exit \(first.status): \(first.stderr)")
        let sampleLines = try exportedLines(sample, folder: folder)
        #expect(try count(Self.countQuery, endpoint: query, folder: folder) == sampleLines)
        let ratify = try String(contentsOf: TestSupport.ontology.appendingPathComponent("queries/who-is-urged-to-ratify-what.rq"), encoding: .utf8)
        let rows = try select(ratify, endpoint: query, folder: folder)
        let expected = try expectedRows("who-is-urged-to-ratify-what.rq")
        #expect(!expected.isEmpty)
        // GROUP_CONCAT's order is the engine's: addressees and instruments compare as sets of labels (the
        // golden file's cell is cut at 70 characters, so its last label may be a prefix).
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            #expect([row["document"], row["paragraph"], row["evidence"]].map { cut($0 ?? "") } == [want[0], want[1], want[4]])
            for (column, cell) in [("addressees", want[2]), ("instruments", want[3])] {
                let labels = Set((row[column] ?? "").components(separatedBy: " | "))
                // The markdown table escapes the separator inside a cell: "Member States \| States parties".
                var printed = cell.components(separatedBy: " \\| ")
                if let last = printed.last, last.hasSuffix("…") {
                    printed.removeLast()
                    #expect(labels.contains { $0.hasPrefix(last.dropLast()) }, "\(column): \(labels) vs \(cell)")
                }
                #expect(Set(printed).isSubset(of: labels), "\(column): \(labels) vs \(cell)")
                #expect(cell.hasSuffix("…") || labels.count == printed.count, "\(column): \(labels) vs \(cell)")
            }
        }

        // 2. The fixture documents and a slice of the corpus, in small batches: the store's distinct
        //    triples over all graphs are the merged N-Triples export, line for line.
        let files = try StoreFixtures.documentFiles() + StoreFixtures.corpusSlice(40)
        let input = try StoreFixtures.folder(files)
        let push = try TestSupport.resgraph(["push", input.path, "--endpoint", store, "--batch-triples", "3000"])
        #expect(push.status == 0, "exit \(push.status): \(push.stderr)")
        let mergedLines = try exportedLines(input.path, folder: folder)
        let inStore = try count(Self.countQuery, endpoint: query, folder: folder)
        #expect(inStore == mergedLines, "store \(inStore), export \(mergedLines)")
        let graphs = try count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", endpoint: query, folder: folder)
        #expect(graphs == files.count + 1, "one graph per document and the corpus graph (the fixtures cite each other)")
        let links = try count("""
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <\(NamedGraphLayout.corpusGraph(base: IRI.defaultBase))> { ?p <https://w3id.org/resgraph/ontology#citesDocument> ?d } }
            """, endpoint: query, folder: folder)
        #expect(links >= 1)

        // 3. The sample again: its graph is replaced with the same triples; nothing is duplicated.
        let again = try TestSupport.resgraph(["push", sample, "--endpoint", store])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try count(Self.countQuery, endpoint: query, folder: folder) == mergedLines)
        let sampleGraph = NamedGraphLayout.documentGraph(symbol: "A/C.3/73/L.7", base: IRI.defaultBase)
        #expect(try count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <\(sampleGraph)> { ?s ?p ?o } }", endpoint: query, folder: folder) == sampleLines)
        #expect(try count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", endpoint: query, folder: folder) >= inStore)

        // 4. ASK and CONSTRUCT through the command line.
        let ask = folder.appendingPathComponent("ask.rq")
        try "ASK { ?a <https://w3id.org/resgraph/ontology#addressee> <https://w3id.org/resgraph/id/actor/member-states> }"
            .write(to: ask, atomically: true, encoding: .utf8)
        let askRun = try TestSupport.resgraph(["query", ask.path, "--endpoint", query])
        #expect(askRun.stdout == "true\n", "\(askRun.stderr)")
        let construct = folder.appendingPathComponent("construct.rq")
        try "CONSTRUCT { ?d a <https://w3id.org/resgraph/ontology#Document> } WHERE { ?d a <https://w3id.org/resgraph/ontology#Document> }"
            .write(to: construct, atomically: true, encoding: .utf8)
        let constructRun = try TestSupport.resgraph(["query", construct.path, "--endpoint", query])
        #expect(constructRun.status == 0, "\(constructRun.stderr)")
        #expect(constructRun.stdout.split(separator: "\n").count == files.count)
        #expect(constructRun.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("<https://w3id.org/resgraph/id/document/") && $0.hasSuffix(" .") })
    }
}
