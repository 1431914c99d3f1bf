/// Stage 2b: reads the cover block (the lines before the enacting formula) into ``DocumentMetadata``.
///
/// The cover is split into blocks at blank lines: the masthead (symbol, body, distribution, date, job
/// number, session, committee, agenda item and its title), the sponsors line ending in `: draft resolution`,
/// the adoption lines of a resolution, then the title.
struct CoverBlockParser {
    /// Ordinal committee names, indexed by the number in `A/C.n/…`.
    static let committees = ["", "First Committee", "Second Committee", "Third Committee", "Fourth Committee",
                             "Fifth Committee", "Sixth Committee"]
    static let bodies = ["General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council"]

    /// Fills `metadata` from the cover lines `lines[range]`.
    static func parse(_ lines: ArraySlice<SourceLine>, into metadata: inout DocumentMetadata) {
        var blocks = [[Substring]]()
        var block = [Substring]()
        for line in lines {
            let t = TextScan.trimmed(line.text)
            if t.isEmpty { if !block.isEmpty { blocks.append(block); block = [] }; continue }
            block.append(t)
        }
        if !block.isEmpty { blocks.append(block) }

        var sawSponsorsOrAdoption = false
        var titleBlocks = [String]()
        for block in blocks {
            let joined = block.joined(separator: " ")
            if isSponsorBlock(joined) {
                metadata.sponsors = SponsorParser.split(joined)
                sawSponsorsOrAdoption = true
                continue
            }
            if joined.hasPrefix("Resolution adopted by") || joined.hasPrefix("Decision adopted by") || joined.hasPrefix("[on the report")
                || joined.hasPrefix("[without reference") {
                sawSponsorsOrAdoption = true
                if metadata.committee == nil, let r = joined.range(of: "report of the "), let end = joined[r.upperBound...].range(of: "Committee") {
                    metadata.committee = String(joined[r.upperBound..<end.upperBound])
                }
                if let range = joined.range(of: " on "), metadata.date == nil || joined.hasPrefix("Resolution") {
                    if let d = TextScan.isoDate(joined[range.upperBound...]) { metadata.date = d }
                }
                continue
            }
            var agendaTitle = [Substring]()
            var inAgenda = false
            var unclassified = [Substring]()
            for t in block {
                if inAgenda { agendaTitle.append(t); continue }
                if t == "United Nations" || t.hasPrefix("Distr.") || t.hasPrefix("Original:") { continue }
                if t.first == "*" && t.last == "*" && t.count > 2 { continue }
                if TextScan.isSymbol(t) { if metadata.symbol.isEmpty { metadata.symbol = String(t) }; continue }
                if bodies.contains(String(t)) { metadata.body = metadata.body ?? String(t); continue }
                if let d = TextScan.isoDate(t) { if metadata.date == nil { metadata.date = d }; continue }
                if let first = t.split(separator: " ").first, TextScan.isJobNumber(first) {
                    metadata.jobNumber = metadata.jobNumber ?? String(first); continue
                }
                if t.hasSuffix("session") && t.count < 60 { metadata.session = metadata.session ?? String(t); continue }
                if t.hasSuffix("Committee") && t.count < 40 { metadata.committee = metadata.committee ?? String(t); continue }
                if t.hasPrefix("Agenda item") {
                    let rest = t.drop { $0 != " " }.dropFirst().drop { $0 != " " }
                    metadata.agendaItem = String(TextScan.trimmed(rest.filter { $0 != "*" }))
                    inAgenda = true
                    continue
                }
                unclassified.append(t)
            }
            if !unclassified.isEmpty && sawSponsorsOrAdoption { titleBlocks.append(unclassified.joined(separator: " ")) }
        }
        if metadata.title == nil, let first = titleBlocks.first { metadata.title = cleanTitle(first) }
    }

    /// A sponsors line: `…: draft resolution`, `…: amendment to …`, `Draft resolution submitted by …`.
    static func isSponsorBlock(_ s: String) -> Bool {
        // Foundation's search only where the phrase's bytes are: it costs thousands of instructions, even for a no.
        func has(_ phrase: String) -> Bool { s.containsBytes(of: phrase) && s.contains(phrase) }
        return s.hasSuffix("draft resolution") || s.hasSuffix("draft decision") || has(": draft resolution")
            || has(": draft decision") || has(": amendment") || has(":* draft")
            || s.hasPrefix("Draft resolution") || s.hasPrefix("Draft decision") || has(": revised draft")
    }

    /// Drops a resolution number prefix (`80/228. `) and a trailing `*`.
    static func cleanTitle(_ s: String) -> String {
        var t = TextScan.trimmed(s)
        if let space = t.firstIndex(of: " "), t[..<space].hasSuffix("."), t[..<space].contains("/"),
           t[..<space].dropLast().allSatisfy({ TextScan.isASCIIDigit($0) || $0 == "/" }) {
            t = TextScan.trimmed(t[space...])
        }
        while t.last == "*" || t.last == " " { t = t.dropLast() }
        return String(t)
    }

    /// Derives what the symbol implies (body, committee, session) where the cover said nothing.
    static func complete(_ metadata: inout DocumentMetadata, formula: Substring?) {
        if metadata.body == nil, let formula {
            let body = formula.hasSuffix(",") ? formula.dropFirst(4).dropLast() : formula.dropFirst(4)
            if !body.isEmpty { metadata.body = String(body) }
        }
        let parts = metadata.symbol.split(separator: "/")
        if metadata.committee == nil, parts.count >= 2, parts[1].hasPrefix("C."), let k = Int(parts[1].dropFirst(2)),
           k >= 1, k < committees.count {
            metadata.committee = committees[k]
        }
        if metadata.body == nil, parts.first == "A" { metadata.body = "General Assembly" }
        if metadata.session == nil, parts.first == "A" {
            if let s = parts.dropFirst().first(where: { TextScan.isDigits($0) }) { metadata.session = String(s) }
        }
    }
}

/// Splits a sponsors line into State names.
enum SponsorParser {
    /// Names that contain `and`, which must not be split there.
    static let namesWithAnd = [
        "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
        "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland",
        "Heard Island and McDonald Islands", "Turks and Caicos Islands", "Wallis and Futuna", "Group of 77 and China",
    ]

    /// `Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution`
    /// → four names.
    static func split(_ line: String) -> [String] {
        if line.hasPrefix("Draft ") { return [] }
        var text = Substring(line)
        if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
        var s = String(text.filter { $0 != "*" })
        var protected = [String: String]()
        for (k, name) in namesWithAnd.enumerated() where s.contains(name) {
            let key = "\u{E000}\(k)\u{E001}"
            protected[key] = name
            s = s.segReplacingAll(name, with: key)
        }
        var names = [String]()
        for part in s.split(separator: ",") {
            for piece in String(part).segSplittingAll(" and ") {
                var name = String(TextScan.trimmed(piece))
                for (key, value) in protected where name.contains(key) { name = name.segReplacingAll(key, with: value) }
                if !name.isEmpty { names.append(name) }
            }
        }
        return names
    }
}

extension String {
    /// Every occurrence of `target` replaced, by hand (no Foundation).
    func segReplacingAll(_ target: String, with replacement: String) -> String {
        segSplittingAll(target).joined(separator: replacement)
    }

    /// Split on a multi-character separator.
    func segSplittingAll(_ separator: String) -> [String] {
        guard !separator.isEmpty else { return [self] }
        var parts = [String]()
        var rest = Substring(self)
        while let r = rest.firstRange(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
