import ArgumentParser
import Foundation
import ResolutionGraph

/// Output formats of the listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, tsv
}

extension EntitySortOrder: ExpressibleByArgument {}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the actors, instruments and themes found, with their mentions.",
        discussion: """
            One row per entity: kind, category, label, mention count and the number of documents mentioning it. \
            The JSON form lists every mention with its document, paragraph (ppN, opN, opNa, fnN) and span in \
            Unicode scalars; filters and --sort apply to its "entities" list, its shape does not change.

            Example:
              resgraph entities resolution.txt --kind actor --format json
              resgraph entities corpus/ --kind instrument --min-mentions 5 --sort documents --format tsv
            """
    )

    @Argument(help: ArgumentHelp("Documents or folders to read (default: the bundled sample).", valueName: "file|dir"))
    var files: [String] = []

    @Option(help: "Only this kind: actor, instrument or theme.")
    var kind: EntityKind?

    @Option(help: ArgumentHelp("Only this category (un-entity, state-group, convention, protocol, resolution, …).", valueName: "name"))
    var category: String?

    @Option(help: ArgumentHelp("Only entities mentioned at least N times in all.", valueName: "n"))
    var minMentions = 0

    @Option(help: "Order: kind (kind, then id), mentions, documents or label.")
    var sort: EntitySortOrder = .kind

    @Option(help: "table, json, csv or tsv.")
    var format: ListingFormat = .table

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if minMentions < 0 { throw ValidationError("--min-mentions must be at least 0") }
    }

    func run() throws {
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        let listing = EntityListing(documents, kind: kind).filtered(category: category, minMentions: minMentions).sorted(by: sort)
        switch format {
        case .table: print(listing.corpusTable(), terminator: "")
        case .json: listing.writeJSON { print($0, terminator: "") }
        case .csv: print(listing.corpusDelimited(tab: false), terminator: "")
        case .tsv: print(listing.corpusDelimited(tab: true), terminator: "")
        }
        if failed > 0 { throw Exit.inputFailed }
    }
}

struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List actions (who is urged to do what) and relations between instruments, with evidence.",
        discussion: """
            Example:
              resgraph relations resolution.txt --relation urge --format csv
              resgraph relations corpus/ --actor actor/member-states --format tsv
            """
    )

    @Argument(help: ArgumentHelp("Documents or folders to read (default: the bundled sample).", valueName: "file|dir"))
    var files: [String] = []

    @Option(help: "Only this relation or verb lemma (urge, call-upon, supplements, …).")
    var relation: String?

    @Option(help: ArgumentHelp("Only rows whose subject or object is this actor (actor/member-states, …).", valueName: "id"))
    var actor: String?

    @Option(help: "table, json, csv or tsv.")
    var format: ListingFormat = .table

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        var listing = RelationListing(documents, relation: relation)
        if let actor { listing = listing.involving(actor: actor) }
        switch format {
        case .table: print(listing.table(), terminator: "")
        case .json: print(try listing.json(), terminator: "")
        case .csv: print(listing.csv(), terminator: "")
        case .tsv: print(listing.tsv(), terminator: "")
        }
        if failed > 0 { throw Exit.inputFailed }
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what a corpus holds: documents, paragraphs, entities, the top actors, instruments, themes and actions.",
        discussion: """
            The top entities are ranked by mentions and by number of documents; actions by verb, and by verb \
            and addressee ("urge → Governments: 34").

            Example:
              resgraph stats corpus/ --top 20
              resgraph stats corpus/ --format json
              resgraph stats corpus/ --symbols > symbols.txt

            --symbols prints instead the symbol of every document read, one a line (each once, in natural \
            order): the file that export and push take as --corpus-symbols when a corpus is exported in parts.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Documents or folders to read (default: the bundled sample).", valueName: "file|dir"))
    var files: [String] = []

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("How many entries each ranking keeps.", valueName: "n"))
    var top = 10

    @Flag(help: "Print only the symbols of the documents read, one a line (for export --corpus-symbols).")
    var symbols = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        if symbols {
            // Of several inputs with one symbol the graph keeps one document: the symbol is printed once.
            for s in Set(documents.map(\.symbol)).sorted(by: NaturalOrder.less) { print(s) }
            if failed > 0 { throw Exit.inputFailed }
            return
        }
        let statistics = CorpusStatistics(documents, top: top)
        print(format == .json ? try statistics.json() : statistics.text(), terminator: "")
        if failed > 0 { throw Exit.inputFailed }
    }
}

extension EntityKind: ExpressibleByArgument {}

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the document model recovered from a file: metadata, paragraphs, footnotes, diagnostics.",
        discussion: """
            Example:
              resgraph inspect resolution.txt --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The document to read (default: the bundled sample).", valueName: "file"))
    var file: String?

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var common: CommonOptions

    func run() throws {
        let path = try file ?? ResourceLocator.sampleDocument().path
        do {
            let source = try InputReader.read(path, limit: Ingester().maximumBytes)
            let document = try DocumentReader().read(try Ingester().ingest(source))
            let dump = DocumentDump(document)
            print(format == .json ? try dump.json() : dump.text(), terminator: "")
        } catch let error as ResolutionGraphError {
            printError("resgraph: \(error)")
            throw Exit.inputFailed
        }
    }
}
