import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The graph a request is about: the default graph (`?default`) or a named graph (`?graph=IRI`).
public enum GraphTarget: Sendable, Hashable, CustomStringConvertible {
    case defaultGraph
    case named(String)

    public var description: String {
        switch self {
        case .defaultGraph: return "the default graph"
        case .named(let iri): return "<\(iri)>"
        }
    }
}

/// A client of the SPARQL 1.1 Graph Store HTTP Protocol (indirect identification): `PUT` replaces a
/// graph with the N-Triples sent, `POST` adds them (RDF merge: a triple already there is not doubled).
///
/// Endpoints: Oxigraph `http://HOST:7878/store`, Apache Jena Fuseki `http://HOST:3030/DATASET/data`,
/// GraphDB `http://HOST:7200/repositories/REPO/rdf-graphs/service`.
public struct GraphStoreClient: Sendable {
    public var endpoint: URL
    public var connection: StoreConnection

    public init(endpoint: URL, connection: StoreConnection) {
        self.endpoint = endpoint
        self.connection = connection
    }

    /// Replaces `target` with `ntriples`.
    public func put(_ ntriples: Data, into target: GraphTarget) throws {
        _ = try connection.send(method: "PUT", url: url(for: target), headers: ["Content-Type": "application/n-triples"], body: ntriples,
                                shownAs: "PUT \(StoreURL.redacted(endpoint)) \(target)")
    }

    /// Adds `ntriples` to `target` (created when missing).
    public func post(_ ntriples: Data, into target: GraphTarget) throws {
        _ = try connection.send(method: "POST", url: url(for: target), headers: ["Content-Type": "application/n-triples"], body: ntriples,
                                shownAs: "POST \(StoreURL.redacted(endpoint)) \(target)")
    }

    /// `endpoint?graph=IRI` (the IRI percent-encoded as a query value) or `endpoint?default`.
    public func url(for target: GraphTarget) -> URL {
        var c = URLComponents(url: endpoint, resolvingAgainstBaseURL: false)!
        var query = c.percentEncodedQuery.map { $0 + "&" } ?? ""
        switch target {
        case .defaultGraph: query += "default"
        case .named(let iri): query += "graph=" + (iri.addingPercentEncoding(withAllowedCharacters: Self.queryValue) ?? iri)
        }
        c.percentEncodedQuery = query
        return c.url!
    }

    /// Unreserved characters only: everything else in an IRI is percent-encoded in the query value.
    private static let queryValue = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
