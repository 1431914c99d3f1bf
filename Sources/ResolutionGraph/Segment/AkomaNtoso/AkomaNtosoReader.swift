/// Reads an Akoma Ntoso (AKN4UN) resolution — the UN's own machine-readable format — into the document
/// model: preamble containers become preambular paragraphs, numbered `paragraph`s operative ones with
/// their lettered `point`s as sub-items, `authorialNote`s footnotes, and the metadata comes from the
/// FRBR identification, the preface, the workflow (draft symbol, sponsors) and the classification.
struct AkomaNtosoReader {
    let name: String
    let lines: [SourceLine]

    func read(_ tree: XMLTree) throws -> Document {
        guard tree.root.name == "akomaNtoso" else {
            throw ResolutionGraphError.unexpectedXML(name, expected: "root element <akomaNtoso>, found <\(tree.root.name)>")
        }
        guard let body = tree.root.children.lazy.compactMap({ node -> XMLTree.Element? in
            if case .element(let e) = node { return e } else { return nil }
        }).first else {
            throw ResolutionGraphError.unexpectedXML(name, expected: "a document element (<statement>, <act>, <doc>) inside <akomaNtoso>")
        }
        var metadata = readMetadata(body)
        var state = State()
        var formula: EnactingFormula?
        if let element = body.first("preamble")?.first("formula") ?? body.first("formula") {
            let text = collapse(element.text)
            if !text.isEmpty {
                formula = EnactingFormula(text: text, lines: state.lineRange(element, lines), byteRange: state.byteRange(element, lines))
            }
        }
        if let preamble = body.first("preamble") {
            for container in preamble.elements("container") + preamble.elements("blockContainer") {
                state.addPreambular(container, lines: lines)
            }
        }
        if let main = body.first("mainBody") {
            for paragraph in main.outermost("paragraph") {
                state.addOperative(paragraph, lines: lines)
            }
        }
        for attachment in body.first("attachments")?.elements("attachment") ?? [] {
            for doc in attachment.elements("doc") { state.addAnnex(doc, lines: lines) }
        }
        if state.preambular.isEmpty && state.operative.isEmpty {
            throw ResolutionGraphError.unexpectedXML(name, expected: "<preamble> containers or <mainBody> paragraphs")
        }
        metadata.pageCount = nil
        var diagnostics = [Diagnostic]()
        let referenced = Set((state.preambular + state.operative + state.annex).flatMap(\.footnoteRefs).map(\.number))
        for note in state.footnotes where !referenced.contains(note.number) {
            diagnostics.append(Diagnostic(.note, "footnote \(note.number) is never referenced", at: note.id))
        }
        var document = Document(metadata: metadata, formula: formula, preambular: state.preambular, operative: state.operative,
                                annex: state.annex, footnotes: state.footnotes, diagnostics: diagnostics)
        document.annexTitles = state.annexTitles
        return document
    }

    private func readMetadata(_ body: XMLTree.Element) -> DocumentMetadata {
        let frbr = body.first("FRBRWork")?.first("FRBRthis")?.attributes["value"] ?? ""
        // /akn/un/statement/deliberation/unga/2022-12-15/77-194/!main/
        let parts = frbr.split(separator: "/").map(String.init)
        let bodyCode = parts.count > 4 ? parts[4] : ""
        let number = parts.count > 6 ? parts[6] : ""
        let numbers = body.all("docNumber")
        if let full = numbers.first(where: { $0.attributes["refersTo"] == "#symbol" }).map({ collapse($0.text) }), full.contains("/") {
            return finishMetadata(body, symbol: full, bodyCode: bodyCode, number: number)
        }
        var docNumber = numbers.first.map { collapse($0.text) } ?? ""
        while docNumber.hasSuffix(".") { docNumber.removeLast() }
        let symbol: String
        switch bodyCode {
        case "unga": symbol = "A/RES/" + (docNumber.isEmpty ? number.replacingOccurrences(of: "-", with: "/") : docNumber)
        case "unga-hrc": symbol = "A/HRC/RES/" + (docNumber.isEmpty ? number.replacingOccurrences(of: "-", with: "/") : docNumber)
        case "unecosoc": symbol = "E/RES/" + (docNumber.isEmpty ? number.replacingOccurrences(of: "-", with: "/") : docNumber)
        case "unsc":
            let p = number.split(separator: "-")
            symbol = "S/RES/" + (p.count == 2 ? "\(p[0]) (\(p[1]))" : (docNumber.isEmpty ? number : docNumber))
        default:
            symbol = docNumber.isEmpty ? fallbackSymbol() : docNumber
        }
        return finishMetadata(body, symbol: symbol, bodyCode: bodyCode, number: number)
    }

    private func finishMetadata(_ body: XMLTree.Element, symbol: String, bodyCode: String, number: String) -> DocumentMetadata {
        let bodies = ["unga": "General Assembly", "unga-hrc": "Human Rights Council", "unecosoc": "Economic and Social Council", "unsc": "Security Council"]
        let adoption = body.all("FRBRdate").first { $0.attributes["name"] == "adoption" }?.attributes["date"]
        let titles = body.all("docTitle")
        let title = (titles.first { $0.attributes["refersTo"] == "#resolutionTitle" } ?? titles.first { $0.attributes["refersTo"] == nil })
            .map { collapse($0.text) }
        let draft = body.all("step").first { $0.attributes["outcome"] == "draftResolution" }
        let sponsors = draft?.attributes["by"].map(splitSponsors) ?? []
        var metadata = DocumentMetadata(symbol: symbol, title: title?.isEmpty == false ? title : nil, body: bodies[bodyCode],
                                        date: adoption.flatMap { $0.hasPrefix("0001") ? nil : $0 }, sponsors: sponsors, sourceName: name)
        metadata.session = number.isEmpty ? nil : String(number.split(separator: "-").first ?? "")
        if let draftSymbol = draft?.attributes["as"].map(collapse), !draftSymbol.isEmpty, draftSymbol != symbol {
            metadata.draftSymbol = draftSymbol
        }
        return metadata
    }

    private func fallbackSymbol() -> String {
        var stem = name.split(separator: "/").last.map(String.init) ?? name
        if let dot = stem.lastIndex(of: ".") { stem = String(stem[..<dot]) }
        if let dash = stem.firstIndex(of: "-") { stem = String(stem[..<dash]) }
        return stem.replacingOccurrences(of: "_", with: "/")
    }

    private func collapse(_ s: String) -> String {
        var acc = TextAccumulator()
        acc.append(s)
        return acc.text
    }

    /// The workflow's sponsor list, split as a draft's sponsor line is ("Antigua and Barbuda" stays whole).
    private func splitSponsors(_ s: String) -> [String] {
        SponsorParser.split(collapse(s))
    }
}
