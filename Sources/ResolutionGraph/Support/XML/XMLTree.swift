import CLibXML2

/// A parsed XML (or HTML) document as plain Swift values, read through libxml2 with the network off,
/// no DTD loading and no entity substitution: external entities are never fetched and entity
/// references are dropped, not expanded (so no XXE and no billion laughs).
struct XMLTree: Sendable {
    /// An element: local name, namespace IRI, attributes by local name, children in order.
    struct Element: Sendable {
        var name: String
        var namespace: String?
        var attributes: [String: String]
        var children: [Node]
        var line: Int

        /// Child elements named `name`.
        func elements(_ name: String) -> [Element] {
            children.compactMap { if case .element(let e) = $0, e.name == name { return e } else { return nil } }
        }

        /// The first descendant element named `name`, depth first.
        func first(_ name: String) -> Element? {
            for child in children {
                guard case .element(let e) = child else { continue }
                if e.name == name { return e }
                if let found = e.first(name) { return found }
            }
            return nil
        }

        /// Every descendant element named `name`, depth first.
        func all(_ name: String) -> [Element] {
            var result = [Element]()
            for child in children {
                guard case .element(let e) = child else { continue }
                if e.name == name { result.append(e) }
                result += e.all(name)
            }
            return result
        }

        /// Descendant elements named `name` that have no ancestor of the same name below this element.
        func outermost(_ name: String) -> [Element] {
            var result = [Element]()
            for child in children {
                guard case .element(let e) = child else { continue }
                if e.name == name { result.append(e) } else { result += e.outermost(name) }
            }
            return result
        }

        /// All text below the element, in document order.
        var text: String {
            children.map { node in
                switch node {
                case .text(let t): return t
                case .element(let e): return e.text
                }
            }.joined()
        }
    }

    indirect enum Node: Sendable {
        case element(Element)
        case text(String)
    }

    var root: Element

    /// Elements nested deeper than this are refused (a hostile document cannot exhaust the stack).
    static let maximumDepth = 256

    /// Parses XML text.
    /// - Throws: ``ResolutionGraphError/malformedXML(_:line:column:message:)`` naming the line and column.
    static func parseXML(_ text: String, name: String) throws -> XMLTree {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        xmlResetLastError()
        let doc: xmlDocPtr? = text.withCString { xmlReadMemory($0, Int32(text.utf8.count), "input.xml", "UTF-8", options) }
        return try tree(doc, name: name)
    }

    /// Parses HTML text with libxml2's forgiving HTML parser.
    static func parseHTML(_ text: String, name: String) throws -> XMLTree {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        xmlResetLastError()
        let doc: htmlDocPtr? = text.withCString { htmlReadMemory($0, Int32(text.utf8.count), "input.html", "UTF-8", options) }
        return try tree(doc, name: name)
    }

    private static func tree(_ doc: xmlDocPtr?, name: String) throws -> XMLTree {
        guard let doc else {
            let error = xmlGetLastError()
            let message = error?.pointee.message.map { String(cString: $0).trimmingSpaces().replacingOccurrences(of: "\n", with: "") } ?? "not well-formed"
            throw ResolutionGraphError.malformedXML(name, line: Int(error?.pointee.line ?? 0), column: Int(error?.pointee.int2 ?? 0), message: message)
        }
        defer { xmlFreeDoc(doc) }
        guard let rootNode = xmlDocGetRootElement(doc) else {
            throw ResolutionGraphError.malformedXML(name, line: 1, column: 1, message: "no root element")
        }
        guard let root = try element(rootNode, depth: 0, name: name) else {
            throw ResolutionGraphError.malformedXML(name, line: 1, column: 1, message: "no root element")
        }
        return XMLTree(root: root)
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }

    private static func element(_ node: xmlNodePtr, depth: Int, name: String) throws -> Element? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        if depth > maximumDepth {
            throw ResolutionGraphError.malformedXML(name, line: Int(xmlGetLineNo(node)), column: 0, message: "elements nested more than \(maximumDepth) deep")
        }
        var attributes = [String: String]()
        var attribute = node.pointee.properties
        while let a = attribute {
            if let key = string(a.pointee.name) {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if c.pointee.type == XML_TEXT_NODE, let t = string(c.pointee.content) { value += t }
                    child = c.pointee.next
                }
                attributes[key] = value
            }
            attribute = a.pointee.next
        }
        var children = [Node]()
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                if let e = try element(c, depth: depth + 1, name: name) { children.append(.element(e)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let t = string(c.pointee.content) { children.append(.text(t)) }
            default:
                break // comments, processing instructions and entity references are dropped
            }
            child = c.pointee.next
        }
        return Element(name: string(node.pointee.name) ?? "", namespace: node.pointee.ns.flatMap { string($0.pointee.href) },
                       attributes: attributes, children: children, line: Int(xmlGetLineNo(node)))
    }
}
