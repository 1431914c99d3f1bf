/// Reads the sources a footnote cites: Treaty Series volumes (with `Ibid.` resolved), resolutions and
/// document symbols — and the document symbols a paragraph cites inline. Hand-written scanning over the words.
struct CitationParser {
    /// Whether the source cited last was the Treaty Series, so that `Ibid., vol. …` refers to it.
    private var lastWasTreatySeries = false

    init() {}

    /// The citations of one footnote, in order; updates the `Ibid.` context.
    mutating func parse(_ text: String) -> [Citation] {
        var out = [Citation]()
        let words = text.split(separator: " ")
        var treatyContext = lastWasTreatySeries
        var sawOther = false
        var k = 0
        while k < words.count {
            let w = words[k]
            let lower = w.lowercased()
            if w.hasPrefix("Series") && k > 0 && words[k - 1] == "Treaty" { treatyContext = true }
            else if lower.hasPrefix("ibid") { treatyContext = lastWasTreatySeries || treatyContext }
            else if lower == "official" || lower == "records" { treatyContext = false; sawOther = true }
            if (w == "vol." || w == "vols.") && treatyContext {
                // vol. 2225, No. 39574   |   vols. 2171 and 2173, No. 27531
                var volumes = [Substring]()
                var j = k + 1
                while j < words.count {
                    let v = words[j].filter { $0 != "," }
                    if TextScan.isDigits(v) { volumes.append(Substring(v)); j += 1; continue }
                    if words[j] == "and" || words[j] == "&" { j += 1; continue }
                    break
                }
                if j + 1 < words.count, words[j] == "No." {
                    let num = Self.strip(words[j + 1])
                    if TextScan.isDigits(num) {
                        for v in volumes { out.append(.treatySeries(volume: String(v), number: String(num))) }
                    }
                    k = j + 2
                    continue
                }
                k = j
                continue
            }
            if lower == "resolution" || lower == "resolutions" {
                var j = k + 1
                while j < words.count {
                    let token = Self.strip(words[j])
                    if Self.isResolutionNumber(token) {
                        var symbol = String(token)
                        // `2200 A (XXI)`, `1325 (2000)`
                        if j + 1 < words.count, words[j].last != ",", Self.isRomanSession(Self.stripTrailing(words[j + 1])) {
                            symbol += " " + Self.stripTrailing(words[j + 1]); j += 1
                        } else if j + 2 < words.count, words[j].last != ",", words[j + 1].count == 1, words[j + 1].first!.isUppercase,
                                  Self.isRomanSession(Self.stripTrailing(words[j + 2])) {
                            symbol += " " + words[j + 1] + " " + Self.stripTrailing(words[j + 2]); j += 2
                        }
                        out.append(.resolution(symbol)); sawOther = true
                        j += 1
                        if j < words.count, words[j] == "and" { j += 1 }
                        continue
                    }
                    break
                }
                k = max(j, k + 1)
                continue
            }
            if let symbol = Self.documentSymbol(w) { out.append(.documentSymbol(String(symbol))); sawOther = true }
            // After "document", the symbols of other organizations too: "World Health Organization, document WHA77.4",
            // "document WHA63/2010/REC/1".
            else if k > 0, words[k - 1] == "document", let symbol = Self.agencySymbol(w) {
                out.append(.documentSymbol(String(symbol))); sawOther = true
            }
            k += 1
        }
        let hasTreaty = out.contains { if case .treatySeries = $0 { return true } else { return false } }
        if hasTreaty { lastWasTreatySeries = true } else if sawOther { lastWasTreatySeries = false }
        return out
    }

