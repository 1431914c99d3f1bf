/// A word or punctuation token of a text unit, with its span in Unicode scalars.
struct TextToken: Sendable {
    /// Lower-cased form, used to walk the gazetteer.
    var folded: String
    /// The token as written.
    var original: String
    var start: Int
    var end: Int
    var isWord: Bool
    /// ``WordHash`` of `folded`, worked out once here for every matcher that looks the token up.
    var hash: UInt32
}

/// Splits text into word tokens (runs of letters and digits) and the punctuation tokens that matter
/// inside names (`, ; : ( ) . /`). Spaces, hyphens, apostrophes and quotes only separate tokens, so
/// `non-governmental` and `non governmental`, `Women's` and `Women’s` tokenize alike.
enum Tokenizer {
    /// One pass over the UTF-8 bytes: ASCII by table, other scalars decoded in place; a token's strings are
    /// made once from its bytes (small strings, no allocation, for most words).
    static func tokenize(_ text: String) -> [TextToken] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// Punctuation kept as tokens, by ASCII code.
    private static let punctuation: Set<UInt8> = [0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2E, 0x2F]
    /// Membership in ``punctuation`` by a 128-bit mask (asked at every space and mark, no hashing).
    private static let punctuationMask: (UInt64, UInt64) = punctuation.reduce((0, 0)) { m, b in
        b < 64 ? (m.0 | (1 << UInt64(b)), m.1) : (m.0, m.1 | (1 << UInt64(b - 64)))
    }
    /// The one-character string of each ASCII byte, made once: `String(decoding: CollectionOfOne(b), as: UTF8.self)`
    /// per punctuation token went through a dynamic cast and a non-contiguous decode (~1,200 instructions a token).
    private static let punctuationStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
    /// Membership of `b` in the ``punctuationMask`` `mask` (passed in: read once per text, not through `swift_once` per byte).
    @inline(__always)
    private static func isPunctuation(_ b: UInt8, _ mask: (UInt64, UInt64)) -> Bool {
        b < 64 ? mask.0 & (1 << UInt64(b)) != 0 : b < 128 && mask.1 & (1 << UInt64(b - 64)) != 0
    }

    private static func tokenize(utf8 u: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var tokens = [TextToken]()
        tokens.reserveCapacity(u.count / 5)
        var i = 0
        var offset = 0            // in Unicode scalars
        var wordStart = -1        // byte index of the current word, or -1
        var wordScalarStart = 0
        var allLowerASCII = true
        var allASCII = true
        let punctuationMask = Self.punctuationMask, punctuationStrings = Self.punctuationStrings

        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            let bytes = UnsafeBufferPointer(rebasing: u[wordStart..<end])
            let original = String(decoding: bytes, as: UTF8.self)
            let folded: String
            var hash = WordHash.start
            if allLowerASCII {
                folded = original
                for b in bytes { hash = WordHash.step(hash, b) }
            } else if allASCII {
                folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                    for (k, b) in bytes.enumerated() {
                        let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                        buffer[k] = lower
                        hash = WordHash.step(hash, lower)
                    }
                    return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
                }
            } else {
                folded = original.lowercased()
                hash = WordHash.of(folded)
            }
            tokens.append(TextToken(folded: folded, original: original, start: wordScalarStart, end: offset, isWord: true, hash: hash))
            wordStart = -1
            allLowerASCII = true
            allASCII = true
        }

        while i < u.count {
            let b = u[i]
            if b < 0x80 {
                let isUpper = b >= 0x41 && b <= 0x5A
                if (b >= 0x30 && b <= 0x39) || isUpper || (b >= 0x61 && b <= 0x7A) {
                    if wordStart < 0 { wordStart = i; wordScalarStart = offset }
                    if isUpper { allLowerASCII = false }
                } else {
                    flush(i)
                    if isPunctuation(b, punctuationMask) {
                        let s = punctuationStrings[Int(b)]
                        tokens.append(TextToken(folded: s, original: s, start: offset, end: offset + 1, isWord: false,
                                                hash: WordHash.step(WordHash.start, b)))
                    }
                }
                i += 1
            } else {
                // Decode one scalar of valid UTF-8.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < u.count { v = v << 6 | (UInt32(u[i + k]) & 0x3F) }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if wordStart < 0 { wordStart = i; wordScalarStart = offset }
                    allLowerASCII = false
                    allASCII = false
                } else {
                    flush(i)
                }
                i += length
            }
            offset += 1
        }
        flush(u.count)
        return tokens
    }
}

extension TextToken {
    /// The hyphens that join the two parts of a word written as two tokens ("non-State", "High-level"): the ASCII
    /// hyphen-minus, U+2010 and the non-breaking U+2011 of the PDF texts.
    static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}"]

    /// Whether the first scalar of the token is upper-case (the Unicode property): ASCII told by its byte,
    /// without the property table.
    var firstScalarIsUppercase: Bool {
        guard let b = original.utf8.first else { return false }
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return original.unicodeScalars.first!.properties.isUppercase
    }

    /// The first byte, when the first character is one ASCII scalar (an ASCII byte followed by another, or by nothing: no
    /// combining mark joins it); nil otherwise. The two bytes are read by one iterator: `dropFirst().first` on the UTF8View
    /// cost ~300 instructions a call.
    private var firstASCIIScalar: UInt8? {
        var bytes = original.utf8.makeIterator()
        guard let b = bytes.next(), b < 0x80, b != 0x0D else { return nil }
        let second = bytes.next()
        return second == nil || second! < 0x80 ? b : nil
    }

    /// `original.first?.isLowercase == true`, told by the bytes when the first character is one ASCII scalar.
    var firstCharacterIsLowercase: Bool {
        if let b = firstASCIIScalar { return b >= 0x61 && b <= 0x7A }
        return original.first?.isLowercase == true
    }

    /// `original.first?.isUppercase == true`, told by the bytes as ``firstCharacterIsLowercase`` is (`Character.isUppercase`
    /// looked up a Unicode property table, ~300 instructions a call).
    var firstCharacterIsUppercase: Bool {
        if let b = firstASCIIScalar { return b >= 0x41 && b <= 0x5A }
        return original.first?.isUppercase == true
    }
}

extension [TextToken] {
    /// Whether the folded forms of the tokens from `i` on are `words`, in order (false when the tokens end first). Compared
    /// by index: `zip(words, tokens[i...])` copied every token it read (a retain and release of its two strings).
    func hasFolded(_ words: [String], at i: Int) -> Bool {
        i >= 0 && i + words.count <= count && words.indices.allSatisfy { words[$0] == self[i + $0].folded }
    }

    /// The index of the first token starting at or after scalar `offset`: `firstIndex { $0.start >= offset }` by binary
    /// search (tokens are in text order, their starts increasing).
    func firstIndex(startingAtOrAfter offset: Int) -> Int? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low < count ? low : nil
    }

    /// The index of the token starting at scalar `offset`: `firstIndex { $0.start == offset }` by binary search.
    func firstIndex(startingAt offset: Int) -> Int? {
        guard let i = firstIndex(startingAtOrAfter: offset), self[i].start == offset else { return nil }
        return i
    }
}
