#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered, streaming UTF-8 writer for the text formats (N-Triples, Turtle, DOT).
final class TextFileWriter {
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer = [UInt8]()
    private let path: String

    init(path: String) throws {
        self.path = path
        guard let f = fopen(path, "wb") else {
            throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno)))
        }
        file = f
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if let file { fclose(file) }
    }

    func write(_ s: String) throws {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { try flush() }
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
