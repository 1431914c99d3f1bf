/// Readable, stable identifiers made from names: lower-case ASCII letters, digits and hyphens.
public enum Slug {
    /// `Special Rapporteur on trafficking in persons` → `special-rapporteur-on-trafficking-in-persons`.
    /// Accented Latin letters lose their accent; other characters become separators.
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            var mapped: Unicode.Scalar? = nil
            if scalar.isASCII {
                let v = scalar.value
                if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) { mapped = scalar }
                else if (0x41...0x5A).contains(v) { mapped = Unicode.Scalar(v + 32) }
            } else if let folded = fold(scalar) {
                mapped = folded
            }
            if let m = mapped {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(m)
                if out.utf8.count >= maxLength { break }
            } else if scalar != "'" {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// True for a non-empty run of `[a-z0-9]+` groups joined by single hyphens.
    public static func isValid<S: StringProtocol>(_ s: S) -> Bool {
        guard !s.isEmpty, s.first != "-", s.last != "-" else { return false }
        var previousHyphen = false
        for u in s.utf8 {
            if u == UInt8(ascii: "-") {
                if previousHyphen { return false }
                previousHyphen = true
            } else if (0x30...0x39).contains(u) || (0x61...0x7A).contains(u) {
                previousHyphen = false
            } else {
                return false
            }
        }
        return true
    }

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let table: [Character: Character] = [
            "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "ç": "c", "è": "e", "é": "e", "ê": "e",
            "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "õ": "o",
            "ö": "o", "ù": "u", "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y",
        ]
        let lower = Character(s).lowercased()
        guard lower.count == 1, let c = table[Character(lower)] else { return nil }
        return c.unicodeScalars.first
    }
}
