/// Readable, stable identifiers made from names: lower-case ASCII letters, digits and hyphens.
public enum Slug {
    /// `Special Rapporteur on trafficking in persons` → `special-rapporteur-on-trafficking-in-persons`.
    /// Accented Latin letters lose their accent; other characters become separators. A slug longer than
    /// `maxLength` is cut and given a hash of the whole (`…-in-the-high-se-3f9a0c2e`), so two long
    /// names that share their first `maxLength` characters never share an identifier.
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        let full = make(text)
        guard full.utf8.count > maxLength else { return full }
        var cut = Substring(full).utf8.prefix(maxLength)
        while cut.last == UInt8(ascii: "-") { cut = cut.dropLast() }
        return String(decoding: cut, as: UTF8.self) + "-" + hash(full)
    }

    /// FNV-1a (32 bits) of the slug, as 8 hexadecimal digits: stable across runs and machines.
    private static func hash(_ s: String) -> String {
        var h: UInt32 = 0x811C_9DC5
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The whole slug, however long.
    private static func make(_ text: String) -> String {
        // UTF-8 bytes, made into a String once (appending scalar by scalar to a String cost ~400 instructions each).
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
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
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                UTF8.encode(m) { out.append($0) }
            } else if scalar != "'" {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
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
