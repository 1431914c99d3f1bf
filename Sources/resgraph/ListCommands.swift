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
