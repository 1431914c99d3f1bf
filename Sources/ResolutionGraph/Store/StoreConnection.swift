import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A failure talking to a triple store. Messages never hold credentials: URLs are shown without their
/// user information, and anything the server sends back is scrubbed of the secrets in use.
public enum StoreError: Error, Sendable, Equatable {
    /// The store could not be reached (connection refused, timed out, reset) after every attempt.
    case unreachable(url: String, reason: String, attempts: Int)
    /// The store answered with an error status (the last one, after retries for 5xx).
    case http(url: String, status: Int, message: String, attempts: Int)
    /// The store answered something resgraph cannot read (not SPARQL results JSON, say).
    case unexpectedResponse(url: String, reason: String)
    /// A bad endpoint URL, credentials file or option.
    case configuration(String)
}

extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreachable(let url, let reason, let attempts):
            return "\(url): cannot reach the store: \(reason)\(attempts > 1 ? " (\(attempts) attempts)" : "")"
        case .http(let url, let status, let message, let attempts):
            let hint: String
            switch status {
            case 401: hint = " (check RESGRAPH_SPARQL_USER / RESGRAPH_SPARQL_PASSWORD, RESGRAPH_SPARQL_TOKEN or the netrc file)"
            case 403: hint = " (the credentials are not allowed to do this)"
            case 404: hint = " (is this the right endpoint URL for the store?)"
            default: hint = ""
            }
            let reason = HTTPURLResponse.localizedString(forStatusCode: status)
            return "\(url): HTTP \(status) \(reason)\(hint)\(message.isEmpty ? "" : ": " + message)\(attempts > 1 ? " (\(attempts) attempts)" : "")"
        case .unexpectedResponse(let url, let reason):
            return "\(url): unexpected response: \(reason)"
        case .configuration(let message):
            return message
        }
    }
}

/// When and how long to wait before trying a request again: connection refused, timeouts and 5xx
/// answers are retried with exponential backoff (`initialDelay`, then twice as long each time, at most
/// `maximumDelay`); 4xx answers are not.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var attempts: Int
    public var initialDelay: TimeInterval
    public var maximumDelay: TimeInterval

    public init(attempts: Int = 5, initialDelay: TimeInterval = 1, maximumDelay: TimeInterval = 30) {
        self.attempts = max(1, attempts)
        self.initialDelay = max(0, initialDelay)
        self.maximumDelay = max(self.initialDelay, maximumDelay)
    }

    /// The wait before attempt `n + 1` (n ≥ 1).
    public func delay(afterAttempt n: Int) -> TimeInterval {
        min(maximumDelay, initialDelay * pow(2, Double(max(0, n - 1))))
    }
}

/// One HTTP exchange with a store, through Foundation's URLSession, retried by a ``RetryPolicy``.
/// Synchronous: the command line sends one request at a time.
public struct StoreConnection: Sendable {
    public var credentials: Credentials?
    public var retry: RetryPolicy
    public var timeout: TimeInterval
    /// Called before each retry with the attempt that failed, the reason, and the wait (for `--verbose`).
    public var onRetry: (@Sendable (_ attempt: Int, _ reason: String, _ wait: TimeInterval) -> Void)?

    public init(credentials: Credentials? = nil, retry: RetryPolicy = RetryPolicy(), timeout: TimeInterval = 60,
                onRetry: (@Sendable (Int, String, TimeInterval) -> Void)? = nil) {
        self.credentials = credentials
        self.retry = retry
        self.timeout = timeout
        self.onRetry = onRetry
    }

    /// The answer to a request: status, media type and body.
    public struct Response: Sendable {
        public var status: Int
        public var contentType: String?
        public var body: Data
    }

