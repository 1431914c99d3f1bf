/// Entities recognized by their shape rather than by the vocabulary: resolutions by number, alone or in
/// lists ("resolutions 61/180 of 20 December 2006, 63/194 of 18 December 2008 and 64/178"),
/// Economic and Social Council or Commission resolutions ("resolutions 2017/18 … and 2021/25") and
/// Security Council resolutions ("resolutions 1325 (2000) and 1820 (2008)"), and ILO conventions and recommendations
/// by number alone ("Convention No. 189", "Recommendation No. 204").
enum PatternRecognizer {
    struct Found: Sendable {
        var entity: Entity
        var mention: Mention
    }

    /// How far a list of resolution numbers may run after the word "resolution(s)", in tokens.
    static let listReach = 60
    /// The words asked about at every token: what opens a list of resolutions, what ends it (";", and "." unless between
    /// numbers), and the ILO instruments named by number.
    private static let resolutionWords = TokenWords(["resolution", "resolutions"])
    private static let listEnds = TokenWords([";", "."])
    private static let iloHeads = TokenWords(["convention", "recommendation"])
    /// Words that end a list of resolutions opened by "resolutions" before the sentence does: a decision is no resolution.
    private static let listBreakers = TokenWords(["decision", "decisions"])

    static func recognize(unit: TextUnit, tokens: [TextToken], scalars: [Unicode.Scalar]) -> [Found] {
        var found = [Found]()
        var listUntil = -1
        // "resolutions" (plural) opened a list that the sentence has not closed yet: a dated number joined to it by "," or
        // "and" still belongs to it past the reach, after a long "on …" subject ("resolutions 69/140 of 15 December 2014,
        // … 78/129 of 18 December 2023 on the promotion of interreligious and intercultural dialogue, understanding and
        // cooperation for peace, 69/312 of 6 July 2015 on …").
        var pluralListOpen = false
        // The word tables asked at every token, read once here: a static read in the loop went through its initialization
        // check (`swift_once`) three times a token.
        let resolutionWords = Self.resolutionWords, listEnds = Self.listEnds, listBreakers = Self.listBreakers, iloHeads = Self.iloHeads
        var i = 0
        while i < tokens.count {
            // The token is read in place (`tokens[i]`): a copy of it per token (`let t = tokens[i]`) cost a retain and release
            // of its two strings.
            if resolutionWords.contains(tokens[i]) {
                listUntil = i + listReach
                pluralListOpen = tokens[i].folded == "resolutions"
            } else if listEnds.contains(tokens[i]),
                      tokens[i].folded == ";" || !(i > 0 && i + 1 < tokens.count && isNumber(tokens[i - 1]) && isNumber(tokens[i + 1])) {
                listUntil = -1
                pluralListOpen = false
            } else if listBreakers.contains(tokens[i]) {
                // "… resolution 73/185 …, noting … Statistical Commission decision 53/113": a decision's number is no resolution's.
                pluralListOpen = false
                listUntil = -1
            }
            // ILO instruments by number alone: "Convention No. 189", "Recommendation No. 204".
            if iloHeads.contains(tokens[i]), tokens[i].original == "Convention" || tokens[i].original == "Recommendation", i + 3 < tokens.count, tokens[i + 1].folded == "no",
               tokens[i + 2].folded == ".", isNumber(tokens[i + 3]), (1...3).contains(tokens[i + 3].original.count),
               // Not the Council of Europe's numbered treaties ("Council of Europe Convention No. 108").
               !(i > 0 && tokens[i - 1].folded == "europe") {
                let recommendation = tokens[i].original == "Recommendation"
                let number = tokens[i + 3].original
                let id = "instrument/ilo-" + (recommendation ? "r" : "c") + String(repeating: "0", count: 3 - number.count) + number
                let start = tokens[i].start, end = tokens[i + 3].end
                let entity = Entity(id: id, kind: .instrument, category: recommendation ? "ilo-recommendation" : "ilo-convention",
                                    label: "ILO \(tokens[i].original) No. \(number)", identifiers: ["ilo-number": number], isKnown: false)
                found.append(Found(entity: entity, mention: Mention(entity: id, paragraph: unit.id, start: start, end: end,
                                                                    text: string(scalars[start..<end]))))
                i += 4
                continue
            }
            // Security Council style: "1325 (2000)", inside the reach of "resolution(s)".
            if i <= listUntil, i + 3 < tokens.count, isNumber(tokens[i]), tokens[i].original.count <= 4, tokens[i + 1].folded == "(",
               isNumber(tokens[i + 2]), tokens[i + 2].original.count == 4, tokens[i + 3].folded == ")",
               !(i > 0 && tokens[i - 1].folded == "/") {
                let number = "\(tokens[i].original) (\(tokens[i + 2].original))"
                let start = tokens[i].start, end = tokens[i + 3].end
                found.append(Found(entity: resolutionEntity(number),
                                   mention: Mention(entity: resolutionID(number), paragraph: unit.id, start: start, end: end,
                                                    text: string(scalars[start..<end]))))
                listUntil = max(listUntil, i + 4 + 12)
                i += 4
                continue
            }
            // Early General Assembly style: "2200 A (XXI)", "3452 (XXX)", inside the reach of "resolution(s)".
            if i <= listUntil, isNumber(tokens[i]), (2...4).contains(tokens[i].original.count), !(i > 0 && tokens[i - 1].folded == "/") {
                var k = i + 1
                var number = tokens[i].original
                if k < tokens.count, tokens[k].isWord, tokens[k].original.count == 1, tokens[k].original.first!.isUppercase {
                    number += " " + tokens[k].original
                    k += 1
                }
                if k + 2 < tokens.count, tokens[k].folded == "(", isRoman(tokens[k + 1]), tokens[k + 2].folded == ")" {
                    number += " (\(tokens[k + 1].original))"
                    let start = tokens[i].start, end = tokens[k + 2].end
                    found.append(Found(entity: resolutionEntity(number),
                                       mention: Mention(entity: resolutionID(number), paragraph: unit.id, start: start, end: end,
                                                        text: string(scalars[start..<end]))))
                    listUntil = max(listUntil, k + 3 + 12)
                    i = k + 3
                    continue
                }
            }
            // A bare number dated right after "resolution(s)" or in its list: "resolutions 263 of 5 November 2013 … and
            // 373 of 22 May 2017" (regional commissions, specialized agencies).
            if i <= listUntil, i > 0, isNumber(tokens[i]), (2...4).contains(tokens[i].original.count),
               ["resolution", "resolutions", "and", ","].contains(tokens[i - 1].folded),
               i + 3 < tokens.count, tokens[i + 1].folded == "of", isNumber(tokens[i + 2]), tokens[i + 2].original.count <= 2,
               months.contains(tokens[i + 3].folded) {
                let start = tokens[i].start, end = tokens[i].end
                found.append(Found(entity: resolutionEntity(tokens[i].original),
                                   mention: Mention(entity: resolutionID(tokens[i].original), paragraph: unit.id, start: start, end: end,
                                                    text: string(scalars[start..<end]))))
                listUntil = max(listUntil, i + 1 + 24)
                i += 1
                continue
            }
            // World Health Assembly style, right after "resolution": "its resolution 63.22", "resolution 77.4". Its symbol is
            // WHA63.22: the id says so, lest it merge with the General Assembly's resolution 63/22.
            // Only after the Assembly's name ("World Health Assembly resolution 76.4", "the sixty-third World Health Assembly in
            // its resolution 63.22"): other bodies number so too (the Conference of the Parties' "resolution 12.20").
            if i > 0, resolutionWords.contains(tokens[i - 1]), i + 2 < tokens.count, isNumber(tokens[i]), (1...3).contains(tokens[i].original.count),
               (max(0, i - 8)..<(i - 1)).contains(where: { tokens[$0].folded == "health" && tokens[$0 + 1].folded == "assembly" }),
               tokens[i + 1].folded == ".", isNumber(tokens[i + 2]), (1...3).contains(tokens[i + 2].original.count),
               tokens[i + 1].start == tokens[i].end, tokens[i + 2].start == tokens[i + 1].end {
                let number = "WHA" + tokens[i].original + "." + tokens[i + 2].original
                let start = tokens[i].start, end = tokens[i + 2].end
                found.append(Found(entity: resolutionEntity(number),
                                   mention: Mention(entity: resolutionID(number), paragraph: unit.id, start: start, end: end,
                                                    text: string(scalars[start..<end]))))
                i += 3
                continue
            }
            // NN/NNN glued together, inside the reach of "resolution(s)", or dated and joined to an open list of resolutions.
            if i <= listUntil || (pluralListOpen && i > 0 && [",", "and"].contains(tokens[i - 1].folded) && isDated(tokens, at: i + 3)),
               i + 2 < tokens.count, isNumber(tokens[i]), tokens[i + 1].folded == "/", isNumber(tokens[i + 2]),
               tokens[i + 1].start == tokens[i].end, tokens[i + 2].start == tokens[i + 1].end,
               !(i > 0 && tokens[i - 1].folded == "/" && tokens[i - 1].end == tokens[i].start) {
                var end = tokens[i + 2].end
                var number = tokens[i].original + "/" + tokens[i + 2].original
                // A special or emergency special session's prefix: "S-24/2", "ES-10/1".
                var start = tokens[i].start
                if i > 0, tokens[i - 1].isWord, tokens[i - 1].end + 1 == tokens[i].start, scalars.indices.contains(tokens[i - 1].end),
                   TextToken.hyphens.contains(scalars[tokens[i - 1].end]),
                   ["S", "ES"].contains(tokens[i - 1].original) {
                    number = tokens[i - 1].original + "-" + number
                    start = tokens[i - 1].start
                }
                var next = i + 3
                // "2200 A (XXI)" style part letters are rare with slashes; "64/293 B" keeps its letter.
                if next < tokens.count, tokens[next].isWord, tokens[next].original.count == 1,
                   tokens[next].original.first!.isUppercase, tokens[next].start == end + 1 {
                    number += " " + tokens[next].original
                    end = tokens[next].end
                    next += 1
                }
                found.append(Found(entity: resolutionEntity(number),
                                   mention: Mention(entity: resolutionID(number), paragraph: unit.id, start: start, end: end,
                                                    text: string(scalars[start..<end]))))
                listUntil = max(listUntil, next + 12)
                i = next
                continue
            }
            i += 1
        }
        return found
    }

    static func resolutionID(_ number: String) -> String { "instrument/resolution-" + Slug.make(number) }

    static func resolutionEntity(_ number: String) -> Entity {
        Entity(id: resolutionID(number), kind: .instrument, category: "resolution", label: "Resolution \(number)",
               identifiers: ["symbol": number], isKnown: false)
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december"]

    /// "of 6 July 2015" starts at `k`.
    private static func isDated(_ tokens: [TextToken], at k: Int) -> Bool {
        k + 2 < tokens.count && tokens[k].folded == "of" && isNumber(tokens[k + 1]) && tokens[k + 1].original.count <= 2
            && months.contains(tokens[k + 2].folded)
    }

    /// A session in Roman numerals: "XXI", "III".
    private static func isRoman(_ t: TextToken) -> Bool {
        t.isWord && !t.original.isEmpty && t.original.allSatisfy { "IVXLC".contains($0) }
    }

    private static func isNumber(_ t: TextToken) -> Bool {
        t.isWord && !t.original.isEmpty && t.original.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) }
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }
}
