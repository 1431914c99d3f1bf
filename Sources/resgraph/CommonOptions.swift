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
}

/// Exit codes, documented in `resgraph --help` and the README.
enum Exit {
    static let inputFailed = ExitCode(1)
    static let outputFailed = ExitCode(3)
    static let ontologyFailed = ExitCode(4)
}

/// Prints to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Loads the pipeline, reporting a vocabulary problem as exit code 4.
func makePipeline(_ options: CommonOptions) throws -> Pipeline {
    do {
        let folder = try ResourceLocator.ontologyFolder(explicit: options.ontology)
        return Pipeline(vocabulary: try Vocabulary.load(from: folder))
    } catch let error as ResolutionGraphError {
        printError("resgraph: \(error)")
        throw Exit.ontologyFailed
    }
}

/// Reads and processes each input, printing one line per failure. Throws exit code 1 when no input
/// could be processed; the caller decides what a partial failure means.
func processInputs(_ paths: [String], pipeline: Pipeline, options: CommonOptions) throws -> (documents: [LinkedDocument], failed: Int) {
    var documents = [LinkedDocument]()
    var failed = 0
    for path in paths {
        do {
            let source = try InputReader.read(path, limit: pipeline.ingester.maximumBytes)
            let linked = try pipeline.process(source)
            if options.verbose {
                for d in linked.document.diagnostics + linked.extracted.diagnostics { printError("\(path): \(d)") }
            }
            documents.append(linked)
        } catch let error as ResolutionGraphError {
            printError("resgraph: \(error)")
            failed += 1
        }
    }
    if documents.isEmpty { throw Exit.inputFailed }
    return (documents, failed)
}
