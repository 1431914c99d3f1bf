import Foundation
import Testing
@testable import ResolutionGraph

/// Issue 9: outputs that cannot be written (disk full, file size limit, read-only folder) and the
/// documented limits per document (size, time). Each failure is one line naming the file and the
/// system's reason, a non-zero exit, no temporary file left, and the previous outputs intact.
@Suite("CLI: output failures and limits", .serialized)
struct OutputFailureAndLimitTests {
    static let stem = "A_C.3_73_L.7"
    static let extensions: [String: String] = ["ntriples": "nt", "rdfxml": "rdf", "graphml": "graphml", "dot": "dot", "turtle": "ttl"]

    func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// A folder holding a complete earlier export of the sample in every format; returns its contents.
    func folderWithPreviousExport() throws -> (folder: String, contents: [String: Data]) {
        let out = try TestSupport.temporaryFolder("limits-out").path
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--format", "all", "-q"])
        try #require(run.status == 0, "\(run.stderr)")
        var contents = [String: Data]()
        for name in entries(out) { contents[name] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) }
        try #require(contents.count == 5)
        return (out, contents)
    }

    func expectOneLineOutputError(_ run: TestSupport.Run, file: String, reason: String) {
        #expect(run.status == 3, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "not one line: \(run.stderr)")
        #expect(run.stderr.contains(file), "\(file) not named: \(run.stderr)")
        #expect(run.stderr.contains(reason), "\(reason) not in: \(run.stderr)")
        #expect(!run.stderr.contains(".tmp"), "the temporary file is named: \(run.stderr)")
    }

    func expectUnchanged(_ folder: String, _ contents: [String: Data]) throws {
        #expect(entries(folder) == contents.keys.sorted(), "\(entries(folder))")
        for (name, data) in contents {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)) == data, "\(name) changed")
        }
    }

    // MARK: outputs that cannot be written

    /// A file size limit (`ulimit -f`, 32 kB) stands in for a full disk on any machine: every
    /// writer — libxml2's for RDF/XML and GraphML, ours for the text formats — fails with the
    /// system's reason (EFBIG), the temporary file goes, the earlier complete file stays.
    @Test(arguments: ["ntriples", "rdfxml", "graphml", "dot", "turtle"])
    func aFileSizeLimitFailsCleanly(_ format: String) throws {
        // ThreadSanitizer's runtime itself dies of a file size limit (SIGBUS before main): not our code.
        if ProcessInfo.processInfo.environment["RESGRAPH_SANITIZER"] == "thread" {
            print("OutputFailureAndLimitTests: under ThreadSanitizer the ulimit -f check is not run (the tmpfs check covers the path)")
            return
        }
        let (out, before) = try folderWithPreviousExport()
        let run = try TestSupport.run("/bin/sh", ["-c", "ulimit -f 64; exec \"$0\" \"$@\"", TestSupport.executable.path,
                                                  "export", TestSupport.sample.path, "-o", out, "--format", format, "-q"])
        expectOneLineOutputError(run, file: out + "/" + Self.stem + "." + Self.extensions[format]!, reason: "File too large")
        try expectUnchanged(out, before)
    }

    /// A really full file system: a 64 kB tmpfs (needs the right to mount, which root has on these
    /// machines; elsewhere the file size limit above covers the same code path).
    @Test func aFullFileSystemFailsCleanly() throws {
        guard getuid() == 0 else {
            print("OutputFailureAndLimitTests: not root, the tmpfs check is not run (the ulimit checks cover it)")
            return
        }
        let mountPoint = try TestSupport.temporaryFolder("limits-tmpfs").path
        let mount = try TestSupport.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint])
        guard mount.status == 0 else {
            print("OutputFailureAndLimitTests: cannot mount a tmpfs here (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines))); the ulimit checks cover the same path")
            return
        }
        defer { _ = try? TestSupport.run("/bin/umount", [mountPoint]) }
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", mountPoint, "--format", "all", "-q"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("No space left on device"), "\(run.stderr)")
        #expect(entries(mountPoint).allSatisfy { !$0.hasSuffix(".tmp") }, "\(entries(mountPoint))")
    }

    /// A folder the user cannot write to. Root writes anywhere, so as root the export runs as
    /// `nobody` (setpriv, util-linux); otherwise the folder is made read-only.
    @Test func aReadOnlyOutputFolder() throws {
        let (out, before) = try folderWithPreviousExport()
        let run: TestSupport.Run
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv (util-linux) is needed to run as nobody")
            run = try TestSupport.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", TestSupport.executable.path,
                                                "export", TestSupport.sample.path, "-o", out, "--format", "dot", "-q"])
        } else {
            chmod(out, 0o555)
            defer { chmod(out, 0o755) }
            run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--format", "dot", "-q"])
        }
        expectOneLineOutputError(run, file: out + "/" + Self.stem + ".dot", reason: "Permission denied")
        try expectUnchanged(out, before)
    }

    // MARK: limits per document

    /// A 200 MB file (sparse: no disk used) is refused from its size alone, before any of it is read.
    @Test func aTwoHundredMegabyteFileIsRefusedUnread() throws {
        let folder = try TestSupport.temporaryFolder("limits-in").path
        let path = folder + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 200 << 20) == 0)
        let out = try TestSupport.temporaryFolder("limits-out").path
        let run = try TestSupport.resgraph(["export", path, "-o", out])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("huge.txt: 209715200 bytes is over the limit of 67108864 bytes per document"), "\(run.stderr)")
        #expect(run.stderr.contains("--max-document-size"))
        #expect(entries(out).isEmpty)
    }

    /// The size limit is an option; the sample (about 60 kB) passes 1 MiB, a 1.5 MiB text does not.
    @Test func theSizeLimitIsAnOption() throws {
        let folder = try TestSupport.temporaryFolder("limits-in").path
        let text = try String(contentsOf: TestSupport.sample, encoding: .utf8)
        let big = folder + "/big.txt"
        try String(repeating: text, count: (3 << 19) / text.utf8.count + 1).write(toFile: big, atomically: true, encoding: .utf8)
        let out = try TestSupport.temporaryFolder("limits-out").path
        let ok = try TestSupport.resgraph(["entities", TestSupport.sample.path, "--max-document-size", "1", "--format", "csv"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let refused = try TestSupport.resgraph(["export", big, "-o", out, "--max-document-size", "1"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("over the limit of 1048576 bytes per document"), "\(refused.stderr)")
        let usage = try TestSupport.resgraph(["export", big, "-o", out, "--max-document-size", "0"])
        #expect(usage.status == 64, "\(usage.stderr)")
    }

    /// A document over its time limit is reported as failed (one line, exit 1) and written nowhere;
    /// the others of the run still are.
    @Test func aDocumentOverItsTimeLimitFailsAlone() throws {
        let out = try TestSupport.temporaryFolder("limits-out").path
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--document-timeout", "0.000001", "-q"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("gave up after"), "\(run.stderr)")
        #expect(run.stderr.contains("--document-timeout"))
        let generous = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--document-timeout", "600", "-q", "--format", "dot"])
        #expect(generous.status == 0, "\(generous.stderr)")
        let none = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--document-timeout", "0", "-q", "--format", "dot"])
        #expect(none.status == 0, "\(none.stderr)")
        let usage = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out, "--document-timeout", "-1"])
        #expect(usage.status == 64, "\(usage.stderr)")
    }
}
