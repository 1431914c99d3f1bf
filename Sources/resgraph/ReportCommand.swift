import ArgumentParser
import Foundation
import ResolutionGraph

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page showing what was found: highlighted text, actions, entity panels, the graph.",
        discussion: """
            The page shows each document's text paragraph by paragraph with every mention highlighted by kind \
            (actor, instrument, theme: a colour and a text tag) and linked to its entity's panel; under each \
            paragraph, its actions ("Urges → Member States → …"); a panel per entity with its identifiers, \
            mentions and relations; an overview with the statistics; and the summary graph drawn by Graphviz \
            `dot` when it is installed (without it, a note). Several documents get an index and one section each. \
            The page runs no script and loads nothing from the network. With no FILE, the bundled sample is used.

            Exit codes: 0 success; 1 some inputs could not be read as documents (the report covers the others); \
            3 the report could not be written; 4 the vocabulary or ontology is missing or malformed; 64 usage error.

            Example:
              resgraph report resolution.txt -o resolution.html
              resgraph report corpus/ -o session80.html --title "Session 80"
            """
    )

    /// Above this size (bytes) the command warns that browsers will struggle (the 1,202 bulk documents make 151 MB).
    static let heavyPage = 40_000_000

    @Argument(help: ArgumentHelp("Documents or folders to read: PDF-extracted text, Akoma Ntoso XML, HTML, PDF.", valueName: "file|dir"))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write (default: Output/<symbol>.report.html, or Output/corpus.report.html).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Page title for several documents.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Entities in the graph picture: the N most connected.", valueName: "n"))
    var top = 30

    @Flag(name: .long, help: "Leave out the graph picture (do not run Graphviz).")
    var noPicture = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        AtomicFile.removeTemporaryFilesOnSignals()
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        let graph = pipeline.graph(documents)
        let path = output ?? "Output/" + (documents.count == 1 ? OutputNaming.stem(forSymbol: documents[0].symbol) : "corpus") + ".report.html"
        let folder = (path as NSString).deletingLastPathComponent
        try prepareOutputFolder(folder.isEmpty ? "." : folder)
        let picture = noPicture ? GraphPicture.none("No picture: left out (--no-picture).") : GraphPicture.render(graph, top: top)
        if picture.svg == nil && !noPicture && common.verbose { printError("resgraph: note: \(picture.note)") }
        let report = pipeline.report(documents, graph: graph, picture: picture, options: HTMLReport.Options(title: title))
        do {
            try report.write(to: path)
        } catch let error as ResolutionGraphError {
            printError("resgraph: \(error)")
            throw Exit.outputFailed
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
        if size > Self.heavyPage && !common.quiet {
            printError("resgraph: note: \(path) is \(size / 1_000_000) MB; browsers open pages this large slowly or not at all: report a smaller selection (a session, an agenda item)")
        }
        if !common.quiet {
            let mentions = documents.reduce(0) { $0 + $1.extracted.mentions.count }
            print("report: \(documents.count) document\(documents.count == 1 ? "" : "s"), \(mentions) mentions, \(documents.reduce(0) { $0 + $1.actions.count }) actions; picture: \(picture.svg == nil ? "none" : "yes")")
            print("file written: \(path)")
        }
        if failed > 0 { throw Exit.inputFailed }
    }
}
