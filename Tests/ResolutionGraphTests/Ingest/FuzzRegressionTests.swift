import Foundation
import Testing
@testable import ResolutionGraph

/// Every input the fuzzers (`Tests/Fuzz/`) ever crashed or hung on is kept in
/// `Tests/Fixtures/fuzz-regressions/` (plus a few hand-made hostile inputs); each must now give a clean
/// ``ResolutionGraphError`` or a result that exports to every format — never a crash.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("fuzz-regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test func theFolderIsNotEmpty() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func runsCleanlyThroughThePipeline(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let source = SourceDocument(name: name, bytes: [UInt8](try Data(contentsOf: url)))
        let pipeline = try TestSupport.pipeline()
        let linked: LinkedDocument
        do {
            linked = try pipeline.process(source)
        } catch let error as ResolutionGraphError {
            // A clean refusal: one line naming the input.
            #expect(!"\(error)".contains("\n"), "\(error)")
            #expect("\(error)".contains(name), "\(error)")
            return
        }
        let graph = pipeline.graph([linked])
        let out = try TestSupport.temporaryFolder("fuzz-regression")
        defer { try? FileManager.default.removeItem(at: out) }
        for format in ExportFormat.allCases {
            try Pipeline.export(graph, format: format, to: out.appendingPathComponent("g." + format.fileExtension).path)
        }
        try Pipeline.export(graph, format: .dot, to: out.appendingPathComponent("s.dot").path,
                            options: ExportOptions(dotView: .summary, top: 3))
    }
}
