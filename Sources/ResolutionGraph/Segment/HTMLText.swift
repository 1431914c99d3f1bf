/// HTML of a resolution: the visible text of the body (scripts, styles and markup dropped), one line
/// per block element, handed to the plain-text ``Segmenter``.
enum HTMLText {
    static let blocks: Set<String> = ["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                                      "blockquote", "td", "th", "dt", "dd", "hr", "table", "ul", "ol", "header", "footer"]
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object"]

    static func ingested(from tree: XMLTree, like original: IngestedText) -> IngestedText {
        var text = ""
        func walk(_ e: XMLTree.Element) {
            if invisible.contains(e.name.lowercased()) { return }
            let block = blocks.contains(e.name.lowercased())
            if block { text += "\n\n" }
            for child in e.children {
                switch child {
                case .text(let t): text += t.replacingOccurrences(of: "\n", with: " ")
                case .element(let c): walk(c)
                }
            }
            if block { text += "\n\n" }
        }
        walk(tree.root)
        var lines = Ingester.splitLines(text)
        // Byte ranges refer to the extracted text, not the HTML source: point them at the whole file.
        for i in lines.indices { lines[i].byteRange = 0..<original.rawText.utf8.count }
        return IngestedText(name: original.name, format: .html, encoding: original.encoding, lines: lines, rawText: text,
                            diagnostics: [Diagnostic(.note, "HTML: text taken from the body; line numbers refer to the extracted text")])
    }
}
