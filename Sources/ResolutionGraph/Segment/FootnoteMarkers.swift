/// Finds footnote markers in paragraph words and takes them out of the text.
///
/// Markers are bare digits, spaced (`Crime 1  and`, `Families, 20`) or glued to the word or punctuation
/// before them (`thereto,19`, `Women4`). Real numbers (`resolution 64/293`, `No. 29`, `1930`, `25 December
/// 2003`, `Alliance 8.7`) are told apart by the numbers the footnote blocks define and by the order:
/// first references follow each other (1, 2, 3 …); earlier footnotes may be cited again.
struct FootnoteMarkerScanner {
    /// Numbers of the footnotes found in the blocks.
    let known: Set<Int>
    /// Highest footnote number referenced so far.
    private(set) var maxSeen = 0
    private(set) var referenced = Set<Int>()

    init(known: Set<Int>) { self.known = known }

    /// Words before a number that make it a real number, not a marker.
    static let numberHeads: Set<String> = [
        "no.", "nos.", "no", "from", "to", "and", "or", "paragraph", "paragraphs", "para.", "paras.", "article", "articles",
        "art.", "resolution", "resolutions", "decision", "decisions", "goal", "goals", "target", "targets", "chapter",
        "chap.", "vol.", "vols.", "annex", "rule", "rules", "principle", "principles", "section", "sect.", "item", "items",
        "page", "pages", "between", "of", "on", "by", "in", "at", "than", "over", "under", "about", "least", "the", "a",
        "an", "for", "with", "within", "every", "each", "per", "number", "session", "phase", "step", "level", "stage",
        "since", "until", "before", "after", "during", "recommendation", "recommendations", "guideline", "guidelines",
        "part", "table", "figure", "footnote", "list", "appendix", "sdg", "covid", "some", "nearly", "almost",
        "approximately", "around", "only", "all", "first", "last", "top", "up", "down", "below", "above", "those",
    ]
    /// Words after a number that make it a real number.
    static let numberTails: Set<String> = [
        "to", "per", "percent", "%", "million", "billion", "years", "year", "days", "day", "months", "month", "hours",
        "weeks", "times", "countries", "states", "member", "persons", "people", "women", "children", "cases", "new",
        "-", "–", "or", "plenary",
    ]

    /// Removes markers from `tokens`, attaching their numbers to the word before.
    mutating func extract(_ tokens: inout [LayoutToken]) {
        var out = [LayoutToken]()
        out.reserveCapacity(tokens.count)
        for (k, token) in tokens.enumerated() {
            // Fast path, on bytes: a token whose last byte before trailing `, ; . :` is not an ASCII digit
            // holds no marker (every branch below needs digits there).
            if !Self.mayEndInDigit(token.text) { out.append(token); continue }
            var text = Substring(token.text)
            // Trailing punctuation after a marker stays in the text: `Women 4,` / `Crime1,`.
            var trailing = Substring()
            while let last = text.last, last == "," || last == ";" || last == "." || last == ":" {
                trailing = text.suffix(1) + trailing
                text = text.dropLast()
            }
            var digitStart = text.endIndex
            while digitStart > text.startIndex, TextScan.isASCIIDigit(text[text.index(before: digitStart)]) {
                digitStart = text.index(before: digitStart)
            }
            if let (kept, m) = splitGluedToSymbol(text) {
                var t = token
                t.text = String(kept)
                t.refs.append(m)
                out.append(t)
                if !trailing.isEmpty { out.append(LayoutToken(text: String(trailing), lineStart: false, lineEnd: token.lineEnd, wideAfter: token.wideAfter)) }
                note(m)
                continue
            }
            var digits = text[digitStart...]
            // `September 20117` is the year 2011 with marker 7 glued to it.
            if digitStart == text.startIndex, digits.count >= 5, digits.count <= 7, let year = Int(digits.prefix(4)),
               year >= 1900, year <= 2099, let prev = out.last, TextScan.months.contains(String(prev.core).lowercased()),
               let n = Int(digits.dropFirst(4)), n == maxSeen + 1, known.contains(n) {
                var t = token
                t.text = String(digits.prefix(4))
                t.refs.append(n)
                out.append(t)
                if !trailing.isEmpty { out.append(LayoutToken(text: String(trailing), lineStart: false, lineEnd: token.lineEnd, wideAfter: token.wideAfter)) }
                note(n)
                continue
            }
            digits = text[digitStart...]
            guard !digits.isEmpty, digits.count <= 3, digits.first != "0", let number = Int(digits), known.contains(number) else {
                out.append(token); continue
            }
            let prefix = text[..<digitStart]
            if prefix.isEmpty {
                // Spaced marker.
                let yearBefore = out.count >= 2 && Self.isYear(out[out.count - 1].text)
                    && TextScan.months.contains(String(out[out.count - 2].core).lowercased())
                guard var prev = out.last, acceptsSpaced(number, afterYear: yearBefore, prev: prev, next: k + 1 < tokens.count ? tokens[k + 1] : nil, afterNext: k + 2 < tokens.count ? tokens[k + 2] : nil, wide: token.wideAfter || token.lineEnd) else {
                    out.append(token); continue
                }
                prev.refs.append(number)
                out[out.count - 1] = prev
                if !trailing.isEmpty {
                    out.append(LayoutToken(text: String(trailing), lineStart: false, lineEnd: token.lineEnd, wideAfter: token.wideAfter))
                }
                note(number)
            } else {
                guard acceptsGlued(number, prefix: prefix) else { out.append(token); continue }
                var t = token
                t.text = String(prefix) + String(trailing)
                if trailing.isEmpty { t.refs.append(number) } else {
                    // The marker stood before the punctuation: record it on the bare word.
                    t.text = String(prefix)
                    t.refs.append(number)
                    out.append(t)
                    out.append(LayoutToken(text: String(trailing), lineStart: false, lineEnd: token.lineEnd, wideAfter: token.wideAfter))
                    note(number)
                    continue
                }
                out.append(t)
                note(number)
            }
        }
        tokens = out
    }

