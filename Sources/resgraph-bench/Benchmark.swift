import Foundation
import ResolutionGraph

/// `resgraph-bench DIR [--repeat N] [--formats rdfxml,graphml,dot,ntriples,turtle]`: per-stage throughput of
/// the pipeline over a corpus, on one thread, with peak memory. A measurement, not a test: it asserts nothing.
@main
struct Benchmark {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.isEmpty || args.contains("--help") || args.contains("-h") {
            print("""
                usage: resgraph-bench DIR|FILE... [--repeat N] [--formats list] [--out DIR]
                Runs Ingest, Segment, Extract, Link, Graph and each serializer over the inputs on one thread and
                prints time, throughput and peak memory per stage. --repeat N processes the inputs N times (a
                replicated corpus); exports go to --out (default: a temporary folder).
                """)
            return
        }
        var repeats = 1
        var formats = ExportFormat.allCases
        var out = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-bench").path
        var paths = [String]()
        while !args.isEmpty {
            let a = args.removeFirst()
            switch a {
            case "--repeat": repeats = Int(args.removeFirst()) ?? 1
            case "--formats": formats = args.removeFirst().split(separator: ",").compactMap { ExportFormat(rawValue: String($0)) }
            case "--out": out = args.removeFirst()
            default: paths.append(a)
            }
        }
        let files = collect(paths)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let vocabulary = try Vocabulary.load(from: ResourceLocator.ontologyFolder())
        var clock = Clock()
        let pipeline = Pipeline(vocabulary: vocabulary)
        clock.lap("build matchers", bytes: 0)

        var sources = [SourceDocument]()
        var bytes = 0
        for f in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: f))
            sources.append(SourceDocument(name: f, bytes: [UInt8](data)))
            bytes += data.count
        }
        clock.lap("read files", bytes: bytes)
        var linked = [LinkedDocument]()
        var stage = [String: Double]()
        var failures = 0
        for _ in 0..<repeats {
            for s in sources {
                var t = Date()
                func tick(_ name: String) { let n = Date(); stage[name, default: 0] += n.timeIntervalSince(t); t = n }
                do {
                    let text = try pipeline.ingester.ingest(s); tick("ingest")
                    let doc = try pipeline.reader.read(text); tick("segment")
                    let ex = pipeline.extractor.extract(doc); tick("extract")
                    linked.append(pipeline.linker.link(ex)); tick("link")
                } catch {
                    failures += 1
                }
            }
        }
        let total = bytes * repeats
        for name in ["ingest", "segment", "extract", "link"] { clock.report(name, seconds: stage[name] ?? 0, bytes: total) }
        clock.reset()
        let graph = pipeline.graph(linked)
        clock.lap("graph", bytes: total)
        var triples = 0
        try RDFMapping().forEachResource(of: graph) { triples += $0.tripleCount }
        clock.reset()
        for format in formats {
            let path = (out as NSString).appendingPathComponent("bench.\(format.fileExtension)")
            let started = Date()
            try Pipeline.export(graph, format: format, to: path)
            let seconds = Date().timeIntervalSince(started)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            clock.report("write \(format.rawValue)", seconds: seconds, bytes: size, extra: format == .graphml || format == .dot
                ? String(format: "%.0f k edges/s", Double(graph.edges.count) / max(seconds, 1e-9) / 1000)
                : String(format: "%.0f k triples/s", Double(triples) / max(seconds, 1e-9) / 1000))
        }
        print(String(format: "documents: %d × %d (%d failed), %.1f MB of text; graph: %d nodes, %d edges, %d triples",
                     files.count, repeats, failures, Double(total) / 1e6, graph.nodes.count, graph.edges.count, triples))
        print(String(format: "peak RSS: %.0f MB", peakResidentMegabytes()))
    }

    static func collect(_ paths: [String]) -> [String] {
        var files = [String]()
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let items = (try? FileManager.default.subpathsOfDirectory(atPath: p)) ?? []
                files += items.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".xml") || $0.hasSuffix(".html") }.sorted()
                    .map { (p as NSString).appendingPathComponent($0) }
            } else {
                files.append(p)
            }
        }
        return files
    }

    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Wall-clock laps, printed as a table row each.
struct Clock {
    private var start = Date()
    private(set) var lastSeconds = 0.0

    mutating func reset() { start = Date() }

    mutating func lap(_ name: String, bytes: Int, extra: String = "") {
        let now = Date()
        lastSeconds = now.timeIntervalSince(start)
        report(name, seconds: lastSeconds, bytes: bytes, extra: extra)
        start = now
    }

    func report(_ name: String, seconds: Double, bytes: Int, extra: String = "") {
        let rate = bytes > 0 ? String(format: "%8.1f MB/s", Double(bytes) / 1e6 / max(seconds, 1e-9)) : String(repeating: " ", count: 13)
        print(name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: " %8.3f s  ", seconds) + rate + "  " + extra)
    }
}

#if os(Linux)
let RUSAGE_SELF_ID = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
let RUSAGE_SELF_ID = RUSAGE_SELF
#endif
