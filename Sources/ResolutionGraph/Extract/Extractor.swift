/// Stage 3: finds the actors, instruments and themes each paragraph and footnote names — by the
/// vocabulary's labels and aliases, and by patterns for entities the vocabulary does not list.
public struct Extractor: Sendable {
    public let vocabulary: Vocabulary
    /// Actors and instruments (and ignored phrases), matched leftmost-longest.
    private let names: Gazetteer
    /// Themes, matched in a separate pass so that a theme phrase never blocks a longer name.
    private let themes: Gazetteer

    /// Builds the matchers once; reuse one extractor for many documents.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var names = Gazetteer()
        var themes = Gazetteer()
        for entity in vocabulary.entities.values.sorted(by: { $0.id < $1.id }) {
            for phrase in [entity.label] + entity.aliases {
                if entity.kind == .theme { themes.add(phrase, entityID: entity.id) } else { names.add(phrase, entityID: entity.id) }
            }
        }
        for phrase in vocabulary.ignoredPhrases {
            names.add(phrase, entityID: nil)
            themes.add(phrase, entityID: nil)
        }
        self.names = names
        self.themes = themes
    }

    /// Extracts every mention in the document's paragraphs and footnotes.
    public func extract(_ document: Document) -> ExtractedDocument {
        var entities = [String: Entity]()
        var mentions = [Mention]()
        var diagnostics = [Diagnostic]()
        for unit in document.textUnits {
            let scalars = Array(unit.text.unicodeScalars)
            let tokens = Tokenizer.tokenize(unit.text)
            func text(_ start: Int, _ end: Int) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                return String(view)
            }
            // Names of actors and instruments.
            var blockedSpans = [Range<Int>]()
            var unitMentions = [Mention]()
            for match in names.matches(in: tokens) {
                let start = tokens[match.firstToken].start, end = tokens[match.lastToken].end
                for id in match.entityIDs {
                    guard let entity = vocabulary.entities[id] else { continue }
                    entities[id] = entity
                    unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                    blockedSpans.append(start..<end)
                }
            }
            // Entities recognized by pattern, where no vocabulary name already covers the span.
            for found in PatternRecognizer.recognize(unit: unit, tokens: tokens, scalars: scalars) {
                let span = found.mention.start..<found.mention.end
                if unitMentions.contains(where: { $0.start < span.upperBound && span.lowerBound < $0.end }) { continue }
                if let known = vocabulary.entities[found.entity.id] {
                    entities[known.id] = known
                } else if entities[found.entity.id] == nil {
                    entities[found.entity.id] = found.entity
                }
                unitMentions.append(found.mention)
            }
            // Themes, except inside the name of an actor or instrument: "Organized Crime" in the name of
            // the Convention is not the paragraph speaking of crime.
            for match in themes.matches(in: tokens) {
                let start = tokens[match.firstToken].start, end = tokens[match.lastToken].end
                if blockedSpans.contains(where: { $0.lowerBound <= start && end <= $0.upperBound }) { continue }
                for id in match.entityIDs {
                    guard let entity = vocabulary.entities[id] else { continue }
                    entities[id] = entity
                    unitMentions.append(Mention(entity: id, paragraph: unit.id, start: start, end: end, text: text(start, end)))
                }
            }
            unitMentions.sort { ($0.start, -$0.end, $0.entity) < ($1.start, -$1.end, $1.entity) }
            mentions += unitMentions
        }
        if mentions.isEmpty {
            diagnostics.append(Diagnostic(.warning, "no actor, instrument or theme recognized", at: document.metadata.sourceName))
        }
        return ExtractedDocument(document: document, entities: entities, mentions: mentions, diagnostics: diagnostics)
    }
}
