/// Stage 1: bytes → decoded, normalized lines with source locations, and the input format.
public struct Ingester: Sendable {
    /// Documents above this size are refused rather than risk exhausting memory.
    public var maximumBytes: Int
    /// The default limit: 64 MiB, some 300 times the longest document of the bulk corpus (220 kB).
    public static let defaultMaximumBytes = 64 << 20

    public init(maximumBytes: Int = Ingester.defaultMaximumBytes) {
        self.maximumBytes = maximumBytes
    }

    /// Decodes and normalizes `source`.
    /// - Throws: ``ResolutionGraphError`` when the input is empty, binary, undecodable or too large.
    public func ingest(_ source: SourceDocument) throws -> IngestedText {
        if source.bytes.count > maximumBytes {
            throw ResolutionGraphError.tooLarge(source.name, bytes: source.bytes.count, limit: maximumBytes)
        }
        let decoded = try TextDecoder.decode(source.bytes, name: source.name)
        let format = Self.detectFormat(decoded.text)
        // Every byte sequence decodes as Windows-1252, so the fallback must never be silent.
        let diagnostics = decoded.encoding == "Windows-1252" ? [Self.windows1252Fallback] : []
        return IngestedText(
            name: source.name, format: format, encoding: decoded.encoding,
            lines: Self.splitLines(decoded.text), rawText: decoded.text, diagnostics: diagnostics)
    }

    /// Added to a document whose bytes were neither UTF-8 nor UTF-16 and were read as Windows-1252
    /// (the command line prints it unless `--quiet`).
    public static let windows1252Fallback = Diagnostic(
        .warning, "not valid UTF-8 or UTF-16: decoded as Windows-1252 (Latin-1); accented letters may be wrong if the file is in another 8-bit encoding")

    /// Detects the format from the first characters of the text.
    public static func detectFormat(_ text: String) -> InputFormat {
        // Fast path on bytes: the first byte after ASCII white space is ASCII and not `<` → plain text (the
        // first non-blank character cannot be `<`). Anything else takes the general path.
        for b in text.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
            if b < 0x80 && b != UInt8(ascii: "<") { return .plainText }
            break
        }
        let head = String(text.unicodeScalars.prefix(4096)).lowercased()
        let trimmed = head.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("<") else { return .plainText }
        if head.contains("<akomantoso") { return .akomaNtoso }
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") { return .html }
        return .plainText
    }

    /// Splits on `\n`, `\r\n`, `\r` and form feed, normalizing each line and recording its byte range
    /// in the UTF-8 form of the text.
    public static func splitLines(_ text: String) -> [SourceLine] {
        var text = text
        return text.withUTF8 { u in
            var lines = [SourceLine]()
            var lineStart = 0, number = 1
            func emit(until end: Int) {
                let line = UnsafeBufferPointer(rebasing: u[lineStart..<end])
                lines.append(SourceLine(number: number, byteRange: lineStart..<end, text: TextNormalizer.normalize(utf8: line)))
            }
            var i = 0
            while i < u.count {
                let byte = u[i]
                if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    emit(until: i)
                    i += byte == 0x0D && i + 1 < u.count && u[i + 1] == 0x0A ? 2 : 1
                    number += 1
                    lineStart = i
                    continue
                }
                i += 1
            }
            if lineStart != u.count { emit(until: u.count) }
            return lines
        }
    }
}
