import Foundation

/// PDF input: the text is taken out by poppler's `pdftotext` (the layout the Segmenter knows), when it is
/// installed. This is the one place the library runs another program.
public enum PDFText {
    /// Whether `bytes` are a PDF file.
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// Runs `pdftotext -enc UTF-8 -eol unix FILE -` and returns its output.
    /// - Throws: ``ResolutionGraphError/unreadable(_:reason:)`` when pdftotext is missing or fails.
    public static func extract(path: String) throws -> [UInt8] {
        guard let tool = locate("pdftotext") else {
            throw ResolutionGraphError.unreadable(path, reason: "it is a PDF and pdftotext is not installed; install poppler-utils (apt-get install -y poppler-utils) or convert it to text first")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-eol", "unix", "-q", path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw ResolutionGraphError.unreadable(path, reason: "cannot run pdftotext: \(error.localizedDescription)")
        }
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
            throw ResolutionGraphError.unreadable(path, reason: "pdftotext failed: \(message)")
        }
        return [UInt8](data)
    }

    private static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
