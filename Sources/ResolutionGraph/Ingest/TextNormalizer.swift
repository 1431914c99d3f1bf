/// Character normalization for matching: PDF text uses look-alike characters that break naive
/// string matching. Applied line by line, so a line's source location stays exact.
///
/// - U+2010 hyphen and U+2011 non-breaking hyphen become `-`; U+00AD soft hyphen is dropped.
/// - No-break, narrow no-break, figure and thin spaces and tabs become a plain space.
/// - Word joiner, zero-width space and BOM are dropped; other control characters become a space.
/// - Single curly quotes become `'`; double curly quotes are kept.
/// - Decomposed accents are composed (NFC) for the common Latin cases.
public enum TextNormalizer {
    /// Normalizes one line of text (which holds no line break).
    public static func normalize(_ line: Substring) -> String {
        var line = String(line)
        return line.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes one line given by its UTF-8 bytes (valid UTF-8, no line break), scalar by scalar on the bytes.
    static func normalize(utf8 line: UnsafeBufferPointer<UInt8>) -> String {
        // Fast path: printable ASCII needs no change.
        if line.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(decoding: line, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(line.count)
        var needsComposition = false
        var i = 0
        while i < line.count {
            let (value, length) = UTF8Bytes.scalar(in: line, at: i)
            let bytes = line[i..<(i + length)]
            i += length
            switch value {
            case 0x2010, 0x2011: out.append(UInt8(ascii: "-"))
            case 0x00AD, 0x2060, 0x200B, 0xFEFF, 0x200E, 0x200F: continue
            case 0x00A0, 0x202F, 0x2007, 0x2009, 0x2002, 0x2003, 0x2005, 0x2006, 0x2008, 0x200A, 0x09: out.append(UInt8(ascii: " "))
            case 0x2018, 0x2019, 0x02BC: out.append(UInt8(ascii: "'"))
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFE, 0xFFFF: out.append(UInt8(ascii: " "))
            case 0x0300...0x036F:
                needsComposition = true
                out.append(contentsOf: bytes)
            default: out.append(contentsOf: bytes)
            }
        }
        let text = String(decoding: out, as: UTF8.self)
        return needsComposition ? compose(text) : text
    }

    /// Composes a base letter and a combining mark into the precomposed letter (NFC for Latin).
    private static func compose(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count == 2, let base = scalars.first, let mark = scalars.last,
               let composed = composeTable[base.value]?[mark.value], let c = Unicode.Scalar(composed) {
                out.append(c)
            } else {
                out.append(contentsOf: scalars)
            }
        }
        return String(out)
    }

    /// Base letter → combining mark → precomposed letter, for the accents that occur in UN texts.
    private static let composeTable: [UInt32: [UInt32: UInt32]] = {
        var table = [UInt32: [UInt32: UInt32]]()
        // (mark, bases, composed) rows for grave, acute, circumflex, tilde, diaeresis, cedilla.
        let rows: [(UInt32, String, String)] = [
            (0x300, "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
            (0x301, "AEIOUYaeiouyCcNnSsZz", "ÁÉÍÓÚÝáéíóúýĆćŃńŚśŹź"),
            (0x302, "AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
            (0x303, "ANOano", "ÃÑÕãñõ"),
            (0x308, "AEIOUaeiouy", "ÄËÏÖÜäëïöüÿ"),
            (0x327, "CcSs", "ÇçŞş"),
            (0x30C, "CcSsZzEeRr", "ČčŠšŽžĚěŘř"),
        ]
        for (mark, bases, composed) in rows {
            for (b, c) in zip(bases.unicodeScalars, composed.unicodeScalars) {
                table[b.value, default: [:]][mark] = c.value
            }
        }
        return table
    }()
}
