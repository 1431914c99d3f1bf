import Foundation
@testable import ResolutionGraph

/// Paths and shared objects for the tests. Fixtures live in `Tests/Fixtures`, found via `#filePath`
/// so the tests pass from any working directory and on a clone without `../shared`.
enum TestSupport {
    /// The repository root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    static let ontology = root.appendingPathComponent("Ontology")
    static let output = root.appendingPathComponent("Output")

    /// The bundled sample resolution's fixture copy.
    static let sample = fixtures.appendingPathComponent("A_C.3_73_L.7.txt")

    private static let vocabularyResult = Result { try Vocabulary.load(from: ontology) }
    private static let pipelineResult = vocabularyResult.map { Pipeline(vocabulary: $0) }
    private static let sampleResult = Result { try pipelineResult.get().process(try source(sample)) }

    /// The real vocabulary, loaded once.
    static func vocabulary() throws -> Vocabulary { try vocabularyResult.get() }

    /// A pipeline over the real vocabulary, built once.
    static func pipeline() throws -> Pipeline { try pipelineResult.get() }

    /// The sample, processed once.
    static func linkedSample() throws -> LinkedDocument { try sampleResult.get() }

    static func source(_ url: URL) throws -> SourceDocument {
        SourceDocument(name: url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url)))
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String = "resgraph-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The built `resgraph` executable, next to the test bundle.
    static var executable: URL {
        var candidates = [URL]()
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("resgraph")) }
        for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("resgraph")) }
        candidates.append(root.appendingPathComponent(".build/debug/resgraph"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// The result of running a process.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a program and collects its output (stdin is empty).
    static func run(_ program: String, _ arguments: [String], cwd: URL? = nil, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently with waiting, so a large output cannot block the child.
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `resgraph` with arguments.
    static func resgraph(_ arguments: [String], cwd: URL? = nil, environment: [String: String]? = nil) throws -> Run {
        try run(executable.path, arguments, cwd: cwd, environment: environment)
    }

    /// Runs one of the Python interop checkers in `Tests/Interop`.
    static func interop(_ script: String, _ arguments: [String]) throws -> Run {
        try run("/usr/bin/env", ["python3", root.appendingPathComponent("Tests/Interop/\(script)").path] + arguments)
    }
}
