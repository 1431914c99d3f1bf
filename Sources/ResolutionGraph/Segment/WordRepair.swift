// NOTE (lead): renamed from `DocumentWordList`, which is the Extract stage's entity vocabulary type.
/// The words of a document, counted, so that repairs can ask whether a form is attested elsewhere.
struct DocumentWordList: Sendable {
    /// The words that can be keyed by their bytes (``byteKey(_:)``): all of ASCII, which is nearly every word.
    private var table = WordCountTable(capacity: 1024)
    /// The other words, by `String`, whose equality (canonical equivalence) is what these counts have always meant.
    private var others = [String: Int]()
    /// The words counted, to tell most absent joined forms without building them (``mayHold(_:_:)``).
    private var filter = WordFilter(log2Bits: 16)

    /// Counts the words of every line given.
    init(lines: [Substring]) {
        var lowered = [UInt8]()
        for line in lines {
            // Words of ASCII are cut and trimmed on the line's bytes and counted from a lowered copy of the line, with no
            // substring, string or word list (the same answer as ``TextScan/core(_:)`` and ``lower(_:)``, which the
            // others take).
            let handled = line.utf8.withContiguousStorageIfAvailable { u -> Bool in
                Self.lowerASCII(u, into: &lowered)
                lowered.withUnsafeBufferPointer { l in
                    var i = 0
                    while i < u.count {
                        while i < u.count, u[i] == 0x20 { i += 1 }
                        guard i < u.count else { break }
                        var j = i, ascii = true
                        while j < u.count, u[j] != 0x20 { if u[j] >= 0x80 { ascii = false }; j += 1 }
                        if ascii {
                            var a = i, b = j
                            while a < b, !TextScan.isWordScalar(UInt32(u[a])) { a += 1 }
                            while b > a, !TextScan.isWordScalar(UInt32(u[b - 1])) { b -= 1 }
                            if a < b { addASCII(UnsafeBufferPointer(rebasing: l[a..<b])) }
                        } else {
                            let start = line.utf8.index(line.utf8.startIndex, offsetBy: i)
                            let end = line.utf8.index(start, offsetBy: j - i)
                            let core = TextScan.core(line[start..<end])
                            if !core.isEmpty { add(Self.lower(core)) }
                        }
                        i = j
                    }
                }
                return true
            }
            if handled == nil {
                for word in TextScan.words(line) {
                    let core = TextScan.core(word)
                    if !core.isEmpty { add(Self.lower(core)) }
                }
            }
        }
    }

