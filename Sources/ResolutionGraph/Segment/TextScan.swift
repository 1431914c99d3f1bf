/// Small hand-written scanners over normalized lines, shared by the Segment stage.
/// They work on `Substring`/`Character` without regular expressions, so they stay fast on large corpora.
enum TextScan {
    /// The line without leading and trailing spaces (scanned as UTF-8 bytes).
    static func trimmed(_ s: some StringProtocol) -> Substring {
        let sub = Substring(s)
        let u = sub.utf8
        guard let first = u.firstIndex(where: { $0 != 0x20 }) else { return sub[sub.endIndex...] }
        var end = u.endIndex
        while end > first, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        return sub[first..<end]
    }

    /// ``trimmed(_:)`` of a whole `String` (every line, ~75,000 calls on 100 files): the leading and trailing spaces are
    /// counted on its contiguous bytes and the bounds are UTF-8 offsets (constant time on a native string), instead of
    /// walking the `UTF8View`'s indices. A string without contiguous UTF-8 takes the general path.
    static func trimmed(_ s: String) -> Substring {
        let spaces = s.utf8.withContiguousStorageIfAvailable { u -> (leading: Int, trailing: Int) in
            var a = 0
            while a < u.count, u[a] == 0x20 { a += 1 }
            var b = u.count
            while b > a, u[b - 1] == 0x20 { b -= 1 }
            return (a, u.count - b)
        }
        guard let spaces else { return trimmed(Substring(s)) }
        let u = s.utf8
        if spaces.leading == u.count { return s[s.endIndex...] }
        return s[u.index(u.startIndex, offsetBy: spaces.leading)..<u.index(u.endIndex, offsetBy: -spaces.trailing)]
    }

    /// True when the line holds only spaces (or nothing).
    static func isBlank(_ s: some StringProtocol) -> Bool { s.utf8.allSatisfy { $0 == 0x20 } }

    /// The words of a line: runs of characters between ASCII spaces.
    static func words(_ s: Substring) -> [Substring] {
        var out = [Substring]()
        let u = s.utf8
        var i = u.startIndex
        while i < u.endIndex {
            while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
            guard i < u.endIndex else { break }
            var j = i
            while j < u.endIndex, u[j] != 0x20 { j = u.index(after: j) }
            out.append(s[i..<j])
            i = j
        }
        return out
    }

