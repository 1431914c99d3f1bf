/// A word or punctuation token of a text unit, with its span in Unicode scalars.
struct TextToken: Sendable {
    /// Lower-cased form, used to walk the gazetteer.
    var folded: String
    /// The token as written.
    var original: String
    var start: Int
    var end: Int
    var isWord: Bool
}

/// Splits text into word tokens (runs of letters and digits) and the punctuation tokens that matter
/// inside names (`, ; : ( ) . /`). Spaces, hyphens, apostrophes and quotes only separate tokens, so
/// `non-governmental` and `non governmental`, `Women's` and `Women’s` tokenize alike.
enum Tokenizer {
    static func tokenize(_ text: String) -> [TextToken] {
        var tokens = [TextToken]()
        tokens.reserveCapacity(text.utf8.count / 5)
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var offset = 0
        var allLowerASCII = true

        func flush() {
            guard !current.isEmpty else { return }
            let original = String(current)
            tokens.append(TextToken(folded: allLowerASCII ? original : original.lowercased(), original: original,
                                start: currentStart, end: offset, isWord: true))
            current = String.UnicodeScalarView()
            allLowerASCII = true
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWordChar: Bool
            if v < 0x80 {
                isWordChar = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                if (0x41...0x5A).contains(v) { allLowerASCII = false }
            } else {
                isWordChar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                if isWordChar { allLowerASCII = false }
            }
            if isWordChar {
                if current.isEmpty { currentStart = offset }
                current.append(scalar)
            } else {
                flush()
                switch v {
                case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2E, 0x2F:
                    let s = String(scalar)
                    tokens.append(TextToken(folded: s, original: s, start: offset, end: offset + 1, isWord: false))
                default: break
                }
            }
            offset += 1
        }
        flush()
        return tokens
    }
}
