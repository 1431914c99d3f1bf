/// Stage 2's entry point: picks the reader for the detected format — the PDF-text ``Segmenter``, the
/// ``AkomaNtosoReader`` for the UN's XML, or the HTML reader — and returns the document model.
public struct DocumentReader: Sendable {
    public let segmenter = Segmenter()

    public init() {}

    /// Reads ingested text into the document model.
    /// - Throws: ``ResolutionGraphError`` for malformed XML, an unexpected XML shape, or text with no paragraphs.
    public func read(_ text: IngestedText) throws -> Document {
        var document: Document
        switch text.format {
        case .plainText:
            document = try segmenter.segment(text)
        case .akomaNtoso:
            let tree = try XMLTree.parseXML(text.rawText, name: text.name)
            document = try AkomaNtosoReader(name: text.name, lines: text.lines).read(tree)
        case .html:
            let tree = try XMLTree.parseHTML(text.rawText, name: text.name)
            document = try segmenter.segment(HTMLText.ingested(from: tree, like: text))
        }
        // Ingest's notes (such as the Windows-1252 fallback) come first.
        if !text.diagnostics.isEmpty { document.diagnostics = text.diagnostics + document.diagnostics }
        return document
    }
}
