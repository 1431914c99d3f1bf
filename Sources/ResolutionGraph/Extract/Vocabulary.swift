import Foundation

/// The known actors, instruments and themes, read from the hand-editable files in `Ontology/vocabulary/`
/// (format: `Ontology/README.md`), plus the ignore list and the verb table.
public struct Vocabulary: Sendable {
    /// Every known entity, by id.
    public var entities: [String: Entity]
    /// Phrases that are never entities and block shorter matches inside them.
    public var ignoredPhrases: [String]
    /// Verb forms and their lemmas.
    public var verbs: [VerbForm]
    /// The -ing forms that may name what an addressee is asked to do, with their lemma
    /// (`ratifying` → `ratify`; `acts.tsv`).
    public var actForms: [String: String] = [:]
    /// Shapes of actor names the vocabulary lacks (`actor-patterns.tsv`).
    public var actorPatterns: ActorPatterns
    /// Themes said by a word and its object (`theme-cues.tsv`).
    public var themeCues = ThemeCues()

    public init(entities: [String: Entity], ignoredPhrases: [String] = [], verbs: [VerbForm] = [],
                actorPatterns: ActorPatterns = ActorPatterns()) {
        self.entities = entities
        self.ignoredPhrases = ignoredPhrases
        self.verbs = verbs
        self.actorPatterns = actorPatterns
    }

    /// One surface form of an operative verb or preambular opening.
    public struct VerbForm: Sendable, Hashable {
        public enum Part: String, Sendable { case operative, preambular }
        public var lemma: String
        public var part: Part
        public var form: String
    }

    /// The files that make up a vocabulary folder.
    static let entityFiles: [(String, EntityKind)] = [
        ("actors.tsv", .actor), ("states.tsv", .actor), ("instruments.tsv", .instrument), ("themes.tsv", .theme),
    ]
    /// Files of ``entityFiles`` a vocabulary folder may lack.
    static let optionalFiles: Set<String> = ["states.tsv"]

    /// Reads the vocabulary from an `Ontology` folder.
    /// - Throws: ``ResolutionGraphError/ontologyNotFound(_:)`` when the folder has no vocabulary,
    ///   ``ResolutionGraphError/vocabulary(_:line:message:)`` for a malformed line.
    public static func load(from ontology: URL) throws -> Vocabulary {
        let folder = ontology.appendingPathComponent("vocabulary")
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("actors.tsv").path) else {
            throw ResolutionGraphError.ontologyNotFound(ontology.path)
        }
        var entities = [String: Entity]()
        for (file, kind) in entityFiles {
            let url = folder.appendingPathComponent(file)
            if optionalFiles.contains(file), !FileManager.default.fileExists(atPath: url.path) { continue }
            for entity in try VocabularyFileParser.parseEntities(try read(url), file: url.path, kind: kind) {
                if entities[entity.id] != nil {
                    throw ResolutionGraphError.vocabulary(url.path, line: 0, message: "duplicate id \(entity.id)")
                }
                entities[entity.id] = entity
            }
        }
        for entity in entities.values {
            for relation in entity.relations where entities[relation.target] == nil {
                throw ResolutionGraphError.vocabulary(folder.path, line: 0,
                    message: "\(entity.id): relation \(relation.relation) points at unknown id \(relation.target)")
            }
        }
        var ignored = [String]()
        let ignoreURL = folder.appendingPathComponent("ignore.tsv")
        if FileManager.default.fileExists(atPath: ignoreURL.path) {
            ignored = try VocabularyFileParser.parseColumns(try read(ignoreURL), file: ignoreURL.path,
                                                            header: ["phrase", "reason"]).map { $0.fields[0] }
        }
        var verbs = [VerbForm]()
        let verbsURL = folder.appendingPathComponent("verbs.tsv")
        if FileManager.default.fileExists(atPath: verbsURL.path) {
            for row in try VocabularyFileParser.parseColumns(try read(verbsURL), file: verbsURL.path,
                                                             header: ["lemma", "part", "forms"]) {
                guard let part = VerbForm.Part(rawValue: row.fields[1]) else {
                    throw ResolutionGraphError.vocabulary(verbsURL.path, line: row.line, message: "part must be operative or preambular")
                }
                for form in VocabularyFileParser.splitList(row.fields[2]) {
                    verbs.append(VerbForm(lemma: row.fields[0], part: part, form: form))
                }
            }
        }
        var acts = [String: String]()
        let actsURL = folder.appendingPathComponent("acts.tsv")
        if FileManager.default.fileExists(atPath: actsURL.path) {
            for row in try VocabularyFileParser.parseColumns(try read(actsURL), file: actsURL.path, header: ["lemma", "forms"]) {
                for form in VocabularyFileParser.splitList(row.fields[1]) { acts[form.lowercased()] = row.fields[0] }
            }
        }
        var actorPatterns = ActorPatterns()
        let patternsURL = folder.appendingPathComponent("actor-patterns.tsv")
        if FileManager.default.fileExists(atPath: patternsURL.path) {
            actorPatterns = try ActorPatterns.parse(try read(patternsURL), file: patternsURL.path)
        }
        var vocabulary = Vocabulary(entities: entities, ignoredPhrases: ignored, verbs: verbs, actorPatterns: actorPatterns)
        vocabulary.actForms = acts
        let cuesURL = folder.appendingPathComponent("theme-cues.tsv")
        if FileManager.default.fileExists(atPath: cuesURL.path) {
            vocabulary.themeCues = try ThemeCues.parse(try read(cuesURL), file: cuesURL.path)
            for rule in vocabulary.themeCues.rules where entities[rule.theme]?.kind != .theme {
                throw ResolutionGraphError.vocabulary(cuesURL.path, line: 0, message: "\(rule.theme) is not a theme of themes.tsv")
            }
        }
        return vocabulary
    }

    private static func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ResolutionGraphError.unreadable(url.path, reason: "not UTF-8 text or unreadable")
        }
    }
}
