import ArgumentParser
import Foundation
import ResolutionGraph

/// Output formats of the listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the actors, instruments and themes found, with their mentions.",
        discussion: """
            One row per entity: kind, category, label and mention count. The JSON form lists every mention \
            with its document, paragraph (ppN, opN, opNa, fnN) and span in Unicode scalars.

            Example:
              resgraph entities resolution.txt --kind actor --format json
            """
    )

    @Argument(help: ArgumentHelp("Documents to read (default: the bundled sample).", valueName: "file"))
    var files: [String] = []

    @Option(help: "Only this kind: actor, instrument or theme.")
    var kind: EntityKind?

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        let listing = EntityListing(documents, kind: kind)
        switch format {
        case .table: print(listing.table(), terminator: "")
        case .json: print(try listing.json(), terminator: "")
        case .csv: print(listing.csv(), terminator: "")
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
            """
    )

    @Argument(help: ArgumentHelp("Documents to read (default: the bundled sample).", valueName: "file"))
    var files: [String] = []

    @Option(help: "Only this relation or verb lemma (urge, call-upon, supplements, …).")
    var relation: String?

    @Option(help: "table, json or csv.")
    var format: ListingFormat = .table

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        let listing = RelationListing(documents, relation: relation)
        switch format {
        case .table: print(listing.table(), terminator: "")
        case .json: print(try listing.json(), terminator: "")
        case .csv: print(listing.csv(), terminator: "")
        }
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
