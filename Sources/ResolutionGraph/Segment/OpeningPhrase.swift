/// Finds the opening phrase of a paragraph: `Recalling also`, `Deeply concerned`, `Noting with concern`,
/// `Bearing in mind`, `Also takes note with appreciation`, `Calls upon`.
enum OpeningPhrase {
    static let adverbs: Set<String> = ["also", "further", "deeply", "gravely", "seriously", "strongly", "profoundly",
                                       "extremely", "greatly", "particularly", "firmly", "fully", "once", "again",
                                       "furthermore", "moreover", "highly", "most", "especially", "equally", "duly"]
    static let afterVerb: Set<String> = ["also", "further", "again", "once", "furthermore"]
    static let qualities: Set<String> = ["concern", "appreciation", "satisfaction", "interest", "regret", "alarm", "deep",
                                         "grave", "serious", "great", "profound", "particular"]

    /// The first `limit` words of `text` between spaces, cut on its bytes — what splitting by characters at
    /// spaces gives, when those words are ASCII; nil (split by characters) when they are not.
    ///
    /// The words are found on the contiguous bytes by offset and cut by UTF-8 offsets (constant time on a native string):
    /// walking the `UTF8View`'s indices cost ~8,000 instructions a paragraph.
    static func firstWords(_ text: String, _ limit: Int) -> [Substring]? {
        let found = text.utf8.withContiguousStorageIfAvailable { u -> [Range<Int>]? in
            var words = [Range<Int>]()
            words.reserveCapacity(limit)
            var i = 0
            while i < u.count, words.count < limit {
                while i < u.count, u[i] == 0x20 { i += 1 }
                guard i < u.count else { break }
                var j = i
                while j < u.count, u[j] != 0x20 {
                    if u[j] >= 0x80 { return nil }
                    j += 1
                }
                words.append(i..<j)
                i = j
            }
            return words
        }
        guard let found else { return firstWordsByIndex(text, limit) }
        guard let ranges = found else { return nil }
        let u = text.utf8
        return ranges.map { text[u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound)] }
    }

    /// ``firstWords(_:_:)`` by the `UTF8View`'s indices, for a string without contiguous UTF-8.
    private static func firstWordsByIndex(_ text: String, _ limit: Int) -> [Substring]? {
        let u = text.utf8
        var words = [Substring]()
        var i = u.startIndex
        while i < u.endIndex, words.count < limit {
            while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
            guard i < u.endIndex else { break }
            var j = i
            while j < u.endIndex, u[j] != 0x20 {
                if u[j] >= 0x80 { return nil }
                j = u.index(after: j)
            }
            words.append(text[i..<j])
            i = j
        }
        return words
    }

    /// The opening phrase of `text`, or nil when it does not start with a capitalized word.
    static func of(_ text: String) -> String? {
        var pieces = firstWords(text, 10)
        if pieces == nil {
            pieces = text.split(separator: " ", maxSplits: 10, omittingEmptySubsequences: true)
            if pieces!.count == 11 { pieces!.removeLast() }
        }
        let words = pieces!.map { String(TextScan.core($0)) }
        guard let first = words.first, let c = first.first, c.isUppercase else { return nil }
        var phrase = [first]
        var k = 1
        // Leading adverbs: `Deeply concerned`, `Also takes`.
        var lower = first.lowercased()
        while adverbs.contains(lower), k < words.count {
            phrase.append(words[k]); lower = words[k].lowercased(); k += 1
        }
        func word(_ i: Int) -> String { i < words.count ? words[i].lowercased() : "" }
        // A declaration in the first person: `We reaffirm`, `We also commit`, `We are deeply concerned`, `We take note`
        // (not `We, the Heads of State …`, whose verb comes after the apposition).
        if lower == "we", !pieces![0].hasSuffix(","), k < words.count, words[k].first?.isLowercase == true {
            while adverbs.contains(word(k)), k + 1 < words.count { phrase.append(words[k]); k += 1 }
            phrase.append(words[k]); lower = word(k); k += 1
            if lower == "are" || lower == "remain" {
                var j = k
                while adverbs.contains(word(j)), j + 1 < words.count { j += 1 }
                if j < words.count, word(j).hasSuffix("ed") || ["aware", "mindful", "conscious", "cognizant", "confident"].contains(word(j)) {
                    phrase += words[k...j]; k = j + 1
                }
            }
        }
        // Idioms.
        switch lower {
        case "bearing", "keeping", "bears", "keeps":
            if word(k) == "in" && word(k + 1) == "mind" { phrase += [words[k], words[k + 1]]; k += 2 }
        case "taking", "takes", "take":
            if word(k) == "note" { phrase.append(words[k]); k += 1 }
            else if word(k) == "into" && (word(k + 1) == "account" || word(k + 1) == "consideration") { phrase += [words[k], words[k + 1]]; k += 2 }
        case "calls", "calling", "call":
            if word(k) == "upon" || word(k) == "on" { phrase.append(words[k]); k += 1 }
        case "having":
            if k < words.count { phrase.append(words[k]); k += 1 }
        case "expressing", "expresses", "express":
            if word(k) == "deep" || word(k) == "grave" || word(k) == "its" || word(k) == "serious" { phrase.append(words[k]); k += 1 }
            if word(k) == "concern" || word(k) == "appreciation" || word(k) == "gratitude" || word(k) == "support" { phrase.append(words[k]); k += 1 }
        default: break
        }
        if word(k) == "with", qualities.contains(word(k + 1)) {
            phrase += [words[k], words[k + 1]]; k += 2
            if k < words.count, word(k) == "concern" || word(k) == "appreciation" || word(k) == "satisfaction" { phrase.append(words[k]); k += 1 }
        }
        if afterVerb.contains(word(k)) { phrase.append(words[k]); k += 1 }
        if word(k) == "in" && word(k + 1) == "particular" { phrase += [words[k], words[k + 1]] }
        return phrase.joined(separator: " ")
    }
}