    /// `2004`, `2004,`: a year.
    /// True when the last byte before trailing `, ; . :` bytes is an ASCII digit.
    @inline(__always)
    static func mayEndInDigit(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            var end = u.count
            while end > 0, u[end - 1] == 0x2C || u[end - 1] == 0x3B || u[end - 1] == 0x2E || u[end - 1] == 0x3A { end -= 1 }
            return end > 0 && u[end - 1] >= 0x30 && u[end - 1] <= 0x39
        }
    }

    static func isYear(_ s: String) -> Bool {
        let core = s.filter { TextScan.isASCIIDigit($0) }
        guard core.count == 4, s.count <= 5, let y = Int(core) else { return false }
        return y >= 1900 && y <= 2099
    }

    private mutating func note(_ n: Int) {
        maxSeen = max(maxSeen, n)
        referenced.insert(n)
    }

    private func acceptsSpaced(_ n: Int, afterYear: Bool, prev: LayoutToken, next: LayoutToken?, afterNext: LayoutToken?, wide: Bool) -> Bool {
        guard let last = prev.text.last else { return false }
        // `8 September 2000 5 and`: a marker after a date.
        if afterYear { return n == maxSeen + 1 }
        let bare = prev.text.filter { $0 != "," && $0 != ";" }
        if !bare.isEmpty && bare.allSatisfy({ TextScan.isASCIIDigit($0) }) {
            // `3, 4 and 5` is a list of numbers; `Plan of Action on Ageing, 2002, 1` ends with a marker.
            return Self.isYear(prev.text) && prev.text.hasSuffix(",") && n == maxSeen + 1
        }
        let afterSymbol = prev.text.contains("/")   // `resolutions 71/205 19  and`
        if TextScan.isASCIIDigit(last) && !afterSymbol { return false }
        if !(last.isLetter || TextScan.isASCIIDigit(last) || last == "," || last == ")" || last == "\u{201D}" || last == "\"" || last == ";" || last == "'" || last == ".") { return false }
        let head = prev.text.lowercased()
        if Self.numberHeads.contains(head) { return false }
        if head == "agenda" && n == 21 { return false }   // Agenda 21
        if let next {
            let tail = next.text.lowercased()
            if Self.numberTails.contains(tail) {
                // `from 15 to 19` is a range; `action, 31 to address` is a marker.
                guard tail == "to", let after = afterNext?.text.first, !TextScan.isASCIIDigit(after) else { return false }
            }
            let core = String(next.core).lowercased()
            if TextScan.months.contains(core) { return false }
            if let f = next.text.first, TextScan.isASCIIDigit(f), !(afterSymbol || last == ",") { return false }
        }
        if n == maxSeen + 1 { return true }
        if n > maxSeen + 1 && n <= maxSeen + 4 && !referenced.contains(n) {
            return wide || last == "," || last == ";" || last == ")" || last == "\u{201D}"
        }
        return n <= maxSeen && wide && (last == "," || last == ")" || last.isLetter)
    }

    /// `78/22126`: resolution 78/221 with marker 26 glued to it; returns the split point.
    func splitGluedToSymbol(_ text: Substring) -> (Substring, Int)? {
        guard let b = text.utf8.last, b >= 0x30, b <= 0x39, text.utf8.contains(0x2F), let slash = text.lastIndex(of: "/") else { return nil }
        let digits = text[text.index(after: slash)...]
        guard digits.count >= 4, TextScan.isDigits(digits), text[..<slash].last.map(TextScan.isASCIIDigit) == true else { return nil }
        for len in 1...3 where digits.count - len >= 1 && digits.count - len <= 3 {
            let marker = digits.suffix(len)
            guard marker.first != "0", let m = Int(marker), known.contains(m), !referenced.contains(m),
                  m >= maxSeen + 1, m <= maxSeen + 2 else { continue }
            return (text[..<digits.index(digits.endIndex, offsetBy: -len)], m)
        }
        return nil
    }

    private func acceptsGlued(_ n: Int, prefix: Substring) -> Bool {
        guard let last = prefix.last else { return false }
        let closing = last == "," || last == ";" || last == ":" || last == ")" || last == "\u{201D}" || last == "\"" || last == "'" || last == "]"
        if last == "." {
            // `Alliance 8.7`, `No.12` are numbers; `etc.3` is a marker.
            let before = prefix.dropLast().last
            guard let before, before.isLetter, prefix.count > 3 else { return false }
        } else if !(last.isLetter || closing) {
            return false
        }
        if last.isLetter {
            // `G20`, `H5N1`, `CO2`: short capitalised codes.
            let word = prefix.reversed().prefix { $0.isLetter }
            if word.count <= 3 && word.allSatisfy({ $0.isUppercase }) { return false }
            if prefix.contains("/") { return false }
        }
        if closing, prefix.count >= 2 {
            // `(No. 29),21` is fine; `A/73/263),` never reaches here (digits must end the token).
        }
        return n <= maxSeen + 3
    }
}
