import ArgumentParser
import Foundation
import ResolutionGraph

@main
struct ResGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resgraph",
        abstract: "Turn United Nations resolutions into a knowledge graph of actors, instruments, themes and actions.",
        discussion: """
            With no arguments, exports the bundled sample resolution (draft A/C.3/73/L.7, "Trafficking in \
            women and girls") to Output/ as RDF/XML, GraphML and DOT, and prints a summary.

            Exit codes: 0 success; 1 an input could not be read as a document (the others are still exported); \
            3 an output could not be written; 4 the vocabulary or ontology is missing or malformed; 64 usage error.
            """,
        subcommands: [ExportCommand.self, EntitiesCommand.self, RelationsCommand.self, InspectCommand.self],
        defaultSubcommand: ExportCommand.self
    )
}
