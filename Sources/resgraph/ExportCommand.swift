import ArgumentParser
import Foundation
import ResolutionGraph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents as one graph (RDF/XML, GraphML, DOT, N-Triples, Turtle).",
        discussion: """
            Several inputs are merged into one graph: the same actor, instrument or theme is one node. \
            With no FILE, the bundled sample resolution is exported.

            Example:
              resgraph export resolution.txt -o out --format rdfxml,graphml
            """
    )

    @Argument(help: ArgumentHelp("Documents to read: PDF-extracted text (UTF-8, UTF-16 or Latin-1).", valueName: "file"))
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

    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try parseFormats()
        guard IRI.isValidAbsolute(base) else { throw ValidationError("--base must be an absolute IRI, got \(base)") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
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
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        let graph = pipeline.graph(documents)
        let stem = documents.count == 1 ? OutputNaming.stem(forSymbol: documents[0].symbol) : OutputNaming.stem(forSymbol: name ?? "corpus")
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            printError("resgraph: \(output): cannot create the output folder: \(error.localizedDescription)")
            throw Exit.outputFailed
        }
        var written = [String]()
        for f in try parseFormats() {
            let path = (output as NSString).appendingPathComponent(stem + "." + f.fileExtension)
            do {
                try Pipeline.export(graph, format: f, to: path, options: ExportOptions(base: base, dotView: view, top: top))
            } catch let error as ResolutionGraphError {
                printError("resgraph: \(error)")
                throw Exit.outputFailed
            }
            written.append(path)
        }
        if !common.quiet {
            print(Summary(documents: documents, graph: graph).text)
            print("files written: " + written.joined(separator: ", "))
        }
        if failed > 0 { throw Exit.inputFailed }
    }
}

/// The short summary printed after an export.
struct Summary {
    var documents: [LinkedDocument]
    var graph: KnowledgeGraph

    var text: String {
        var lines = [String]()
        for d in documents {
            let doc = d.document
            lines.append("\(doc.metadata.symbol)\(doc.metadata.title.map { " — " + $0 } ?? ""): \(doc.preambular.count) preambular and \(doc.operative.filter { !($0.number ?? "").hasPrefix("(") }.count) operative paragraphs, \(doc.footnotes.count) footnotes, \(d.actions.count) actions")
        }
        lines.append("graph: \(graph.count(.actor)) actors, \(graph.count(.instrument)) instruments, \(graph.count(.theme)) themes, \(graph.nodes.count) nodes, \(graph.edges.count) edges")
        return lines.joined(separator: "\n")
    }
}

extension DOTView: ExpressibleByArgument {}
