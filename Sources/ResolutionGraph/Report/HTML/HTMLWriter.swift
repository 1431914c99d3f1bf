/// HTML5 polyglot markup (well-formed XML that HTML parsers read the same way) through ``XMLWriter``:
/// void elements are written `<br/>`, every other element gets a full end tag (`<div></div>`, never
/// `<div/>`, which an HTML parser would leave open), nothing is indented (whitespace between inline
/// elements is visible), and a line break follows each block element so the file diffs readably.
final class HTMLWriter {
    private let xml: XMLWriter
    /// Names of the open elements, innermost last.
    private var open: [String] = []
    /// Depth inside `<svg>`: foreign content, where empty elements may close themselves.
    private var svgDepth = 0

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    /// Elements followed by a line break in the file (never inside `<p>` or other inline content).
    static let blockElements: Set<String> = [
        "html", "head", "body", "header", "footer", "main", "nav", "section", "article", "aside", "div", "p", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "caption", "table", "thead", "tbody", "tr", "dl", "dt", "dd", "figure", "figcaption", "style", "meta", "title",
        "details", "summary",
    ]

    init(path: String) throws {
        xml = try XMLWriter(path: path, indent: false)
    }

    /// `<!DOCTYPE html>` and a line break.
    func doctype() throws {
        try xml.doctype("html")
        try xml.text("\n")
    }

    /// Opens `name` with `attributes` (in the order given; callers pass them in a fixed order).
    func start(_ name: String, _ attributes: [(String, String)] = []) throws {
        try xml.startElement(name)
        for (n, v) in attributes { try xml.attribute(n, v) }
        open.append(name)
        if name == "svg" || svgDepth > 0 { svgDepth += 1 }
        if Self.blockElements.contains(name) && svgDepth == 0 && Self.childrenOnNewLines.contains(name) { try xml.text("\n") }
    }

    /// Block elements whose first child starts on a new line (containers, not text blocks).
    private static let childrenOnNewLines: Set<String> = ["html", "head", "body", "main", "nav", "section", "article", "ul", "ol", "table",
                                                          "thead", "tbody", "dl", "figure", "header", "footer", "aside", "details"]

    /// Closes the innermost open element.
    func end() throws {
        guard let name = open.popLast() else { preconditionFailure("HTMLWriter.end() with no open element") }
        if svgDepth > 0 {
            svgDepth -= 1
            if svgDepth > 0 {
                try xml.endElement()
                return
            }
        }
        if Self.voidElements.contains(name) { try xml.endElement() } else { try xml.fullEndElement() }
        if Self.blockElements.contains(name) && svgDepth == 0 && !(open.last.map(Self.inlineContainers.contains) ?? false) {
            try xml.text("\n")
        }
    }

    /// Elements whose children are inline content: no line break is added inside them.
    private static let inlineContainers: Set<String> = ["p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "caption", "td", "th", "summary", "figcaption", "a", "span"]

    /// A void element such as `<meta charset="UTF-8"/>`.
    func void(_ name: String, _ attributes: [(String, String)] = []) throws {
        precondition(Self.voidElements.contains(name), "\(name) is not a void element")
        try start(name, attributes)
        try end()
    }

    /// An element holding only text.
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String) throws {
        try start(name, attributes)
        try self.text(text)
        try end()
    }

    /// Escaped text (`<`, `>`, `&` become references; characters XML forbids are dropped).
    func text(_ value: String) throws {
        try xml.text(value)
    }

    /// The contents of a raw-text element (`<style>`): HTML does not decode references there, so the
    /// text must contain nothing libxml2 would escape.
    func rawText(_ value: String) throws {
        precondition(!value.contains(where: { "<>&\"\r".contains($0) }), "raw text must not contain <, >, &, \" or CR")
        try xml.text(value)
    }

    /// A comment; `--` is broken up.
    func comment(_ value: String) throws {
        try xml.comment(value)
    }

    /// Closes everything and flushes the file.
    func finish() throws {
        while !open.isEmpty { try end() }
        try xml.finish()
    }
}
