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

    /// Splits lines into tokens at spaces.
    static func tokenize(_ lines: [Substring]) -> [LayoutToken] {
        var tokens = [LayoutToken]()
        tokens.reserveCapacity(lines.count * 12)
        for (lineNo, line) in lines.enumerated() {
            var start: Substring.Index? = nil
            var firstInLine = true
            var i = line.startIndex
            while i <= line.endIndex {
                let atEnd = i == line.endIndex
                if atEnd || line[i] == " " {
                    if let s = start {
                        // Count the run of spaces after the word.
                        var j = i, spaces = 0
                        while j < line.endIndex, line[j] == " " { spaces += 1; j = line.index(after: j) }
                        tokens.append(LayoutToken(text: String(line[s..<i]), lineStart: firstInLine && lineNo > 0,
                                            lineEnd: j == line.endIndex, wideAfter: spaces >= 2))
                        firstInLine = false
                        start = nil
                    }
                    if atEnd { break }
                } else if start == nil {
                    start = i
                }
                i = line.index(after: i)
            }
        }
        return tokens
    }

    /// The lowercase word inside the token, without surrounding punctuation.
    var core: Substring {
        let t = Substring(text)
        let s = t.drop { !($0.isLetter || $0.isNumber) }
        var e = s
        while let last = e.last, !(last.isLetter || last.isNumber) { e = e.dropLast() }
        return e
    }

    /// True when the token is only closing punctuation that belongs to the previous word.
    var isClosingPunctuation: Bool {
        !text.isEmpty && text.allSatisfy { $0 == "," || $0 == ";" || $0 == ":" || $0 == "." || $0 == ")" || $0 == "\u{201D}" }
    }
}

/// Turns tokens back into text with single spaces, recording where footnote markers stood.
enum TextAssembler {
    /// Joins tokens; punctuation-only tokens attach to the previous word.
    static func assemble(_ tokens: [LayoutToken]) -> (String, [FootnoteRef]) {
        var out = ""
        var scalars = 0
        var refs = [FootnoteRef]()
        for (k, token) in tokens.enumerated() {
            if token.text.isEmpty { continue }
            if k > 0 && !out.isEmpty && !token.isClosingPunctuation && out.last != "(" { out += " "; scalars += 1 }
            else if k > 0 && !out.isEmpty && token.isClosingPunctuation && out.last == " " { out.removeLast(); scalars -= 1 }
            out += token.text
            scalars += token.text.unicodeScalars.count
            for r in token.refs { refs.append(FootnoteRef(number: r, offset: scalars)) }
        }
        return (out, refs)
    }
}
