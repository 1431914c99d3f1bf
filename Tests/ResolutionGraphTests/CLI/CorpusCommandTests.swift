import Foundation
import Testing
@testable import ResolutionGraph

/// `resgraph` over several documents: split exports, failures that do not stop the run, progress and
/// summary, corpus listings and statistics.
@Suite("CLI: corpus runs")
struct CorpusCommandTests {
    static let twoDocuments = ["A_C.3_73_L.7.txt", "A_RES_80_228.txt"].map { TestSupport.fixtures.appendingPathComponent($0).path }

    /// A folder with copies of `fixtures`.
    func folder(_ fixtures: [String]) throws -> URL {
        let dir = try TestSupport.temporaryFolder("corpus")
        for f in fixtures {
            try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        return dir
    }

    @Test func aBinaryFileInAFolderDoesNotStopTheRun() throws {
        let dir = try folder(["A_C.3_73_L.7.txt", "A_RES_80_228.txt"])
        let bad = dir.appendingPathComponent("B_broken.txt")
        _ = FileManager.default.createFile(atPath: bad.path, contents: Data((0..<4096).map { UInt8(($0 * 7919 + 13) % 256) }))
        let out = try TestSupport.temporaryFolder("corpus-out")
        let run = try TestSupport.resgraph(["export", dir.path, "-o", out.path, "--split"])
        #expect(run.status == 1, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("B_broken.txt"), "\(run.stderr)")
        #expect(run.stdout.contains("documents: 2 read, 1 failed"), "\(run.stdout)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        for stem in ["corpus", "A_C.3_73_L.7", "A_RES_80_228"] {
            for ext in ["rdf", "graphml", "dot"] { #expect(files.contains("\(stem).\(ext)"), "\(stem).\(ext) in \(files)") }
        }
        #expect(!files.contains { $0.hasPrefix("B_broken") })
    }

    @Test func splitWritesEachDocumentAsItsOwnExportWould() throws {
        let merged = try TestSupport.temporaryFolder("split"), single = try TestSupport.temporaryFolder("single")
        let a = try TestSupport.resgraph(["export"] + Self.twoDocuments + ["-o", merged.path, "--split", "--format", "all", "-q", "--name", "both"])
        let b = try TestSupport.resgraph(["export", Self.twoDocuments[1], "-o", single.path, "--format", "all", "-q"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: merged.path)
        #expect(files.count == 15, "\(files.sorted())")
        for ext in ["rdf", "graphml", "dot", "nt", "ttl"] {
            #expect(files.contains("both.\(ext)") && files.contains("A_C.3_73_L.7.\(ext)"))
            let x = try Data(contentsOf: merged.appendingPathComponent("A_RES_80_228.\(ext)"))
            let y = try Data(contentsOf: single.appendingPathComponent("A_RES_80_228.\(ext)"))
            #expect(x == y, "A_RES_80_228.\(ext) differs between --split and a single export")
        }
    }

    @Test func splitWithOneDocumentWritesItOnce() throws {
        let out = try TestSupport.temporaryFolder("split1")
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out.path, "--split", "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["A_C.3_73_L.7.dot"])
    }

    @Test func theSummaryCountsDocumentsEntitiesAndFiles() throws {
        let out = try TestSupport.temporaryFolder("summary")
        let run = try TestSupport.resgraph(["export"] + Self.twoDocuments + ["-o", out.path, "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("documents: 2 read, 0 failed, in "), "\(run.stdout)")
        #expect(run.stdout.range(of: #"graph: \d+ actors, \d+ instruments, \d+ themes, \d+ nodes, \d+ edges"#, options: .regularExpression) != nil)
        #expect(run.stdout.contains("files written: \(out.path)/corpus.dot"))
        // Piped: no progress on stderr.
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let quiet = try TestSupport.resgraph(["export"] + Self.twoDocuments + ["-o", out.path, "--format", "dot", "--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    /// Runs resgraph under a pseudo-terminal (`script`), so that its stderr is a terminal.
    func underTerminal(_ arguments: [String]) throws -> TestSupport.Run? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return nil }
        let command = ([TestSupport.executable.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return try TestSupport.run("/usr/bin/script", ["-qefc", command, "/dev/null"])
    }

    @Test func progressIsShownOnATerminalUnlessQuiet() throws {
        let out = try TestSupport.temporaryFolder("progress")
        guard let run = try underTerminal(["export"] + Self.twoDocuments + ["-o", out.path, "--format", "dot", "--jobs", "1"]) else { return }
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("2/2 documents, "), "\(run.stdout)")
        #expect(run.stdout.contains(" left"))
        let quiet = try #require(try underTerminal(["export"] + Self.twoDocuments + ["-o", out.path, "--format", "dot", "-q"]))
        #expect(!quiet.stdout.contains("documents"), "\(quiet.stdout)")
    }

    @Test func aDuplicateSymbolIsReportedWithBothFiles() throws {
        let out = try TestSupport.temporaryFolder("dup")
        let a = TestSupport.fixtures.appendingPathComponent("A_RES_80_228.txt").path
        let b = TestSupport.fixtures.appendingPathComponent("seg_A_RES_80_228.xml").path
        let run = try TestSupport.resgraph(["export", b, a, "-o", out.path, "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning") && run.stderr.contains(a) && run.stderr.contains(b), "\(run.stderr)")
        #expect(run.stdout.contains("documents: 1 read"), "\(run.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["A_RES_80_228.dot"])
    }

    @Test func aCitedDocumentOfTheRunIsLinked() throws {
        let dir = try TestSupport.temporaryFolder("xdoc")
        try "United Nations\nA/RES/99/1\nGeneral Assembly\nTest resolution\nThe General Assembly,\n\nRecalling the United Nations Convention against Transnational Organized Crime,\n\n1. Urges Member States to ratify the Convention;\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "United Nations\nA/RES/99/2\nGeneral Assembly\nFollow-up\nThe General Assembly,\n\nRecalling its resolution 99/1 of 1 January 2099,\n\n1. Urges Governments to implement the Convention;\n"
            .write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let out = try TestSupport.temporaryFolder("xdoc-out")
        let run = try TestSupport.resgraph(["export", dir.path, "-o", out.path, "--format", "ntriples", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let nt = try String(contentsOf: out.appendingPathComponent("corpus.nt"), encoding: .utf8)
        #expect(nt.contains("<https://w3id.org/resgraph/id/document/A%2FRES%2F99%2F2/pp1> <https://w3id.org/resgraph/ontology#citesDocument> <https://w3id.org/resgraph/id/document/A%2FRES%2F99%2F1> ."), "\(nt)")
    }

    @Test func exitCodesAreDocumentedInHelp() throws {
        let run = try TestSupport.resgraph(["--help"])
        for code in ["0 ", "1 ", "3 ", "4 ", "64 "] { #expect(run.stdout.contains("\n  " + code), "\(code) in \(run.stdout)") }
        #expect(try TestSupport.resgraph(["export", "--help"]).stdout.contains("Exit codes"))
    }

    // MARK: entities

    func rows(_ csv: String, separator: Character) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func entitiesCountDocumentsAndFilter() throws {
        let run = try TestSupport.resgraph(["entities"] + Self.twoDocuments + ["--format", "tsv", "--kind", "actor", "--min-mentions", "3", "--sort", "mentions"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = rows(run.stdout, separator: "\t")
        #expect(table.first == ["kind", "category", "id", "label", "mentions", "documents"])
        let body = table.dropFirst()
        #expect(!body.isEmpty)
        #expect(body.allSatisfy { $0.count == 6 && $0[0] == "actor" && Int($0[4])! >= 3 && (1...2).contains(Int($0[5])!) })
        let mentions = body.map { Int($0[4])! }
        #expect(mentions == mentions.sorted(by: >))
        #expect(body.contains { $0[2] == "actor/member-states" && $0[5] == "2" })
    }

    @Test func entitiesSortByDocumentsAndLabelAndFilterByCategory() throws {
        let byDocuments = try TestSupport.resgraph(["entities"] + Self.twoDocuments + ["--format", "csv", "--sort", "documents"])
        let documents = rows(byDocuments.stdout, separator: ",").dropFirst().map { Int($0.last!)! }
        #expect(documents == documents.sorted(by: >) && documents.first == 2 && documents.last == 1)
        let byLabel = try TestSupport.resgraph(["entities", TestSupport.sample.path, "--sort", "label", "--category", "convention"])
        #expect(byLabel.status == 0, "\(byLabel.stderr)")
        let lines = byLabel.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("KIND") == true && lines.first?.hasSuffix("DOCUMENTS") == true)
        let body = lines.dropFirst()
        #expect(!body.isEmpty && body.allSatisfy { $0.contains("convention") })
    }

    @Test func entitiesJSONKeepsItsShapeWhenSortedAndFiltered() throws {
        let run = try TestSupport.resgraph(["entities"] + Self.twoDocuments + ["--format", "json", "--sort", "mentions", "--min-mentions", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["documents", "entities"])
        let entities = try #require(object["entities"] as? [[String: Any]])
        for e in entities { #expect(Set(e.keys) == ["id", "kind", "category", "label", "aliases", "identifiers", "mentions"]) }
        let listing = try JSONDecoder().decode(EntityListing.self, from: Data(run.stdout.utf8))
        #expect(listing.documents.count == 2)
        let counts = listing.entities.map(\.mentions.count)
        #expect(counts == counts.sorted(by: >) && counts.allSatisfy { $0 >= 2 })
    }

    // MARK: relations

    @Test func relationsFilterByActorInTSV() throws {
        let run = try TestSupport.resgraph(["relations"] + Self.twoDocuments + ["--actor", "actor/member-states", "--relation", "urge", "--format", "tsv"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = rows(run.stdout, separator: "\t")
        #expect(table.first == ["subject", "relation", "object", "role", "document", "paragraph", "start", "end", "text"])
        let body = table.dropFirst()
        #expect(!body.isEmpty)
        #expect(body.allSatisfy { $0.count == 9 && $0[1] == "urge" && $0[2] == "actor/member-states" })
        #expect(Set(body.map { $0[4] }) == ["A/C.3/73/L.7", "A/RES/80/228"])
    }

    // MARK: stats

    @Test func statsCountsTheCorpus() throws {
        let json = try TestSupport.resgraph(["stats"] + Self.twoDocuments + ["--format", "json", "--top", "5"])
        #expect(json.status == 0, "\(json.stderr)")
        let stats = try JSONDecoder().decode(CorpusStatistics.self, from: Data(json.stdout.utf8))
        #expect(stats.documents == 2)
        #expect(stats.paragraphs.preambular == 36 + 49 && stats.paragraphs.operative == 50 + 38)
        #expect(stats.footnotes == 32 + 35)
        #expect(stats.topActors.byMentions.count == 5 && stats.topVerbs.count == 5)
        #expect(stats.topActors.byDocuments.first?.documents == 2)
        let text = try TestSupport.resgraph(["stats"] + Self.twoDocuments)
        #expect(text.status == 0)
        #expect(text.stdout.contains("documents: 2"))
        #expect(text.stdout.contains("top actors by mentions:"))
        #expect(text.stdout.range(of: #"\n  urge → [^:\n]+: \d+\n"#, options: .regularExpression) != nil, "\(text.stdout)")
    }

    @Test func statisticsAreComputedInTheLibrary() throws {
        let sample = try TestSupport.linkedSample()
        let stats = CorpusStatistics([sample], top: 3)
        #expect(stats.documents == 1 && stats.paragraphs.preambular == 36 && stats.paragraphs.operative == 50 && stats.footnotes == 32)
        #expect(stats.actions == sample.actions.count)
        #expect(stats.topVerbs.map(\.count) == stats.topVerbs.map(\.count).sorted(by: >))
        let urges = sample.actions.filter { $0.verb == stats.topVerbAddressees[0].verb }.flatMap(\.addressees)
            .filter { $0 == stats.topVerbAddressees[0].addressee }.count
        #expect(urges == stats.topVerbAddressees[0].count)
        #expect(stats.entities.actor + stats.entities.instrument + stats.entities.theme == Set(sample.extracted.mentions.map(\.entity)).count)
        #expect(CorpusStatistics([sample, sample], top: 3).topActors.byMentions.first?.mentions == 2 * (stats.topActors.byMentions.first?.mentions ?? 0))
    }
}
