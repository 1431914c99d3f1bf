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

            Exit codes:
              0   success: every input was read and every output written
              1   some inputs failed (each named on stderr); the rest were still processed
              3   an output could not be written
              4   the vocabulary or ontology is missing or malformed
              64  usage error (unknown option, bad value)
            """,
        subcommands: [ExportCommand.self, EntitiesCommand.self, RelationsCommand.self, StatsCommand.self, ReportCommand.self, InspectCommand.self],
        defaultSubcommand: ExportCommand.self
    )
}
