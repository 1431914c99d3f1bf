/// Where a statement comes from: the document, the paragraph and the span of evidence.
public struct Provenance: Sendable, Hashable, Codable {
    public var document: String
    public var paragraph: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(document: String, paragraph: String, start: Int, end: Int, text: String) {
        self.document = document
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
    }
}

/// What an operative paragraph asks of whom: "Urges Member States … to consider ratifying … the Convention".
public struct Action: Sendable, Hashable {
    /// `op4-action-1`: the paragraph id and the action's rank within it.
    public var id: String
    public var paragraph: String
    /// Normalized lemma: `urge`, `call-upon`, `take-note`, `encourage`, `request`, `decide`, …
    public var verb: String
    /// `also`, `further`, `strongly`, `with-appreciation`, …
    public var modifiers: [String]
    /// Entity ids of the actors asked to act.
    public var addressees: [String]
    /// Entity ids of the instruments and themes the action is about.
    public var objects: [String]
    /// The verb phrase as evidence.
    public var evidence: Provenance
    /// What the addressees are asked to do, as a lemma: `ratify` in "Urges Member States to consider
    /// ratifying …", `strengthen` in "Calls upon States to strengthen …"; nil when the clause does not say.
    public var act: String?

    public init(id: String, paragraph: String, verb: String, modifiers: [String] = [], addressees: [String] = [],
                objects: [String] = [], evidence: Provenance, act: String? = nil) {
        self.id = id
        self.paragraph = paragraph
        self.verb = verb
        self.modifiers = modifiers
        self.addressees = addressees
        self.objects = objects
        self.evidence = evidence
        self.act = act
    }
}

/// A relation found in the text between two entities, or between the document and an entity.
public struct LinkedRelation: Sendable, Hashable {
    /// An entity id, or a paragraph reference `SYMBOL#pp3`.
    public var subject: String
    /// A ``RelationName`` raw value: `supplements`, `optional-protocol-to`, `recalls`, …
    public var relation: String
    public var object: String
    public var evidence: Provenance?

    public init(subject: String, relation: String, object: String, evidence: Provenance?) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.evidence = evidence
    }
}

/// Link's output: the extracted document plus its actions and relations.
public struct LinkedDocument: Sendable {
    public var extracted: ExtractedDocument
    public var actions: [Action]
    public var relations: [LinkedRelation]

    public init(extracted: ExtractedDocument, actions: [Action], relations: [LinkedRelation]) {
        self.extracted = extracted
        self.actions = actions
        self.relations = relations
    }

    public var document: Document { extracted.document }
    public var symbol: String { extracted.document.metadata.symbol }
}
