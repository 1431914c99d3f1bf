import Foundation
import Testing
@testable import ResolutionGraph

/// The committed exports in `Output/` are what the current code produces from the sample. Set
/// `RECORD_GOLDEN=1` to rewrite them (then look at the diff before committing).
@Suite("End to end: the sample")
struct SampleGoldenTests {
    static let stem = "A_C.3_73_L.7"
    static let committed: [ExportFormat] = [.rdfxml, .graphml, .dot, .ntriples, .turtle]

    func export(to folder: URL) throws {
        let pipeline = try TestSupport.pipeline()
        let graph = pipeline.graph([try TestSupport.linkedSample()])
        for format in Self.committed {
            try Pipeline.export(graph, format: format, to: folder.appendingPathComponent("\(Self.stem).\(format.fileExtension)").path)
        }
        try Pipeline.export(graph, format: .dot, to: folder.appendingPathComponent("\(Self.stem).summary.dot").path,
                            options: ExportOptions(dotView: .summary, top: 30))
        // The HTML report, as `resgraph report` writes it (the picture drawn by Graphviz `dot`).
        let picture = GraphPicture.render(graph, top: 30)
        #expect(picture.svg != nil, "the report's picture needs Graphviz dot: \(picture.note)")
        try pipeline.report([try TestSupport.linkedSample()], graph: graph, picture: picture)
            .write(to: folder.appendingPathComponent("\(Self.stem).report.html").path)
    }

    @Test func outputFolderIsUpToDate() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        let fresh = try TestSupport.temporaryFolder("golden")
        try export(to: fresh)
        for name in try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted() {
            let new = try Data(contentsOf: fresh.appendingPathComponent(name))
            let committed = TestSupport.output.appendingPathComponent(name)
            if record {
                try new.write(to: committed)
                continue
            }
            let old = try? Data(contentsOf: committed)
            #expect(old == new, "Output/\(name) is stale: run `RECORD_GOLDEN=1 swift test --filter SampleGoldenTests` and review the diff. \(firstDifference(old, new))")
        }
    }

    /// The README's picture is rendered from the committed summary DOT: every node of it is drawn.
    @Test func thePictureShowsTheCurrentSummary() throws {
        let dot = TestSupport.output.appendingPathComponent("\(Self.stem).summary.dot")
        let svg = TestSupport.output.appendingPathComponent("\(Self.stem).summary.svg")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try export(to: TestSupport.output) // the same bytes the golden test records, whichever runs first
            let run = try TestSupport.run("/usr/bin/env", ["dot", "-Tsvg", dot.path, "-o", svg.path])
            #expect(run.status == 0, "dot failed: \(run.stderr)")
        }
        // Graphviz writes "-" as "&#45;" in SVG titles.
        let drawn = try String(contentsOf: svg, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
        let source = try String(contentsOf: dot, encoding: .utf8)
        var ids = Set<String>()
        for line in source.split(separator: "\n") where line.hasPrefix("  \"") && line.contains(" [label=") && !line.contains(" -> ") {
            ids.insert(String(line.dropFirst(3).prefix { $0 != "\"" }))
        }
        #expect(ids.count > 5)
        let missing = ids.filter { !drawn.contains("<title>\($0)</title>") }.sorted()
        #expect(missing.isEmpty, "Output/\(Self.stem).summary.svg does not draw \(missing.prefix(5)): re-record")
    }

    /// The example SPARQL queries give the committed answers on the committed export.
    @Test func queryAnswersAreUpToDate() throws {
        let fresh = try TestSupport.temporaryFolder("answers")
        try export(to: fresh)
        let run = try TestSupport.run("/usr/bin/env", ["python3", TestSupport.ontology.appendingPathComponent("queries/run_queries.py").path,
                                                      fresh.appendingPathComponent("\(Self.stem).ttl").path, "--markdown", "--width", "70"])
        #expect(run.status == 0, "run_queries.py failed: \(run.stderr)")
        let answers = TestSupport.ontology.appendingPathComponent("queries/answers-on-the-sample.md")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try run.stdout.write(to: answers, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: answers, encoding: .utf8)
        #expect(committed == run.stdout, "Ontology/queries/answers-on-the-sample.md is stale: re-record with RECORD_GOLDEN=1")
    }

    @Test func exportsAreByteIdenticalAcrossRuns() throws {
        let a = try TestSupport.temporaryFolder("det-a"), b = try TestSupport.temporaryFolder("det-b")
        try export(to: a)
        // A second, independent pipeline run over the same bytes.
        let pipeline = Pipeline(vocabulary: try TestSupport.vocabulary())
        let graph = pipeline.graph([try pipeline.process(try TestSupport.source(TestSupport.sample))])
        for format in Self.committed {
            try Pipeline.export(graph, format: format, to: b.appendingPathComponent("\(Self.stem).\(format.fileExtension)").path)
        }
        for format in Self.committed {
            let name = "\(Self.stem).\(format.fileExtension)"
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func theSampleYieldsTheExpectedStructure() throws {
        let d = try TestSupport.linkedSample()
        #expect(d.symbol == "A/C.3/73/L.7")
        #expect(d.document.operative.filter { !($0.number ?? "").hasPrefix("(") }.count == 50)
        #expect(d.document.footnotes.count == 32)
        let actors = Set(d.extracted.mentions.map(\.entity).filter { $0.hasPrefix("actor/") })
        for id in ["actor/member-states", "actor/governments", "actor/un-women", "actor/secretary-general"] {
            #expect(actors.contains(id), "\(id)")
        }
        let urged = d.actions.filter { $0.verb == "urge" }.flatMap(\.addressees)
        #expect(urged.contains("actor/member-states"))
        #expect(urged.contains("actor/governments"))
    }

    private func firstDifference(_ a: Data?, _ b: Data) -> String {
        guard let a else { return "(missing)" }
        let la = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let lb = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(la.count, lb.count) {
            let x = i < la.count ? String(la[i]) : "<end>", y = i < lb.count ? String(lb[i]) : "<end>"
            if x != y { return "first difference at line \(i + 1):\n- \(x.prefix(200))\n+ \(y.prefix(200))" }
        }
        return ""
    }
}
