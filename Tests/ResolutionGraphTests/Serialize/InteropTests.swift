import Foundation
import Testing
@testable import ResolutionGraph

/// The exports load where users load them: rdflib, Oxigraph and Raptor for RDF; the GraphML XSD,
/// NetworkX and igraph for GraphML; Graphviz for DOT. These tests fail, never skip, when a tool is
/// missing: `Tests/run-tests.sh` and `.ci/run` install them.
@Suite("Serialize: interop with real tools", .serialized)
struct InteropTests {
    static let exported: Result<URL, any Error> = Result {
        let folder = try TestSupport.temporaryFolder("interop")
        let pipeline = try TestSupport.pipeline()
        let graph = pipeline.graph([try TestSupport.linkedSample()])
        for format in ExportFormat.allCases {
            try Pipeline.export(graph, format: format, to: folder.appendingPathComponent("sample.\(format.fileExtension)").path)
        }
        try Pipeline.export(graph, format: .dot, to: folder.appendingPathComponent("summary.dot").path, options: ExportOptions(dotView: .summary))
        return folder
    }

    func file(_ name: String) throws -> String { try Self.exported.get().appendingPathComponent(name).path }

    func expectPass(_ run: TestSupport.Run, _ what: String) {
        #expect(run.status == 0, "\(what) failed (exit \(run.status)):\n\(run.stderr)\n\(run.stdout)")
    }

    @Test func rdfParsesInRdflibOxigraphAndRapperWithTheSameTriples() throws {
        let run = try TestSupport.interop("check_rdf.py", [try file("sample.rdf"), "--ntriples", try file("sample.nt"), "--turtle", try file("sample.ttl")])
        expectPass(run, "check_rdf.py")
        let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let triples = summary?["triples"] as? Int ?? 0
        #expect(triples > 1000)
        for tool in ["rdflib", "oxigraph", "rapper", "ntriples", "turtle"] { #expect(summary?[tool] as? Int == triples, "\(tool)") }
    }

    @Test func graphMLIsSchemaValidAndLoadsInNetworkXAndIgraph() throws {
        let schema = TestSupport.fixtures.appendingPathComponent("schemas/graphml/graphml.xsd").path
        expectPass(try TestSupport.interop("check_graphml.py", [try file("sample.graphml"), "--schema", schema]), "check_graphml.py")
    }

    @Test(arguments: ["sample.dot", "summary.dot"])
    func dotRendersWithoutWarnings(_ name: String) throws {
        expectPass(try TestSupport.interop("check_dot.py", [try file(name), "--engines", "dot,neato,sfdp"]), "check_dot.py \(name)")
    }

    /// Two documents sharing entities: each document is a cluster, and dot's per-cluster ranking failed on such graphs
    /// ("trouble in init_rank") until the full view asked for one global ranking (`newrank`).
    @Test func twoDocumentsSharingEntitiesRenderWithDot() throws {
        let pipeline = try TestSupport.pipeline()
        let documents = try ["A_RES_79_286.txt", "A_RES_80_228.txt"].map {
            try pipeline.process(TestSupport.source(TestSupport.fixtures.appendingPathComponent($0)))
        }
        let path = try TestSupport.temporaryFolder("interop-two").appendingPathComponent("two.dot").path
        try Pipeline.export(pipeline.graph(documents), format: .dot, to: path)
        expectPass(try TestSupport.interop("check_dot.py", [path, "--engines", "dot"]), "check_dot.py two.dot")
    }

    @Test func exportsSatisfyTheShapesAndUseOnlyDeclaredTerms() throws {
        let shapes = TestSupport.ontology.appendingPathComponent("shapes.ttl").path
        let ontology = TestSupport.ontology.appendingPathComponent("resgraph.ttl").path
        expectPass(try TestSupport.interop("check_shacl.py", [try file("sample.ttl"), "--shapes", shapes, "--ontology", ontology]), "check_shacl.py")
        expectPass(try TestSupport.interop("check_ontology.py", [try file("sample.ttl"), "--ontology", ontology]), "check_ontology.py")
    }
}
