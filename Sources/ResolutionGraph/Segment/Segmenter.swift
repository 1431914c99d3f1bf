/// Stage 2: normalized lines → the document model (metadata, preambular and operative paragraphs,
/// footnotes with their references and citations).
public struct Segmenter: Sendable {
    public init() {}

    /// Recovers the document model from ingested text.
    /// - Throws: ``ResolutionGraphError/noStructure(_:)`` when no paragraph at all can be found.
    public func segment(_ text: IngestedText) throws -> Document {
        // Placeholder: one paragraph per non-blank line. Replaced by the real segmenter.
        var paragraphs = [Paragraph]()
        for line in text.lines where !line.text.allSatisfy({ $0 == " " }) {
            paragraphs.append(Paragraph(id: "pp\(paragraphs.count + 1)", kind: .preambular, text: line.text,
                                        lines: line.number...line.number, byteRange: line.byteRange))
        }
        if paragraphs.isEmpty { throw ResolutionGraphError.noStructure(text.name) }
        return Document(metadata: DocumentMetadata(symbol: "UNKNOWN", sourceName: text.name), preambular: paragraphs)
    }
}
