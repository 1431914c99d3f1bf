/// Tells a State that acts from a State's name used as a place.
///
/// "chaired by Colombia", "the Governments of Morocco and Switzerland", "Urges the Islamic Republic of Iran to"
/// name an actor; "held in Riohacha, Colombia", "the situation in Myanmar", "refugees from Ukraine" name a place.
/// A name is a place when a preposition of place stands before it (an article may come between), or "of" after a
/// part of a country ("the coast of Libya"), or when it
/// follows "City," (a capitalized word that is not itself a State, then a comma); the other members of a list
/// ("in Afghanistan, Iraq and Yemen") are what its first member is.
enum StatePlaces {
    /// The category of the vocabulary's States (`Ontology/vocabulary/states.tsv`).
    static let category = "state"

    /// Words before a name that make it a place.
    static let placeWords: Set<String> = ["in", "at", "from", "to", "within", "inside", "outside", "throughout", "across",
                                          "near", "into", "towards", "toward"]
    /// Nouns of a part of a country's land or sea: "off the coast of Libya", "the occupied territories of Ukraine".
    static let placeNouns: Set<String> = ["coast", "coasts", "coastline", "territory", "territories", "waters", "shores", "border",
                                          "borders", "soil", "airspace", "capital", "region", "regions", "province", "provinces",
                                          "city", "cities", "outskirts", "interior", "north", "south", "east", "west", "northern",
                                          "southern", "eastern", "western", "part", "parts", "areas"]
    /// What a State has or undergoes, not what it does: "the sovereignty, independence, territorial integrity and national unity
    /// of Libya", "the stabilization of Libya" name the State as the object of the text's concern, not as an actor.
    static let attributeNouns: Set<String> = ["sovereignty", "independence", "integrity", "unity", "stabilization", "stabilisation",
                                              "stability", "reconstruction", "recovery", "situation"]
    /// Nouns after which "to" names who is thanked or addressed, not where: "its appreciation to Qatar".
    static let thankedAfter: Set<String> = ["appreciation", "gratitude", "thanks", "tribute", "condolences", "sympathy",
                                            "solidarity", "congratulations", "call", "appeal", "request", "invitation"]
    /// A monarch's titles: "King Abdullah II of Jordan" names a person, and the State's name is part of the title.
    static let royalTitles: Set<String> = ["king", "queen", "emir", "amir", "prince", "princess", "sultan", "sheikh", "sheikha",
                                           "majesty", "highness", "emperor", "empress", "crown"]
    /// Words that may stand between the preposition and the name.
    static let articles: Set<String> = ["the"]

    /// For each of `spans` (first and last token of a State's name, in text order), whether it names a place.
    static func places(_ spans: [(first: Int, last: Int)], in tokens: [TextToken]) -> [Bool] {
        var result = [Bool]()
        result.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() {
            // A row of a table ("Belize 0.001 Benin 0.005"): a figure follows the name.
            if span.last + 3 < tokens.count, isDigits(tokens[span.last + 1]), tokens[span.last + 2].folded == ".",
               isDigits(tokens[span.last + 3]) {
                result.append(true)
                continue
            }
            var before = span.first - 1
            while before >= 0, articles.contains(tokens[before].folded) { before -= 1 }
            guard before >= 0 else { result.append(false); continue }
            let word = tokens[before].folded
            // A list continued: "Afghanistan, Iraq and Yemen" — what the previous State's name was.
            if word == "," || word == "and" || word == "or", index > 0, spans[index - 1].last == before - 1 {
                result.append(result[index - 1])
                continue
            }
            // "Expresses its appreciation to Qatar for hosting …": thanked, not a place.
            if word == "to", before > 0, thankedAfter.contains(tokens[before - 1].folded) { result.append(false); continue }
            if placeWords.contains(word) { result.append(true); continue }
            // "the coast of Libya", "the territories of Ukraine"; "the national unity of Libya".
            if word == "of", before > 0, placeNouns.contains(tokens[before - 1].folded) || attributeNouns.contains(tokens[before - 1].folded) {
                result.append(true)
                continue
            }
            // "community probation volunteers (Kenya), hogoshi (Japan)": a State in parentheses after a word that is no
            // State's names where an example comes from.
            if word == "(", before > 0, tokens[before - 1].isWord, !spans.contains(where: { $0.last == before - 1 }),
               span.last + 1 < tokens.count, tokens[span.last + 1].folded == ")" {
                result.append(true)
                continue
            }
            // "King Abdullah II of Jordan": a monarch's title (up to four capitalized words after the title word).
            if word == "of", (1...5).contains(where: { d in
                before - d >= 0 && royalTitles.contains(tokens[before - d].folded) && tokens[before - d].firstCharacterIsUppercase
                    && (before - d + 1..<before).allSatisfy { tokens[$0].isWord && tokens[$0].firstCharacterIsUppercase } }) {
                result.append(true)
                continue
            }
            // "Riohacha, Colombia": a capitalized word that is no State's, then a comma.
            if word == ",", before > 0, tokens[before - 1].isWord, tokens[before - 1].firstCharacterIsUppercase,
               !spans.contains(where: { $0.last == before - 1 }) {
                result.append(true)
                continue
            }
            result.append(false)
        }
        return result
    }

    private static func isDigits(_ t: TextToken) -> Bool {
        t.isWord && t.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
