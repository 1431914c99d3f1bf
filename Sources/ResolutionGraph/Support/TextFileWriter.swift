#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered, streaming UTF-8 writer for the text formats (N-Triples, Turtle, DOT).
///
/// Serializers append the pieces of a line one by one (`write(_:)` for strings, `write(byte:)` and
/// `write(bytes:)` for punctuation and pre-encoded constants) rather than building each line as a
/// `String` first: appending a native string's UTF-8 is a `memcpy`, while interpolation allocates.
final class TextFileWriter {
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer = [UInt8]()
    private let path: String
    /// The buffer is flushed when it holds this many bytes.
    private static let flushThreshold = 1 << 16

    init(path: String) throws {
        self.path = path
        guard let f = fopen(path, "wb") else {
            throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno)))
        }
        file = f
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    deinit {
        if let file { fclose(file) }
    }

    func write(_ s: String) throws {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    func write(_ s: Substring) throws {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    func write<C: Collection>(bytes: C) throws where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// One byte (ASCII punctuation). Never flushes: callers follow it with a `write` that does, and the
    /// threshold is a soft limit.
    @inline(__always)
    func write(byte: UInt8) {
        buffer.append(byte)
    }

    /// Lets `body` append to the buffer directly: for a serializer writing many small pieces (escaped
    /// text, punctuation), one call per record replaces a `write` per piece, each of which pays a
    /// dynamic exclusivity check on the class's buffer. If `body` throws, what it appended stays (the
    /// caller abandons the file).
    func withBuffer(_ body: (inout [UInt8]) throws -> Void) throws {
        try body(&buffer)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != buffer.count { throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno))) }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        let rc = fclose(file)
        file = nil
        if rc != 0 { throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno))) }
    }
}

extension String {
    /// True when some UTF-8 byte of the string satisfies `predicate`: the check every writer's fast
    /// path makes ("is there anything to escape?"). It runs over the string's contiguous storage as an
    /// unsafe buffer, several times faster than iterating `utf8` through its generic iterator.
    @inline(__always)
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: predicate) }) {
            return found
        }
        return utf8.contains(where: predicate)
    }
}
