import ArgumentParser
import Foundation
import ResolutionGraph

/// Options of the commands that talk to a triple store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store's endpoint URL (push: its Graph Store Protocol endpoint; query: its SPARQL query endpoint).", valueName: "url"))
    var endpoint: String

    @Option(name: .long, help: ArgumentHelp("netrc-style file with the credentials (`machine HOST login USER password PW`); default ~/.netrc when it exists.", valueName: "file"))
    var netrc: String?

    @Option(name: .long, help: ArgumentHelp("Attempts per request when the store is unreachable, times out or answers 5xx (default 5).", valueName: "n"))
    var retries = 5

    @Option(name: .long, help: ArgumentHelp("Seconds to wait before the first retry; doubled each time, at most 30 (default 1).", valueName: "seconds"))
    var retryWait: Double = 1

    @Option(name: .long, help: ArgumentHelp("Seconds before a request times out (default 60).", valueName: "seconds"))
    var timeout: Double = 60

    func validate() throws {
        if retries < 1 { throw ValidationError("--retries must be at least 1") }
        if retryWait < 0 { throw ValidationError("--retry-wait cannot be negative") }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
    }

    /// The endpoint URL and a connection with the credentials found (see ``Credentials``); a bad URL or
    /// credentials file is a usage error, reported without any secret.
    func connect(verbose: Bool, quiet: Bool) throws -> (URL, StoreConnection) {
        do {
            let url = try StoreURL.endpoint(endpoint)
            let credentials = try Credentials.resolve(environment: ProcessInfo.processInfo.environment, netrcPath: netrc, endpoint: url)
            if let credentials {
                if verbose { printError("resgraph: using \(credentials)") }
                if url.scheme?.lowercased() == "http", !quiet, !Self.isLoopback(url.host ?? "") {
                    printError("resgraph: warning: sending credentials over plain http to \(url.host ?? ""); use https")
                }
            }
            let shown = StoreURL.redacted(url)
            let attempts = retries
            let note: @Sendable (Int, String, TimeInterval) -> Void = { attempt, reason, wait in
                printError("resgraph: \(shown): \(reason); retrying in \(String(format: "%.1f", wait)) s (attempt \(attempt + 1) of \(attempts))")
            }
            let connection = StoreConnection(credentials: credentials, retry: RetryPolicy(attempts: retries, initialDelay: retryWait),
                                             timeout: timeout, onRetry: quiet ? nil : note)
            return (url, connection)
        } catch let error as StoreError {
            printError("resgraph: \(error)")
            throw ExitCode.validationFailure
        }
    }

    private static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]"
    }
}

struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send the graph of documents to a triple store (SPARQL 1.1 Graph Store HTTP Protocol).",
        discussion: """
            Layout: one named graph per document, <BASE graph/document/SYMBOL> (percent-encoded symbol), \
            replaced on every push, so pushing one document again replaces exactly its triples; plus one \
            corpus graph, <BASE graph/corpus>, for what only a run over several documents knows (the \
            cites-document links between them), added to unless --replace. The union of the named graphs \
            is exactly the merged N-Triples export of the same inputs. --graph IRI puts everything in one \
            graph instead (--graph default: the default graph), added to unless --replace. Large graphs go \
            in batches of --batch-triples triples: the first replaces the graph, the others add to it.

            Parts of a corpus pushed by separate runs (on separate machines) make up the graph of the whole \
            when each run gets the corpus's symbols (--corpus-symbols, from resgraph stats corpus/ --symbols): \
            the links with documents of other parts go into the corpus graph, which each run \
            adds to (so do not use --replace then).

            Endpoints: Oxigraph http://HOST:7878/store; Fuseki http://HOST:3030/DATASET/data; GraphDB \
            http://HOST:7200/repositories/REPO/rdf-graphs/service.

            Credentials: RESGRAPH_SPARQL_TOKEN (bearer), or RESGRAPH_SPARQL_USER and \
            RESGRAPH_SPARQL_PASSWORD (basic), or the netrc file (--netrc FILE, else ~/.netrc). They are never \
            printed. Connection refused, timeouts and 5xx answers are retried (--retries, --retry-wait, \
            doubling); 4xx answers are not, and the server's message is printed.

            Exit codes: 0 success; 1 some inputs could not be read as documents (the others are pushed); \
            4 the vocabulary or ontology is missing or malformed; 5 the store could not be reached or refused \
            a request; 64 usage error.

            Example:
              resgraph push corpus/ --endpoint http://localhost:7878/store
              RESGRAPH_SPARQL_TOKEN=… resgraph push A_RES_77_194.xml --endpoint https://store.example.org/ds/data
            """
    )

    @Argument(help: ArgumentHelp("Documents or folders to read (default: the bundled sample).", valueName: "file|dir"))
    var files: [String] = []

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Put everything into this one named graph (or `default`: the default graph) instead of one graph per document.", valueName: "iri"))
    var graph: String?

    @Flag(name: .long, help: "Replace the --graph graph (or the corpus graph) instead of adding to it. Document graphs are always replaced.")
    var replace = false

    @Option(name: .long, help: ArgumentHelp("Most triples per request (default 100000).", valueName: "n"))
    var batchTriples = 100_000

    @Option(name: .long, help: ArgumentHelp("Namespace IRI for instance data (and graph names).", valueName: "iri"))
    var base = IRI.defaultBase

    @Option(name: .long, help: ArgumentHelp("The symbols of every document of the corpus, one a line (`resgraph stats --symbols`), when this run pushes one part of it: citations of documents of other parts (and drafts there) get their links.", valueName: "file"))
    var corpusSymbols: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try readCorpusSymbols(corpusSymbols)
        guard IRI.isValidAbsolute(base) else { throw ValidationError("--base must be an absolute IRI, got \(base)") }
        if let graph, graph != "default", !IRI.isValidAbsolute(graph) {
            throw ValidationError("--graph must be an absolute IRI or `default`, got \(graph)")
        }
        if batchTriples < 1 { throw ValidationError("--batch-triples must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let (url, connection) = try store.connect(verbose: common.verbose, quiet: common.quiet)
        let client = GraphStoreClient(endpoint: url, connection: connection)
        let pipeline = try makePipeline(common)
        let inputs = files.isEmpty ? [try ResourceLocator.sampleDocument().path] : files
        let (documents, failed) = try processInputs(inputs, pipeline: pipeline, options: common)
        let merged = pipeline.graph(documents, corpusSymbols: try readCorpusSymbols(corpusSymbols))
        let plan: NamedGraphLayout.Plan = graph.map { .singleGraph($0 == "default" ? .defaultGraph : .named($0)) } ?? .perDocument
        var graphs = Set<GraphTarget>(), requests = 0, triples = 0, leftOut = 0
        let verbose = common.verbose
        do {
            try NamedGraphLayout.forEachBatch(documents: documents, merged: merged, plan: plan, base: base, replace: replace,
                                              batchTriples: batchTriples) { batch in
                if verbose { printError("resgraph: \(batch.replace ? "PUT" : "POST") \(batch.target): \(batch.triples) triples") }
                if batch.replace { try client.put(batch.ntriples, into: batch.target) } else { try client.post(batch.ntriples, into: batch.target) }
                graphs.insert(batch.target)
                requests += 1
                triples += batch.triples
                leftOut += batch.leftOut
            }
        } catch let error as StoreError {
            printError("resgraph: \(error)")
            if requests > 0 { printError("resgraph: \(requests) requests had succeeded before this one; push again to complete") }
            throw Exit.storeFailed
        } catch let error as ResolutionGraphError {
            printError("resgraph: \(error)")
            throw Exit.outputFailed
        }
        if !common.quiet {
            if leftOut > 0 {
                printError("resgraph: note: \(leftOut) triples of documents read alone differ from the merged graph (a shared entity described differently) and were left out of their document graphs")
            }
            print("pushed \(triples) triples in \(graphs.count) graph\(graphs.count == 1 ? "" : "s") (\(requests) request\(requests == 1 ? "" : "s")) to \(StoreURL.redacted(url))")
            print("documents: \(documents.count) read, \(failed) failed, in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
        if failed > 0 { throw Exit.inputFailed }
    }
}

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL query against a store (SPARQL 1.1 Protocol) and print the results.",
        discussion: """
            SELECT results print as an aligned table (default), CSV or the SPARQL results JSON; ASK prints \
            true or false; CONSTRUCT and DESCRIBE print N-Triples. The queries in Ontology/queries/ run as \
            they are against a store loaded by `resgraph push` (they match triples in every named graph \
            when the store's default graph is their union, as with Oxigraph's --union-default-graph, \
            Fuseki's tdb:unionDefaultGraph or GraphDB; otherwise wrap the pattern in GRAPH ?g { … }).

            Endpoints: Oxigraph http://HOST:7878/query; Fuseki http://HOST:3030/DATASET/query; GraphDB \
            http://HOST:7200/repositories/REPO. Credentials and retries as for push.

            Exit codes: 0 success; 1 the query file could not be read; 5 the store could not be reached or \
            refused the query (a syntax error prints the store's 400 message); 64 usage error.

            Example:
              resgraph query --endpoint http://localhost:7878/query Ontology/queries/who-is-urged-to-ratify-what.rq
              echo 'ASK { ?s ?p ?o }' | resgraph query --endpoint http://localhost:7878/query -
            """
    )

    @Argument(help: ArgumentHelp("The query file, or - for standard input.", valueName: "query.rq|-"))
    var query: String

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "How SELECT results print: table, csv or json.")
    var format: ResultFormat = .table

    @Option(name: .long, help: ArgumentHelp("In a table, cut values longer than N characters (0: never; default 80).", valueName: "n"))
    var width = 80

    @Flag(name: .shortAndLong, help: "Print only errors (no retry notes).")
    var quiet = false

    @Flag(name: .long, help: "Say which credentials are used (never the secrets).")
    var verbose = false

    enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    func run() throws {
        let text: String
        if query == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: query) else {
                printError("resgraph: \(query): cannot read the query file")
                throw Exit.inputFailed
            }
            text = String(decoding: data, as: UTF8.self)
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            printError("resgraph: \(query == "-" ? "standard input" : query): the query is empty")
            throw Exit.inputFailed
        }
        let (url, connection) = try store.connect(verbose: verbose, quiet: quiet)
        let answer: SPARQLQueryClient.Answer
        do {
            answer = try SPARQLQueryClient(endpoint: url, connection: connection).run(text)
        } catch let error as StoreError {
            printError("resgraph: \(error)")
            throw Exit.storeFailed
        }
        let out = FileHandle.standardOutput
        switch answer {
        case .select(let results, let json):
            switch format {
            case .table: out.write(Data(SPARQLResultsFormatter.table(results, width: width).utf8))
            case .csv: out.write(Data(SPARQLResultsFormatter.csv(results).utf8))
            case .json: out.write(json); if json.last != UInt8(ascii: "\n") { out.write(Data("\n".utf8)) }
            }
        case .ask(let value, let json):
            if format == .json { out.write(json); out.write(Data("\n".utf8)) } else { print(value ? "true" : "false") }
        case .graph(let data, _):
            out.write(data)
        }
    }
}
