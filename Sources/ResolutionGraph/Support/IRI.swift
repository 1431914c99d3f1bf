/// IRIs: the namespaces resgraph writes, percent-encoding of document symbols, and validation.
public enum IRI {
    /// The ontology namespace (classes and properties), prefix `rg`.
    public static let ontology = "https://w3id.org/resgraph/ontology#"
    /// The default namespace for instance data; `--base` overrides it.
    public static let defaultBase = "https://w3id.org/resgraph/id/"

    /// Percent-encodes every byte of the UTF-8 form except the unreserved characters `A-Z a-z 0-9 - . _ ~`,
    /// so `A/C.3/73/L.7` becomes `A%2FC.3%2F73%2FL.7` and `S/RES/2698 (2023)` becomes `S%2FRES%2F2698%20%282023%29`.
    public static func encodeSegment(_ s: String) -> String {
        // Fast path: most segments (`actor`, `unodc`, `op4`) need no encoding and are returned as they are.
        if s.utf8.allSatisfy(isUnreserved) { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in s.utf8 {
            if isUnreserved(b) {
                out.append(b)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isUnreserved(_ b: UInt8) -> Bool {
        switch b {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E: return true
        default: return false
        }
    }

    /// True for an absolute IRI (`scheme:` then no space, control character or `<>"{}|\^` and backtick).
    public static func isValidAbsolute(_ s: String) -> Bool {
        if let ascii = isValidAbsoluteASCII(s) { return ascii }
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

    /// `isValidAbsolute` on the UTF-8 bytes of an all-ASCII string, where bytes, scalars and characters
    /// coincide (a `\r\n` pair is one character, but both of its bytes make the IRI invalid anyway);
    /// nil when `s` holds non-ASCII text, which takes the scalar-based path. The RDF writers check every
    /// IRI they emit, so this is a bit test per byte over the string's contiguous storage.
    static func isValidAbsoluteASCII(_ s: String) -> Bool? {
        var s = s
        return s.withUTF8 { bytes -> Bool? in
            // Scheme: a letter, then letters, digits, `+`, `-`, `.`, up to the first colon.
            var i = 0
            var schemeOK = true
            while i < bytes.count, bytes[i] != UInt8(ascii: ":") {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                let letter = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
                if !(letter || (i > 0 && ((b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")))) {
                    schemeOK = false
                }
                i += 1
            }
            let colon = i
            var ok = schemeOK && colon > 0 && colon + 1 < bytes.count
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                // Bit b of the two masks marks the bytes no IRI may hold: controls, space, DEL, `"<>\^`{|}`.
                if (b < 64 ? forbiddenBelow64 >> UInt64(b) : forbiddenFrom64 >> UInt64(b - 64)) & 1 != 0 { ok = false }
                i += 1
            }
            return ok
        }
    }

    private static var forbiddenBelow64: UInt64 {
        @inline(__always) get { 0x1_FFFF_FFFF | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E }
    }
    private static var forbiddenFrom64: UInt64 {
        @inline(__always) get { 1 << (0x5C - 64) | 1 << (0x5E - 64) | 1 << (0x60 - 64) | 1 << (0x7B - 64) | 1 << (0x7C - 64) | 1 << (0x7D - 64) | 1 << (0x7F - 64) }
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
