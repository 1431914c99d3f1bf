/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 (BOM or detected from NUL bytes),
/// and Windows-1252/Latin-1 as the fallback for 8-bit text. Refuses binary data.
public enum TextDecoder {
    /// The result of decoding: the text and the name of the encoding it was in.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: String
    }

    /// Decodes `bytes`, naming `name` in any error.
    /// - Throws: ``ResolutionGraphError/emptyInput(_:)``, ``ResolutionGraphError/binaryInput(_:)``,
    ///   ``ResolutionGraphError/undecodable(_:)``.
    public static func decode(_ bytes: [UInt8], name: String) throws -> Decoded {
        if bytes.isEmpty { throw ResolutionGraphError.emptyInput(name) }
        let decoded: Decoded
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = utf8(bytes.dropFirst(3)) else { throw ResolutionGraphError.undecodable(name) }
            decoded = Decoded(text: text, encoding: "UTF-8")
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = try utf16(bytes.dropFirst(2), littleEndian: true, name: name)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = try utf16(bytes.dropFirst(2), littleEndian: false, name: name)
        } else if let endian = guessUTF16(bytes) {
            decoded = try utf16(bytes[...], littleEndian: endian, name: name)
        } else {
            if bytes.contains(0) { throw ResolutionGraphError.binaryInput(name) }
            if let text = utf8(bytes[...]) {
                decoded = Decoded(text: text, encoding: "UTF-8")
            } else {
                decoded = Decoded(text: windows1252(bytes), encoding: "Windows-1252")
            }
        }
        try checkTextual(decoded.text, name: name)
        return decoded
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) -> String? {
        // The standard library validates UTF-8 far faster than decoding scalar by scalar.
        String(validating: bytes, as: UTF8.self)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, name: String) throws -> Decoded {
        guard bytes.count % 2 == 0 else { throw ResolutionGraphError.undecodable(name) }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: return Decoded(text: String(scalars), encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
            case .error: throw ResolutionGraphError.undecodable(name)
            }
        }
    }

    /// UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte.
    private static func guessUTF16(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenZeros += 1 }
            if bytes[i + 1] == 0 { oddZeros += 1 }
        }
        let pairs = n / 2
        if oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs { return true }
        if evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs { return false }
        return nil
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Text has few control characters; binary data has many.
    private static func checkTextual(_ text: String, name: String) throws {
        var controls = 0, total = 0, visible = 0
        var text = text
        text.withUTF8 { u in
            var i = 0
            while i < u.count {
                // ASCII, most of the text, told by its byte: the same classes as the switch below.
                let b = u[i]
                if b < 0x80 {
                    i += 1
                    total += 1
                    if b > 0x20 && b != 0x7F {
                        visible += 1
                    } else if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D) || b == 0x7F {
                        controls += 1
                    }
                    continue
                }
                let (value, length) = UTF8Bytes.scalar(in: u, at: i)
                i += length
                total += 1
                switch value {
                case 0x09, 0x0A, 0x0C, 0x0D: break
                case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: controls += 1
                case 0x20, 0xA0: break
                default: visible += 1
                }
            }
        }
        if visible == 0 { throw ResolutionGraphError.emptyInput(name) }
        if controls * 100 > total { throw ResolutionGraphError.binaryInput(name) }
    }
}
