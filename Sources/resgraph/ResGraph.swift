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
              5   push, query: the triple store could not be reached (after retries) or refused a request
              64  usage error (unknown option, bad value)

            Credentials for push and query (never printed or logged): RESGRAPH_SPARQL_TOKEN (bearer), or \
            RESGRAPH_SPARQL_USER and RESGRAPH_SPARQL_PASSWORD (basic), or a netrc file (--netrc FILE, else ~/.netrc).
            """,
        subcommands: [ExportCommand.self, EntitiesCommand.self, RelationsCommand.self, StatsCommand.self, ReportCommand.self, InspectCommand.self,
                      PushCommand.self, QueryCommand.self],
        defaultSubcommand: ExportCommand.self
    )
}
