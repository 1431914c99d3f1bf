import Foundation
import Testing
@testable import ResolutionGraph

/// Issue 9, "no half files": an export killed mid-write (SIGKILL, SIGINT, SIGTERM) leaves every
/// previous output either as it was or replaced by a complete new file, never half written. After
/// SIGINT/SIGTERM no temporary file remains; after SIGKILL the next export removes the stale ones.
@Suite("CLI: interrupted export", .serialized)
struct InterruptedExportTests {
    static let formats = ["rdf", "graphml", "dot", "nt", "ttl"]
    static let copies = 40

    /// A corpus of `copies` distinct documents: the sample with its symbol changed in each.
    static let corpus = Result<URL, any Error>(catching: {
        let folder = try TestSupport.temporaryFolder("interrupt-corpus")
        let text = try String(contentsOf: TestSupport.sample, encoding: .utf8)
        for i in 0..<copies {
            let header = "United Nations\nA/C.3/73/L.\(100 + i)\n\nGeneral Assembly\n\n"
            try (header + text).write(to: folder.appendingPathComponent("doc\(i).txt"), atomically: false, encoding: .utf8)
        }
        return folder
    })

    /// The same export run to completion: what a complete new file looks like.
    static let reference = Result<URL, any Error>(catching: {
        let out = try TestSupport.temporaryFolder("interrupt-reference")
        let run = try TestSupport.run("/usr/bin/env", ["SWIFT_DETERMINISTIC_HASHING=1", TestSupport.executable.path,
            "export", try corpus.get().path, "-o", out.path, "--format", "all", "--name", "corpus", "-q", "--jobs", "2"])
        guard run.status == 0 else { throw ResolutionGraphError.output(out.path, reason: run.stderr) }
        return out
    })

    static let previous = Data("previous complete output\n".utf8)

    func hidden(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    /// Starts the export over existing outputs, sends `signal` as soon as a temporary file appears (the
    /// run is writing), and checks each final file is the previous one or the complete new one.
    func interrupt(with signal: Int32) throws -> (folder: String, status: Int32, reason: Process.TerminationReason) {
        let reference = try Self.reference.get()
        let out = try TestSupport.temporaryFolder("interrupt-out").path
        for ext in Self.formats { try Self.previous.write(to: URL(fileURLWithPath: "\(out)/corpus.\(ext)")) }

        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["export", try Self.corpus.get().path, "-o", out, "--format", "all", "--name", "corpus", "-q", "--jobs", "2"]
        // Deterministic hashing, as for the reference: this test is about half files, not about output
        // order (GraphML edge order once depended on hash order; determinism has its own tests).
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_DETERMINISTIC_HASHING": "1"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sent = false
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && Date() < deadline {
            if !hidden(out).isEmpty {
                kill(process.processIdentifier, signal)
                sent = true
                break
            }
            usleep(2_000)
        }
        if !sent { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(sent, "the export finished before a temporary file was seen; nothing was interrupted")

        for ext in Self.formats {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/corpus.\(ext)"))
            let complete = try Data(contentsOf: reference.appendingPathComponent("corpus.\(ext)"))
            #expect(data == Self.previous || data == complete, "corpus.\(ext) is neither the previous file nor a complete new one (\(data.count) bytes)")
        }
        let visible = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
        #expect(visible == Self.formats.map { "corpus.\($0)" }.sorted(), "\(visible)")
        return (out, process.terminationStatus, process.terminationReason)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalLeavesPreviousOutputsAndNoTemporaryFile(_ signal: Int32) throws {
        let (out, status, reason) = try interrupt(with: signal)
        #expect(reason == .uncaughtSignal && status == signal, "ended with \(reason) \(status)")
        #expect(hidden(out).isEmpty, "temporary files left: \(hidden(out))")
    }

    @Test func sigkillLeavesPreviousOutputsAndTheNextRunRemovesStaleTemporaryFiles() throws {
        let (out, status, reason) = try interrupt(with: SIGKILL)
        #expect(reason == .uncaughtSignal && status == SIGKILL)
        // SIGKILL cannot be handled, so its temporary file may stay; its process is gone, so the next
        // export into the folder removes it (and keeps other files).
        let next = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--format", "dot", "-q"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(hidden(out).isEmpty, "stale temporary files left: \(hidden(out))")
        #expect(FileManager.default.fileExists(atPath: out + "/corpus.rdf"))
    }

    /// A temporary file of a live process is never removed (another export may be writing it).
    @Test func temporaryFilesOfLiveProcessesAreKept() throws {
        let out = try TestSupport.temporaryFolder("interrupt-live").path
        let live = "\(out)/.corpus.rdf.\(getpid()).42.tmp"
        let dead = "\(out)/.corpus.rdf.2147483646.42.tmp"
        let other = "\(out)/.notes.tmp"
        for p in [live, dead, other] { _ = FileManager.default.createFile(atPath: p, contents: Data("x".utf8)) }
        #expect(AtomicFile.removeStaleTemporaryFiles(in: out) == 1)
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: other))
    }
}
