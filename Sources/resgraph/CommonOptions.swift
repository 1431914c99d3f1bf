import ArgumentParser
import Foundation
import ResolutionGraph

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder holding the vocabulary and ontology (default: the bundled Ontology/).", valueName: "dir"))
    var ontology: String?

    @Flag(name: .shortAndLong, help: "Print no summary or notes, only errors.")
    var quiet = false

    @Flag(name: .long, help: "Also print the notes the pipeline collected (orphan footnotes, numbering gaps, …).")
    var verbose = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Documents processed in parallel (default: all cores). Output does not depend on it.", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Refuse documents larger than this many MiB (default: 64).", valueName: "MiB"))
    var maxDocumentSize: Int?

    @Option(name: .long, help: ArgumentHelp("Give up on a document after this many seconds, reporting it as failed (default: 120; 0: no limit).", valueName: "seconds"))
    var documentTimeout: Double?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxDocumentSize, !(1...(1 << 20)).contains(maxDocumentSize) {
            throw ValidationError("--max-document-size must be between 1 and 1048576 (MiB)")
        }
        if let documentTimeout, !(documentTimeout >= 0 && documentTimeout.isFinite) {
            throw ValidationError("--document-timeout must be a number of seconds, 0 or more")
        }
    }

    /// The ingester's size limit and the time limit per document, from the options.
    var limits: (maximumBytes: Int, secondsPerDocument: Double?) {
        let bytes = maxDocumentSize.map { $0 << 20 } ?? Ingester.defaultMaximumBytes
        let seconds = documentTimeout.map { $0 == 0 ? nil : $0 } ?? Pipeline.defaultSecondsPerDocument
        return (bytes, seconds)
    }
}

/// Exit codes, documented in `resgraph --help` and the README.
enum Exit {
    static let inputFailed = ExitCode(1)
    static let outputFailed = ExitCode(3)
    static let ontologyFailed = ExitCode(4)
    static let storeFailed = ExitCode(5)
}

/// The symbols of a `--corpus-symbols` file (none without one); a file that cannot be read is a usage error.
func readCorpusSymbols(_ path: String?) throws -> [String] {
    guard let path else { return [] }
    do {
        return try Pipeline.corpusSymbols(fromFile: path)
    } catch let error as ResolutionGraphError {
        throw ValidationError("--corpus-symbols: \(error)")
    }
}

/// Prints to standard error.
/// Creates the output folder (exit 3 with the system's reason when it cannot) and removes the temporary files a killed
/// run left there (SIGKILL cannot be handled).
func prepareOutputFolder(_ folder: String) throws {
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
        printError("resgraph: \(folder): cannot create the output folder: \(error.localizedDescription)")
        throw Exit.outputFailed
    }
    AtomicFile.removeStaleTemporaryFiles(in: folder)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Loads the pipeline, reporting a vocabulary problem as exit code 4.
func makePipeline(_ options: CommonOptions) throws -> Pipeline {
    do {
        let folder = try ResourceLocator.ontologyFolder(explicit: options.ontology)
        let limits = options.limits
        return Pipeline(vocabulary: try Vocabulary.load(from: folder),
                        ingester: Ingester(maximumBytes: limits.maximumBytes),
                        secondsPerDocument: limits.secondsPerDocument)
    } catch let error as ResolutionGraphError {
        printError("resgraph: \(error)")
        throw Exit.ontologyFailed
    }
}

/// Reads and processes each input (folders are walked), in parallel, printing one line per failure.
/// Each worker reads, processes and releases one document at a time: only the ``LinkedDocument`` is kept,
/// never the raw bytes or the ingested text. Results come back in input order whatever the number of
/// jobs, so output is deterministic. Of two inputs with the same symbol only one is kept, with a warning
/// naming both files (see ``CrossDocumentLinks/deduplicate(_:)``). Progress goes to standard error when
/// it is a terminal and `--quiet` is off.
/// Throws exit code 1 when no input could be processed; the caller decides what a partial failure means.
func processInputs(_ paths: [String], pipeline: Pipeline, options: CommonOptions) throws -> (documents: [LinkedDocument], failed: Int) {
    try processInputs(paths, pipeline: pipeline, options: options) { $0 }
}

/// Takes each document as soon as it is processed, by its position among the inputs: a streaming export.
protocol DocumentSink: AnyObject, Sendable {
    /// Called by a worker before it starts input `index`; may block until earlier inputs are taken.
    func waitForTurn(_ index: Int)
    /// Input `index`, processed (nil when it failed). Called once per input, from any thread.
    func add(_ index: Int, _ document: LinkedDocument?)
}

