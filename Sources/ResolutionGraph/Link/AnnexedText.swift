/// The text a resolution adopts by annexing it: "Adopts the following political declaration …" over a declaration
/// printed as the annex, "Endorses the Programme of Action … contained in the annex to the present resolution".
///
/// That text is an instrument of its own: the one the vocabulary knows by the resolution's symbol or by the annex's
/// title, else a new one named by the title (when the title has the head word of an instrument — declaration,
/// programme of action, pact, guidelines, …). The paragraph's action concerns it, the paragraph mentions it (the words
/// that name it there, "the following political declaration"), and it is adopted by the acting organ on the
/// resolution's date.
struct AnnexedText {
    /// Verbs by which a resolution makes an annexed text its own or takes a position on it.
    static let verbs: Set<String> = ["adopt", "endorse", "approve", "take-note", "welcome", "proclaim", "decide"]

    /// Head phrases an adopted text's title may have beyond the title recognizer's (``TitleRecognizer/heads``,
    /// ``TitleRecognizer/phraseHeads``): "Outcome document of the high-level meeting …", "Model Strategies on …".
    static let extraPhraseHeads: [(words: [String], category: String)] = [(["outcome", "document"], "declaration")]
    static let extraHeads: [String: String] = ["strategies": "strategy"]
    /// The title recognizer's phrase heads and ours, longest first, in a fixed order.
    static let phraseHeads: [(words: [String], category: String)] =
        (TitleRecognizer.phraseHeads.map { (words: $0.key, category: $0.value) } + extraPhraseHeads)
            .sorted { ($0.words.count, $0.words.joined(separator: " ")) > ($1.words.count, $1.words.joined(separator: " ")) }

