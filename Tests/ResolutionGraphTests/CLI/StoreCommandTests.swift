import Foundation
import Testing
@testable import ResolutionGraph

/// `push` and `query` against a scripted fake store: the failure paths (server down, 401, 500 then
/// success, 400 on a bad query), and no secret ever printed.
@Suite("CLI: push and query failures", .serialized)
struct StoreCommandTests {
    static let password = "s3cr3t-Pa55word"
    static let token = "tok-7f3a9c-never-shown"
    static let basic = ["RESGRAPH_SPARQL_USER": "alice", "RESGRAPH_SPARQL_PASSWORD": password]
    /// Fast retries: the waits themselves are not what is tested.
    static let fast = ["--retry-wait", "0.01"]

    /// The sample's triples: the lines of its committed N-Triples export (the golden).
    static func sampleTriples() throws -> Int {
        try String(contentsOf: TestSupport.output.appendingPathComponent("A_C.3_73_L.7.nt"), encoding: .utf8)
            .split(separator: "\n").count
    }

    struct Request: Decodable {
        var method: String
        var path: String
        var status: Int
        var headers: [String: String]
    }

    func requests(_ log: URL) throws -> [Request] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }

    func expectNoSecret(_ run: TestSupport.Run) {
        let both = run.stdout + run.stderr
        for secret in [Self.password, Self.token, Data("alice:\(Self.password)".utf8).base64EncodedString()] {
            #expect(!both.contains(secret), "a secret was printed:\n\(both)")
        }
    }

    @Test func aServerThatIsDownIsRetriedThenReported() throws {
        let port = try BackgroundServer.freePort()
        let run = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "http://alice:\(Self.password)@127.0.0.1:\(port)/store",
                                            "--retries", "3"] + Self.fast)
        #expect(run.status == 5, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("connection refused"), "\(run.stderr)")
        #expect(run.stderr.contains("(3 attempts)"), "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "retrying in").count - 1 == 2, "\(run.stderr)")
        #expect(run.stderr.contains("http://127.0.0.1:\(port)/store"))
        expectNoSecret(run)
    }

    @Test func unauthorizedIsNotRetriedAndShowsNoCredentials() throws {
        let dir = try TestSupport.temporaryFolder("fake-401")
        let (server, log) = try BackgroundServer.fakeStore(script: [401], folder: dir)
        defer { server.stop() }
        let run = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "\(server.url)/store", "--verbose"] + Self.fast,
                                           environment: Self.basic)
        #expect(run.status == 5, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("HTTP 401"), "\(run.stderr)")
        #expect(run.stderr.contains("RESGRAPH_SPARQL_USER"), "the message says where credentials come from")
        let sent = try requests(log)
        #expect(sent.count == 1, "a 401 is not retried")
        #expect(sent.first?.headers["Authorization"]?.hasPrefix("Basic ") == true, "credentials were sent")
        expectNoSecret(run)
    }

    @Test func aServerErrorIsRetriedUntilItSucceeds() throws {
        let dir = try TestSupport.temporaryFolder("fake-500")
        let (server, log) = try BackgroundServer.fakeStore(script: [500, 503, 204], folder: dir)
        defer { server.stop() }
        let run = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "\(server.url)/store"] + Self.fast,
                                           environment: ["RESGRAPH_SPARQL_TOKEN": Self.token])
        #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("HTTP 500; retrying") && run.stderr.contains("HTTP 503; retrying"), "\(run.stderr)")
        #expect(run.stdout.contains("pushed \(try Self.sampleTriples()) triples in 1 graph (1 request)"), "\(run.stdout)")
        let sent = try requests(log)
        #expect(sent.map(\.status) == [500, 503, 204])
        #expect(sent.allSatisfy { $0.method == "PUT" && $0.headers["Authorization"] == "Bearer \(Self.token)" })
        #expect(sent.allSatisfy { $0.path.hasPrefix("/store?graph=https%3A%2F%2Fw3id.org%2Fresgraph%2Fid%2Fgraph%2Fdocument%2FA%252FC.3%252F73%252FL.7") })
        expectNoSecret(run)
    }

    @Test func aServerThatKeepsFailingIsReportedWithItsMessage() throws {
        let dir = try TestSupport.temporaryFolder("fake-500s")
        let (server, log) = try BackgroundServer.fakeStore(script: [500], folder: dir)
        defer { server.stop() }
        let run = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "\(server.url)/store", "--retries", "2"] + Self.fast,
                                           environment: Self.basic)
        #expect(run.status == 5, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("HTTP 500 ") && run.stderr.contains("scripted failure") && run.stderr.contains("(2 attempts)"), "\(run.stderr)")
        #expect(run.stderr.contains("Authorization: Basic ***"), "the echoed header is scrubbed: \(run.stderr)")
        #expect(try requests(log).count == 2)
        expectNoSecret(run)
    }

    @Test func aRejectedQueryPrintsTheServersMessage() throws {
        let dir = try TestSupport.temporaryFolder("fake-400")
        let (server, _) = try BackgroundServer.fakeStore(script: [400], folder: dir)
        defer { server.stop() }
        let query = dir.appendingPathComponent("q.rq")
        try "SELECT * WHERE { ?s ?p }".write(to: query, atomically: true, encoding: .utf8)
        let run = try TestSupport.resgraph(["query", query.path, "--endpoint", "\(server.url)/query"] + Self.fast, environment: Self.basic)
        #expect(run.status == 5, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("HTTP 400") && run.stderr.contains("scripted failure"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "no retry for a 4xx: \(run.stderr)")
        expectNoSecret(run)
    }

    @Test func queryResultsPrintAsTableCSVAndJSON() throws {
        let dir = try TestSupport.temporaryFolder("fake-query")
        let results = dir.appendingPathComponent("results.json")
        try #"{"head":{"vars":["label","n"]},"results":{"bindings":[{"label":{"type":"literal","value":"Member States","xml:lang":"en"},"n":{"type":"literal","value":"9","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}"#
            .write(to: results, atomically: true, encoding: .utf8)
        let (server, log) = try BackgroundServer.fakeStore(script: [200], folder: dir, results: results)
        defer { server.stop() }
        let query = dir.appendingPathComponent("q.rq")
        try "SELECT ?label ?n WHERE { ?a ?b ?label }".write(to: query, atomically: true, encoding: .utf8)
        let table = try TestSupport.resgraph(["query", query.path, "--endpoint", "\(server.url)/query"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout == "label          n\n-------------  -\nMember States  9\n(1 row)\n")
        let csv = try TestSupport.resgraph(["query", query.path, "--endpoint", "\(server.url)/query", "--format", "csv"])
        #expect(csv.stdout == "label,n\r\nMember States,9\r\n")
        let json = try TestSupport.resgraph(["query", query.path, "--endpoint", "\(server.url)/query", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["head"] != nil)
        let sent = try requests(log)
        #expect(sent.count == 3 && sent.allSatisfy { $0.method == "POST" && $0.headers["Content-Type"]?.hasPrefix("application/sparql-query") == true
            && $0.headers["Accept"] == "application/sparql-results+json" })
    }

    @Test func largeGraphsGoInBatchesTheFirstReplacing() throws {
        let dir = try TestSupport.temporaryFolder("fake-batches")
        let (server, log) = try BackgroundServer.fakeStore(script: [204], folder: dir)
        defer { server.stop() }
        let perDocument = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "\(server.url)/store", "--batch-triples", "3000"])
        #expect(perDocument.status == 0, "\(perDocument.stderr)")
        #expect(perDocument.stdout.contains("pushed \(try Self.sampleTriples()) triples in 1 graph (\((try Self.sampleTriples() + 2_999) / 3_000) requests)"), "\(perDocument.stdout)")
        let single = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "\(server.url)/store", "--batch-triples", "5000",
                                               "--graph", "default", "--replace"])
        #expect(single.status == 0, "\(single.stderr)")
        let added = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "\(server.url)/store", "--graph", "https://example.org/g"])
        #expect(added.status == 0, "\(added.stderr)")
        let sent = try requests(log)
        // The batch counts follow the sample's size (the first batch of each push replaces, the rest add).
        let n = try Self.sampleTriples(), first = (n + 2_999) / 3_000, second = (n + 4_999) / 5_000
        #expect(first >= 3 && second >= 2, "the sample (\(n) triples) is too small to test batching")
        let batches = { (count: Int) in ["PUT"] + Array(repeating: "POST", count: count - 1) }
        #expect(sent.map(\.method) == batches(first) + batches(second) + ["POST"])
        #expect(sent.count == first + second + 1 && sent[first].path == "/store?default" && sent[first + 1].path == "/store?default")
        #expect(sent.last?.path == "/store?graph=https%3A%2F%2Fexample.org%2Fg")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let run = try TestSupport.resgraph(["push", TestSupport.sample.path, "--endpoint", "ftp://bob:\(Self.password)@example.org/"])
        #expect(run.status == 64, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("not an http:// or https:// URL"))
        expectNoSecret(run)
        let graph = try TestSupport.resgraph(["push", "--endpoint", "http://127.0.0.1:1/store", "--graph", "not an iri"])
        #expect(graph.status == 64)
    }

    @Test(arguments: ["push", "query"])
    func storeCommandsHaveHelpWithAnExample(_ command: String) throws {
        let run = try TestSupport.resgraph([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example") && run.stdout.contains("Exit codes") && run.stdout.contains("5 the store"))
    }
}