    /// Letters and digits for word matching: ASCII by table, other scalars counted as letters unless they are
    /// the quotes, dashes and other punctuation of UN texts.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        switch v {
        case 0x2018...0x201F, 0x2010...0x2015, 0x2026, 0x00AB, 0x00BB, 0x00B0, 0x00A7, 0x2022, 0x00B7: return false
        default: return v >= 0xC0
        }
    }

    /// The word inside punctuation: `(“Global` → `Global`, `persons,` → `persons`.
    static func core(_ s: Substring) -> Substring {
        // Fast path on bytes while the punctuation around the word is ASCII (scalars and bytes coincide
        // there); a non-ASCII byte before the first or after the last letter takes the scalar path. The
        // bytes are read from the contiguous storage (walking `UTF8View` indices cost ~350 instructions a word).
        var bytes = s
        // How many bytes to drop before and after the word; nil at a non-ASCII byte among them.
        let trim = bytes.withUTF8 { u -> (leading: Int, trailing: Int)? in
            var first = 0
            while first < u.count {
                let b = u[first]
                if b >= 0x80 { return nil }
                if isWordScalar(UInt32(b)) { break }
                first += 1
            }
            if first == u.count { return (first, 0) }
            var end = u.count
            while end > first {
                let b = u[end - 1]
                if b >= 0x80 { return nil }
                if isWordScalar(UInt32(b)) { break }
                end -= 1
            }
            return (first, u.count - end)
        }
        guard let trim else { return coreByScalars(s) }
        if trim == (0, 0) { return s }
        if trim.leading == s.utf8.count { return s[s.endIndex...] }
        // The dropped bytes are ASCII, one scalar each: the bounds are found by a few scalar steps from either end
        // (scalar-aligned indices, which the substring subscript takes without rounding them).
        let scalars = s.unicodeScalars
        return s[scalars.index(scalars.startIndex, offsetBy: trim.leading)..<scalars.index(scalars.endIndex, offsetBy: -trim.trailing)]
    }

    private static func coreByScalars(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { isWordScalar($0.value) }) else { return s[s.endIndex...] }
        var end = scalars.endIndex
        while end > first, !isWordScalar(scalars[scalars.index(before: end)].value) { end = scalars.index(before: end) }
        return Substring(scalars[first..<end])
    }

    /// True when `s` is made of ASCII digits only (and is not empty).
    static func isDigits(_ s: some StringProtocol) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func isASCIIDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isLetter(_ c: Character) -> Bool { c.isLetter }

    /// `18-16831`: a UN job number.
    static func isJobNumber(_ s: some StringProtocol) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 8, u[2] == 0x2D else { return false }
        for (i, b) in u.enumerated() where i != 2 { if b < 0x30 || b > 0x39 { return false } }
        return true
    }

    /// `5/12`: a page number and page count.
    static func pageNumber(_ s: some StringProtocol) -> (page: Int, of: Int)? {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, isDigits(parts[0]), isDigits(parts[1]), parts[0].count <= 3, parts[1].count <= 3,
              let a = Int(parts[0]), let b = Int(parts[1]), a >= 1, a <= b else { return nil }
        return (a, b)
    }

    /// Looks like a UN document symbol: `A/C.3/73/L.7`, `A/RES/80/228`, `E/CN.15/2024/15`.
    static func isSymbol(_ s: some StringProtocol) -> Bool {
        guard let f = s.utf8.first, f >= 0x41, f <= 0x5A, s.utf8.count >= 4, s.utf8.count <= 40, s.utf8.contains(0x2F) else { return false }
        var sawDigit = false
        for c in s {
            if c.isASCII && c.isNumber { sawDigit = true; continue }
            if c.isASCII && (c.isLetter || c == "/" || c == "." || c == "-" || c == "(" || c == ")") { continue }
            return false
        }
        return sawDigit && s.last != "/" && s.last != "."
    }

    /// A line made only of underscores: the rule that opens a footnote block.
    static func isSeparator(_ s: some StringProtocol) -> Bool {
        let t = trimmed(s)
        // Only underscores: every byte is one (a character is an underscore only as a lone byte).
        return t.utf8.count >= 5 && t.utf8.allSatisfy { $0 == 0x5F }
    }

    /// A link line printed under the footnotes: `https://undocs.org/A/RES/72/1`.
    static func isURL(_ s: some StringProtocol) -> Bool {
        let t = trimmed(s)
        // Each prefix starts with the byte `h` or `w`: other lines are told at their first byte.
        guard let b = t.utf8.first, b == UInt8(ascii: "h") || b == UInt8(ascii: "w") else { return false }
        return (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("www.")) && !t.contains(" ")
    }

    /// A leading integer followed by a space (or the end): `12  Ibid., vol. 5` → (12, "Ibid., vol. 5").
    static func leadingInteger(_ s: Substring) -> (Int, Substring)? {
        var i = s.startIndex
        while i < s.endIndex, isASCIIDigit(s[i]) { i = s.index(after: i) }
        guard i > s.startIndex, s.distance(from: s.startIndex, to: i) <= 4 else { return nil }
        if i < s.endIndex && s[i] != " " { return nil }
        return (Int(s[s.startIndex..<i])!, trimmed(s[i...]))
    }

    /// A paragraph number at the start of a line: `12.` or `12. Urges …` → (12, rest).
    static func paragraphNumber(_ s: Substring) -> (Int, Substring)? {
        // A first byte that is no ASCII digit starts no ASCII digit character: most lines are turned away here, before
        // the first `Character` is cut (the same answer).
        guard let b = s.utf8.first, b >= 0x30, b <= 0x39 else { return nil }
        var i = s.startIndex
        while i < s.endIndex, isASCIIDigit(s[i]) { i = s.index(after: i) }
        guard i > s.startIndex, s.distance(from: s.startIndex, to: i) <= 3, i < s.endIndex, s[i] == "." else { return nil }
        let after = s.index(after: i)
        if after < s.endIndex && s[after] != " " { return nil }
        return (Int(s[s.startIndex..<i])!, trimmed(s[after...]))
    }

    /// A sub-item label at the start of a line: `(a)` or `(iv) To …` → ("a", rest).
    static func subItemLabel(_ s: Substring) -> (Substring, Substring)? {
        // The first byte first: a first character "(" starts with it (the same answer, without cutting a `Character`).
        guard s.utf8.first == UInt8(ascii: "("), s.first == "(", let close = s.firstIndex(of: ")") else { return nil }
        let inner = s[s.index(after: s.startIndex)..<close]
        guard !inner.isEmpty, inner.count <= 5, inner.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        let after = s.index(after: close)
        if after < s.endIndex && s[after] != " " { return nil }
        return (inner, trimmed(s[after...]))
    }

    /// A Roman numeral (`I`, `IV`, `xii`), case-insensitive, with its value.
    static func romanValue(_ s: some StringProtocol) -> Int? {
        guard !s.isEmpty, s.count <= 7 else { return nil }
        var total = 0, previous = 0
        for c in s.lowercased().reversed() {
            let v: Int
            switch c {
            case "i": v = 1
            case "v": v = 5
            case "x": v = 10
            case "l": v = 50
            case "c": v = 100
            default: return nil
            }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total
    }

    /// Roman numeral for small numbers, lowercase.
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }

    /// The first word of a line, without surrounding punctuation.
    static func firstWord(_ s: Substring) -> Substring {
        let u = s.utf8
        let end = u.firstIndex(of: 0x20) ?? u.endIndex
        return core(s[s.startIndex..<end])
    }

    /// True when the line ends a clause: `,`, `;`, `:` or `.`, allowing a trailing footnote marker,
    /// closing quote or parenthesis.
    static func endsClause(_ s: Substring) -> Bool {
        var t = trimmed(s)
        if let byBytes = endsClauseByBytes(t) { return byBytes }
        while let last = t.last, isASCIIDigit(last) || last == " " { t = t.dropLast() }
        while let last = t.last, last == "\u{201D}" || last == "\"" || last == ")" || last == "*" { t = t.dropLast() }
        guard let last = t.last else { return false }
        return last == "," || last == ";" || last == ":" || last == "."
    }

    /// ``endsClause(_:)`` told from the last bytes while each last character is one ASCII byte: nil when a
    /// character it reaches is not (a non-ASCII byte before an ASCII one may join it, as a prepended mark does, and a
    /// line ending CR LF is one character), which the `Character` loop then settles.
    private static func endsClauseByBytes(_ s: Substring) -> Bool? {
        var s = s
        return s.withUTF8 { u -> Bool? in
            var end = u.count
            /// The last character of `u[..<end]` when it is a single ASCII byte.
            func lastASCII() -> UInt8? {
                guard end > 0, u[end - 1] < 0x80 else { return nil }
                if end >= 2, u[end - 2] >= 0x80 || (u[end - 2] == 0x0D && u[end - 1] == 0x0A) { return nil }
                return u[end - 1]
            }
            while end > 0 {
                guard let b = lastASCII() else { return nil }
                guard (b >= 0x30 && b <= 0x39) || b == 0x20 else { break }
                end -= 1
            }
            while end > 0 {
                guard let b = lastASCII() else { return nil }
                guard b == UInt8(ascii: "\"") || b == UInt8(ascii: ")") || b == UInt8(ascii: "*") else { break }
                end -= 1
            }
            guard end > 0 else { return false }
            guard let b = lastASCII() else { return nil }
            return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
        }
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// `14 October 2025` → `2025-10-14`.
    static func isoDate(_ s: some StringProtocol) -> String? {
        let parts = trimmed(s).split(separator: " ")
        guard parts.count == 3, isDigits(parts[0]), isDigits(parts[2]), parts[2].count == 4,
              let day = Int(parts[0]), day >= 1, day <= 31,
              let m = months.firstIndex(of: parts[1].lowercased()) else { return nil }
        let mm = m + 1 < 10 ? "0\(m + 1)" : "\(m + 1)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(parts[2])-\(mm)-\(dd)"
    }
}
