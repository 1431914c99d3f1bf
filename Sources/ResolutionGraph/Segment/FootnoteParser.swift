/// Stage 2d: turns the footnote entries collected by ``LineClassifier`` into ``Footnote`` values with
/// clean text and citations.
enum FootnoteParser {
    static func build(_ entries: [FootnoteEntry], lines: [SourceLine], vocabulary: DocumentWordList) -> [Footnote] {
        var citations = CitationParser()
        var out = [Footnote]()
        out.reserveCapacity(entries.count)
        for entry in entries.sorted(by: { $0.number < $1.number }) {
            var tokens = LayoutToken.tokenize(entry.texts)
            WordRepair.joinLineEndHyphens(&tokens, vocabulary: vocabulary)
            WordRepair.joinSplitWords(&tokens, vocabulary: vocabulary)
            let (text, _) = TextAssembler.assemble(tokens)
            let first = lines[entry.lineIndices.first!], last = lines[entry.lineIndices.last!]
            out.append(Footnote(id: "fn\(entry.number)", number: entry.number, text: text,
                                citations: citations.parse(text), lines: first.number...last.number,
                                byteRange: first.byteRange.lowerBound..<last.byteRange.upperBound))
        }
        return out
    }
}
