/// Relations between instruments that the text states: "the Protocol …, supplementing the United
/// Nations Convention against Transnational Organized Crime" → the protocol `supplements` the
/// convention; "the X, an optional protocol to the Y" likewise.
enum InstrumentRelationFinder {
    /// Words that, between two instrument names, state how the first relates to the second.
    private static let cues: [(words: [String], relation: RelationName)] = [
        (["supplementing", "the"], .supplements),
        (["supplementing"], .supplements),
        (["supplementary", "to", "the"], .supplements),
        (["optional", "protocol", "to", "the"], .optionalProtocolTo),
        (["protocol", "to", "the"], .protocolTo),
    ]

    static func find(in unit: TextUnit, mentions: [Mention], entities: [String: Entity], symbol: String) -> [LinkedRelation] {
        let instruments = mentions.filter { entities[$0.entity]?.kind == .instrument }
        guard instruments.count >= 2 else { return [] }
        let slicer = ScalarSlicer(unit.text)
        var result = [LinkedRelation]()
        for (a, b) in zip(instruments, instruments.dropFirst()) where a.end <= b.start && a.entity != b.entity {
            let between = slicer.string(a.end, b.start)
            let words = Tokenizer.tokenize(between).filter(\.isWord).map(\.folded)
            guard words.count <= 5, let cue = cues.first(where: { $0.words == words }) else { continue }
            result.append(LinkedRelation(
                subject: a.entity, relation: cue.relation.rawValue, object: b.entity,
                evidence: Provenance(document: symbol, paragraph: unit.id, start: a.start, end: b.end,
                                     text: slicer.string(a.start, b.end))))
        }
        return result
    }
}
