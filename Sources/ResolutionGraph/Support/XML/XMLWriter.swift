import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one wrapper over libxml2's `xmlTextWriter`: every XML file resgraph writes goes through it.
/// It streams to a file, indents, and filters the characters XML 1.0 forbids (C0 controls other than
/// tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates cannot occur in Swift strings),
/// which libxml2 would otherwise pass through unchecked.
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private let path: String
    private let sink: FileSink

    /// Opens `path` for writing (it is created or truncated). With `indent` off, nothing is added
    /// between elements: the form HTML needs, where whitespace between inline elements shows.
    init(path: String, indent: Bool = true) throws {
        self.path = path
        // We open the file and do the writing ourselves (libxml2 only formats), so that a failure
        // — permission denied, disk full, file too large — is reported with the system's reason,
        // once, and never printed by libxml2 on stderr.
        sink = try FileSink(path: path)
        XMLWriter.silenceLibxml2Errors()
        guard let buffer = xmlOutputBufferCreateIO(FileSink.write, FileSink.close,
                                                   Unmanaged.passUnretained(sink).toOpaque(), nil),
              let w = xmlNewTextWriter(buffer) else {
            throw ResolutionGraphError.output(path, reason: "libxml2 could not create a writer")
        }
        writer = w
        if indent {
            xmlTextWriterSetIndent(w, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(w, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
    }

    /// libxml2 reports I/O failures through its error handler (stderr by default) as well as through
    /// return codes; the return codes are enough, and the message is ours. The handler is per thread.
    private static func silenceLibxml2Errors() {
        xmlSetStructuredErrorFunc(nil, { _, _ in })
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// `what` is only built on failure: the writers call this for every start tag, attribute and text.
    private func check(_ rc: Int32, _ what: @autoclosure () -> String) throws {
        if rc < 0 {
            throw ResolutionGraphError.output(path, reason: sink.failure ?? "libxml2 failed to write \(what())")
        }
    }

    private func withXMLChars<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
    }

    func startElement(_ name: String) throws {
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "element \(name)")
    }

    func startElement(_ name: XMLName) throws {
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) }, "element \(name.name)")
    }

    func attribute(_ name: String, _ value: String) throws {
        try attribute(XMLName(name), value)
    }

    func attribute(_ name: XMLName, _ value: String) throws {
        let clean = XMLWriter.filter(value)
        if XMLWriter.needsNoEscaping(clean, inAttribute: true) {
            // What xmlTextWriterWriteAttribute writes, without its escaping pass over a value that has nothing to escape.
            try check(name.withXMLChars { xmlTextWriterStartAttribute(writer, $0) }, "attribute \(name.name)")
            try check(withXMLChars(clean) { xmlTextWriterWriteRaw(writer, $0) }, "attribute \(name.name)")
            try check(xmlTextWriterEndAttribute(writer), "attribute \(name.name)")
        } else {
            try check(name.withXMLChars { n in withXMLChars(clean) { v in xmlTextWriterWriteAttribute(writer, n, v) } }, "attribute \(name.name)")
        }
    }

    func text(_ value: String) throws {
        let clean = XMLWriter.filter(value)
        if XMLWriter.needsNoEscaping(clean, inAttribute: false) {
            // xmlTextWriterWriteString would copy the text through its escaping first, to the same bytes.
            try check(withXMLChars(clean) { xmlTextWriterWriteRaw(writer, $0) }, "text")
        } else {
            try check(withXMLChars(clean) { xmlTextWriterWriteString(writer, $0) }, "text")
        }
    }

    /// Whether libxml2's escaping leaves `s` as it is: in text it escapes `<`, `>`, `&`, `"` and CR; in an
    /// attribute value also tab and line feed, and (the writer having no document encoding) every non-ASCII
    /// character, as a character reference. Most values (ids, keys, numbers, IRIs, plain labels) have none.
    static func needsNoEscaping(_ s: String, inAttribute: Bool) -> Bool {
        !s.containsUTF8Byte(where: { b in
            switch b {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x0D: return true
            case 0x09, 0x0A: return inAttribute
            default: return inAttribute && b >= 0x80
            }
        })
    }

    func comment(_ value: String) throws {
        let clean = XMLWriter.filter(value).replacingOccurrences(of: "--", with: "- -")
        try check(withXMLChars(clean) { xmlTextWriterWriteComment(writer, $0) }, "comment")
    }

    /// An element holding only text: `<name attr="v">text</name>`.
    func element(_ name: String, attributes: [(String, String)] = [], text value: String? = nil) throws {
        try startElement(name)
        for (n, v) in attributes { try attribute(n, v) }
        if let value { try text(value) }
        try endElement()
    }

    /// An element with at most one attribute and optional text, from pre-encoded names: the form of
    /// nearly every element the RDF/XML and GraphML writers emit (`<data key="label">…</data>`,
    /// `<rg:mentions rdf:resource="…"/>`), without an array of attribute pairs per call.
    func element(_ name: XMLName, _ attributeName: XMLName? = nil, _ attributeValue: String = "", text value: String? = nil) throws {
        try startElement(name)
        if let attributeName { try attribute(attributeName, attributeValue) }
        if let value { try text(value) }
        try endElement()
    }

    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "an end tag")
    }

    /// An end tag that is never collapsed into `<name/>`: HTML reads `<div/>` as a start tag.
    func fullEndElement() throws {
        try check(xmlTextWriterFullEndElement(writer), "an end tag")
    }

    /// `<!DOCTYPE name>`, with no public or system identifier (HTML5's `<!DOCTYPE html>`).
    func doctype(_ name: String) throws {
        try check(withXMLChars(name) { xmlTextWriterWriteDTD(writer, $0, nil, nil, nil) }, "the doctype")
    }

    /// Closes every open element, flushes and closes the file.
    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "the end of the document")
        try check(xmlTextWriterFlush(writer), "the file")
        xmlFreeTextWriter(writer) // closes the sink
        writer = nil
        if let failure = sink.failure { throw ResolutionGraphError.output(path, reason: failure) }
    }

    /// Drops the characters that XML 1.0 does not allow, turning form feeds and other C0 controls into spaces.
    static func filter(_ s: String) -> String {
        // Fast path, on bytes: a string without C0 controls (other than tab, line feed and carriage
        // return) and without 0xEF (the lead byte of U+FFFE and U+FFFF) has nothing to filter.
        if !s.containsUTF8Byte(where: { $0 < 0x20 ? ($0 != 0x09 && $0 != 0x0A && $0 != 0x0D) : $0 == 0xEF }) { return s }
        var needs = false
        for u in s.unicodeScalars where isForbidden(u) { needs = true; break }
        guard needs else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if isForbidden(u) {
                if u.value < 0x20 { out.append(" ") }
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    private static func isForbidden(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}

/// An element or attribute name encoded once as a NUL-terminated UTF-8 array, for names written many
/// times (`data`, `key`, `rdf:resource`, each predicate): passing it to libxml2 needs no conversion.
struct XMLName: Sendable {
    let name: String
    private let bytes: [UInt8]

    init(_ name: String) {
        self.name = name
        bytes = Array(name.utf8) + [0]
    }

    func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// The file behind an ``XMLWriter``: libxml2's output callbacks write here, and the first failure is
/// kept with the system's reason (`strerror`).
private final class FileSink {
    private var file: UnsafeMutablePointer<FILE>?
    private(set) var failure: String?

    init(path: String) throws {
        guard let f = fopen(path, "wb") else {
            throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno)))
        }
        file = f
    }

    deinit {
        if let file { fclose(file) }
    }

    static let write: xmlOutputWriteCallback = { context, bytes, count in
        let sink = Unmanaged<FileSink>.fromOpaque(context!).takeUnretainedValue()
        guard let file = sink.file, sink.failure == nil else { return -1 }
        guard count > 0, let bytes else { return 0 }
        if fwrite(bytes, 1, Int(count), file) != Int(count) {
            sink.failure = String(cString: strerror(errno))
            return -1
        }
        return count
    }

    static let close: xmlOutputCloseCallback = { context in
        let sink = Unmanaged<FileSink>.fromOpaque(context!).takeUnretainedValue()
        guard let file = sink.file else { return 0 }
        sink.file = nil
        if fclose(file) != 0, sink.failure == nil {
            sink.failure = String(cString: strerror(errno))
            return -1
        }
        return 0
    }
}
