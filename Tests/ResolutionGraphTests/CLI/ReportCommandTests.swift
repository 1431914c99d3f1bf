import Foundation
import Testing
@testable import ResolutionGraph

/// `resgraph report`: the sample's page equals the committed one, a corpus gets an index and a section
/// per document, failures are reported with the documented exit codes.
@Suite("CLI: report")
struct ReportCommandTests {
    @Test func theSampleReportIsTheCommittedOne() throws {
        let out = try TestSupport.temporaryFolder("report-cli").appendingPathComponent("sample.html")
        let run = try TestSupport.resgraph(["report", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("file written: \(out.path)"), "\(run.stdout)")
        let committed = TestSupport.output.appendingPathComponent("A_C.3_73_L.7.report.html")
        #expect(try Data(contentsOf: out) == Data(contentsOf: committed), "differs from Output/A_C.3_73_L.7.report.html: re-record the golden")
    }

    @Test func aCorpusGetsAnIndexAndOneSectionPerDocument() throws {
        let out = try TestSupport.temporaryFolder("report-corpus").appendingPathComponent("two.html")
        let run = try TestSupport.resgraph(["report"] + CorpusCommandTests.twoDocuments + ["-o", out.path, "--title", "Two <documents>", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let root = try XMLTree.parseHTML(try String(contentsOf: out, encoding: .utf8), name: "two.html").root
        #expect(root.first("h1")?.text == "Two <documents>")
        let sections = root.all("section").filter { ($0.attributes["class"] ?? "") == "document" }
        #expect(sections.compactMap { $0.attributes["id"] } == ["document-A_C.3_73_L.7", "document-A_RES_80_228"])
        let index = try #require(root.all("section").first { $0.attributes["id"] == "documents" })
        #expect(index.all("tr").count == 3)
        // Paragraph ids are prefixed by the document; each highlight still finds its panel.
        #expect(HTMLReportTests.ids(root).contains("A_RES_80_228-op1"))
        let panels = Set(HTMLReportTests.panels(root).compactMap { $0.attributes["id"] })
        let marks = HTMLReportTests.highlights(root)
        #expect(marks.count > 500)
        for m in marks { #expect(HTMLReportTests.link(m).count == 1 && panels.contains(String(HTMLReportTests.link(m)[0].dropFirst()))) }
        // An entity of both documents lists its mentions by document.
        let governments = try #require(HTMLReportTests.panels(root).first { $0.attributes["id"] == "e-actor-governments" })
        #expect(governments.all("ul").first { ($0.attributes["class"] ?? "") == "refs" }?.elements("li").count == 2)
    }

    @Test func aBadInputIsNamedAndTheOthersAreReported() throws {
        let dir = try TestSupport.temporaryFolder("report-bad")
        let bad = dir.appendingPathComponent("broken.txt")
        _ = FileManager.default.createFile(atPath: bad.path, contents: Data([0, 1, 2, 3, 0, 0, 0xFF, 0xFE, 0]))
        let out = dir.appendingPathComponent("r.html")
        let run = try TestSupport.resgraph(["report", TestSupport.sample.path, bad.path, "-o", out.path, "--no-picture"])
        #expect(run.status == 1, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("broken.txt"))
        #expect(FileManager.default.fileExists(atPath: out.path))
        #expect(try String(contentsOf: out, encoding: .utf8).contains("No picture: left out (--no-picture)."))
    }

    @Test func anUnwritableOutputExitsWith3() throws {
        let dir = try TestSupport.temporaryFolder("report-unwritable")
        let file = dir.appendingPathComponent("a-file")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8))
        let run = try TestSupport.resgraph(["report", "-o", file.appendingPathComponent("r.html").path, "--no-picture"])
        #expect(run.status == 3, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }

    @Test func helpDocumentsTheCommand() throws {
        let top = try TestSupport.resgraph(["--help"])
        #expect(top.stdout.contains("report"))
        let help = try TestSupport.resgraph(["report", "--help"])
        #expect(help.status == 0)
        for word in ["--output", "--no-picture", "--top", "Exit codes", "self-contained"] { #expect(help.stdout.contains(word), "\(word)") }
    }
}
