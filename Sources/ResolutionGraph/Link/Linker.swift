/// Stage 4: actions (who is asked to do what, about which instrument or theme), preambular references,
/// footnote links and relations between instruments — each with its evidence.
public struct Linker: Sendable {
    public let vocabulary: Vocabulary
    private let verbs: VerbTable
    /// Instruments by Treaty Series registration: `"2225/39574"` → id.
    private let byTreatySeries: [String: String]

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        self.verbs = VerbTable(vocabulary.verbs)
        var byTreatySeries = [String: String]()
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) {
            if let volume = entity.identifiers["unts-volume"], let number = entity.identifiers["unts-number"] {
                byTreatySeries[volume + "/" + number] = byTreatySeries[volume + "/" + number] ?? entity.id
            }
        }
        self.byTreatySeries = byTreatySeries
    }

    /// Links one extracted document.
    public func link(_ extracted: ExtractedDocument) -> LinkedDocument {
        var extracted = extracted
        let document = extracted.document
        let symbol = document.metadata.symbol
        var actions = [Action]()
        var relations = [LinkedRelation]()
        let mentionsByUnit = Dictionary(grouping: extracted.mentions, by: \.paragraph)

        for paragraph in document.preambular + document.operative {
            let mentions = mentionsByUnit[paragraph.id] ?? []
            actions += ActionFinder(verbs: verbs, entities: extracted.entities, symbol: symbol)
                .actions(in: paragraph, mentions: mentions)
            // Paragraph → footnote references.
            for ref in paragraph.footnoteRefs {
                guard let note = document.footnotes.first(where: { $0.number == ref.number }) else { continue }
                relations.append(LinkedRelation(subject: "\(symbol)#\(paragraph.id)", relation: RelationName.refersToFootnote.rawValue,
                                                object: "\(symbol)#\(note.id)", evidence: nil))
            }
        }
        // Footnote citations → instruments and cited documents.
        for note in document.footnotes {
            for citation in note.citations {
                let target: Entity?
                switch citation {
                case .treatySeries(let volume, let number):
                    target = byTreatySeries["\(volume)/\(number)"].flatMap { vocabulary.entities[$0] }
                case .resolution(let number):
                    target = vocabulary.entities.values.first { $0.identifiers["symbol"] == number || $0.identifiers["symbol"] == "A/RES/" + number }
                        ?? PatternRecognizer.resolutionEntity(number)
                case .documentSymbol(let s):
                    target = Entity(id: "instrument/document-" + Slug.make(s), kind: .instrument, category: "report",
                                    label: s, identifiers: ["symbol": s], isKnown: false)
                }
                guard let target else { continue }
                if extracted.entities[target.id] == nil { extracted.entities[target.id] = target }
                relations.append(LinkedRelation(subject: "\(symbol)#\(note.id)", relation: RelationName.cites.rawValue,
                                                object: target.id,
                                                evidence: Provenance(document: symbol, paragraph: note.id, start: 0,
                                                                     end: note.text.unicodeScalars.count, text: note.text)))
            }
        }
        // Relations between instruments stated in the text: "X, supplementing the Y".
        var stated = Set<String>()
        for unit in document.textUnits {
            for r in InstrumentRelationFinder.find(in: unit, mentions: mentionsByUnit[unit.id] ?? [], entities: extracted.entities, symbol: symbol) {
                if stated.insert(r.subject + " " + r.relation + " " + r.object).inserted { relations.append(r) }
            }
        }
        // Relations the vocabulary knows between mentioned entities, with the subject's first mention as evidence.
        let firstMention = Dictionary(extracted.mentions.map { ($0.entity, $0) }, uniquingKeysWith: { a, _ in a })
        for entity in extracted.entities.values.sorted(by: { $0.id < $1.id }) {
            for relation in entity.relations where extracted.entities[relation.target] != nil
                && !stated.contains(entity.id + " " + relation.relation + " " + relation.target) {
                let evidence = firstMention[entity.id].map {
                    Provenance(document: symbol, paragraph: $0.paragraph, start: $0.start, end: $0.end, text: $0.text)
                }
                relations.append(LinkedRelation(subject: entity.id, relation: relation.relation, object: relation.target, evidence: evidence))
            }
        }
        return LinkedDocument(extracted: extracted, actions: actions, relations: relations)
    }
}
