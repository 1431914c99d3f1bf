/// A word of a paragraph or footnote as printed, with what the layout said around it.
struct LayoutToken: Sendable {
    var text: String
    /// First word of a source line (other than the first line of the unit).
    var lineStart: Bool
    /// Last word of a source line.
    var lineEnd: Bool
    /// Followed by two or more spaces in the source (typical after a spaced footnote marker).
    var wideAfter: Bool
    /// Footnote numbers whose markers stood just after this word.
    var refs: [Int] = []

    /// Splits lines into tokens at spaces (scanning UTF-8 bytes).
    static func tokenize(_ lines: [Substring]) -> [LayoutToken] {
        var tokens = [LayoutToken]()
        tokens.reserveCapacity(lines.count * 12)
        for (lineNo, line) in lines.enumerated() {
            // The line's bytes in place (always, for a line of a native string); the index walk below otherwise.
            let done: Void? = line.utf8.withContiguousStorageIfAvailable { u in
                var i = 0
                var firstInLine = true
                while i < u.count {
                    while i < u.count, u[i] == 0x20 { i += 1 }
                    guard i < u.count else { break }
                    var j = i
                    while j < u.count, u[j] != 0x20 { j += 1 }
                    var k = j, spaces = 0
                    while k < u.count, u[k] == 0x20 { spaces += 1; k += 1 }
                    tokens.append(LayoutToken(text: String(decoding: UnsafeBufferPointer(rebasing: u[i..<j]), as: UTF8.self),
                                              lineStart: firstInLine && lineNo > 0, lineEnd: k == u.count, wideAfter: spaces >= 2))
                    firstInLine = false
                    i = k
                }
            }
            if done != nil { continue }
            let u = line.utf8
            var i = u.startIndex
            var firstInLine = true
            while i < u.endIndex {
                while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
                guard i < u.endIndex else { break }
                var j = i
                while j < u.endIndex, u[j] != 0x20 { j = u.index(after: j) }
                var k = j, spaces = 0
                while k < u.endIndex, u[k] == 0x20 { spaces += 1; k = u.index(after: k) }
                tokens.append(LayoutToken(text: String(line[i..<j]), lineStart: firstInLine && lineNo > 0,
                                          lineEnd: k == u.endIndex, wideAfter: spaces >= 2))
                firstInLine = false
                i = k
            }
        }
        return tokens
    }

    /// The word inside the token, without surrounding punctuation.
    var core: Substring { TextScan.core(Substring(text)) }

    /// True when the token is only closing punctuation that belongs to the previous word.
    var isClosingPunctuation: Bool {
        // Told at the first byte for most tokens: the first scalar must be one of the set (`”` starts with 0xE2).
        guard let b = text.utf8.first, b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2E || b == 0x29 || b == 0xE2 else { return false }
        // By scalars: a combining mark after the punctuation is a scalar outside the set, as it made a
        // character outside the set.
        return text.unicodeScalars.allSatisfy {
            $0 == "," || $0 == ";" || $0 == ":" || $0 == "." || $0 == ")" || $0 == "\u{201D}"
        }
    }
}

/// Turns tokens back into text with single spaces, recording where footnote markers stood.
enum TextAssembler {
    /// Joins tokens; punctuation-only tokens attach to the previous word.
    static func assemble(_ tokens: [LayoutToken]) -> (String, [FootnoteRef]) {
        // The text is built as UTF-8 bytes (one string at the end, no appending to a string per token).
        var out = [UInt8]()
        out.reserveCapacity(tokens.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var scalars = 0
        var refs = [FootnoteRef]()
        // What `out` ends with, tracked instead of asking `out.last` (a grapheme walk) each time.
        var endsWithSpace = false, endsWithParen = false
        // By index, the token read in place: `tokens.enumerated()` copied every token (a retain and release of its text
        // and its footnote numbers).
        for k in tokens.indices {
            if tokens[k].text.isEmpty { continue }
            let closing = tokens[k].isClosingPunctuation
            if k > 0 && !out.isEmpty && !closing && !endsWithParen { out.append(0x20); scalars += 1 }
            else if k > 0 && !out.isEmpty && closing && endsWithSpace {
                // The last character goes, as `String.removeLast()` takes it (tokens hold no spaces: not reached
                // from `tokenize(_:)`).
                var text = String(decoding: out, as: UTF8.self)
                text.removeLast()
                out = Array(text.utf8)
                scalars -= 1
            }
            let lastByte = tokens[k].text.utf8.withContiguousStorageIfAvailable { add($0, to: &out, scalars: &scalars) }
                ?? add(tokens[k].text.utf8, to: &out, scalars: &scalars)
            endsWithSpace = lastByte == 0x20
            endsWithParen = lastByte == UInt8(ascii: "(") && tokens[k].text.last == "("
            for r in tokens[k].refs { refs.append(FootnoteRef(number: r, offset: scalars)) }
        }
        return (String(decoding: out, as: UTF8.self), refs)
    }

    /// Appends a token's bytes to `out`, counts its scalars into `scalars` and returns its last byte, in one pass over its
    /// storage. A function of its own with `inout` parameters: as a local function capturing `out` and `scalars` it boxed
    /// them, and every access was checked for exclusivity at run time (two `swift_beginAccess` a token, ~70 M on 100 files).
    private static func add(_ bytes: some Collection<UInt8>, to out: inout [UInt8], scalars: inout Int) -> UInt8? {
        out.append(contentsOf: bytes)
        var last: UInt8? = nil
        for b in bytes {
            if b & 0xC0 != 0x80 { scalars += 1 }
            last = b
        }
        return last
    }
}
