import ArgumentParser
import Foundation
import ResolutionGraph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents as one graph (RDF/XML, GraphML, DOT, N-Triples, Turtle).",
        discussion: """
            Several inputs are merged into one graph: the same actor, instrument or theme is one node; a \
            paragraph citing another document of the run (resolution 64/293, A/73/263) is linked to it. Folders \
            are walked for .txt, .xml, .html and .pdf. With --split, each document is also written on its own. \
            With no FILE, the bundled sample resolution is exported.

            A corpus too large for one machine is exported in parts by separate runs whose N-Triples merge in \
            a store into the graph of one whole run. Only the links between documents of different parts \
            (cites-document, adopted-as) need to know the whole: write the corpus's symbols once (resgraph \
            stats corpus/ --symbols > symbols.txt) and give them to each run (--corpus-symbols symbols.txt). \
            GraphML and DOT leave those links out (one end is not a node of the part).

            With --format ntriples --stream, each document's triples are written as soon as it is done (in input \
            order), entities and the links between documents at the end: memory stays flat however large the \
            corpus. The file is named after --name (default corpus) and holds the same triples as without \
            --stream, in another order.

            Exit codes: 0 success; 1 some inputs could not be read as documents (the others are exported); \
            3 an output could not be written; 4 the vocabulary or ontology is missing or malformed; 64 usage error.

            Example:
              resgraph export resolution.txt -o out --format rdfxml,graphml
              resgraph export corpus/ -o out --name session73 --split
              resgraph export part1/ -o out --format ntriples --corpus-symbols symbols.txt
              resgraph export corpus/ -o out --format ntriples --stream
            """
    )

    @Argument(help: ArgumentHelp("Documents or folders to read: PDF-extracted text, Akoma Ntoso XML, HTML, PDF.", valueName: "file|dir"))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: rdfxml, graphml, dot, ntriples, turtle, or all.", valueName: "list"))
    var format = "rdfxml,graphml,dot"

    @Option(name: .long, help: ArgumentHelp("Namespace IRI for instance data.", valueName: "iri"))
    var base = IRI.defaultBase

    @Option(name: .long, help: "What the DOT file shows: full (every paragraph and action) or summary (documents and entities, edges labelled by verb).")
    var view: DOTView = .full

    @Option(name: .long, help: ArgumentHelp("In the summary view, keep only the N entities with the most actions and mentions.", valueName: "n"))
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("File name stem when several documents are merged (default: corpus).", valueName: "stem"))
    var name: String?

    @Flag(name: .long, help: "Also write one graph per document, named after its symbol, beside the merged one.")
    var split = false

    @Option(name: .long, help: ArgumentHelp("The symbols of every document of the corpus, one a line (`resgraph stats --symbols`), when this run exports one part of it: a citation of a document of another part (or a draft there) gets the link the whole run gives it (RDF formats only).", valueName: "file"))
    var corpusSymbols: String?

    @Flag(name: .long, help: "With --format ntriples only: write each document's triples as soon as it is done, in constant memory (the same triples, in another order).")
    var stream = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try parseFormats()
        guard IRI.isValidAbsolute(base) else { throw ValidationError("--base must be an absolute IRI, got \(base)") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        _ = try readCorpusSymbols(corpusSymbols)
        if stream {
            guard try parseFormats() == [.ntriples] else { throw ValidationError("--stream writes N-Triples only: use it with --format ntriples") }
            guard !split else { throw ValidationError("--stream cannot be used with --split") }
        }
    }

    private func parseFormats() throws -> [ExportFormat] {
        var formats = [ExportFormat]()
        for item in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if item == "all" { return ExportFormat.allCases }
            guard let f = ExportFormat(rawValue: item) else {
                throw ValidationError("unknown format \"\(item)\"; use rdfxml, graphml, dot, ntriples, turtle or all")
            }
            if !formats.contains(f) { formats.append(f) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one format") }
        return formats
    }

    func run() throws {
        let started = Date()
        // SIGINT, SIGTERM, SIGHUP: remove the temporary files in flight, then die of the signal; the
        // previous outputs stay as they were (nothing is renamed into place half-written).
        AtomicFile.removeTemporaryFilesOnSignals()
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        if stream { return try runStream(inputs, pipeline: pipeline, started: started) }
        let failed: Int, documentCount: Int, summaryLines: [String], splitDocuments: [LinkedDocument], graph: KnowledgeGraph
        let stem: String
        if split {
            // Every document is kept for the graphs of their own.
            let (documents, f) = try processInputs(inputs, pipeline: pipeline, options: common)
            (failed, documentCount) = (f, documents.count)
            stem = documentCount == 1 ? OutputNaming.stem(forSymbol: documents[0].symbol) : OutputNaming.stem(forSymbol: name ?? "corpus")
            summaryLines = documents.prefix(Summary.documentLines).map(Summary.describe)
            splitDocuments = documentCount > 1 ? documents : []
            graph = pipeline.graph(consume documents, corpusSymbols: try readCorpusSymbols(corpusSymbols))
        } else {
            // Memory: each document is folded into the graph as soon as it is done and released; only its
            // symbol and summary line are kept.
            let accumulator = GraphAccumulator()
            let (folded, f) = try processInputs(inputs, pipeline: pipeline, options: common) { linked in
                let kept = (symbol: linked.symbol, line: Summary.describe(linked))
                accumulator.add(linked)
                return kept
            }
            (failed, documentCount) = (f, folded.count)
            stem = documentCount == 1 ? OutputNaming.stem(forSymbol: folded[0].symbol) : OutputNaming.stem(forSymbol: name ?? "corpus")
            summaryLines = folded.prefix(Summary.documentLines).map(\.line)
            splitDocuments = []
            graph = accumulator.graph(corpusSymbols: try readCorpusSymbols(corpusSymbols))
        }
        try prepareOutputFolder(output)
        let formats = try parseFormats()
        let options = ExportOptions(base: base, dotView: view, top: top)
        var written = try write(graph, stem: stem, formats: formats, options: options)
        if !splitDocuments.isEmpty {
            var used: Set<String> = [stem]
            for d in splitDocuments {
                // Two symbols can make the same file name (A/RES/1 and A_RES_1): the later one gets -2, -3, …
                let base = OutputNaming.stem(forSymbol: d.symbol)
                var candidate = base, n = 1
                while used.contains(candidate) { n += 1; candidate = "\(base)-\(n)" }
                used.insert(candidate)
                written += try write(pipeline.graph([d]), stem: candidate, formats: formats, options: options)
            }
        }
        if !common.quiet {
            print(Summary(firstDocuments: summaryLines, documentCount: documentCount, failed: failed, graph: graph, written: written, output: output,
                          elapsed: Date().timeIntervalSince(started)).text)
        }
        if failed > 0 { throw Exit.inputFailed }
    }

    /// `--stream`: the documents' N-Triples written as they are done into `output/NAME.nt`, atomically.
    private func runStream(_ inputs: [String], pipeline: Pipeline, started: Date) throws {
        try prepareOutputFolder(output)
        let path = (output as NSString).appendingPathComponent(OutputNaming.stem(forSymbol: name ?? "corpus") + "." + ExportFormat.ntriples.fileExtension)
        let symbols = try readCorpusSymbols(corpusSymbols)
        let window = 4 * max(1, common.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var outcome: (lines: [String], count: Int, failed: Int, totals: NTriplesStream.Totals)?
        do {
            try AtomicFile.write(to: path) { temp in
                let stream = OrderedStream(try NTriplesStream(path: temp, options: ExportOptions(base: base), corpusSymbols: symbols), window: window)
                let (lines, failed) = try processInputs(inputs, pipeline: pipeline, options: common, sink: stream) { Summary.describe($0) }
                outcome = (Array(lines.prefix(Summary.documentLines)), lines.count, failed, try stream.stream.finish())
            }
        } catch let error as ResolutionGraphError {
            printError("resgraph: \(error)")
            throw Exit.outputFailed
        }
        guard let outcome else { return }
        if !common.quiet {
            var lines = outcome.lines
            if outcome.count > Summary.documentLines { lines.append("… and \(outcome.count - Summary.documentLines) more documents") }
            let t = outcome.totals
            lines.append("stream: \(t.actors) actors, \(t.instruments) instruments, \(t.themes) themes, \(t.triples) triples")
            lines.append("files written: " + path)
            lines.append("documents: \(outcome.count) read, \(outcome.failed) failed, in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            print(lines.joined(separator: "\n"))
        }
        if outcome.failed > 0 { throw Exit.inputFailed }
    }

    /// Writes `graph` once per format as `output/stem.ext`; returns the paths written.
    private func write(_ graph: KnowledgeGraph, stem: String, formats: [ExportFormat], options: ExportOptions) throws -> [String] {
        var written = [String]()
        for f in formats {
            let path = (output as NSString).appendingPathComponent(stem + "." + f.fileExtension)
            do {
                try Pipeline.export(graph, format: f, to: path, options: options)
            } catch let error as ResolutionGraphError {
                printError("resgraph: \(error)")
                throw Exit.outputFailed
            }
            written.append(path)
        }
        return written
    }
}

/// The short summary printed after an export: one line per document (up to ``Summary/documentLines``),
/// then the corpus, the graph and the files written.
struct Summary {
    static let documentLines = 10
    static let fileNames = 6

    /// The first ``documentLines`` documents' lines (``describe(_:)``), made before the documents are given up to the graph.
    var firstDocuments: [String]
    var documentCount: Int
    var failed: Int
    var graph: KnowledgeGraph
    var written: [String]
    var output: String
    var elapsed: TimeInterval

    /// The line of one document.
    static func describe(_ d: LinkedDocument) -> String {
        let doc = d.document
        return "\(doc.metadata.symbol)\(doc.metadata.title.map { " — " + $0 } ?? ""): \(doc.preambular.count) preambular and \(doc.operative.filter { !($0.number ?? "").hasPrefix("(") }.count) operative paragraphs, \(doc.footnotes.count) footnotes, \(d.actions.count) actions"
    }

    var text: String {
        var lines = firstDocuments
        if documentCount > Self.documentLines { lines.append("… and \(documentCount - Self.documentLines) more documents") }
        lines.append("graph: \(graph.count(.actor)) actors, \(graph.count(.instrument)) instruments, \(graph.count(.theme)) themes, \(graph.nodes.count) nodes, \(graph.edges.count) edges")
        if written.count <= Self.fileNames {
            lines.append("files written: " + written.joined(separator: ", "))
        } else {
            lines.append("files written: \(written.count) in \(output): " + written.prefix(3).joined(separator: ", ") + ", …")
        }
        lines.append("documents: \(documentCount) read, \(failed) failed, in \(String(format: "%.1f", elapsed)) s")
        return lines.joined(separator: "\n")
    }
}

extension DOTView: ExpressibleByArgument {}

/// An ``NTriplesStream`` as the sink of ``processInputs(_:pipeline:options:sink:keep:)``.
final class OrderedStream: DocumentSink {
    let stream: NTriplesStream
    /// How many finished documents may wait for an earlier one.
    let window: Int

    init(_ stream: NTriplesStream, window: Int) {
        self.stream = stream
        self.window = window
    }

    func waitForTurn(_ index: Int) { stream.waitForTurn(index, window: window) }
    func add(_ index: Int, _ document: LinkedDocument?) { stream.add(index, document) }
}
