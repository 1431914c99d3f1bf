/// The three kinds of things the graph links paragraphs to.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case actor, instrument, theme

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An actor, instrument or theme: one node per real-world entity.
public struct Entity: Sendable, Hashable {
    /// Stable id, `kind/slug`: `actor/unodc`, `instrument/untoc`, `theme/forced-labour`.
    public var id: String
    public var kind: EntityKind
    /// `un-entity`, `state-group`, `convention`, `protocol`, …
    public var category: String
    /// Canonical label.
    public var label: String
    /// Other names, acronyms first.
    public var aliases: [String]
    /// `unts-volume`, `unts-number`, `symbol`, `adopted`, `unbis`, `sdg`, … (sorted by key when written).
    public var identifiers: [String: String]
    /// Relations to other entities the vocabulary knows: `supplements` → `instrument/untoc`.
    public var relations: [EntityRelation]
    /// True when the entity comes from the vocabulary; false for one recognized by a pattern only.
    public var isKnown: Bool

    public init(id: String, kind: EntityKind, category: String, label: String, aliases: [String] = [],
                identifiers: [String: String] = [:], relations: [EntityRelation] = [], isKnown: Bool = true) {
        self.id = id
        self.kind = kind
        self.category = category
        self.label = label
        self.aliases = aliases
        self.identifiers = identifiers
        self.relations = relations
        self.isKnown = isKnown
    }

    /// The aliases as written in text, without the `=` that marks a case-exact alias in the vocabulary (`=Secretariat`).
    public var writtenAliases: [String] {
        aliases.map { $0.hasPrefix("=") ? String($0.dropFirst()) : $0 }
    }
}

/// A typed link between two entities, such as an optional protocol and its convention.
public struct EntityRelation: Sendable, Hashable, Codable {
    /// One of ``RelationName``'s raw values for entity-to-entity relations.
    public var relation: String
    public var target: String

    public init(relation: String, target: String) {
        self.relation = relation
        self.target = target
    }
}

/// Where an entity is named: a span of a paragraph's or footnote's normalized text.
public struct Mention: Sendable, Hashable, Codable {
    public var entity: String
    /// `pp3`, `op5a`, `fn12`.
    public var paragraph: String
    /// Offsets in Unicode scalars into the unit's normalized text; `end` is exclusive.
    public var start: Int
    public var end: Int
    public var text: String

    public init(entity: String, paragraph: String, start: Int, end: Int, text: String) {
        self.entity = entity
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
    }
}

/// Extract's output: the document with its entities and every mention of them.
public struct ExtractedDocument: Sendable {
    public var document: Document
    /// Every entity mentioned, by id.
    public var entities: [String: Entity]
    /// Sorted by unit order, then start offset.
    public var mentions: [Mention]
    public var diagnostics: [Diagnostic]
    /// The tokens of each text unit searched, by unit id, for the ``Linker`` to read the paragraphs' verbs without
    /// tokenizing them again; emptied once linked.
    var unitTokens: [String: [TextToken]] = [:]

    public init(document: Document, entities: [String: Entity], mentions: [Mention], diagnostics: [Diagnostic] = []) {
        self.document = document
        self.entities = entities
        self.mentions = mentions
        self.diagnostics = diagnostics
    }
}