/// What a worker keeps of a processed document: what `keep` made of it, and what the messages need.
struct Processed<Kept: Sendable>: Sendable {
    var symbol: String
    var sourceName: String
    /// Lines for standard error, printed in input order once every document is done.
    var messages: [String]
    var kept: Kept
}

/// ``processInputs(_:pipeline:options:)``, keeping of each document only what `keep` returns (called on
/// the worker thread as soon as the document is done): `resgraph export` folds the document into the
/// graph there and keeps a line of summary, so the documents are never all held at once.
///
/// With a `sink`, each document is also handed to it by input position as soon as it is done (nil for an
/// input that failed), and a worker waits for its turn before it starts one (``DocumentSink``); of two
/// documents with the same symbol the first in input order is then kept, as the sink has written it.
func processInputs<Kept: Sendable>(_ paths: [String], pipeline: Pipeline, options: CommonOptions, sink: (any DocumentSink)? = nil,
                                   keep: @escaping @Sendable (LinkedDocument) -> Kept) throws -> (documents: [Kept], failed: Int) {
    let collected = InputCollector.collect(paths)
    for error in collected.errors { printError("resgraph: \(error)") }
    let files = collected.files
    let results = ResultSlots<Processed<Kept>>(count: files.count)
    let jobs = min(max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount), max(1, files.count))
    let next = Counter()
    let progress = Progress(total: files.count, enabled: !options.quiet && isatty(2) == 1)
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
        while let i = next.take(below: files.count) {
            sink?.waitForTurn(i)
            do {
                let source = try InputReader.read(files[i], limit: pipeline.ingester.maximumBytes)
                let linked = try pipeline.process(source)
                var messages = [String]()
                if options.verbose {
                    for d in linked.document.diagnostics + linked.extracted.diagnostics { messages.append("\(files[i]): \(d)") }
                } else if !options.quiet, linked.document.diagnostics.contains(Ingester.windows1252Fallback) {
                    // Mojibake must never be silent: say so even without --verbose.
                    messages.append("\(files[i]): \(Ingester.windows1252Fallback)")
                }
                let symbol = linked.symbol, sourceName = linked.document.metadata.sourceName
                results.set(i, .success(Processed(symbol: symbol, sourceName: sourceName, messages: messages, kept: keep(linked))))
                sink?.add(i, linked)
            } catch {
                results.set(i, .failure(error))
                sink?.add(i, nil)
            }
            progress.tick()
        }
    }
    progress.finish()
    var documents = [Processed<Kept>]()
    var failed = collected.errors.count
    for (i, result) in results.take().enumerated() {
        switch result {
        case .success(let processed):
            for line in processed.messages { printError(line) }
            documents.append(processed)
        case .failure(let error as ResolutionGraphError):
            printError("resgraph: \(error)")
            failed += 1
        case .failure(let error):
            printError("resgraph: \(files[i]): \(error)")
            failed += 1
        case nil:
            failed += 1
        }
    }
    let (kept, duplicates) = CrossDocumentLinks.deduplicate(documents.map { ($0.symbol, $0.sourceName) }, firstInInputOrder: sink != nil)
    for d in duplicates where !options.quiet {
        printError("resgraph: warning: \(d.dropped) and \(d.kept) are both \(d.symbol); keeping \(d.kept), ignoring \(d.dropped)")
    }
    if kept.isEmpty { throw Exit.inputFailed }
    // Released one by one as they are moved into the result.
    var unique = [Kept]()
    unique.reserveCapacity(kept.count)
    var keptIndex = 0
    for i in documents.indices {
        guard keptIndex < kept.count, kept[keptIndex] == i else { continue }
        keptIndex += 1
        unique.append(documents[i].kept)
    }
    return (unique, failed)
}

/// Documents done out of the total, rate and time left, on one line of standard error rewritten in place.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    func tick() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = "\r\u{1B}[K\(done)/\(total) documents, \(String(format: "%.1f", rate))/s, \(Progress.duration(left)) left"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `42 s`, `3 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return String(format: "%d min %02d s", s / 60, s % 60) }
        return String(format: "%d h %02d min", s / 3600, (s % 3600) / 60)
    }
}

/// A fixed array of results written by index from several threads.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<T, any Error>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    /// The results; the slots no longer hold them.
    func take() -> [Result<T, any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        let all = slots
        slots = []
        return all
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
