import Foundation
@testable import ResolutionGraph
#if canImport(Glibc)
import Glibc
#endif

/// Servers the store tests start and stop themselves: a real Oxigraph, and the scripted fake store of
/// `Tests/Interop/fake_store.py`.
final class BackgroundServer: @unchecked Sendable {
    let process: Process
    let port: Int

    private init(_ process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    deinit { stop() }

    /// Whether ``stop()`` asks first (SIGTERM, then SIGKILL after two seconds) or kills at once.
    private var graceful = true

    /// Stops the server. (A child of the test process may have SIGTERM blocked: hence the SIGKILL.)
    func stop() {
        guard process.isRunning else { return }
        if graceful { process.terminate() }
        for _ in 0..<(graceful ? 40 : 0) where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// The fake store, answering the statuses of `script` in turn (the last one repeats).
    static func fakeStore(script: [Int], folder: URL, results: URL? = nil) throws -> (BackgroundServer, log: URL) {
        let requests = folder.appendingPathComponent("requests.jsonl")
        let probe = Pipe()
        // The script picks its own free port and says which on its first line.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", TestSupport.root.appendingPathComponent("Tests/Interop/fake_store.py").path,
                         "--script", script.map(String.init).joined(separator: ","), "--log", requests.path]
        if let results { arguments += ["--results", results.path] }
        process.arguments = arguments
        process.standardOutput = probe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = probe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw TestFailure("fake_store.py did not start: \(text)")
        }
        let server = BackgroundServer(process, port: port)
        server.graceful = false // a disposable fake
        return (server, requests)
    }

    /// A real Oxigraph server on a free port, its data in `folder`, with the union of the named graphs
    /// as default graph (so the example queries see every pushed graph). Returns when it answers.
    static func oxigraph(folder: URL) throws -> BackgroundServer {
        guard let program = which("oxigraph") else {
            throw TestFailure("oxigraph is not installed: python3 -m pip install -r Tests/Interop/requirements.txt (the PyPI package oxigraph gives the server)")
        }
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["serve", "--location", folder.appendingPathComponent("db").path, "--bind", "127.0.0.1:\(port)", "--union-default-graph"]
        let log = folder.appendingPathComponent("oxigraph.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let server = BackgroundServer(process, port: port)
        // Wait until it answers a query (bounded: about a minute), through the library's own retries.
        let connection = StoreConnection(retry: RetryPolicy(attempts: 120, initialDelay: 0.5, maximumDelay: 0.5), timeout: 10)
        _ = try connection.send(method: "POST", url: URL(string: "\(server.url)/query")!,
                                headers: ["Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"],
                                body: Data("ASK { ?s ?p ?o }".utf8))
        return server
    }

    /// A TCP port nothing listens on at the moment of asking.
    static func freePort() throws -> Int {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw TestFailure("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw TestFailure("cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
