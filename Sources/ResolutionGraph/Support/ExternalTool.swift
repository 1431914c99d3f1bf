import Foundation

/// Another program the library runs (poppler's `pdftotext` for PDF input, Graphviz's `dot` for the
/// report's picture): found on PATH, run with empty stdin, both outputs collected.
enum ExternalTool {
    /// What a finished run printed.
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data

        /// The first line of stderr, or the exit status: for one-line messages.
        var firstErrorLine: String {
            String(decoding: stderr, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(status)"
        }
    }

    /// The executable `name` on PATH (then /usr/bin, /usr/local/bin), or nil.
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` and waits for it. stderr is read on another thread while
    /// stdout is read here, so neither pipe can fill up and block the child.
    /// - Throws: the error of `Process.run()` when the program cannot be started.
    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: data, stderr: errData)
    }
}