    /// The document symbols a paragraph's text writes inline: "the report of the Secretary-General (A/80/302)",
    /// "E/CN.15/2024/L.3/Rev.1", "CEDAW/C/GC/38" — read word by word as in a footnote, symbols only (resolutions by
    /// number are found by the extractor's patterns, the Treaty Series only in footnotes).
    static func documentSymbols(in text: String) -> [Citation] {
        // Every symbol holds a slash: only the words around a slash are read (a paragraph is split into words only
        // where it has one; most have none).
        let bytes = text.utf8
        guard bytes.withContiguousStorageIfAvailable({ $0.contains(UInt8(ascii: "/")) }) ?? bytes.contains(UInt8(ascii: "/")) else { return [] }
        var result = [Citation]()
        var wordStart = bytes.startIndex, hasSlash = false
        var i = bytes.startIndex
        while true {
            let atEnd = i == bytes.endIndex
            let byte = atEnd ? UInt8(ascii: " ") : bytes[i]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                if hasSlash, wordStart < i, let symbol = documentSymbol(text[wordStart..<i]) {
                    result.append(.documentSymbol(String(symbol)))
                }
                if atEnd { break }
                wordStart = bytes.index(after: i); hasSlash = false
            } else if byte == UInt8(ascii: "/") {
                hasSlash = true
            }
            i = bytes.index(after: i)
        }
        return result
    }

    /// The document symbol one word is, its surrounding punctuation dropped: `(A/80/302),` → `A/80/302`.
    static func documentSymbol(_ word: Substring) -> Substring? {
        let symbol = strip(word)
        return isDocumentSymbol(symbol) ? symbol : nil
    }

    /// Drops surrounding punctuation: `(E/2018/27),` → `E/2018/27`.
    static func strip(_ w: Substring) -> Substring {
        var s = w.drop { $0 == "(" || $0 == "[" || $0 == "\u{201C}" || $0 == "\"" }
        while let last = s.last, last == "," || last == ";" || last == "." || last == ":" || last == "]" || last == "\u{201D}" || last == "\"" {
            s = s.dropLast()
        }
        if s.last == ")" && !s.contains("(") { s = s.dropLast() }
        return s
    }

    /// Drops trailing `,;.:` only: `(XXI),` → `(XXI)`.
    static func stripTrailing(_ w: Substring) -> Substring {
        var s = w
        while let last = s.last, last == "," || last == ";" || last == "." || last == ":" { s = s.dropLast() }
        return s
    }

    /// `64/293`, `2025/16`, `ES-10/1`, `S-26/2`, `2200`, `1325`.
    static func isResolutionNumber(_ s: Substring) -> Bool {
        var t = s
        if let dash = t.firstIndex(of: "-"), t[..<dash].allSatisfy({ $0.isUppercase }) { t = t[t.index(after: dash)...] }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 { return TextScan.isDigits(parts[0]) && TextScan.isDigits(parts[1]) }
        return parts.count == 1 && TextScan.isDigits(t) && t.count >= 2 && t.count <= 4
    }

    /// `(XXI)`, `(2000)`.
    static func isRomanSession(_ s: Substring) -> Bool {
        guard s.first == "(", s.last == ")", s.count >= 3 else { return false }
        let inner = s.dropFirst().dropLast()
        return TextScan.isDigits(inner) || (inner.allSatisfy { $0.isUppercase } && TextScan.romanValue(inner) != nil)
    }

    /// A symbol in another organization's style, capitals then digits, with a slash or a dot: `WHA77.4`, `WHA63/2010/REC/1`.
    static func agencySymbol(_ word: Substring) -> Substring? {
        let s = strip(word)
        guard let first = s.first, first.isUppercase, first.isASCII, s.count >= 4, s.contains(where: { $0 == "/" || $0 == "." }),
              s.allSatisfy({ ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "/" || $0 == "." }),
              let last = s.last, last.isNumber, s.contains(where: { $0.isNumber }) else { return nil }
        return s
    }

    /// `A/73/263`, `A/HRC/38/45`, `E/CN.15/2024/15`, `CEDAW/C/GC/38`, `S/2023/1`.
    static func isDocumentSymbol(_ s: Substring) -> Bool {
        guard TextScan.isSymbol(s), let slash = s.firstIndex(of: "/") else { return false }
        let head = s[..<slash]
        guard head.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0 == "." }) else { return false }
        return s.contains { TextScan.isASCIIDigit($0) }
    }
}