    let vocabulary: Vocabulary
    /// Vocabulary instruments by the symbol of the resolution that adopted them (`A/RES/80/9`).
    let bySymbol: [String: String]
    /// Vocabulary instruments by folded label and alias.
    let byName: [String: String]

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var bySymbol = [String: String](), byName = [String: String]()
        for entity in vocabulary.entities.values.filter({ $0.kind == .instrument }).sorted(by: { $0.id < $1.id }) {
            if let symbol = entity.identifiers["symbol"], symbol.contains("/RES/") { bySymbol[symbol] = bySymbol[symbol] ?? entity.id }
            for name in [entity.label] + entity.writtenAliases { byName[Self.fold(name)] = byName[Self.fold(name)] ?? entity.id }
        }
        self.bySymbol = bySymbol
        self.byName = byName
    }

    /// Lower case, letters and digits, one space between words.
    static func fold(_ s: String) -> String {
        // ASCII (nearly every name): the same words from the bytes, without Character iteration.
        var bytes = [UInt8]()
        bytes.reserveCapacity(s.utf8.count)
        var ascii = true
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                bytes.append(lower)
            } else if let last = bytes.last, last != 0x20 {
                bytes.append(0x20)
            }
        }
        if ascii {
            if bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        return s.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// The first head in `words` (folded), with its category and where it ends: "political declaration of …" → declaration;
    /// "optional protocol to …" → optional-protocol; nil when no head is there.
    static func head(_ words: [String]) -> (category: String, end: Int)? {
        for i in words.indices {
            for (phrase, category) in phraseHeads where i + phrase.count <= words.count && words[i..<(i + phrase.count)].elementsEqual(phrase) {
                return (category, i + phrase.count)
            }
            if let category = TitleRecognizer.heads[words[i]] ?? extraHeads[words[i]] {
                if category == "protocol", i > 0, words[i - 1] == "optional" { return ("optional-protocol", i + 1) }
                return (category, i + 1)
            }
        }
        return nil
    }

    /// Adds the annexed instrument to `extracted` and to the actions of the resolution's own operative paragraphs that
    /// adopt it.
    func link(_ extracted: inout ExtractedDocument, actions: inout [Action]) {
        let document = extracted.document
        guard !document.annexTitles.isEmpty else { return }
        let symbol = document.metadata.symbol
        let byID = Dictionary(document.operative.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let organ = extracted.mentions.first { $0.paragraph == EnactingFormula.id && extracted.entities[$0.entity]?.kind == .actor }?.entity
        for n in actions.indices where Self.verbs.contains(actions[n].verb) {
            guard let paragraph = byID[actions[n].paragraph] else { continue }
            let text = paragraph.text
            let scalars = Array(text.unicodeScalars)
            let clause = String(String.UnicodeScalarView(scalars[min(actions[n].evidence.end, scalars.count)...]))
            let lower = clause.lowercased()
            // "… annexed to the present resolution", "… contained in the annex", "the following …:".
            guard let annex = annexMeant(by: lower, titles: document.annexTitles) else { continue }
            // The clause names the text itself before saying where it is ("Endorses the Sevilla Commitment, … contained in the
            // annex", "Adopts the proposed version of the model strategies …, annexed …"): nothing to add. A resolution or
            // document cited on the way is another text ("… held in accordance with its resolution 77/275, as contained in
            // the annex").
            let verbEnd = actions[n].evidence.end
            let annexWord = lower.range(of: "annex").map { verbEnd + lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: $0.lowerBound) }
            let namedUpTo = annexWord ?? verbEnd + 25
            if extracted.mentions.contains(where: { m in
                guard m.paragraph == paragraph.id, m.start >= verbEnd, m.start <= namedUpTo, let e = extracted.entities[m.entity],
                      e.kind == .instrument else { return false }
                return e.category != "resolution" && e.category != "report"
            }) { continue }
            guard let title = document.annexTitles[annex] else { continue }
            guard let entity = instrument(titled: title, adoptedIn: symbol, on: document.metadata.date, by: organ) else { continue }
            // The words naming it in the paragraph: from the clause's first word to its head ("the following political
            // declaration"), else the verb.
            var span = actions[n].evidence.start..<actions[n].evidence.end
            if let named = Self.namingSpan(clause, offset: actions[n].evidence.end) { span = named }
            if extracted.entities[entity.id] == nil { extracted.entities[entity.id] = entity }
            extracted.mentions.append(Mention(entity: entity.id, paragraph: paragraph.id, start: span.lowerBound, end: span.upperBound,
                                              text: String(String.UnicodeScalarView(scalars[span]))))
            actions[n].objects.append(entity.id)
        }
    }

    /// Which annex a clause speaks of: "annex II" names one; "the annex", "annexed", "the following …:" the first.
    private func annexMeant(by clause: String, titles: [String: String]) -> String? {
        let names = titles.keys.sorted()
        for name in names where name != "annex" && name.hasPrefix("annex") {
            let numeral = name.dropFirst("annex".count).lowercased()
            if clause.contains("annex \(numeral) ") || clause.contains("annex \(numeral),") || clause.contains("annex \(numeral).") { return name }
        }
        guard clause.contains("annex") || clause.contains("the following") else { return nil }
        return names.contains("annex") ? "annex" : names.first
    }

    /// The vocabulary's instrument adopted by `symbol` or titled `title`, else a new one, adopted by `organ` on `date`;
    /// nil when the title names no instrument.
    func instrument(titled title: String, adoptedIn symbol: String, on date: String?, by organ: String?) -> Entity? {
        // "United Nations Model Strategies on Reducing Reoffending (the Kyoto Model Strategies)": the name before its short form.
        let name = title.hasSuffix(")") ? title.range(of: " (", options: .backwards).map { String(title[..<$0.lowerBound]) } ?? title : title
        if let id = byName[Self.fold(title)] ?? byName[Self.fold(name)] ?? bySymbol[symbol], let known = vocabulary.entities[id] { return known }
        let words = Self.fold(title).split(separator: " ").map(String.init)
        guard words.count >= 2, let (category, _) = Self.head(words) else { return nil }
        var identifiers = ["symbol": symbol]
        if let date, date.count == 10 { identifiers["adopted"] = date }
        let relations = organ.map { [EntityRelation(relation: RelationName.adoptedBy.rawValue, target: $0)] } ?? []
        return Entity(id: "instrument/" + Slug.make(title), kind: .instrument, category: category, label: title,
                      identifiers: identifiers, relations: relations, isKnown: false)
    }

    /// In the clause after the verb (starting at scalar `offset` of the paragraph), the span from its first word to the end
    /// of the first instrument head within 12 words: " the following political declaration, as …" → "the following
    /// political declaration".
    static func namingSpan(_ clause: String, offset: Int) -> Range<Int>? {
        var words = [(text: String, start: Int, end: Int)]()
        var current = "", start = 0, i = 0
        for scalar in clause.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                if current.isEmpty { start = i }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append((current.lowercased(), start, i)); current = ""
                if words.count >= 12 || scalar == "," || scalar == ";" || scalar == ":" { break }
            }
            i += 1
        }
        if !current.isEmpty, words.count < 12 { words.append((current.lowercased(), start, i)) }
        guard let first = words.first, let (_, end) = head(words.map(\.text)) else { return nil }
        return (offset + first.start)..<(offset + words[end - 1].end)
    }
}
