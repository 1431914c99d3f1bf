import Foundation
import Testing
@testable import ResolutionGraph

/// Extraction across machines: N-Triples exported by separate runs over disjoint halves of a corpus,
/// loaded into one store (pyoxigraph, `Tests/Interop/check_merge.py`), against one export of the whole.
///
/// Everything a document's extraction yields merges exactly (content-derived IRIs, no corpus-wide
/// counts). What a half cannot know by itself is which other documents exist: the `rg:citesDocument`
/// links between a document of one half and a document of the other. Told the corpus's symbols
/// (`stats --symbols`, `export --corpus-symbols`), each half makes them as the whole run does, and the
/// union is the whole, triple for triple; without them, exactly those links are missing.
@Suite("Store: extraction across machines")
struct AcrossMachinesTests {
    func export(_ files: [URL], name: String, corpusSymbols: URL? = nil) throws -> URL {
        let input = try StoreFixtures.folder(files, name: name)
        let out = try TestSupport.temporaryFolder("\(name)-out")
        let run = try TestSupport.resgraph(["export", input.path, "-o", out.path, "--format", "ntriples", "--name", name, "-q"]
                                           + (corpusSymbols.map { ["--corpus-symbols", $0.path] } ?? []))
        guard run.status == 0 else { throw TestFailure("export \(name) failed: \(run.stderr)") }
        return out.appendingPathComponent("\(name).nt")
    }

    func documentIRIs(_ ntriples: URL) throws -> Set<String> {
        let type = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/resgraph/ontology#Document> ."
        return Set(try String(contentsOf: ntriples, encoding: .utf8).split(separator: "\n").filter { $0.hasSuffix(type) }
            .map { String($0.prefix { $0 != " " }) })
    }

    /// The document IRI a part IRI belongs to: `<…/document/A%2FRES%2F80%2F228/fn10>` → `<…/document/A%2FRES%2F80%2F228>`.
    func document(of iri: Substring) -> String {
        let prefix = "<" + IRI.defaultBase + "document/"
        let rest = iri.dropFirst(prefix.count).dropLast()
        return prefix + (rest.split(separator: "/").first.map(String.init) ?? "") + ">"
    }

    @Test func halvesExportedSeparatelyMergeIntoTheWhole() throws {
        // Alternate fixtures between the halves, and the corpus slice too; A/RES/77/194 goes to the first
        // half and A/RES/80/228, which cites it, to the second, whatever other fixtures there are.
        func halves(_ files: [URL]) -> ([URL], [URL]) {
            (files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        }
        let (cited, citing) = ("A_RES_77_194.xml", "A_RES_80_228.txt")
        let fixtures = try StoreFixtures.documentFiles()
        var (fa, fb) = halves(fixtures.filter { ![cited, citing].contains($0.lastPathComponent) })
        fa += fixtures.filter { $0.lastPathComponent == cited }
        fb += fixtures.filter { $0.lastPathComponent == citing }
        try #require(fa.contains { $0.lastPathComponent == cited } && fb.contains { $0.lastPathComponent == citing })
        let (ca, cb) = halves(try StoreFixtures.corpusSlice(30))
        let a = try export(fa + ca, name: "half-a"), b = try export(fb + cb, name: "half-b"), whole = try export(fa + ca + fb + cb, name: "whole")

        // The cites-document links from one half to the other, as the whole run made them.
        let (docsA, docsB) = (try documentIRIs(a), try documentIRIs(b))
        let crossLinks = try String(contentsOf: whole, encoding: .utf8).split(separator: "\n").filter { line in
            let parts = line.split(separator: " ")
            guard parts.count >= 3, parts[1] == "<https://w3id.org/resgraph/ontology#citesDocument>" else { return false }
            let (from, to) = (document(of: parts[0]), String(parts[2]))
            return (docsA.contains(from) && docsB.contains(to)) || (docsB.contains(from) && docsA.contains(to))
        }
        #expect(!crossLinks.isEmpty, "the fixtures have a link across the halves")

        // Without them: the union lacks exactly those links, and has nothing the whole lacks.
        let bare = try TestSupport.interop("check_merge.py", ["--whole", whole.path, a.path, b.path])
        #expect(bare.status == 1, "\(bare.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(bare.stdout.utf8)) as? [String: Any], "\(bare.stderr)")
        #expect(report["only_in_parts"] as? Int == 0, "\(bare.stdout)")
        #expect(report["only_in_whole"] as? Int == crossLinks.count, "\(bare.stdout)")

        // With the corpus's symbols, each half makes those links itself: the same triple count and isomorphic.
        let wholeInput = try StoreFixtures.folder(fa + ca + fb + cb, name: "whole-symbols")
        let listed = try TestSupport.resgraph(["stats", wholeInput.path, "--symbols", "-q"])
        try #require(listed.status == 0, "\(listed.stderr)")
        let symbols = try TestSupport.temporaryFolder("symbols").appendingPathComponent("symbols.txt")
        try listed.stdout.write(to: symbols, atomically: true, encoding: .utf8)
        #expect(listed.stdout.split(separator: "\n").count == docsA.count + docsB.count)
        let (ta, tb) = (try export(fa + ca, name: "half-a", corpusSymbols: symbols), try export(fb + cb, name: "half-b", corpusSymbols: symbols))
        let merged = try TestSupport.interop("check_merge.py", ["--whole", whole.path, ta.path, tb.path])
        #expect(merged.status == 0, "\(merged.stdout)\n\(merged.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as? [String: Any]
        #expect(summary?["isomorphic"] as? Bool == true)
        #expect(summary?["parts"] as? Int == summary?["whole"] as? Int)
        #expect(summary?["only_in_whole"] as? Int == 0 && summary?["only_in_parts"] as? Int == 0, "\(merged.stdout)")
        // The halves add the cross links and nothing else (no triple about the absent document).
        let lines = { (url: URL) in Set(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)) }
        #expect(try lines(ta).union(lines(tb)).subtracting(lines(a).union(lines(b))) == Set(crossLinks.map(String.init)))
    }
}
