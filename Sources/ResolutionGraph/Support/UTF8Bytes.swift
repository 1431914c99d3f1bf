/// One scalar at a time from the UTF-8 bytes of a `String` (always valid UTF-8), for the loops over a whole text that read
/// its bytes instead of walking the `unicodeScalars` view's indices.
enum UTF8Bytes {
    /// The value of the scalar whose lead byte is at `i`, and its length in bytes.
    @inline(__always)
    static func scalar(in u: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = u[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { v = v << 6 | (UInt32(u[i + k]) & 0x3F) }
        return (v, length)
    }
}

extension String {
    /// `Array(unicodeScalars)`, decoded from the UTF-8 bytes in one pass: the scalars of each paragraph and footnote for
    /// the matchers.
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { u in
            var scalars = [Unicode.Scalar]()
            scalars.reserveCapacity(u.count)
            var i = 0
            while i < u.count {
                let (value, length) = UTF8Bytes.scalar(in: u, at: i)
                // Valid UTF-8 decodes to valid scalars.
                scalars.append(Unicode.Scalar(value)!)
                i += length
            }
            return scalars
        }
    }
}
