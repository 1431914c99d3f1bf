import Foundation
import Testing
@testable import ResolutionGraph

/// `export --format ntriples --stream`: each document's triples written as it is done, entities and the
/// links between documents at the end. The same triples as the export of the whole graph (compared as
/// sets of lines), the same bytes whatever the number of jobs.
@Suite("Serialize: streamed N-Triples")
struct NTriplesStreamTests {
    /// The lines of an N-Triples file, sorted (a set: the streamed export writes each triple once too).
    func sortedLines(_ url: URL) throws -> [Substring] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return lines.sorted()
    }

    func export(_ input: URL, name: String, _ extra: [String]) throws -> URL {
        let out = try TestSupport.temporaryFolder("\(name)-out")
        let run = try TestSupport.resgraph(["export", input.path, "-o", out.path, "--format", "ntriples", "--name", name, "-q"] + extra)
        guard run.status == 0 else { throw TestFailure("export \(name) \(extra) failed (\(run.status)): \(run.stderr)") }
        return out.appendingPathComponent("\(name).nt")
    }

    @Test func streamHasTheTriplesOfTheWholeExportWhateverTheJobs() throws {
        // The fixtures (several cite each other, one is the draft of another) and a slice of the corpus.
        let input = try StoreFixtures.folder(try StoreFixtures.documentFiles() + StoreFixtures.corpusSlice(40), name: "stream-input")
        let whole = try export(input, name: "whole", ["--jobs", "2"])
        let one = try export(input, name: "stream1", ["--stream", "--jobs", "1"])
        let two = try export(input, name: "stream2", ["--stream", "--jobs", "2"])
        let wholeLines = try sortedLines(whole), streamLines = try sortedLines(one)
        #expect(wholeLines.count > 50_000)
        #expect(Set(wholeLines).count == wholeLines.count && Set(streamLines).count == streamLines.count, "no triple twice")
        #expect(wholeLines == streamLines, "only in whole: \(Set(wholeLines).subtracting(streamLines).prefix(5)); only in stream: \(Set(streamLines).subtracting(wholeLines).prefix(5))")
        #expect(try Data(contentsOf: one) == Data(contentsOf: two), "--jobs 1 and --jobs 2 write the same bytes")
        // Documents come in input order, not sorted with the rest: the file is not the whole export reordered by chance.
        #expect(try Data(contentsOf: one) != Data(contentsOf: whole))
        let links = streamLines.filter { $0.contains("#citesDocument>") }
        #expect(!links.isEmpty, "the fixtures cite each other")
    }

    @Test func partsStreamedWithTheCorpusSymbolsMergeIntoTheWhole() throws {
        let files = try StoreFixtures.documentFiles()
        let (fa, fb) = (files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        let wholeInput = try StoreFixtures.folder(files, name: "stream-whole")
        let listed = try TestSupport.resgraph(["stats", wholeInput.path, "--symbols", "-q"])
        try #require(listed.status == 0, "\(listed.stderr)")
        let symbols = try TestSupport.temporaryFolder("stream-symbols").appendingPathComponent("symbols.txt")
        try listed.stdout.write(to: symbols, atomically: true, encoding: .utf8)
        let whole = try export(wholeInput, name: "whole", [])
        let a = try export(try StoreFixtures.folder(fa, name: "stream-a"), name: "a", ["--stream", "--corpus-symbols", symbols.path])
        let b = try export(try StoreFixtures.folder(fb, name: "stream-b"), name: "b", ["--stream", "--corpus-symbols", symbols.path])
        // Each part alone, streamed, is its non-streamed export.
        let aWhole = try export(try StoreFixtures.folder(fa, name: "stream-a2"), name: "a", ["--corpus-symbols", symbols.path])
        #expect(try sortedLines(a) == sortedLines(aWhole))
        let merged = try TestSupport.interop("check_merge.py", ["--whole", whole.path, a.path, b.path])
        #expect(merged.status == 0, "\(merged.stdout)\n\(merged.stderr)")
    }

    @Test func rdflibOxigraphAndRapperReadTheStreamAsTheRDFXML() throws {
        let input = try StoreFixtures.folder(Array(try StoreFixtures.documentFiles().prefix(4)), name: "stream-interop")
        let out = try TestSupport.temporaryFolder("stream-interop-out")
        let rdf = try TestSupport.resgraph(["export", input.path, "-o", out.path, "--format", "rdfxml", "-q"])
        try #require(rdf.status == 0, "\(rdf.stderr)")
        let nt = try export(input, name: "corpus", ["--stream", "--jobs", "2"])
        let check = try TestSupport.interop("check_rdf.py", [out.appendingPathComponent("corpus.rdf").path, "--ntriples", nt.path])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
    }

    @Test func ofTwoInputsWithOneSymbolTheFirstInInputOrderIsKept() throws {
        let seg = TestSupport.fixtures.appendingPathComponent("seg_A_RES_80_228.txt")
        let full = TestSupport.fixtures.appendingPathComponent("A_RES_80_228.txt")
        let out = try TestSupport.temporaryFolder("stream-dup-out")
        let run = try TestSupport.resgraph(["export", seg.path, full.path, "-o", out.path, "--format", "ntriples", "--stream"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("keeping \(seg.path), ignoring \(full.path)"), "\(run.stderr)")
        // One document is exported under its symbol's name.
        let alone = try TestSupport.resgraph(["export", seg.path, "-o", out.path, "--format", "ntriples", "-q"])
        try #require(alone.status == 0, "\(alone.stderr)")
        #expect(try sortedLines(out.appendingPathComponent("corpus.nt")) == sortedLines(out.appendingPathComponent("A_RES_80_228.nt")))
    }

    @Test func aFailedInputIsLeftOutAndNoInputLeavesNoFile() throws {
        let input = try StoreFixtures.folder(Array(try StoreFixtures.documentFiles().prefix(2)), name: "stream-bad")
        try Data([0, 1, 2, 0, 255, 0]).write(to: input.appendingPathComponent("binary.txt"))
        let out = try TestSupport.temporaryFolder("stream-bad-out")
        let run = try TestSupport.resgraph(["export", input.path, "-o", out.path, "--format", "ntriples", "--stream", "-q"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("binary.txt"))
        let good = try StoreFixtures.folder(Array(try StoreFixtures.documentFiles().prefix(2)), name: "stream-good")
        let whole = try export(good, name: "corpus", [])
        #expect(try sortedLines(out.appendingPathComponent("corpus.nt")) == sortedLines(whole))

        let empty = try TestSupport.temporaryFolder("stream-none")
        try Data([0, 1, 2, 0]).write(to: empty.appendingPathComponent("binary.txt"))
        let none = try TestSupport.temporaryFolder("stream-none-out")
        let failed = try TestSupport.resgraph(["export", empty.path, "-o", none.path, "--format", "ntriples", "--stream", "-q"])
        #expect(failed.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: none.path).isEmpty, "no file, no temporary file")
    }

    @Test func streamIsForNTriplesAlone() throws {
        for extra in [["--format", "rdfxml"], ["--format", "ntriples,graphml"], ["--format", "ntriples", "--split"]] {
            let run = try TestSupport.resgraph(["export", "--stream", "-o", try TestSupport.temporaryFolder("stream-usage").path] + extra)
            #expect(run.status == 64, "\(extra): \(run.stderr)")
            #expect(run.stderr.contains("--stream"))
        }
    }

    /// Documents handed to the stream out of order are written in input order: the same bytes as in order.
    @Test func documentsFinishedOutOfOrderAreWrittenInInputOrder() throws {
        let pipeline = try TestSupport.pipeline()
        let files = Array(try StoreFixtures.documentFiles().prefix(5))
        let documents = try files.map { try pipeline.process(TestSupport.source($0)) }
        let folder = try TestSupport.temporaryFolder("stream-order")
        func write(_ order: [Int], failed: Int? = nil) throws -> (Data, NTriplesStream.Totals) {
            let path = folder.appendingPathComponent("\(order.map(String.init).joined()).nt").path
            let stream = try NTriplesStream(path: path)
            for i in order { stream.add(i, i == failed ? nil : documents[i]) }
            let totals = try stream.finish()
            return (try Data(contentsOf: URL(fileURLWithPath: path)), totals)
        }
        let (inOrder, totals) = try write([0, 1, 2, 3, 4])
        #expect(totals.documents == 5 && totals.triples == String(decoding: inOrder, as: UTF8.self).split(separator: "\n").count)
        #expect(try write([4, 2, 3, 0, 1]).0 == inOrder)
        #expect(try write([1, 0, 4, 3, 2]).0 == inOrder)
        // A failed input (nil) holds up nothing after it.
        let (withGap, gapTotals) = try write([3, 2, 4, 1, 0], failed: 2)
        #expect(gapTotals.documents == 4 && withGap.count < inOrder.count)
    }
}
