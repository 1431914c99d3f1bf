/// IRIs: the namespaces resgraph writes, percent-encoding of document symbols, and validation.
public enum IRI {
    /// The ontology namespace (classes and properties), prefix `rg`.
    public static let ontology = "https://w3id.org/resgraph/ontology#"
    /// The default namespace for instance data; `--base` overrides it.
    public static let defaultBase = "https://w3id.org/resgraph/id/"

    /// Percent-encodes every byte of the UTF-8 form except the unreserved characters `A-Z a-z 0-9 - . _ ~`,
    /// so `A/C.3/73/L.7` becomes `A%2FC.3%2F73%2FL.7` and `S/RES/2698 (2023)` becomes `S%2FRES%2F2698%20%282023%29`.
    public static func encodeSegment(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let hex: [Character] = Array("0123456789ABCDEF")
        for b in s.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    /// True for an absolute IRI (`scheme:` then no space, control character or `<>"{}|\^` and backtick).
    public static func isValidAbsolute(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon != s.startIndex else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
              scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return false }
        for u in s.unicodeScalars {
            switch u.value {
            case 0...0x20, 0x7F...0x9F, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
            default: continue
            }
        }
        return s.index(after: colon) != s.endIndex
    }

    /// True when `s` is an XML NCName (the local part of a qualified name).
    public static func isNCName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        func isStart(_ c: Unicode.Scalar) -> Bool {
            c == "_" || (c.isASCII && c.properties.isAlphabetic) || (!c.isASCII && c.properties.isAlphabetic)
        }
        guard isStart(first) else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { c in
            isStart(c) || c == "-" || c == "." || ("0"..."9").contains(c) || c.value == 0xB7
        }
    }
}