    /// `u` with its ASCII capitals lowered, into the first `u.count` bytes of `out` (other bytes as they are; `out` is
    /// reused from line to line and only grows).
    private static func lowerASCII(_ u: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        if out.count < u.count { out.append(contentsOf: repeatElement(0, count: u.count - out.count)) }
        out.withUnsafeMutableBufferPointer { l in
            for k in 0..<u.count { let c = u[k]; l[k] = c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        }
    }

    /// Counts a lowered ASCII word; the filter learns each word once, as it did from the keys of a dictionary.
    private mutating func addASCII(_ word: UnsafeBufferPointer<UInt8>) {
        let h = WordHash.of(bytes: word)
        if table.add(word, hash: h) { filter.insert(hash: h) }
    }

    /// Counts a lowered word of any script.
    private mutating func add(_ word: String) {
        if let key = Self.byteKey(word) {
            // The filter learns the bytes of the form counted first, as it learnt a dictionary's first key.
            let isNew = key.withUnsafeBufferPointer { table.add($0, hash: WordHash.of(bytes: $0)) }
            if isNew { filter.insert(word) }
        } else {
            if others[word] == nil { filter.insert(word) }
            others[word, default: 0] += 1
        }
    }

    /// The bytes `word` is counted under in ``table``: its own when it is ASCII, and the ASCII text it is canonically
    /// equivalent to when its only other scalars are the three whose decomposition is ASCII (the Greek question mark,
    /// the Greek varia and the Kelvin sign: `String` equality makes `K` and the Kelvin sign one key); nil for any other
    /// word, which equals no ASCII text.
    private static func byteKey(_ word: String) -> [UInt8]? {
        var key = [UInt8]()
        key.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: key.append(UInt8(scalar.value))
            case 0x037E: key.append(UInt8(ascii: ";"))
            case 0x1FEF: key.append(UInt8(ascii: "`"))
            case 0x212A: key.append(UInt8(ascii: "K"))
            default: return nil
            }
        }
        return key
    }

    /// False when the word `lower(first) + lower(second)` is certainly not counted; nil when either is not ASCII
    /// (lowering is then Unicode's, not worked out here). Builds neither string.
    func mayHold(_ first: Substring, _ second: Substring) -> Bool? {
        filter.mayContainLowered(first, second)
    }

    /// ``mayHold(_:_:)`` of `first` and the core of `second` (``TextScan/core(_:)``, the word inside its punctuation) read
    /// from the bytes of both, with no substring cut: when both are ASCII the core is `second` trimmed of non-word bytes at
    /// either end. Nil when either holds a non-ASCII byte (the caller then cuts the core and asks ``mayHold(_:_:)``).
    /// Both strings are read in place (`utf8.withContiguousStorageIfAvailable` on the parameters): `withUTF8` needed a
    /// mutable copy of each, a retain and release of both at every token (~60 instructions of ~340).
    func mayHold(_ first: String, coreOf second: String) -> Bool? {
        guard let firstHash = first.utf8.withContiguousStorageIfAvailable({ WordHash.lowered($0, from: WordHash.start) }) else {
            return mayHoldCopying(first, coreOf: second)
        }
        guard let h = firstHash else { return nil }
        return second.utf8.withContiguousStorageIfAvailable { mayHold(hash: h, coreOf: $0) } ?? mayHoldCopying(first, coreOf: second)
    }

    /// ``mayHold(_:coreOf:)`` for strings without contiguous UTF-8 (not met on native strings).
    private func mayHoldCopying(_ first: String, coreOf second: String) -> Bool? {
        var first = first, second = second
        guard let h = first.withUTF8({ WordHash.lowered($0, from: WordHash.start) }) else { return nil }
        return second.withUTF8 { mayHold(hash: h, coreOf: $0) }
    }

    /// Whether the joined word may be counted: `h`, the lowered hash of the first text, stepped over the lowered core of
    /// the second text's bytes `u`; nil when the core is not ASCII.
    private func mayHold(hash h: UInt32, coreOf u: UnsafeBufferPointer<UInt8>) -> Bool? {
        var a = 0, b = u.count
        while a < b, u[a] < 0x80, !TextScan.isWordScalar(UInt32(u[a])) { a += 1 }
        while b > a, u[b - 1] < 0x80, !TextScan.isWordScalar(UInt32(u[b - 1])) { b -= 1 }
        guard let joined = WordHash.lowered(UnsafeBufferPointer(rebasing: u[a..<b]), from: h) else { return nil }
        return filter.mayContain(hash: joined)
    }

    func count(_ word: String) -> Int { count(lowered: Self.lower(Substring(word))) }

    /// The count of a word already lower-cased by ``lower(_:)`` (lowering is idempotent: no second pass).
    func count(lowered word: String) -> Int {
        let ascii = word.utf8.withContiguousStorageIfAvailable { u -> Int? in
            var h = WordHash.start
            for b in u {
                if b >= 0x80 { return nil }
                h = WordHash.step(h, b)
            }
            return table.count(u, hash: h)
        }
        if let ascii, let n = ascii { return n }
        if let key = Self.byteKey(word) { return key.withUnsafeBufferPointer { table.count($0, hash: WordHash.of(bytes: $0)) } }
        return others[word] ?? 0
    }

    /// Lowercase, with an ASCII fast path.
    static func lower(_ s: Substring) -> String {
        // One pass over the contiguous UTF-8 bytes decides: no upper-case ASCII and no non-ASCII byte →
        // the text as it is; ASCII with capitals → lowered byte by byte straight into a new string;
        // anything else → `lowercased()`.
        let kind = s.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var upper = false
            for b in bytes {
                if b >= 0x80 { return 2 }
                if b >= 0x41 && b <= 0x5A { upper = true }
            }
            return upper ? 1 : 0
        }
        switch kind {
        case 0: return String(s)
        case 1:
            return String(unsafeUninitializedCapacity: s.utf8.count) { out in
                var n = 0
                for b in s.utf8 { out[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b; n += 1 }
                return n
            }
        case 2: return s.lowercased()
        default:
            if s.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) { return String(s) }
            if s.utf8.allSatisfy({ $0 < 0x80 }) {
                return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
            }
            return s.lowercased()
        }
    }
}

