import Foundation

/// PDF input: the text is taken out by poppler's `pdftotext` (the layout the Segmenter knows), when it is
/// installed (run through ``ExternalTool``, as Graphviz is for the report).
public enum PDFText {
    /// Whether `bytes` are a PDF file.
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// Runs `pdftotext -enc UTF-8 -eol unix FILE -` and returns its output.
    /// - Throws: ``ResolutionGraphError/unreadable(_:reason:)`` when pdftotext is missing or fails.
    public static func extract(path: String) throws -> [UInt8] {
        guard let tool = ExternalTool.locate("pdftotext") else {
            throw ResolutionGraphError.unreadable(path, reason: "it is a PDF and pdftotext is not installed; install poppler-utils (apt-get install -y poppler-utils) or convert it to text first")
        }
        let run: ExternalTool.Output
        do { run = try ExternalTool.run(tool, ["-enc", "UTF-8", "-eol", "unix", "-q", path, "-"]) } catch {
            throw ResolutionGraphError.unreadable(path, reason: "cannot run pdftotext: \(error.localizedDescription)")
        }
        guard run.status == 0 else {
            throw ResolutionGraphError.unreadable(path, reason: "pdftotext failed: \(run.firstErrorLine)")
        }
        return [UInt8](run.stdout)
    }
}
