/// Cuts a text by Unicode scalar offsets (the offsets of mentions and evidence) into strings, copying
/// UTF-8 bytes instead of appending scalars one by one: a text of ASCII cuts at the same byte offsets,
/// another text through the byte offset of each scalar, worked out once.
struct ScalarSlicer {
    private let text: String
    /// Byte offset of each scalar, and the byte count at the end; nil when every scalar is one byte.
    private let byteOffsets: [Int]?
    /// The number of scalars.
    let count: Int

    init(_ text: String) {
        self.text = text
        var copy = text
        (count, byteOffsets) = copy.withUTF8 { u -> (Int, [Int]?) in
            if UTF8Bytes.isASCII(u) { return (u.count, nil) }
            var scalars = 0
            var ascii = true
            for b in u {
                if b & 0xC0 != 0x80 { scalars += 1 }
                if b >= 0x80 { ascii = false }
            }
            if ascii { return (scalars, nil) }
            var offsets = [Int]()
            offsets.reserveCapacity(scalars + 1)
            for i in 0..<u.count where u[i] & 0xC0 != 0x80 { offsets.append(i) }
            offsets.append(u.count)
            return (scalars, offsets)
        }
    }

    /// The scalars `start..<end` as a string.
    func string(_ start: Int, _ end: Int) -> String {
        let a = byteOffsets?[start] ?? start, b = byteOffsets?[end] ?? end
        var text = self.text
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
