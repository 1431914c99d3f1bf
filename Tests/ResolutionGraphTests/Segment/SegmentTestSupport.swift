import Foundation
@testable import ResolutionGraph

/// Helpers shared by the Segment tests.
enum SegmentFixtures {
    /// `Tests/Fixtures`, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func ingest(path: String) throws -> IngestedText {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try Ingester().ingest(SourceDocument(name: path, bytes: [UInt8](data)))
    }

    static func segment(_ name: String) throws -> Document {
        try Segmenter().segment(ingest(path: directory.appendingPathComponent(name).path))
    }

    /// A readable dump of a document, for debugging.
    static func dump(_ d: Document) -> String {
        var s = "symbol=\(d.metadata.symbol) title=\(d.metadata.title ?? "-") body=\(d.metadata.body ?? "-") committee=\(d.metadata.committee ?? "-") session=\(d.metadata.session ?? "-") agenda=\(d.metadata.agendaItem ?? "-") date=\(d.metadata.date ?? "-") job=\(d.metadata.jobNumber ?? "-") pages=\(d.metadata.pageCount.map(String.init) ?? "-")\nsponsors=\(d.metadata.sponsors)\n"
        for p in d.preambular + d.operative {
            s += "[\(p.id)] <\(p.opening ?? "")> \(p.lines) refs=\(p.footnoteRefs.map { "\($0.number)@\($0.offset)" }) \(p.text)\n"
        }
        for f in d.footnotes { s += "[\(f.id)] \(f.text) => \(f.citations)\n" }
        for g in d.diagnostics { s += "DIAG \(g)\n" }
        return s
    }
}
