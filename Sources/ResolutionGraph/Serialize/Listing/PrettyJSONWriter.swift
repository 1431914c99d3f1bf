/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two-space indentation, `"key" : value`,
/// an empty container as `{` or `[`, two line breaks, the indentation and the closing bracket — straight
/// into a byte buffer, without the encoder's boxing of every value (a corpus listing holds millions).
///
/// The caller writes each object's keys in sorted order (by their UTF-8 bytes, as the encoder sorts them);
/// ``sortedKeys(_:)`` sorts the keys of a dictionary that way.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One entry per open container: whether it holds an element yet.
    private var filled: [Bool] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands the text written so far to `sink` and empties the buffer, once it holds `limit` bytes or more
    /// (call between values: a large listing is written in chunks, never held whole).
    mutating func flush(over limit: Int, to sink: (String) -> Void) {
        guard bytes.count >= limit else { return }
        sink(text)
        bytes.removeAll(keepingCapacity: true)
    }

    /// A line break after the top-level value (as `print` would add).
    mutating func newline() { bytes.append(0x0A) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next element of the array being written (call before writing its value).
    mutating func element() {
        if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")); bytes.append(0x0A) }
        filled[filled.count - 1] = true
        writeIndent()
    }

    /// Starts the next member of the object being written: its key, then the value to write next.
    mutating func key(_ key: String) {
        element()
        string(key)
        bytes.append(0x20); bytes.append(UInt8(ascii: ":")); bytes.append(0x20)
    }

    mutating func int(_ value: Int) {
        var s = String(value)
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func string(_ value: String?) {
        guard let value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        var s = value
        s.withUTF8 { u in
            var mark = 0
            for i in 0..<u.count {
                let b = u[i]
                guard b == 0x22 || b == 0x5C || b < 0x20 else { continue }
                if i > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<i])) }
                mark = i + 1
                bytes.append(0x5C)
                switch b {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            if u.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<u.count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for v in values { element(); string(v) }
        endArray()
    }

    /// An object of strings, keys in the encoder's order.
    mutating func stringObject(_ values: [String: String]) {
        beginObject()
        for k in Self.sortedKeys(values) { key(k); string(values[k]) }
        endObject()
    }

    /// The keys in the order `JSONEncoder` with `.sortedKeys` writes them: by their UTF-8 bytes.
    static func sortedKeys<V>(_ dictionary: [String: V]) -> [String] {
        dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(0x0A)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        filled.removeLast()
        bytes.append(0x0A)
        writeIndent()
        bytes.append(bracket)
    }

    private mutating func writeIndent() {
        for _ in 0..<filled.count { bytes.append(0x20); bytes.append(0x20) }
    }
}
