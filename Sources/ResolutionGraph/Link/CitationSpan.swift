/// Where in a footnote's text a citation is written, so its mention has a real span: the symbol or
/// resolution number itself, or "vol. 2225, No. 39574" for the Treaty Series; the whole note otherwise.
enum CitationSpan {
    static func locate(_ citation: Citation, in scalars: [Unicode.Scalar]) -> Range<Int> {
        let whole = 0..<scalars.count
        switch citation {
        case .documentSymbol(let s), .resolution(let s):
            // Not inside a longer symbol: `A/80/30` is not the start of `A/80/302`.
            let needle = Array(s.unicodeScalars)
            return find(needle, in: scalars, wordBounded: true) ?? find(needle, in: scalars) ?? whole
        case .treatySeries(let volume, let number):
            guard let v = find(Array(volume.unicodeScalars), in: scalars, wordBounded: true) else { return whole }
            guard let n = find(Array(number.unicodeScalars), in: scalars, from: v.upperBound, wordBounded: true) else { return v }
            // Widen to "vol. " / "vols. " before the volume when present.
            var start = v.lowerBound
            let text = String(String.UnicodeScalarView(scalars[max(0, start - 6)..<start]))
            if let r = text.range(of: "vols. ") ?? text.range(of: "vol. ") {
                start -= text.unicodeScalars.distance(from: r.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex,
                                                     to: text.unicodeScalars.endIndex)
            }
            return start..<n.upperBound
        }
    }

    /// The first occurrence of `needle` at or after `from`; with `wordBounded`, not inside a longer number or word.
    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int = 0, wordBounded: Bool = false) -> Range<Int>? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        for i in from...(hay.count - needle.count) where hay[i] == needle[0] {
            var ok = true
            for k in 1..<needle.count where hay[i + k] != needle[k] { ok = false; break }
            guard ok else { continue }
            if wordBounded {
                if i > 0, hay[i - 1].properties.isAlphabetic || hay[i - 1].properties.numericType != nil { continue }
                let after = i + needle.count
                if after < hay.count, hay[after].properties.isAlphabetic || hay[after].properties.numericType != nil { continue }
            }
            return i..<(i + needle.count)
        }
        return nil
    }
}
