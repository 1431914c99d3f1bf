/// States as actors where an operative clause addresses them: "Urges the Islamic Republic of Iran to …", "calls upon
/// the Government of Myanmar to …", "Strongly urges Myanmar, in accordance with …". A country named anywhere else (a
/// place, "held in Marrakech, Morocco", "the situation in Myanmar") is no actor: only a State asked to act is one.
///
/// The names are the `country` rule of `actor-patterns.tsv` (United Nations short names). The State is the actor
/// `actor/<slug of the name>` (not a vocabulary entity; compared by label like other pattern-found actors).
enum AddressedStateRecognizer {
    struct Found {
        var entity: Entity
        var firstToken: Int
        var lastToken: Int
    }

    /// Folded words that, right before the State (or "the Government of"), make it the addressee of the clause.
    static let directiveWords: Set<String> = [
        "urges", "urge", "demands", "demand", "requests", "request", "encourages", "encourage", "invites", "invite", "upon",
    ]
    /// Folded words that may follow the addressed State: the infinitive, or a comma or coordination before it.
    static let followers: Set<String> = ["to", ",", "and", "also", "further", "once"]

    /// The States addressed in one operative paragraph's tokens.
    static func recognize(_ tokens: [TextToken], patterns: ActorPatterns) -> [Found] {
        guard !patterns.countries.isEmpty else { return [] }
        let longest = patterns.countries.keys.map(\.count).max() ?? 0
        var found = [Found]()
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, tokens[i].firstScalarIsUppercase, let (length, name) = country(at: i, in: tokens, patterns, longest) else {
                i += 1
                continue
            }
            let last = i + length - 1
            // "urges India, Israel and Pakistan to accede …": a State right after an addressed one is addressed too.
            var k = i - 1
            while k >= 0, [",", "and", "the"].contains(tokens[k].folded) { k -= 1 }
            let listed = k >= 0 && k < i - 1 && found.last?.lastToken == k
            if addressed(tokens, before: i) || listed, last + 1 < tokens.count, followers.contains(tokens[last + 1].folded) {
                let id = "actor/" + Slug.make(name)
                found.append(Found(entity: Entity(id: id, kind: .actor, category: patterns.countryCategory, label: name, isKnown: false),
                                   firstToken: i, lastToken: last))
            }
            i = last + 1
        }
        return found
    }

    /// The longest country name starting at token `i`.
    private static func country(at i: Int, in tokens: [TextToken], _ patterns: ActorPatterns, _ longest: Int) -> (Int, String)? {
        for length in stride(from: min(longest, tokens.count - i), through: 1, by: -1) {
            if let name = patterns.countries[tokens[i..<(i + length)].map(\.folded)] { return (length, name) }
        }
        return nil
    }

    /// Whether a directive verb stands right before token `i`, over "the", "the Government(s) of (the)".
    private static func addressed(_ tokens: [TextToken], before i: Int) -> Bool {
        var j = i - 1
        if j >= 0, tokens[j].folded == "the" { j -= 1 }
        if j >= 1, tokens[j].folded == "of", ["government", "governments"].contains(tokens[j - 1].folded) {
            j -= 2
            if j >= 0, tokens[j].folded == "the" { j -= 1 }
        }
        guard j >= 0 else { return false }
        let word = tokens[j].folded
        if directiveWords.contains(word) { return true }
        // "calls on Myanmar to …".
        return word == "on" && j >= 1 && ["calls", "call"].contains(tokens[j - 1].folded)
    }
}
