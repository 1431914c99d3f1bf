import Foundation
import Testing
@testable import ResolutionGraph

/// The pieces of the store clients that need no server: credentials, URLs, retries, query forms and
/// result tables.
@Suite("Store: clients")
struct StoreClientTests {
    let endpoint = URL(string: "https://store.example.org:3030/ds/data")!

    @Test func netrcEntriesAreFoundByHostThenDefault() {
        let netrc = Netrc.parse("""
            # a comment
            machine other.example.org login x password y
            machine STORE.example.org
              login alice
              password "not-quoted-in-netrc"
            macdef init
            cd /pub
            bin

            default login anonymous password guest
            """)
        #expect(netrc.entry(for: "store.example.org")?.login == "alice")
        #expect(netrc.entry(for: "store.example.org")?.password == "\"not-quoted-in-netrc\"")
        #expect(netrc.entry(for: "elsewhere.org")?.login == "anonymous")
        #expect(netrc.entries.count == 3)
    }

    @Test func credentialsComeFromTheEnvironmentFirst() throws {
        let token = try Credentials.resolve(environment: ["RESGRAPH_SPARQL_TOKEN": "t0ken", "RESGRAPH_SPARQL_USER": "u", "RESGRAPH_SPARQL_PASSWORD": "p"],
                                            netrcPath: nil, endpoint: endpoint)
        #expect(token?.authorizationHeader == "Bearer t0ken")
        let basic = try Credentials.resolve(environment: ["RESGRAPH_SPARQL_USER": "alice", "RESGRAPH_SPARQL_PASSWORD": "s3cret", "HOME": "/nonexistent"],
                                            netrcPath: nil, endpoint: endpoint)
        #expect(basic?.authorizationHeader == "Basic " + Data("alice:s3cret".utf8).base64EncodedString())
        #expect(throws: StoreError.self) {
            try Credentials.resolve(environment: ["RESGRAPH_SPARQL_USER": "alice"], netrcPath: nil, endpoint: endpoint)
        }
        #expect(try Credentials.resolve(environment: ["HOME": "/nonexistent"], netrcPath: nil, endpoint: endpoint) == nil)
    }

    @Test func credentialsComeFromANetrcFile() throws {
        let dir = try TestSupport.temporaryFolder()
        let path = dir.appendingPathComponent("netrc").path
        try "machine store.example.org login bob password pa55word\n".write(toFile: path, atomically: true, encoding: .utf8)
        let c = try #require(try Credentials.resolve(environment: [:], netrcPath: path, endpoint: endpoint))
        #expect(c.kind == .basic(user: "bob", password: "pa55word"))
        #expect(!"\(c)".contains("pa55word") && !String(reflecting: c).contains("pa55word"))
        #expect(throws: StoreError.self) {
            try Credentials.resolve(environment: [:], netrcPath: dir.appendingPathComponent("missing").path, endpoint: endpoint)
        }
    }

    @Test func secretsAreScrubbedFromAnyText() {
        let c = Credentials(.basic(user: "alice", password: "p@ss word"), source: "test")
        let header = c.authorizationHeader
        let text = "echo: Authorization: \(header); password=p@ss word; url=p%40ss%20word"
        let scrubbed = c.scrub(text)
        #expect(!scrubbed.contains("p@ss word") && !scrubbed.contains(String(header.dropFirst(6))) && !scrubbed.contains("p%40ss%20word"))
    }

    @Test func urlsAreShownWithoutUserInformation() throws {
        let url = try StoreURL.endpoint("https://bob:hunter2@store.example.org/ds/data")
        #expect(StoreURL.redacted(url) == "https://store.example.org/ds/data")
        #expect(throws: StoreError.self) { try StoreURL.endpoint("ftp://bob:hunter2@store.example.org/") }
        do {
            _ = try StoreURL.endpoint("ftp://bob:hunter2@store.example.org/")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }

    @Test func graphStoreURLsEncodeTheGraphIRI() {
        let client = GraphStoreClient(endpoint: URL(string: "http://localhost:7878/store")!, connection: StoreConnection())
        #expect(client.url(for: .named("https://w3id.org/resgraph/id/graph/document/A%2FC.3%2F73%2FL.7")).absoluteString
                == "http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fresgraph%2Fid%2Fgraph%2Fdocument%2FA%252FC.3%252F73%252FL.7")
        #expect(client.url(for: .defaultGraph).absoluteString == "http://localhost:7878/store?default")
    }

    @Test func retriesBackOffExponentially() {
        let policy = RetryPolicy(attempts: 6, initialDelay: 0.5, maximumDelay: 3)
        #expect((1...5).map(policy.delay(afterAttempt:)) == [0.5, 1, 2, 3, 3])
    }

    @Test func theQueryFormIsReadAfterThePrologue() {
        #expect(SPARQLQueryForm.of("# SELECT in a comment\nPREFIX rg: <https://w3id.org/resgraph/ontology#>\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }") == .construct)
        #expect(SPARQLQueryForm.of("BASE <http://x/ask#>\nASK { ?s ?p ?o }") == .ask)
        #expect(SPARQLQueryForm.of("PREFIX describe: <urn:x>\nSELECT * { ?s ?p ?o }") == .select)
        #expect(SPARQLQueryForm.of(try! String(contentsOf: TestSupport.ontology.appendingPathComponent("queries/who-is-urged-to-ratify-what.rq"), encoding: .utf8)) == .select)
    }

    @Test func selectResultsPrintAsAlignedTablesAndCSV() throws {
        let json = """
            {"head": {"vars": ["who", "n"]}, "results": {"bindings": [
              {"who": {"type": "uri", "value": "https://w3id.org/resgraph/id/actor/unodc"}, "n": {"type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
              {"who": {"type": "literal", "value": "Member States, \\"all\\"", "xml:lang": "en"}}]}}
            """
        let results = try JSONDecoder().decode(SPARQLResults.self, from: Data(json.utf8))
        #expect(SPARQLResultsFormatter.table(results) == """
            who                                       n
            ----------------------------------------  -
            https://w3id.org/resgraph/id/actor/unodc  2
            Member States, "all"                      
            (2 rows)

            """)
        #expect(SPARQLResultsFormatter.csv(results) == "who,n\r\nhttps://w3id.org/resgraph/id/actor/unodc,2\r\n\"Member States, \"\"all\"\"\",\r\n")
        #expect(SPARQLResultsFormatter.table(results, width: 10).contains("https://w…"))
    }
}