/// Repairs of PDF extraction damage: words hyphenated at line ends, and words broken by a stray space
/// (`p rotect`, `per sons`, `post -conflict`).
enum WordRepair {
    /// Words so common that two of them side by side are most likely two words (`in to`, `any one`).
    static let commonWords: Set<String> = [
        "a", "an", "the", "in", "to", "into", "on", "of", "for", "at", "by", "be", "is", "it", "as", "or", "and", "no",
        "not", "with", "its", "all", "any", "some", "other", "are", "was", "we", "us", "so", "do", "he", "me", "my", "up",
        "off", "over", "out", "can", "may", "well", "her", "his", "she", "own", "one", "two", "new", "use", "way", "part",
        "take", "set", "form", "fact", "there", "here", "where", "with", "in", "out", "under", "taking", "account", "time",
        "work", "place", "land", "side", "how", "ever", "what", "when", "who", "which", "that", "this", "those", "these",
        "them", "then", "than", "more", "most", "less", "per", "self", "non", "re", "co", "pre", "post", "anti", "inter",
        "also", "such", "each", "every", "thereto", "there", "after", "before", "within", "without", "through", "above",
        "action", "cause", "ward", "wards", "body", "thing", "man", "men", "women", "child", "room", "line", "base", "hand",
    ]

    /// Words after which a line-end hyphen is a suspended hyphen (`gender- and age-sensitive`).
    static let conjunctions: Set<String> = ["and", "or", "to", "nor", "as", "and/or"]

    /// Joins words broken across lines at a hyphen. Keeps the hyphen unless only the solid form is attested.
    ///
    /// The tokens are compacted in place (``keepToken(_:_:_:)``): `tokens[..<w]` are the tokens kept so far, the last of them
    /// joined to in place. A new array of every token, and the old one's release, cost a retain and a release of each
    /// token's text and references (~60 M on 100 files for the two joining passes).
    static func joinLineEndHyphens(_ tokens: inout [LayoutToken], vocabulary: DocumentWordList) {
        var w = 0
        var k = 0
        while k < tokens.count {
            if tokens[k].lineEnd, k + 1 < tokens.count, let first = tokens[k + 1].text.first, first.isLetter {
                let next = tokens[k + 1]
                if tokens[k].text == "-", w > 0 {
                    // `age -` / `appropriate` → `age-appropriate`.
                    tokens[w - 1].text += "-" + next.text
                    tokens[w - 1].lineEnd = next.lineEnd; tokens[w - 1].wideAfter = next.wideAfter; tokens[w - 1].refs += next.refs
                    k += 2; continue
                }
                let text = tokens[k].text
                if text.count > 1, text.hasSuffix("-"), let before = text.dropLast().last, before.isLetter,
                   !conjunctions.contains(next.core.lowercased()) {
                    let stem = String(text.dropLast())
                    let nextCore = String(next.core)
                    let hyphenated = LayoutToken(text: stem, lineStart: false, lineEnd: false, wideAfter: false).core + "-" + nextCore
                    let solid = LayoutToken(text: stem, lineStart: false, lineEnd: false, wideAfter: false).core + nextCore
                    let keep = vocabulary.count(String(hyphenated)) > 0 || vocabulary.count(String(solid)) == 0
                    tokens[k].text = (keep ? text : stem) + next.text
                    tokens[k].lineEnd = next.lineEnd; tokens[k].wideAfter = next.wideAfter; tokens[k].refs += next.refs
                    keepToken(&tokens, k, &w); k += 2; continue
                }
            }
            keepToken(&tokens, k, &w)
            k += 1
        }
        tokens.removeSubrange(w...)
    }

    /// Keeps `tokens[k]` as the next kept token: the first `w` tokens are those kept, and `k` is never below `w` (a pass
    /// keeps at most one token per token read). The token is swapped down to slot `w` (no retain or release), so the
    /// tokens read and not kept drift past the kept ones, to be cut off at the end of the pass.
    @inline(__always)
    private static func keepToken(_ tokens: inout [LayoutToken], _ k: Int, _ w: inout Int) {
        if w != k { tokens.swapAt(w, k) }
        w += 1
    }

    /// The kept token `tokens[p]` joined with `tokens[k]`: its text appended; its line end, spacing and references taken.
    private static func joinToken(_ tokens: inout [LayoutToken], _ p: Int, _ k: Int) {
        let next = tokens[k]
        tokens[p].text += next.text
        tokens[p].lineEnd = next.lineEnd; tokens[p].wideAfter = next.wideAfter; tokens[p].refs = next.refs
    }

