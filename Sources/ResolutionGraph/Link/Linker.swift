/// Stage 4: actions (who is asked to do what, about which instrument or theme), preambular references,
/// footnote links and relations between instruments — each with its evidence.
public struct Linker: Sendable {
    public let vocabulary: Vocabulary
    private let verbs: VerbTable
    /// Instruments by Treaty Series registration: `"2225/39574"` → id.
    private let byTreatySeries: [String: String]
    /// Entities by the symbol of the resolution or document that is (or adopted) them: `64/293`, `A/RES/64/293`.
    private let bySymbol: [String: String]
    /// Instruments by the symbol of the conference report whose chapter holds their text (vocabulary identifier
    /// `report`): `A/CONF.157/24` → the Vienna Declaration and Programme of Action.
    private let byReport: [String: [String]]
    /// The text a resolution adopts by annexing it.
    private let annexed: AnnexedText

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        self.verbs = VerbTable(vocabulary.verbs, actForms: vocabulary.actForms)
        var byTreatySeries = [String: String]()
        var bySymbol = [String: String]()
        var byReport = [String: [String]]()
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) where entity.kind == .instrument {
            if let volume = entity.identifiers["unts-volume"], let number = entity.identifiers["unts-number"] {
                byTreatySeries[volume + "/" + number] = byTreatySeries[volume + "/" + number] ?? entity.id
            }
            // Only resolutions and reports are *the* document with that symbol; a convention merely adopted by it is not. An
            // instrument issued as a document that is no resolution is that document: the Guiding Principles on Business and
            // Human Rights are A/HRC/17/31, the Guiding Principles on Internal Displacement E/CN.4/1998/53/Add.2.
            if let symbol = entity.identifiers["symbol"],
               entity.category == "resolution" || entity.category == "report" || !symbol.contains("/RES/") {
                bySymbol[symbol] = bySymbol[symbol] ?? entity.id
            }
            if let report = entity.identifiers["report"], report.contains("/") { byReport[report, default: []].append(entity.id) }
        }
        self.byTreatySeries = byTreatySeries
        self.bySymbol = bySymbol
        self.byReport = byReport
        self.annexed = AnnexedText(vocabulary: vocabulary)
    }

    /// Relations between treaties that a protocol's own title states.
    static let treatyRelations: Set<String> = ["supplements", "optional-protocol-to", "protocol-to", "amends"]

    /// The entity a footnote citation names.
    func target(of citation: Citation) -> Entity? {
        switch citation {
        case .treatySeries(let volume, let number):
            return byTreatySeries["\(volume)/\(number)"].flatMap { vocabulary.entities[$0] }
        case .resolution(let number):
            return (bySymbol[number] ?? bySymbol["A/RES/" + number]).flatMap { vocabulary.entities[$0] }
                ?? PatternRecognizer.resolutionEntity(number)
        case .documentSymbol(let s):
            if let known = (bySymbol[s]).flatMap({ vocabulary.entities[$0] }) { return known }
            return Entity(id: "instrument/document-" + Slug.make(s), kind: .instrument, category: s.contains("/RES/") ? "resolution" : "report",
                          label: s, identifiers: ["symbol": s], isKnown: false)
        }
    }

    /// The vocabulary instruments whose text a cited conference report holds ("A/CONF.157/24 (Part I), chap. III" is the
    /// Vienna Declaration and Programme of Action): cited together with the report.
    func contents(of citation: Citation) -> [Entity] {
        guard case .documentSymbol(let s) = citation else { return [] }
        return (byReport[s] ?? []).compactMap { vocabulary.entities[$0] }
    }

    /// Records what the unit `unitID` (a footnote or a paragraph, whose text is `text`) cites: each target an entity of the
    /// document, a mention at the citation (one per unit and target) and a `cites` relation with that evidence. Returns the
    /// targets, in order.
    /// `cited`: the (unit, entity) pairs of `extracted.mentions`, made at the first target cited in the document (nil
    /// until then) and kept up to date here, for the one-mention-per-unit-and-target test: it scanned every mention of the
    /// document per target (two string comparisons a mention, ~45,000 instructions a target).
    private func cite(_ citations: [Citation], in unitID: String, text: String, of symbol: String,
                      _ extracted: inout ExtractedDocument, _ relations: inout [LinkedRelation],
                      _ cited: inout Set<UnitEntity>?) -> [String] {
        var targets = [String]()
        let scalars = text.scalarArray
        for citation in citations {
            for target in [target(of: citation)].compactMap({ $0 }) + contents(of: citation) {
                if extracted.entities[target.id] == nil { extracted.entities[target.id] = target }
                if !targets.contains(target.id) { targets.append(target.id) }
                let span = CitationSpan.locate(citation, in: scalars)
                let evidence = Provenance(document: symbol, paragraph: unitID, start: span.lowerBound, end: span.upperBound,
                                          text: String(scalars: scalars[span]))
                relations.append(LinkedRelation(subject: "\(symbol)#\(unitID)", relation: RelationName.cites.rawValue,
                                                object: target.id, evidence: evidence))
                let mention = Mention(entity: target.id, paragraph: unitID, start: span.lowerBound, end: span.upperBound, text: evidence.text)
                if cited == nil { cited = Set(extracted.mentions.map { UnitEntity(unit: $0.paragraph, entity: $0.entity) }) }
                if cited!.insert(UnitEntity(unit: unitID, entity: target.id)).inserted {
                    extracted.mentions.append(mention)
                }
            }
        }
        return targets
    }

    /// Sorts mentions by their unit's order in the document, start, longest first, then entity id. The unit's order is
    /// looked up once per mention, not twice per comparison (two dictionary lookups, ~700 instructions a comparison); the
    /// keys are the same, so the sort makes the same comparisons and the same order.
    static func sortMentions(_ mentions: inout [Mention], unitOrder: [String: Int]) {
        var keyed = mentions.map { (order: unitOrder[$0.paragraph] ?? 0, mention: $0) }
        keyed.sort {
            ($0.order, $0.mention.start, -$0.mention.end, $0.mention.entity) < ($1.order, $1.mention.start, -$1.mention.end, $1.mention.entity)
        }
        mentions = keyed.map(\.mention)
    }

    /// A unit's id and an entity's id: a key of the mentions ``cite`` has already recorded.
    struct UnitEntity: Hashable {
        var unit: String
        var entity: String
    }

    /// Links one extracted document.
    public func link(_ extracted: ExtractedDocument) -> LinkedDocument {
        var extracted = extracted
        let document = extracted.document
        let symbol = document.metadata.symbol
        var actions = [Action]()
        var relations = [LinkedRelation]()
        // Footnote citations → instruments and cited documents, each a mention in the footnote.
        var cited = [Int: [String]]()
        var citedPairs: Set<UnitEntity>? = nil
        for note in document.footnotes {
            cited[note.number] = cite(note.citations, in: note.id, text: note.text, of: symbol, &extracted, &relations, &citedPairs)
        }
        // Document symbols written inline in a paragraph ("the report of the Secretary-General (A/80/302)"), the same way;
        // the document's own symbol is no citation.
        for paragraph in document.paragraphs {
            let citations = CitationParser.documentSymbols(in: paragraph.text).filter { $0 != .documentSymbol(symbol) }
            if !citations.isEmpty { _ = cite(citations, in: paragraph.id, text: paragraph.text, of: symbol, &extracted, &relations, &citedPairs) }
        }
        let unitOrder = Dictionary(uniqueKeysWithValues: document.textUnits.enumerated().map { ($1.id, $0) })
        Self.sortMentions(&extracted.mentions, unitOrder: unitOrder)
        let mentionsByUnit = Dictionary(grouping: extracted.mentions, by: \.paragraph)

        let finder = ActionFinder(verbs: verbs, entities: extracted.entities, symbol: symbol, citedByFootnote: cited)
        var lastTopLevelAsks = false
        for paragraph in document.paragraphs {
            // Asked once here for both uses (~3,000 instructions a paragraph).
            let letteredSubItem = ActionFinder.isLetteredSubItem(paragraph.id)
            let found = finder.actions(in: paragraph, mentions: mentionsByUnit[paragraph.id] ?? [],
                                       parentAsks: letteredSubItem && lastTopLevelAsks,
                                       tokens: extracted.unitTokens[paragraph.id], letteredSubItem: letteredSubItem)
            if paragraph.kind == .operative, !paragraph.localID.dropFirst(2).contains(where: \.isLetter) {
                lastTopLevelAsks = found.last.map { VerbTable.directive.contains($0.verb) } ?? false
            }
            actions += found
            // Paragraph → footnote references.
            for ref in paragraph.footnoteRefs {
                guard let note = document.footnotes.first(where: { $0.number == ref.number }) else { continue }
                relations.append(LinkedRelation(subject: "\(symbol)#\(paragraph.id)", relation: RelationName.refersToFootnote.rawValue,
                                                object: "\(symbol)#\(note.id)", evidence: nil))
            }
        }
        // The text the resolution annexes and adopts: an instrument its adopting paragraph mentions and its action concerns.
        let mentionCount = extracted.mentions.count
        annexed.link(&extracted, actions: &actions)
        if extracted.mentions.count > mentionCount {
            Self.sortMentions(&extracted.mentions, unitOrder: unitOrder)
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
        // A protocol's relation to its convention holds whenever the protocol is named (its title says it):
        // the convention joins the graph as an entity even when the text names it only inside that title.
        let mentioned = Set(extracted.mentions.map(\.entity))
        // Only the mentioned instruments are sorted (the loop skipped every other entity), and below only the entities with
        // relations: sorting every entity of the document by id, twice, cost ~180,000 instructions a document.
        for entity in extracted.entities.values.filter({ $0.kind == .instrument && mentioned.contains($0.id) }).sorted(by: { $0.id < $1.id }) {
            for relation in entity.relations where Self.treatyRelations.contains(relation.relation) && extracted.entities[relation.target] == nil {
                if let target = vocabulary.entities[relation.target] { extracted.entities[target.id] = target }
            }
        }
        for entity in extracted.entities.values.filter({ !$0.relations.isEmpty }).sorted(by: { $0.id < $1.id }) {
            for relation in entity.relations where extracted.entities[relation.target] != nil
                && !stated.contains(entity.id + " " + relation.relation + " " + relation.target) {
                let evidence = firstMention[entity.id].map {
                    Provenance(document: symbol, paragraph: $0.paragraph, start: $0.start, end: $0.end, text: $0.text)
                }
                relations.append(LinkedRelation(subject: entity.id, relation: relation.relation, object: relation.target, evidence: evidence))
            }
        }
        extracted.unitTokens = [:]
        return LinkedDocument(extracted: extracted, actions: actions, relations: relations)
    }
}
