import Foundation
import Testing
@testable import ResolutionGraph

/// Runs the segmenter over the bulk corpus named by RESGRAPH_CORPUS (skipped, with a printed note, when unset):
/// nothing may throw; prints the share of documents with contiguous operative numbering and, for the
/// 55 Third Committee resolutions of session 80, how often the counts match the Akoma Ntoso XML.
@Suite struct SegmentCorpusTests {
    static var corpus: String? { ProcessInfo.processInfo.environment["RESGRAPH_CORPUS"] }

    /// Top-level operative paragraphs (sub-items excluded).
    static func topLevelOperative(_ d: Document) -> [Paragraph] {
        d.operative.filter { !($0.number?.hasPrefix("(") ?? false) }
    }

    @Test func bulkCorpusSegmentsWithoutErrors() throws {
        guard let corpus = Self.corpus else {
            print("NOTE: RESGRAPH_CORPUS is not set; skipping the bulk corpus test (e.g. RESGRAPH_CORPUS=/work/shared/corpus)")
            return
        }
        let folder = corpus + "/bulk/text"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var failures = [String](), contiguous = 0, withOperative = 0, noOperative = [String](), gaps = [String]()
        var totalParagraphs = 0, totalFootnotes = 0, totalBytes = 0
        var segmentTime = Duration.zero
        var artefacts = [String](), unreferenced = 0, unreferencedDocs = [String: Int](), references = 0
        var countLines = ""   // per-document counts, written to RESGRAPH_COUNTS when set (for regression diffs)
        let clock = ContinuousClock()
        for name in names {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            totalBytes += data.count
            do {
                let text = try Ingester().ingest(SourceDocument(name: name, bytes: [UInt8](data)))
                var document: Document?
                segmentTime += try clock.measure { document = try Segmenter().segment(text) }
                let d = document!
                totalParagraphs += d.preambular.count + d.operative.count
                totalFootnotes += d.footnotes.count
                let ops = Self.topLevelOperative(d)
                references += (d.preambular + d.operative).reduce(0) { $0 + $1.footnoteRefs.count }
                let missing = d.diagnostics.filter { $0.message.contains("never referenced") }.count
                unreferenced += missing
                if missing > 0 { unreferencedDocs[name] = missing }
                for p in d.preambular + d.operative {
                    if let a = Self.artefact(in: p.text, symbol: d.metadata.symbol, job: d.metadata.jobNumber) {
                        artefacts.append("\(name) \(p.id): \(a)")
                    }
                }
                countLines += "\(name)\t\(d.preambular.count)\t\(d.operative.count)\t\(d.footnotes.count)\t\(d.diagnostics.count)\n"
                if ops.isEmpty { noOperative.append(name); continue }
                withOperative += 1
                let numbers = ops.map { Int($0.number ?? "1") ?? -1 }
                if numbers == Array(1...numbers.count) { contiguous += 1 } else { gaps.append(name) }
            } catch {
                failures.append("\(name): \(error)")
            }
        }
        if let path = ProcessInfo.processInfo.environment["RESGRAPH_COUNTS"] {
            try countLines.write(toFile: path, atomically: true, encoding: .utf8)
        }
        print("BULK: \(names.count) documents, \(totalBytes) bytes, segmented in \(segmentTime)")
        print("BULK: \(totalParagraphs) paragraphs, \(totalFootnotes) footnotes")
        print("BULK: contiguous operative numbering in \(contiguous)/\(withOperative) documents with operative paragraphs (\(Self.percent(contiguous, withOperative))); \(noOperative.count) without: \(noOperative.prefix(12))")
        print("BULK: \(references) footnote references; \(unreferenced) footnotes never referenced, in \(unreferencedDocs.count) documents: \(unreferencedDocs.sorted { $0.value > $1.value }.prefix(15))")
        print("BULK: \(artefacts.count) paragraphs with page furniture left in: \(artefacts.prefix(15))")
        print("BULK: non-contiguous: \(gaps.prefix(30))")
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func pairsMatchAkomaNtoso() throws {
        guard let corpus = Self.corpus else {
            print("NOTE: RESGRAPH_CORPUS is not set; skipping the AKN pair comparison")
            return
        }
        let tsv = try String(contentsOfFile: corpus + "/bulk/PAIRS_ga80_third_committee.tsv", encoding: .utf8)
        var pp = 0, op = 0, fn = 0, all = 0, total = 0
        for row in tsv.split(separator: "\n").dropFirst() {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 3 else { continue }
            let xml = try String(contentsOfFile: corpus + "/bulk/akn/" + cols[1], encoding: .utf8)
            let gold = AKNCounts(xml)
            let d = try Segmenter().segment(SegmentFixtures.ingest(path: corpus + "/bulk/text/" + cols[2]))
            let mine = (d.preambular.count, Self.topLevelOperative(d).count, d.footnotes.count)
            total += 1
            if mine.0 == gold.preambular { pp += 1 }
            if mine.1 == gold.operative { op += 1 }
            if mine.2 == gold.footnotes { fn += 1 }
            if mine.0 == gold.preambular && mine.1 == gold.operative && mine.2 == gold.footnotes { all += 1 } else {
                print("PAIR MISS \(cols[2]): pp \(mine.0)/\(gold.preambular) op \(mine.1)/\(gold.operative) fn \(mine.2)/\(gold.footnotes)")
            }
        }
        print("PAIRS: \(total) resolutions; preambular \(Self.percent(pp, total)), operative \(Self.percent(op, total)), footnotes \(Self.percent(fn, total)), all three \(Self.percent(all, total))")
        #expect(op * 100 >= total * 95)
    }

    /// Page furniture that must never be left in paragraph text.
    static func artefact(in text: String, symbol: String, job: String?) -> String? {
        if text.contains("undocs.org") { return "URL" }
        if text.contains("_____") { return "footnote rule" }
        if let job, text.contains(job) { return "job number" }
        if text.contains(" " + symbol + " ") || text.hasSuffix(" " + symbol) { return "symbol" }
        if text.contains("plenary meeting") && text.hasSuffix("2025") { return "trailer" }
        return nil
    }

    static func percent(_ a: Int, _ b: Int) -> String {
        b == 0 ? "n/a" : "\(a * 1000 / b / 10).\(a * 1000 / b % 10)%"
    }
}

/// Structure counts read from Akoma Ntoso XML with a plain string scan.
struct AKNCounts {
    var preambular = 0, operative = 0, footnotes = 0

    init(_ xml: String) {
        func section(_ open: String, _ close: String) -> Substring {
            guard let a = xml.range(of: open), let b = xml.range(of: close, range: a.upperBound..<xml.endIndex) else { return "" }
            return xml[a.lowerBound..<b.lowerBound]
        }
        preambular = section("<preamble", "</preamble>").components(separatedBy: "<container").count - 1
        footnotes = xml.components(separatedBy: "<authorialNote").count - 1
        // Paragraphs of mainBody that carry a <num>; unnumbered ones are headings unless none is numbered.
        let body = String(section("<mainBody", "</mainBody>"))
        var numbered = 0, plain = 0
        var rest = body[...]
        while let r = rest.range(of: "<paragraph") {
            let after = rest[r.upperBound...]
            guard let close = after.firstIndex(of: ">") else { break }
            let next = after[after.index(after: close)...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            if next.hasPrefix("<num>") { numbered += 1 } else {
                let end = next.range(of: "</paragraph>").map { next[..<$0.lowerBound] } ?? next
                if !end.contains("class=\"bold\"") { plain += 1 }
            }
            rest = after
        }
        operative = numbered > 0 ? numbered : plain
    }
}
