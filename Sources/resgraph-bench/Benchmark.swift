import Foundation
import ResolutionGraph

/// `resgraph-bench`: per-stage throughput and peak memory of the pipeline over a corpus, replicated corpora,
/// scaling with `--jobs` and with document length, and the vocabulary as a phrase list for the peer script
/// (Tests/Benchmarks/peers.py). A measurement, not a test: it asserts nothing about time.
@main
struct Benchmark {
    static let usage = """
        usage: resgraph-bench DIR|FILE... [--replicate N] [--jobs N] [--formats list|none] [--out DIR]
               resgraph-bench --stream DIR|FILE... [--replicate N] [--jobs N]
               resgraph-bench --suite DIR|FILE... [--replicate N] [--formats list|none]
               resgraph-bench --length [MB,MB...]
               resgraph-bench --phrases
        Runs Ingest, Segment, Extract, Link, Graph and each serializer and prints time, throughput and peak
        memory per stage. --replicate N processes the inputs N times as N distinct corpora (replica k's
        document symbols get the suffix -rK, so the graph grows as a real N-times corpus; nothing is written
        to disk); --jobs N processes documents on N threads (default 1; stage times are then summed over the
        threads, and "process" is the wall time). --suite runs this program again for 1x and Nx (default 10)
        with --jobs 1 and all cores, each in its own process for its own peak memory, then the length check,
        and prints the scaling ratios. --length builds one synthetic document per size from the bundled
        sample's paragraphs and times the whole pipeline on each (time per MB should stay flat). --phrases
        prints every label and alias of the vocabulary, one a line (the peers' phrase list). --stream writes
        the N-Triples as `export --format ntriples --stream` does (each document as it is done) and prints the
        time and peak memory: flat memory from 1x to Nx shows it streams.
        """

    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.isEmpty || args.contains("--help") || args.contains("-h") {
            print(usage)
            return
        }
        var options = Options()
        var mode = "run"
        var lengths = [5, 50]
        func value() -> String {
            guard !args.isEmpty else { fail("missing value after an option") }
            return args.removeFirst()
        }
        while !args.isEmpty {
            let a = args.removeFirst()
            switch a {
            case "--repeat", "--replicate": options.replicas = max(1, Int(value()) ?? 1)
            case "--jobs": options.jobs = max(1, Int(value()) ?? 1)
            case "--formats":
                let v = value()
                options.formats = v == "none" ? [] : v == "all" ? ExportFormat.allCases : v.split(separator: ",").map { s in
                    guard let f = ExportFormat(rawValue: String(s)) else { fail("unknown format \(s)") }
                    return f
                }
            case "--out": options.out = value()
            case "--suite": mode = "suite"
            case "--stream": mode = "stream"
            case "--phrases": mode = "phrases"
            case "--length":
                mode = "length"
                if let next = args.first, !next.hasPrefix("-") {
                    lengths = value().split(separator: ",").compactMap { Int($0) }
                }
            default:
                if a.hasPrefix("-") { fail("unknown option \(a)\n\(usage)") }
                options.paths.append(a)
            }
        }
        switch mode {
        case "phrases": try printPhrases()
        case "length": try lengthCheck(megabytes: lengths)
        case "suite": try suite(options)
        case "stream": try stream(options)
        default:
            if options.paths.isEmpty { fail(usage) }
            try run(options)
        }
    }

    struct Options {
        var paths = [String]()
        var replicas = 1
        var jobs = 1
        var formats = ExportFormat.allCases
        var out = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-bench-\(getpid())").path
        var suiteReplicas: Int? = nil
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("resgraph-bench: " + message + "\n").utf8))
        exit(64)
    }

    // MARK: One run

    /// Processes the inputs (replicated) on `jobs` threads, builds the graph, writes each format; prints one
    /// row per stage and a `result:` line the suite reads.
    static func run(_ options: Options) throws {
        let files = collect(options.paths)
        if files.isEmpty { fail("no .txt, .xml or .html input in \(options.paths.joined(separator: " "))") }
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: options.out) }
        var clock = Clock()
        let vocabulary = try Vocabulary.load(from: ResourceLocator.ontologyFolder())
        let pipeline = Pipeline(vocabulary: vocabulary)
        clock.lap("build matchers", bytes: 0)

        let items = options.replicas * files.count
        let slots = Slots()
        // Each document is folded into the graph as soon as it is done, as `resgraph export` does.
        let accumulator = GraphAccumulator()
        let next = Counter()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, items)) { _ in
            var times = StageTimes()
            while let i = next.take(below: items) {
                let replica = i / files.count, file = files[i % files.count]
                var t = Date()
                func tick(_ stage: WritableKeyPath<StageTimes, Double>) {
                    let n = Date()
                    times[keyPath: stage] += n.timeIntervalSince(t)
                    t = n
                }
                // Read per item, as the command line does: only the linked document is kept.
                guard let data = FileManager.default.contents(atPath: file) else { slots.fail(); continue }
                times.bytes += data.count
                tick(\.read)
                do {
                    let text = try pipeline.ingester.ingest(SourceDocument(name: file, bytes: [UInt8](data))); tick(\.ingest)
                    var document = try pipeline.reader.read(text); tick(\.segment)
                    if replica > 0 { document.metadata.symbol += "-r\(replica + 1)" }
                    let extracted = pipeline.extractor.extract(document); tick(\.extract)
                    let linked = pipeline.linker.link(extracted); tick(\.link)
                    accumulator.add(linked); tick(\.fold)
                } catch {
                    slots.fail()
                }
            }
            slots.add(times)
        }
        let processSeconds = Date().timeIntervalSince(started)
        let times = slots.times
        let total = times.bytes
        for (name, seconds) in [("read", times.read), ("ingest", times.ingest), ("segment", times.segment),
                                ("extract", times.extract), ("link", times.link), ("fold into graph", times.fold)] {
            clock.report(name, seconds: seconds, bytes: total)
        }
        clock.report("process (wall)", seconds: processSeconds, bytes: total,
                     extra: String(format: "%d job(s); RSS %.0f MB with the documents folded in", options.jobs, currentResidentMegabytes()))
        clock.reset()
        let graph = accumulator.graph()
        let graphSeconds = clock.lap("graph", bytes: total, extra: String(format: "RSS %.0f MB with the graph", currentResidentMegabytes()))
        var triples = 0
        try RDFMapping().forEachResource(of: graph) { triples += $0.tripleCount }
        clock.reset()
        var written = [String]()
        for format in options.formats {
            let path = (options.out as NSString).appendingPathComponent("bench.\(format.fileExtension)")
            let t = Date()
            try Pipeline.export(graph, format: format, to: path)
            let seconds = Date().timeIntervalSince(t)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            try? FileManager.default.removeItem(atPath: path)
            let perSecond = format == .graphml || format == .dot
                ? String(format: "%.0f k edges/s", Double(graph.edges.count) / max(seconds, 1e-9) / 1000)
                : String(format: "%.0f k triples/s", Double(triples) / max(seconds, 1e-9) / 1000)
            clock.report("write \(format.rawValue)", seconds: seconds, bytes: size, extra: perSecond)
            written.append(String(format: "write_%@=%.4f", format.rawValue, seconds))
        }
        print(String(format: "documents: %d x %d (%d failed), %.1f MB of text; graph: %d nodes, %d edges, %d triples",
                     files.count, options.replicas, slots.failures, Double(total) / 1e6, graph.nodes.count, graph.edges.count, triples))
        print(String(format: "peak RSS: %.0f MB", peakResidentMegabytes()))
        print(String(format: "result: bytes=%d process=%.4f graph=%.4f rss=%.1f edges=%d triples=%d ", total, processSeconds,
                     graphSeconds, peakResidentMegabytes(), graph.edges.count, triples) + written.joined(separator: " "))
    }

    // MARK: Streamed N-Triples

    /// The inputs (replicated) through the pipeline on `jobs` threads into an ``NTriplesStream``, as
    /// `resgraph export --format ntriples --stream` does; prints time, triples and peak memory.
    static func stream(_ options: Options) throws {
        let files = collect(options.paths)
        if files.isEmpty { fail("no .txt, .xml or .html input in \(options.paths.joined(separator: " "))") }
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: options.out) }
        let pipeline = Pipeline(vocabulary: try Vocabulary.load(from: ResourceLocator.ontologyFolder()))
        let path = (options.out as NSString).appendingPathComponent("bench.nt")
        let stream = try NTriplesStream(path: path)
        let items = options.replicas * files.count
        let next = Counter()
        let bytes = Slots()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, items)) { _ in
            var times = StageTimes()
            while let i = next.take(below: items) {
                stream.waitForTurn(i, window: 4 * options.jobs)
                let replica = i / files.count, file = files[i % files.count]
                guard let data = FileManager.default.contents(atPath: file) else { bytes.fail(); stream.add(i, nil); continue }
                times.bytes += data.count
                do {
                    let text = try pipeline.ingester.ingest(SourceDocument(name: file, bytes: [UInt8](data)))
                    var document = try pipeline.reader.read(text)
                    if replica > 0 { document.metadata.symbol += "-r\(replica + 1)" }
                    stream.add(i, pipeline.linker.link(pipeline.extractor.extract(document)))
                } catch {
                    bytes.fail()
                    stream.add(i, nil)
                }
            }
            bytes.add(times)
        }
        let totals = try stream.finish()
        let seconds = Date().timeIntervalSince(started)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "documents: %d x %d (%d failed), %.1f MB of text; %d triples (%.0f MB of N-Triples) in %.2f s, %.0f k triples/s",
                     files.count, options.replicas, bytes.failures, Double(bytes.times.bytes) / 1e6, totals.triples, Double(size) / 1e6,
                     seconds, Double(totals.triples) / max(seconds, 1e-9) / 1000))
        print(String(format: "peak RSS: %.0f MB", peakResidentMegabytes()))
        print(String(format: "result: bytes=%d stream=%.4f rss=%.1f triples=%d", bytes.times.bytes, seconds, peakResidentMegabytes(), totals.triples))
    }

    // MARK: Suite

    /// 1x and Nx, one job and all cores, each in a child process; then the length check; then the ratios.
    static func suite(_ options: Options) throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let n = options.replicas > 1 ? options.replicas : 10
        let formats = options.formats.map(\.rawValue).joined(separator: ",")
        var results = [String: [String: Double]]()
        print("machine: \(cores) cores; \(cpuModel()); \(String(format: "%.1f", Double(ProcessInfo.processInfo.physicalMemory) / 1e9)) GB RAM")
        let configurations = cores > 1 ? [(1, 1), (1, cores), (n, 1), (n, cores)] : [(1, 1), (n, 1)]
        for (replicas, jobs) in configurations {
            // All formats on 1x; N-Triples alone (the streaming one) on Nx to keep the run short.
            let f = replicas == 1 ? (formats.isEmpty ? "none" : formats) : (options.formats.contains(.ntriples) ? "ntriples" : "none")
            let label = "\(replicas)x, --jobs \(jobs)"
            print("\n== \(label)")
            let output = try child(options.paths + ["--replicate", "\(replicas)", "--jobs", "\(jobs)", "--formats", f])
            print(output.split(separator: "\n").filter { !$0.hasPrefix("result:") }.joined(separator: "\n"))
            results[label] = parseResult(output)
        }
        print("\n== length")
        print(try child(["--length", "5,50"]))
        print("== scaling")
        func ratio(_ a: String, _ b: String, _ key: String) -> Double { (results[a]?[key] ?? .nan) / (results[b]?[key] ?? .nan) }
        for jobs in Set([1, cores]).sorted() {
            print(String(format: "%dx/1x, --jobs %d: process %.2fx, graph %.2fx time for %.2fx text; peak RSS %.0f → %.0f MB",
                         n, jobs, ratio("\(n)x, --jobs \(jobs)", "1x, --jobs \(jobs)", "process"),
                         ratio("\(n)x, --jobs \(jobs)", "1x, --jobs \(jobs)", "graph"),
                         ratio("\(n)x, --jobs \(jobs)", "1x, --jobs \(jobs)", "bytes"),
                         results["1x, --jobs \(jobs)"]?["rss"] ?? .nan, results["\(n)x, --jobs \(jobs)"]?["rss"] ?? .nan))
        }
        if cores > 1 {
            for r in [1, n] {
                print(String(format: "--jobs 1 → --jobs %d on %dx: %.2fx faster (process)", cores, r,
                             ratio("\(r)x, --jobs 1", "\(r)x, --jobs \(cores)", "process")))
            }
        }
    }

    /// Runs this program with `arguments`; its standard output.
    static func child(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 { fail("child run \(arguments.joined(separator: " ")) failed") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    static func parseResult(_ output: String) -> [String: Double] {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("result:") }) else { return [:] }
        var values = [String: Double]()
        for pair in line.dropFirst("result:".count).split(separator: " ") {
            let kv = pair.split(separator: "=")
            if kv.count == 2, let v = Double(kv[1]) { values[String(kv[0])] = v }
        }
        return values
    }

    static func cpuModel() -> String {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
              let colon = line.firstIndex(of: ":") else { return "CPU model unknown" }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    // MARK: Length

    /// One document per size, made of the bundled sample's paragraphs repeated: the whole pipeline
    /// (without export) should take the same time per MB at 5 MB as at 50 MB.
    static func lengthCheck(megabytes: [Int]) throws {
        let vocabulary = try Vocabulary.load(from: ResourceLocator.ontologyFolder())
        let pipeline = Pipeline(vocabulary: vocabulary)
        let sampleURL = try ResourceLocator.sampleDocument()
        let sample = try pipeline.process(SourceDocument(name: sampleURL.path, bytes: [UInt8](try Data(contentsOf: sampleURL))))
        let paragraphs = sample.document.preambular.map(\.text)
        var perMB = [Double]()
        for mb in megabytes {
            let bytes = synthetic(paragraphs: paragraphs, size: mb * 1_000_000)
            let t = Date()
            let linked = try pipeline.process(SourceDocument(name: "synthetic-\(mb)MB.txt", bytes: bytes))
            let graph = pipeline.graph([linked])
            let seconds = Date().timeIntervalSince(t)
            perMB.append(seconds / Double(bytes.count) * 1e6)
            print(String(format: "one %3d MB document: %7.2f s, %6.2f MB/s; %d paragraphs, %d mentions, %d edges",
                         mb, seconds, Double(bytes.count) / 1e6 / seconds, linked.document.preambular.count,
                         linked.extracted.mentions.count, graph.edges.count))
        }
        if perMB.count >= 2 {
            print(String(format: "time per MB, %d MB vs %d MB: %.2fx (1.00 = linear)", megabytes.last!, megabytes.first!, perMB.last! / perMB.first!))
        }
    }

    /// A plain-text draft resolution: a heading, then preambular paragraphs cycled until `size` bytes, each
    /// wrapped at 85 columns and ended with a comma, then one operative paragraph.
    static func synthetic(paragraphs: [String], size: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(size + 10_000)
        out += Array("United Nations\nA/99/L.1\n\nGeneral Assembly\nDistr.: Limited\n1 January 2099\n\nNinety-ninth session\n\nSynthetic length test\n\nThe General Assembly,\n\n".utf8)
        var k = 0
        while out.count < size, !paragraphs.isEmpty {
            var line = ""
            var text = paragraphs[k % paragraphs.count]
            while let last = text.last, last == "," || last == ";" || last == " " { text.removeLast() }
            for word in text.split(separator: " ") {
                if line.utf8.count + word.utf8.count > 85 { out += Array((line + "\n").utf8); line = "" }
                line += line.isEmpty ? String(word) : " " + word
            }
            out += Array((line + ",\n\n").utf8)
            k += 1
        }
        out += Array("1. Decides to remain seized of the matter.\n".utf8)
        return out
    }

    // MARK: Phrases

    /// Every label and alias of the vocabulary (the `=` case marker removed), sorted, once each.
    static func printPhrases() throws {
        let vocabulary = try Vocabulary.load(from: ResourceLocator.ontologyFolder())
        var phrases = Set<String>()
        for entity in vocabulary.entities.values {
            for p in [entity.label] + entity.aliases {
                let phrase = p.hasPrefix("=") ? String(p.dropFirst()) : p
                if !phrase.isEmpty { phrases.insert(phrase) }
            }
        }
        print(phrases.sorted().joined(separator: "\n"))
    }

    // MARK: Support

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

    /// Resident memory now, from /proc/self/statm (0 where there is none).
    static func currentResidentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Seconds spent per stage by one thread, and the bytes it read.
struct StageTimes {
    var read = 0.0, ingest = 0.0, segment = 0.0, extract = 0.0, link = 0.0, fold = 0.0
    var bytes = 0
}

/// The threads' summed stage times and failures (the documents go into the graph as they are done).
final class Slots: @unchecked Sendable {
    private(set) var times = StageTimes()
    private(set) var failures = 0
    private let lock = NSLock()

    func fail() { lock.lock(); failures += 1; lock.unlock() }

    func add(_ t: StageTimes) {
        lock.lock()
        times.read += t.read; times.ingest += t.ingest; times.segment += t.segment
        times.extract += t.extract; times.link += t.link; times.fold += t.fold; times.bytes += t.bytes
        lock.unlock()
    }
}

/// Hands out indices 0, 1, 2… to worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// Wall-clock laps, printed as a table row each.
struct Clock {
    private var start = Date()

    mutating func reset() { start = Date() }

    @discardableResult
    mutating func lap(_ name: String, bytes: Int, extra: String = "") -> Double {
        let now = Date()
        let seconds = now.timeIntervalSince(start)
        report(name, seconds: seconds, bytes: bytes, extra: extra)
        start = now
        return seconds
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