    /// Joins words split by a stray space when the joined form is attested in the document and the pieces
    /// are not both words in their own right; `X -y` becomes `X-y`.
    ///
    /// Compacted in place as ``joinLineEndHyphens(_:vocabulary:)`` is: `tokens[..<w]` are the tokens kept so far.
    static func joinSplitWords(_ tokens: inout [LayoutToken], vocabulary: DocumentWordList) {
        guard tokens.count > 1 else { return }
        var w = 0
        for k in tokens.indices {
            // The first byte stands in for the first character until a `-` makes the character matter
            // (a combining mark after the hyphen would make a different character): no grapheme
            // breaking for every token.
            // The previous kept token (`tokens[p]`) and the token (`tokens[k]`) are read and joined in place: a copy of
            // either per token cost a retain and release of its text and references.
            let p = w - 1
            guard p >= 0, tokens[p].refs.isEmpty, let firstByte = tokens[k].text.utf8.first else { keepToken(&tokens, k, &w); continue }
            let prevIsWord = isLetterWord(tokens[p].text)
            // `post -conflict`, `information -sharing`
            if prevIsWord, firstByte == UInt8(ascii: "-"), tokens[k].text.first == "-", tokens[k].text.count > 1,
               tokens[k].text.dropFirst().first?.isLetter == true,
               !conjunctions.contains(tokens[p].text.lowercased()) {   // `owned and -driven` keeps its space
                joinToken(&tokens, p, k)
                continue
            }
            guard prevIsWord, let b0 = tokens[k].text.utf8.first, (b0 >= 0x61 && b0 <= 0x7A) else { keepToken(&tokens, k, &w); continue }
            // Every way on below keeps the token apart unless the joined form is attested: most pairs are told
            // here, on their bytes.
            // Most pairs are told on the bytes of the two texts (no core cut, no substring); the others as before.
            let quick = vocabulary.mayHold(tokens[p].text, coreOf: tokens[k].text)
            if quick == false { keepToken(&tokens, k, &w); continue }
            let core = tokens[k].core
            if quick == nil, vocabulary.mayHold(Substring(tokens[p].text), core) == false { keepToken(&tokens, k, &w); continue }
            let a = DocumentWordList.lower(Substring(tokens[p].text))
            let bCore = DocumentWordList.lower(core)
            guard !bCore.isEmpty, isASCII(tokens[k].text) || tokens[k].text.hasPrefix(core) else { keepToken(&tokens, k, &w); continue }
            let joined = a + bCore
            guard vocabulary.count(lowered: joined) > 0 else { keepToken(&tokens, k, &w); continue }
            let aIsWord = commonWords.contains(a) || vocabulary.count(lowered: a) >= 2
            let bIsWord = commonWords.contains(bCore) || vocabulary.count(lowered: bCore) >= 2
            if aIsWord && bIsWord { keepToken(&tokens, k, &w); continue }
            // `a broad`, `in formal`: a short function word before a real-looking word stays apart;
            // `possess or`: a word before a short function word joins only when the solid form is common.
            if a.utf8.count <= 2 && commonWords.contains(a) && bCore.utf8.count >= 4 { keepToken(&tokens, k, &w); continue }
            if bCore.utf8.count <= 3 && commonWords.contains(bCore) && a.utf8.count >= 4 && vocabulary.count(lowered: joined) < 3 {
                keepToken(&tokens, k, &w); continue
            }
            joinToken(&tokens, p, k)
        }
        tokens.removeSubrange(w...)
    }

    /// True for a non-empty text of letters only (``TextScan/isWordScalar(_:)`` minus digits). ASCII
    /// text is checked on its bytes, where scalars and bytes coincide.
    private static func isLetterWord(_ text: String) -> Bool {
        if text.isEmpty { return false }
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            for b in bytes {
                if b >= 0x80 { return nil }
                if !((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")) { return false }
            }
            return true
        }), let ascii { return ascii }
        return text.unicodeScalars.allSatisfy { TextScan.isWordScalar($0.value) && !($0.value >= 0x30 && $0.value <= 0x39) }
    }

    /// In ASCII text a token's core (its letters and digits, trimmed of punctuation) is a prefix of the
    /// text character by character whenever it is one scalar by scalar, so `hasPrefix` can be skipped.
    private static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }
}
