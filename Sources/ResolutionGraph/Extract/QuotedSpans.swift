/// The spans of a text inside curly double quotes (“…”): titles of cited documents, whose words speak
/// of those documents, not of this one.
struct QuotedSpans {
    private var spans: [Range<Int>] = []

    init(_ scalars: [Unicode.Scalar]) {
        var open: Int? = nil
        for (i, s) in scalars.enumerated() {
            if s == "\u{201C}" { open = i } else if s == "\u{201D}", let o = open { spans.append(o..<(i + 1)); open = nil }
        }
    }

    /// Whether the scalar offset lies inside a quoted span.
    func contains(_ offset: Int) -> Bool { spans.contains { $0.contains(offset) } }
}
