import Foundation

/// What a corpus holds, counted: documents, paragraphs, footnotes, entities by kind, the most mentioned
/// actors, instruments and themes, the most frequent actions and who they address. `resgraph stats`
/// prints it as text or JSON (this struct's `Codable` form).
public struct CorpusStatistics: Codable, Sendable, Equatable {
    public struct Paragraphs: Codable, Sendable, Equatable {
        public var preambular: Int
        /// Numbered operative paragraphs.
        public var operative: Int
        /// Lettered or numbered sub-items of operative paragraphs (`op5a`, `op5a-i`).
        public var subItems: Int
        /// Paragraphs of annexes (`annex-op3`…), sub-items included.
        public var annex: Int
    }

    public struct EntityCounts: Codable, Sendable, Equatable {
        public var actor: Int
        public var instrument: Int
        public var theme: Int
    }

    /// One entity with how often and in how many documents it is mentioned.
    public struct RankedEntity: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var mentions: Int
        public var documents: Int
    }

    /// The top entities of one kind, by mentions and by number of documents.
    public struct TopEntities: Codable, Sendable, Equatable {
        public var byMentions: [RankedEntity]
        public var byDocuments: [RankedEntity]
    }

    public struct VerbCount: Codable, Sendable, Equatable {
        public var verb: String
        public var count: Int
    }

    /// How often a verb addresses an actor: "urge → Governments: 34".
    public struct VerbAddresseeCount: Codable, Sendable, Equatable {
        public var verb: String
        public var addressee: String
        public var label: String
        public var count: Int
    }

    public var documents: Int
    public var paragraphs: Paragraphs
    public var footnotes: Int
    public var actions: Int
    /// Distinct entities mentioned, by kind.
    public var entities: EntityCounts
    public var topActors: TopEntities
    public var topInstruments: TopEntities
    public var topThemes: TopEntities
    /// Verb lemmas by number of actions.
    public var topVerbs: [VerbCount]
    /// (verb, addressee) pairs by number of actions.
    public var topVerbAddressees: [VerbAddresseeCount]

    /// Counts over `documents`, keeping the `top` first of each ranking. Ties sort by id (or verb), so the
    /// result does not depend on the order of `documents`.
    public init(_ documents: [LinkedDocument], top: Int = 10) {
        self.documents = documents.count
        var pp = 0, op = 0, sub = 0, annex = 0, fn = 0, actionCount = 0
        var mentionCount = [String: Int]()
        var documentSets = [String: Set<String>]()
        var known = [String: Entity]()
        var verbs = [String: Int]()
        var pairs = [String: [String: Int]]()
        for d in documents {
            let doc = d.document
            pp += doc.preambular.count
            annex += doc.annex.count
            for p in doc.operative {
                if p.number.map({ $0.hasPrefix("(") }) ?? false { sub += 1 } else { op += 1 }
            }
            fn += doc.footnotes.count
            actionCount += d.actions.count
            for m in d.extracted.mentions {
                mentionCount[m.entity, default: 0] += 1
                documentSets[m.entity, default: []].insert(d.symbol)
                if known[m.entity] == nil, let e = d.extracted.entities[m.entity] { known[m.entity] = e }
            }
            for a in d.actions {
                verbs[a.verb, default: 0] += 1
                for x in a.addressees {
                    pairs[a.verb, default: [:]][x, default: 0] += 1
                    if known[x] == nil, let e = d.extracted.entities[x] { known[x] = e }
                }
            }
        }
        paragraphs = Paragraphs(preambular: pp, operative: op, subItems: sub, annex: annex)
        footnotes = fn
        actions = actionCount
        func count(_ kind: EntityKind) -> Int { mentionCount.keys.filter { known[$0]?.kind == kind }.count }
        entities = EntityCounts(actor: count(.actor), instrument: count(.instrument), theme: count(.theme))
        func ranking(_ kind: EntityKind) -> TopEntities {
            let rows = mentionCount.keys.compactMap { id -> RankedEntity? in
                guard let e = known[id], e.kind == kind else { return nil }
                return RankedEntity(id: id, label: e.label, mentions: mentionCount[id] ?? 0, documents: documentSets[id]?.count ?? 0)
            }
            let byMentions = rows.sorted { ($1.mentions, $1.documents, $0.id) < ($0.mentions, $0.documents, $1.id) }
            let byDocuments = rows.sorted { ($1.documents, $1.mentions, $0.id) < ($0.documents, $0.mentions, $1.id) }
            return TopEntities(byMentions: Array(byMentions.prefix(top)), byDocuments: Array(byDocuments.prefix(top)))
        }
        topActors = ranking(.actor)
        topInstruments = ranking(.instrument)
        topThemes = ranking(.theme)
        topVerbs = Array(verbs.map { VerbCount(verb: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.verb) < ($0.count, $1.verb) }.prefix(top))
        var flat = [VerbAddresseeCount]()
        for (verb, addressees) in pairs {
            for (id, n) in addressees { flat.append(VerbAddresseeCount(verb: verb, addressee: id, label: known[id]?.label ?? id, count: n)) }
        }
        topVerbAddressees = Array(flat.sorted { ($1.count, $0.verb, $0.addressee) < ($0.count, $1.verb, $1.addressee) }.prefix(top))
    }

    /// Pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// A plain-text report for a terminal.
    public func text() -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var lines = [String]()
        lines.append("documents: \(documents)")
        lines.append("paragraphs: \(paragraphs.preambular) preambular, \(paragraphs.operative) operative (+\(paragraphs.subItems) sub-items)"
                     + (paragraphs.annex > 0 ? ", \(paragraphs.annex) in annexes" : ""))
        lines.append("footnotes: \(footnotes)")
        lines.append("actions: \(actions)")
        lines.append("entities: \(entities.actor) actors, \(entities.instrument) instruments, \(entities.theme) themes")
        for (title, top) in [("actors", topActors), ("instruments", topInstruments), ("themes", topThemes)] {
            lines.append("")
            lines.append("top \(title) by mentions:")
            lines += top.byMentions.map { "  \(ListingText.clip($0.label, 70)): \(plural($0.mentions, "mention")) in \(plural($0.documents, "document"))" }
            lines.append("top \(title) by documents:")
            lines += top.byDocuments.map { "  \(ListingText.clip($0.label, 70)): \(plural($0.documents, "document")), \(plural($0.mentions, "mention"))" }
        }
        lines.append("")
        lines.append("most frequent actions:")
        lines += topVerbs.map { "  \($0.verb): \($0.count)" }
        lines.append("most frequent actions by addressee:")
        lines += topVerbAddressees.map { "  \($0.verb) → \($0.label): \($0.count)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
