import Foundation
import Testing
@testable import ResolutionGraph

/// The `resgraph` binary as users run it: bad input gives one clear line, a non-zero exit and no file.
@Suite("CLI")
struct CommandLineTests {
    func expectFailure(_ input: String, mentioning words: [String]) throws {
        let out = try TestSupport.temporaryFolder("cli-out")
        let run = try TestSupport.resgraph(["export", input, "-o", out.path])
        #expect(run.status == 1, "exit \(run.status): \(run.stderr)")
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(run.stderr)")
        for word in words { #expect(run.stderr.contains(word), "\(run.stderr)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func aMissingFileIsNamed() throws {
        try expectFailure("/nonexistent/resolution.txt", mentioning: ["/nonexistent/resolution.txt", "no such file"])
    }

    @Test func anEmptyFileIsRefused() throws {
        let dir = try TestSupport.temporaryFolder()
        let path = dir.appendingPathComponent("empty.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        try expectFailure(path, mentioning: ["empty.txt", "empty"])
    }

    @Test func aFolderWithoutDocumentsIsRefused() throws {
        let dir = try TestSupport.temporaryFolder()
        try expectFailure(dir.path, mentioning: [dir.path, "no .txt, .xml, .html or .pdf documents"])
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let dir = try TestSupport.temporaryFolder()
        let path = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        try expectFailure(path, mentioning: ["pipe", "not a regular file"])
    }

    @Test func binaryDataIsRefused() throws {
        let dir = try TestSupport.temporaryFolder()
        let path = dir.appendingPathComponent("image.png").path
        let bytes: [UInt8] = (0..<4096).map { UInt8(($0 * 7919 + 13) % 256) }
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        try expectFailure(path, mentioning: ["image.png", "binary"])
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try TestSupport.resgraph(["export", "--format", "rdfxml,pdf", "-o", "/tmp"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown format \"pdf\""))
    }

    @Test(arguments: ["export", "entities", "relations", "stats", "inspect"])
    func everyCommandHasHelpWithAnExample(_ command: String) throws {
        let run = try TestSupport.resgraph([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example"))
    }

    @Test func theBinaryFindsItsOntologyFromAnyFolder() throws {
        let cwd = try TestSupport.temporaryFolder("cwd")
        let run = try TestSupport.resgraph(["export", "--format", "dot"], cwd: cwd)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: cwd.appendingPathComponent("Output/A_C.3_73_L.7.dot").path))
        #expect(run.stdout.contains("actors"))
    }

    @Test func entitiesJSONHasTheDocumentedShape() throws {
        let run = try TestSupport.resgraph(["entities", TestSupport.sample.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["symbol"] as? String == "A/C.3/73/L.7")
        let paragraphs = try #require(documents.first?["paragraphs"] as? [String: Int])
        #expect(paragraphs["operative"] == 50)
        // Every key of the documented shape is there, `title` as null when the text gives none.
        #expect(Set(documents.first?.keys.map { $0 } ?? []) == ["id", "symbol", "title", "paragraphs", "footnotes"])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        for e in entities {
            for key in ["id", "kind", "category", "label", "aliases", "identifiers", "mentions"] { #expect(e[key] != nil, "\(key)") }
            let mentions = try #require(e["mentions"] as? [[String: Any]])
            for m in mentions { for key in ["document", "paragraph", "start", "end", "text"] { #expect(m[key] != nil) } }
        }
        _ = try JSONDecoder().decode(EntityListing.self, from: Data(run.stdout.utf8))
    }

    @Test func relationsCanBeFilteredByVerb() throws {
        let run = try TestSupport.resgraph(["relations", TestSupport.sample.path, "--relation", "urge", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: ",")[1] == "urge" })
    }

    @Test func inspectShowsTheDocumentModel() throws {
        let run = try TestSupport.resgraph(["inspect", TestSupport.sample.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let dump = try JSONDecoder().decode(DocumentDump.self, from: Data(run.stdout.utf8))
        #expect(dump.metadata.symbol == "A/C.3/73/L.7")
        #expect(dump.footnotes.count == 32)
        #expect(dump.footnotes.allSatisfy { !$0.referencedFrom.isEmpty })
        let text = try TestSupport.resgraph(["inspect", TestSupport.sample.path])
        #expect(text.stdout.contains("36 preambular, 50 operative paragraphs, 32 footnotes"))
    }

    @Test func malformedXMLNamesTheLineAndColumn() throws {
        let dir = try TestSupport.temporaryFolder()
        let path = dir.appendingPathComponent("broken.xml").path
        try "<?xml version=\"1.0\"?>\n<akomaNtoso>\n  <statement>\n    <preamble>\n  </statement>\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try TestSupport.resgraph(["inspect", path])
        #expect(run.status == 1)
        // libxml2 reports where it gave up: the end of the data, naming the unclosed tag and its line.
        #expect(run.stderr.contains("broken.xml:6:1: malformed XML: Premature end of data in tag statement line 3"), "\(run.stderr)")
        #expect(run.stderr.contains("malformed XML"))
    }

    @Test func externalEntitiesAreNeverFetchedNorExpanded() throws {
        let dir = try TestSupport.temporaryFolder()
        let secret = dir.appendingPathComponent("secret.txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("xxe.xml").path
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
            <akomaNtoso><statement><preamble><container name="Recalling"><p>Recalling &xxe; and &lol2; the Convention</p></container></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Urges States to act;</p></content></paragraph></mainBody></statement></akomaNtoso>
            """
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try TestSupport.resgraph(["inspect", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("TOP-SECRET"))
        #expect(!run.stdout.contains("lollol"))
        #expect(run.stdout.contains("Urges States to act"))
    }

    @Test func pdfIsReadThroughPdftotext() throws {
        let run = try TestSupport.resgraph(["relations", TestSupport.fixtures.appendingPathComponent("tiny_resolution.pdf").path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("A/RES/99/1#op1,urge,actor/member-states,addressee"), "\(run.stdout)")
        #expect(run.stdout.contains("A/RES/99/1#op2,request,actor/secretary-general,addressee"), "\(run.stdout)")
    }

    @Test func outputDoesNotDependOnTheNumberOfJobs() throws {
        let one = try TestSupport.temporaryFolder("jobs1"), many = try TestSupport.temporaryFolder("jobs4")
        let inputs = ["A_C.3_73_L.7.txt", "A_C.3_80_L.52.txt", "A_RES_80_228.txt", "A_HRC_RES_57_14.xml", "E_RES_2021_25.xml"]
            .map { TestSupport.fixtures.appendingPathComponent($0).path }
        let a = try TestSupport.resgraph(["export"] + inputs + ["-o", one.path, "--format", "all", "--jobs", "1", "-q"])
        let b = try TestSupport.resgraph(["export"] + inputs.reversed() + ["-o", many.path, "--format", "all", "--jobs", "4", "-q"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        for ext in ["rdf", "graphml", "dot", "nt", "ttl"] {
            let x = try Data(contentsOf: one.appendingPathComponent("corpus.\(ext)"))
            let y = try Data(contentsOf: many.appendingPathComponent("corpus.\(ext)"))
            #expect(x == y, "corpus.\(ext) differs between --jobs 1 and --jobs 4")
        }
    }

    /// The same on 300 real documents of the bulk corpus with 8 jobs (more threads than cores), the
    /// per-document files of `--split` included. Needs RESGRAPH_CORPUS (skipped with a note otherwise).
    @Test func bulkOutputDoesNotDependOnTheNumberOfJobs() throws {
        guard let corpus = ProcessInfo.processInfo.environment["RESGRAPH_CORPUS"] else {
            print("NOTE: RESGRAPH_CORPUS is not set; skipping the --jobs 1 / --jobs 8 comparison on the bulk corpus")
            return
        }
        let folder = corpus + "/bulk/text"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let inputs = names.prefix(300).map { folder + "/" + $0 }
        try #require(inputs.count == 300)
        let one = try TestSupport.temporaryFolder("bulk-jobs1"), many = try TestSupport.temporaryFolder("bulk-jobs8")
        let a = try TestSupport.resgraph(["export"] + inputs + ["-o", one.path, "--format", "ntriples,graphml", "--split", "--jobs", "1", "-q"])
        let b = try TestSupport.resgraph(["export"] + inputs.reversed() + ["-o", many.path, "--format", "ntriples,graphml", "--split", "--jobs", "8", "-q"])
        #expect(a.status == b.status, "\(a.stderr)\(b.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: one.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: many.path).sorted() == files)
        #expect(files.count > 500, "\(files.count) files")
        var differing = [String]()
        for name in files where try Data(contentsOf: one.appendingPathComponent(name)) != Data(contentsOf: many.appendingPathComponent(name)) {
            differing.append(name)
        }
        #expect(differing.isEmpty, "differ between --jobs 1 and --jobs 8: \(differing.prefix(10))")
    }
}
