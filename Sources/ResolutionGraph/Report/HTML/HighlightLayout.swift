/// Where the highlights of one paragraph or footnote go: mentions become a forest of properly nested
/// spans (HTML elements cannot cross), footnote markers are placed between them.
///
/// - Nested mentions ("regional and *international cooperation*") nest.
/// - Mentions with the same span ("the Protocols thereto" → three protocols) nest one inside the other,
///   so each keeps its own highlight and tag.
/// - A mention that crosses the end of an enclosing one is cut at that end (``Span/isClipped``); its
///   panel still shows the whole mention.
/// - A mention whose span does not fit the text (a corrupt offset) gets no highlight: ``unplaced``.
/// - A footnote marker falling inside a highlight moves to just after it.
struct HighlightLayout {
    /// A highlighted span: offsets in Unicode scalars of the unit's text, `end` exclusive.
    struct Span: Equatable {
        /// Index of the mention in the list given to ``init(text:mentions:footnotes:)``.
        var mention: Int
        var start: Int
        var end: Int
        var isClipped: Bool
        var children: [Span]
    }

    /// A piece of the unit, in reading order.
    enum Piece: Equatable {
        case text(String)
        case highlight(Span)
        case footnote(Int)
    }

    let scalars: [Unicode.Scalar]
    private(set) var pieces: [Piece] = []
    /// Mentions that could not be placed (empty or out-of-range spans).
    private(set) var unplaced: [Int] = []

    /// Lays out `text` with `mentions` (start, end in Unicode scalars) and footnote markers (number, offset).
    init(text: String, mentions: [(start: Int, end: Int)], footnotes: [(number: Int, offset: Int)] = []) {
        scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var spans = [Span]()
        for (i, m) in mentions.enumerated() {
            let s = max(0, min(m.start, n)), e = max(0, min(m.end, n))
            if s < e && m.start >= 0 && m.end <= n { spans.append(Span(mention: i, start: s, end: e, isClipped: false, children: [])) }
            else { unplaced.append(i) }
        }
        spans.sort { ($0.start, -$0.end, $0.mention) < ($1.start, -$1.end, $1.mention) }
        let roots = Self.nest(spans)
        // Footnote markers: inside a highlight, they move to its end.
        var markers = footnotes.map { f -> (Int, Int) in
            let o = max(0, min(f.offset, n))
            if let r = roots.first(where: { $0.start < o && o < $0.end }) { return (r.end, f.number) }
            return (o, f.number)
        }
        markers.sort { $0 < $1 }
        var position = 0, k = 0
        func emitText(upTo end: Int) {
            while k < markers.count && markers[k].0 <= end {
                if markers[k].0 > position { pieces.append(.text(Self.string(scalars[position..<markers[k].0]))); position = markers[k].0 }
                pieces.append(.footnote(markers[k].1))
                k += 1
            }
            if end > position { pieces.append(.text(Self.string(scalars[position..<end]))); position = end }
        }
        for r in roots {
            emitText(upTo: r.start)
            // Markers exactly at the start of a highlight were emitted above; those at its end come after.
            pieces.append(.highlight(r))
            position = r.end
        }
        emitText(upTo: n)
    }

    /// Builds the forest from spans sorted by start, longest first.
    private static func nest(_ spans: [Span]) -> [Span] {
        // A stack of open spans; each closes into its parent (or the roots) when a span starts after its end.
        var roots = [Span]()
        var stack = [Span]()
        func close() {
            let done = stack.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
        }
        for var s in spans {
            while let top = stack.last, top.end <= s.start { _ = top; close() }
            if let top = stack.last, s.end > top.end {
                s.end = top.end
                s.isClipped = true
            }
            stack.append(s)
        }
        while !stack.isEmpty { close() }
        return roots
    }

    /// The text of `start..<end`.
    func text(_ start: Int, _ end: Int) -> String { Self.string(scalars[start..<end]) }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }
}