    /// Sends a request and returns a 2xx answer; throws ``StoreError`` otherwise.
    /// `shownAs` names the request in messages (default: the URL without user information).
    public func send(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil, shownAs: String? = nil) throws -> Response {
        var request = URLRequest(url: StoreURL.withoutUserInfo(url), cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let authorization = credentials?.authorizationHeader { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        request.httpBody = body
        let shown = scrub(shownAs ?? StoreURL.redacted(url))
        var attempt = 0
        while true {
            attempt += 1
            let outcome = perform(request)
            let transient: String
            switch outcome {
            case .failure(let error):
                guard Self.isTransient(error) else {
                    throw StoreError.unreachable(url: shown, reason: scrub(Self.describe(error)), attempts: attempt)
                }
                transient = Self.describe(error)
                if attempt >= retry.attempts { throw StoreError.unreachable(url: shown, reason: scrub(transient), attempts: attempt) }
            case .success(let response):
                if (200..<300).contains(response.status) { return response }
                let message = scrub(Self.serverMessage(response.body))
                guard response.status >= 500, attempt < retry.attempts else {
                    throw StoreError.http(url: shown, status: response.status, message: message, attempts: attempt)
                }
                transient = "HTTP \(response.status)"
            }
            let wait = retry.delay(afterAttempt: attempt)
            onRetry?(attempt, scrub(transient), wait)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
    }

    /// Replaces every secret of the credentials in `text` (a server may echo a request back).
    public func scrub(_ text: String) -> String {
        credentials?.scrub(text) ?? text
    }

    private func makeSession() -> (URLSession, ChallengeDeclined) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCredentialStorage = nil
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = timeout
        let delegate = ChallengeDeclined()
        return (URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil), delegate)
    }

    /// Answers an authentication challenge (a 401 or 407 with `WWW-Authenticate`) by cancelling it and
    /// keeping the response, which ``perform(_:)`` then returns as the answer. The credentials are in the
    /// `Authorization` header of every request already; Foundation on Linux would otherwise wait forever
    /// (no default handling) or drop the status (`rejectProtectionSpace` cancels the task).
    private final class ChallengeDeclined: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        private let lock = NSLock()
        private var response: HTTPURLResponse?

        var challengeResponse: HTTPURLResponse? {
            lock.lock()
            defer { lock.unlock() }
            return response
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
            lock.lock()
            response = challenge.failureResponse as? HTTPURLResponse
            lock.unlock()
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }

    /// The longest server message kept (characters); the rest is cut with "…".
    public static let messageLimit = 400

    /// The server's error text on one line: markup removed, white space collapsed, cut at ``messageLimit``.
    static func serverMessage(_ body: Data) -> String {
        var text = String(decoding: body.prefix(64 * 1024), as: UTF8.self)
        if text.contains("<") {
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        }
        text = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        if text.count > messageLimit { text = String(text.prefix(messageLimit)) + "…" }
        return text
    }

    private final class Box: @unchecked Sendable {
        var result: Result<Response, any Error> = .failure(URLError(.unknown))
    }

    private func perform(_ request: URLRequest) -> Result<Response, any Error> {
        let (session, delegate) = makeSession()
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else if let http = response as? HTTPURLResponse {
                box.result = .success(Response(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: data ?? Data()))
            } else {
                box.result = .failure(URLError(.badServerResponse))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        session.finishTasksAndInvalidate()
        if case .failure = box.result, let challenged = delegate.challengeResponse {
            return .success(Response(status: challenged.statusCode, contentType: nil, body: Data()))
        }
        return box.result
    }

    private static func isTransient(_ error: any Error) -> Bool {
        guard let error = error as? URLError else { return false }
        switch error.code {
        case .cannotConnectToHost, .timedOut, .networkConnectionLost, .notConnectedToInternet, .dnsLookupFailed,
             .cannotLoadFromNetwork, .resourceUnavailable, .badServerResponse, .zeroByteResource, .cannotParseResponse:
            return true
        default:
            return false
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return "\(type(of: error))" }
        switch error.code {
        case .cannotConnectToHost: return "connection refused (is the store running and listening there?)"
        case .timedOut: return "timed out"
        case .networkConnectionLost: return "connection lost"
        case .cannotFindHost, .dnsLookupFailed: return "unknown host"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return "TLS handshake failed (certificate not trusted?)"
        case .unsupportedURL: return "unsupported URL (use http:// or https://)"
        case .badServerResponse, .cannotParseResponse, .zeroByteResource: return "the server closed the connection without a valid HTTP answer"
        default: return "network error \(error.code.rawValue)"
        }
    }
}

/// Endpoint URLs as shown to users: without user information.
public enum StoreURL {
    /// `http://user:secret@host/x` → `http://host/x`.
    public static func withoutUserInfo(_ url: URL) -> URL {
        guard var c = URLComponents(url: url, resolvingAgainstBaseURL: false), c.user != nil || c.password != nil else { return url }
        c.user = nil
        c.password = nil
        return c.url ?? url
    }

    /// The URL as text, without user information.
    public static func redacted(_ url: URL) -> String { withoutUserInfo(url).absoluteString }

    /// Parses an endpoint: an absolute http or https URL.
    public static func endpoint(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            // The text may hold a password: show it without its user information when it parses at all.
            let shown = URL(string: text).map(redacted) ?? "the given URL"
            throw StoreError.configuration("--endpoint: \(shown) is not an http:// or https:// URL")
        }
        return url
    }
}
