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

    /// Whether every byte is ASCII, eight bytes at a time (bit 7 of each byte ORed together): the per-byte loops this
    /// answers first cost about ten instructions a byte, and ~96 % of the paragraph bytes are ASCII. The loads stay inside
    /// `u` (`i + 8 <= u.count`); the tail is read byte by byte.
    static func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(u)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        var tail: UInt8 = 0
        while i < raw.count {
            tail |= raw[i]
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0 && tail & 0x80 == 0
    }
}

extension String {
    /// `Array(unicodeScalars)`, decoded from the UTF-8 bytes in one pass: the scalars of each paragraph and footnote for
    /// the matchers.
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { u in
            // ASCII: one scalar per byte.
            if UTF8Bytes.isASCII(u) {
                // Written in place: `map` appended scalar by scalar, checking the capacity at each.
                return [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { buffer, initialized in
                    for k in 0..<u.count { buffer[k] = Unicode.Scalar(u[k]) }
                    initialized = u.count
                }
            }
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

extension String {
    /// The string of `scalars`, as `String(String.UnicodeScalarView(scalars))` makes it, encoded to UTF-8 bytes in one
    /// buffer: appending to a `UnicodeScalarView` cost ~400 instructions a scalar.
    init(scalars: some Collection<Unicode.Scalar>) {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Whether the UTF-8 bytes of `needle` occur among the string's bytes: a quick "no" before Foundation's
    /// `contains(needle)`, whose search costs thousands of instructions even when the answer is no. Exact as that
    /// prefilter when no scalar of `needle` is canonically equivalent to another (not `K`, `;`, `` ` ``: Foundation would
    /// match the Kelvin sign for `K`); a "yes" is left to Foundation, which also compares whole characters.
    func containsBytes(of needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        func search(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
            guard u.count >= n.count else { return false }
            var i = 0
            while i <= u.count - n.count {
                if u[i] == first {
                    var k = 1
                    while k < n.count, u[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}
