/// Theme words written as part of a proper name: "the Rule of Law Unit", "the Terrorism Prevention Branch", "the Global Biodiversity Framework Fund", "the Second World Assembly on
/// Ageing". A theme's words capitalized where the vocabulary writes them in lower case, next to other capitalized words
/// of the same name, name a unit, programme, fund, meeting or report the vocabulary lacks, not the topic
/// the paragraph speaks of (gold guideline: a word inside a name makes no theme).
enum ThemeNames {
    /// Lower-case words that may stand inside a name between its capitalized words.
    static let connectors: Set<String> = ["of", "and", "the", "for", "on", "to", "in", "against", "a", "an", "or", "with", "at"]
    /// Heads of the names of observances, whose subject stays a theme.
    static let observances: Set<String> = ["day", "days", "year", "years", "decade", "decades", "week", "month"]
    /// Tokens after which a capitalized word starts a sentence or a list item rather than a name.
    static let sentenceMarks: Set<String> = [".", ";", ":", "(", ")"]

    static func capitalized(_ t: TextToken) -> Bool { t.isWord && t.firstScalarIsUppercase }

    /// Whether token `k` opens its sentence or list item (so its capital letter says nothing of a name).
    static func opensSentence(_ k: Int, _ tokens: [TextToken]) -> Bool { k == 0 || sentenceMarks.contains(tokens[k - 1].folded) }

    /// The folded words a theme's own names write capitalized ("Internet", "African", "Indigenous", "COVID"): those keep
    /// their capital in running text.
    static func properWords(of entity: Entity) -> Set<String> {
        Set(([entity.label] + entity.aliases).flatMap { Tokenizer.tokenize($0.hasPrefix("=") ? String($0.dropFirst()) : $0) }
            .filter(capitalized).map(\.folded))
    }

    /// Whether tokens `first...last` (a theme's match) are written as words of a longer capitalized name: each word
    /// capitalized (or a connector, or a number), one of them against the theme's own spelling, not opening the sentence,
    /// and a capitalized word of the name right before or after it (connectors skipped). `quoted` tells whether the match
    /// lies inside quotation marks, where a meeting's theme may be written in title case and stays a topic.
    static func isInName(first: Int, last: Int, _ tokens: [TextToken], properWords: Set<String>, quoted: Bool) -> Bool {
        guard !quoted, !opensSentence(first, tokens) else { return false }
        var againstSpelling = false
        for k in first...last where tokens[k].isWord {
            let t = tokens[k]
            if capitalized(t) {
                // Singular and plural alike ("the Kanak Indigenous People" beside "Indigenous Peoples").
                let word = t.folded.hasSuffix("s") ? String(t.folded.dropLast()) : t.folded
                if !properWords.contains(word) && !properWords.contains(word + "s") { againstSpelling = true }
            } else if !connectors.contains(t.folded), t.original.unicodeScalars.first?.properties.numericType == nil {
                return false
            }
        }
        guard againstSpelling else { return false }
        // An observance's subject is a topic of the text that marks it ("the International Year for the Elimination of
        // Child Labour" speaks of child labour: gold E/RES/2021/25).
        var h = first - 1
        while h >= 0, h >= first - 8, capitalized(tokens[h]) || (tokens[h].isWord && connectors.contains(tokens[h].folded)) {
            if observances.contains(tokens[h].folded) { return false }
            h -= 1
        }
        // A capitalized word of the same name before the match (not the sentence's first word) or after it.
        var k = first - 1
        var skipped = 0
        while k >= 0, tokens[k].isWord, connectors.contains(tokens[k].folded), skipped < 2 { k -= 1; skipped += 1 }
        if k >= 0, capitalized(tokens[k]), !opensSentence(k, tokens) { return true }
        k = last + 1
        skipped = 0
        while k < tokens.count, tokens[k].isWord, connectors.contains(tokens[k].folded), skipped < 2 { k += 1; skipped += 1 }
        return k < tokens.count && capitalized(tokens[k])
    }
}
