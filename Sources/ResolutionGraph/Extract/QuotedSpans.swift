/// The spans of a text inside curly double quotes (“…”): titles of cited documents, whose words speak
/// of those documents, not of this one.
struct QuotedSpans {
    private var spans: [Range<Int>] = []
    /// The spans that quote a title: after "entitled", "titled", "item" ("the sub-item entitled “Women, disarmament,
    /// non-proliferation and arms control”"). A meeting's theme ("will address the theme “… child trafficking …”") is
    /// what the meeting is to discuss, a topic of the text, and no title.
    private var titles: [Range<Int>] = []

    /// Words that announce a quoted title.
    static let titleWords: Set<String> = ["entitled", "titled", "item", "subitem", "heading"]

    init(_ scalars: [Unicode.Scalar]) {
        var open: Int? = nil
        for (i, s) in scalars.enumerated() {
            if s == "\u{201C}" { open = i } else if s == "\u{201D}", let o = open {
                spans.append(o..<(i + 1))
                if Self.titleWords.contains(Self.word(before: o, in: scalars)) { titles.append(o..<(i + 1)) }
                open = nil
            }
        }
    }

    /// The lower-cased word just before `offset`, spaces skipped ("" when a mark stands there).
    private static func word(before offset: Int, in scalars: [Unicode.Scalar]) -> String {
        var end = offset
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, start > end - 12, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
    }

    /// Whether the scalar offset lies inside a quoted span.
    func contains(_ offset: Int) -> Bool { spans.contains { $0.contains(offset) } }

    /// Whether the scalar offset lies inside a quoted title.
    func containsTitle(_ offset: Int) -> Bool { titles.contains { $0.contains(offset) } }
}
