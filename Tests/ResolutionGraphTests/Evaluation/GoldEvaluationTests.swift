import Foundation
import Testing
@testable import ResolutionGraph

/// Precision and recall of the pipeline against hand-made gold standards (`Tests/Fixtures/gold/*.gold.json`,
/// format and annotation guidelines in `Tests/Fixtures/gold/README.md`).
///
/// For each gold file the document named by `source` (a copy in `Tests/Fixtures`) is run through the pipeline and
/// compared, as sets per document:
/// - actors, instruments, themes: entity ids with at least one mention (paragraph or footnote) vs. the gold ids;
///   gold ids `new:<kind>:<label>` name entities the vocabulary lacks and can only be misses;
/// - actions: (paragraph, verb lemma, addressee) triples of operative paragraphs, a clause without an addressee being
///   (paragraph, verb, "-"); the verb is compared without its modifiers (`also`, `further`);
/// - instrument relations: (subject, relation, object) triples for `supplements`, `optional-protocol-to`, `protocol-to`
///   among `LinkedDocument.relations`.
/// Scores are micro-averaged over the documents. The report (tables, false positives and false negatives per kind)
/// is printed to the test log.
@Suite("Evaluation: precision and recall against gold standards")
struct GoldEvaluationTests {
    // MARK: Gold format

    struct GoldAction: Decodable {
        var paragraph: String
        var verb: String
        var addressees: [String]
    }

    struct GoldRelation: Decodable {
        var subject: String
        var relation: String
        var object: String
    }

    struct Gold: Decodable {
        var document: String
        var source: String
        var annotatorNotes: String?
        var actors: [String]
        var instruments: [String]
        var themes: [String]
        var actions: [GoldAction]
        var instrumentRelations: [GoldRelation]

        enum CodingKeys: String, CodingKey {
            case document, source, actors, instruments, themes, actions
            case annotatorNotes = "annotator_notes"
            case instrumentRelations = "instrument_relations"
        }
    }

    static let goldFolder = TestSupport.fixtures.appendingPathComponent("gold")
    static let scoredRelations: Set<String> = ["supplements", "optional-protocol-to", "protocol-to"]

    /// Documents never used to tune the extractor (annotated independently, scored separately).
    static let heldOutFolder = goldFolder.appendingPathComponent("heldout")

    static func goldFiles(in folder: URL = goldFolder) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".gold.json") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func loadGold(_ url: URL) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    // MARK: Scoring

    /// The kinds scored, in report order.
    enum Kind: String, CaseIterable {
        case actor, instrument, theme, action, relation
    }

    /// Set comparison of gold and predicted items.
    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        init() {}
        init(gold: Set<String>, predicted: Set<String>) {
            truePositives = gold.intersection(predicted).count
            falsePositives = predicted.subtracting(gold).count
            falseNegatives = gold.subtracting(predicted).count
        }

        var goldCount: Int { truePositives + falseNegatives }
        var predictedCount: Int { truePositives + falsePositives }
        /// 1 when nothing was predicted (no false positive), by convention.
        var precision: Double { predictedCount == 0 ? 1 : Double(truePositives) / Double(predictedCount) }
        /// 1 when the gold is empty (nothing to miss), by convention.
        var recall: Double { goldCount == 0 ? 1 : Double(truePositives) / Double(goldCount) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        static func + (a: Score, b: Score) -> Score {
            var s = Score()
            s.truePositives = a.truePositives + b.truePositives
            s.falsePositives = a.falsePositives + b.falsePositives
            s.falseNegatives = a.falseNegatives + b.falseNegatives
            return s
        }
    }

    /// One document's gold and predicted sets per kind.
    struct Comparison {
        var symbol: String
        var gold: [Kind: Set<String>]
        var predicted: [Kind: Set<String>]

        func score(_ kind: Kind) -> Score { Score(gold: gold[kind] ?? [], predicted: predicted[kind] ?? []) }
        func falsePositives(_ kind: Kind) -> [String] { (predicted[kind] ?? []).subtracting(gold[kind] ?? []).sorted() }
        func falseNegatives(_ kind: Kind) -> [String] { (gold[kind] ?? []).subtracting(predicted[kind] ?? []).sorted() }
    }

    static func actionTriple(_ paragraph: String, _ verb: String, _ addressee: String?) -> String {
        "\(paragraph) \(verb) \(addressee ?? "-")"
    }

    static func goldSets(_ gold: Gold) -> [Kind: Set<String>] {
        var actions = Set<String>()
        for a in gold.actions {
            if a.addressees.isEmpty { actions.insert(actionTriple(a.paragraph, a.verb, nil)) }
            for addressee in a.addressees { actions.insert(actionTriple(a.paragraph, a.verb, normalizeNew(addressee))) }
        }
        return [
            .actor: Set(gold.actors.map(normalizeNew)), .instrument: Set(gold.instruments.map(normalizeNew)),
            .theme: Set(gold.themes.map(normalizeNew)), .action: actions,
            .relation: Set(gold.instrumentRelations.map { "\($0.subject) \($0.relation) \($0.object)" }),
        ]
    }

    static func predictedSets(_ linked: LinkedDocument) -> [Kind: Set<String>] {
        var sets: [Kind: Set<String>] = [.actor: [], .instrument: [], .theme: [], .action: [], .relation: []]
        // An entity the extractor found by pattern (not in the vocabulary) is compared with the gold's
        // `new:<kind>:<label>` by normalized label; resolutions, documents and ILO numbers keep their ids.
        func key(_ id: String) -> String {
            if let e = linked.extracted.entities[id], !e.isKnown,
               !["instrument/resolution-", "instrument/document-", "instrument/ilo-"].contains(where: id.hasPrefix) {
                return normalizeNew("new:\(e.kind.rawValue):\(e.label)")
            }
            return id
        }
        for id in Set(linked.extracted.mentions.map(\.entity)) {
            let kind = linked.extracted.entities[id]?.kind.rawValue ?? String(id.prefix { $0 != "/" })
            if let k = Kind(rawValue: kind) { sets[k, default: []].insert(key(id)) }
        }
        // The gold annotates operative paragraphs only; an action the linker finds in a preambular paragraph is not scored.
        // Addressees the vocabulary lacks (a Chair, a mandate found by pattern) compare by label, like entities.
        for action in linked.actions where action.paragraph.hasPrefix("op") {
            if action.addressees.isEmpty { sets[.action, default: []].insert(actionTriple(action.paragraph, action.verb, nil)) }
            for addressee in action.addressees {
                sets[.action, default: []].insert(actionTriple(action.paragraph, action.verb, key(addressee)))
            }
        }
        for r in linked.relations where scoredRelations.contains(r.relation) {
            sets[.relation, default: []].insert("\(r.subject) \(r.relation) \(r.object)")
        }
        return sets
    }

    /// `new:instrument:The Khartoum  Declaration` → `new:instrument:khartoum declaration`: labels of entities
    /// outside the vocabulary compare case- and punctuation-insensitively, without a leading article.
    static func normalizeNew(_ id: String) -> String {
        guard id.hasPrefix("new:") else { return id }
        let parts = id.split(separator: ":", maxSplits: 2)
        guard parts.count == 3 else { return id }
        var words = parts[2].lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if words.first == "the" { words.removeFirst() }
        return "new:\(parts[1]):" + words.joined(separator: " ")
    }

    static func compareAll(in folder: URL = goldFolder) throws -> [Comparison] {
        let pipeline = try TestSupport.pipeline()
        return try goldFiles(in: folder).map { url in
            let gold = try loadGold(url)
            let linked = try pipeline.process(try TestSupport.source(TestSupport.fixtures.appendingPathComponent(gold.source)))
            return Comparison(symbol: gold.document, gold: goldSets(gold), predicted: predictedSets(linked))
        }
    }

    // MARK: Report

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
    static func fmt(_ x: Double) -> String { String(format: "%.3f", x) }

    static func table(_ title: String, _ scores: [(Kind, Score)]) -> String {
        var lines = [title,
                     pad("kind", 11) + lpad("gold", 6) + lpad("pred", 6) + lpad("tp", 6) + lpad("fp", 6) + lpad("fn", 6)
                        + lpad("P", 8) + lpad("R", 8) + lpad("F1", 8)]
        for (kind, s) in scores {
            lines.append(pad(kind.rawValue, 11) + lpad("\(s.goldCount)", 6) + lpad("\(s.predictedCount)", 6)
                         + lpad("\(s.truePositives)", 6) + lpad("\(s.falsePositives)", 6) + lpad("\(s.falseNegatives)", 6)
                         + lpad(fmt(s.precision), 8) + lpad(fmt(s.recall), 8) + lpad(fmt(s.f1), 8))
        }
        return lines.joined(separator: "\n")
    }

    static func report(_ comparisons: [Comparison]) -> String {
        var out = ["", "===== Gold-standard evaluation (\(comparisons.count) documents) ====="]
        for c in comparisons {
            out.append("")
            out.append(table("--- \(c.symbol)", Kind.allCases.map { ($0, c.score($0)) }))
            for kind in Kind.allCases {
                let fp = c.falsePositives(kind), fn = c.falseNegatives(kind)
                if !fp.isEmpty { out.append("  \(kind.rawValue) false positives (\(fp.count)): " + fp.joined(separator: " | ")) }
                if !fn.isEmpty { out.append("  \(kind.rawValue) false negatives (\(fn.count)): " + fn.joined(separator: " | ")) }
            }
        }
        out.append("")
        out.append(table("=== Micro-averaged over all documents", Kind.allCases.map { ($0, micro(comparisons, $0)) }))
        // Entity errors recurring across documents first: these are the ones most worth fixing.
        for kind in [Kind.actor, .instrument, .theme] {
            for (label, errors) in [("false positives", comparisons.flatMap { $0.falsePositives(kind) }),
                                    ("false negatives", comparisons.flatMap { $0.falseNegatives(kind) })] {
                let counts = Dictionary(errors.map { ($0, 1) }, uniquingKeysWith: +)
                let top = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(15)
                if !top.isEmpty {
                    out.append("  top \(kind.rawValue) \(label): " + top.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
                }
            }
        }
        return out.joined(separator: "\n")
    }

    static func micro(_ comparisons: [Comparison], _ kind: Kind) -> Score {
        comparisons.reduce(Score()) { $0 + $1.score(kind) }
    }

    // MARK: Tests

    /// Regression guards, NOT targets: each floor is the micro-averaged value last measured minus about 0.02. A real
    /// regression breaks them; ordinary improvements never do. Raise them as the extractor improves. The targets are
    /// P/R ≥ 0.95 for actors and instruments, ≥ 0.9 for actions and instrument relations, ≥ 0.85 for themes.
    /// First measured (micro P / R), before any tuning: actor 0.993 / 0.871, instrument 0.957 / 0.816,
    /// theme 0.891 / 0.825, action 0.946 / 0.857, relation 0.600 / 0.750. These documents were then used to find
    /// errors, so the current figures are optimistic; `gold/heldout/` measures on documents never tuned on.
    /// Measured 2026-11-29 after tuning: actor 1.000 / 0.941, instrument 1.000 / 0.933, theme 0.934 / 0.917,
    /// action 0.991 / 0.987, relation 1.000 / 1.000. After the bulk-corpus pass (vocabulary, coordination,
    /// office-holders, titles, verbs; same day): actor 1.000 / 0.947, instrument 1.000 / 0.957, theme 0.939 / 0.918,
    /// action 0.995 / 0.991, relation 1.000 / 1.000. After actor names by shape (ActorTitleRecognizer, same day): actor
    /// 0.994 / 0.965, the other kinds unchanged. 2026-12-07: four documents added to the tuning set, annotated before
    /// any tool output (A/RES/79/165, A/RES/80/177 by the instrument/theme pass; A/RES/78/204, A/C.3/80/L.18 by the
    /// actor pass). On their own six documents before changes: the instrument/theme pass measured actor 0.989 / 0.948,
    /// instrument 0.982 / 0.949, theme 0.937 / 0.908, action 0.989 / 0.985; the actor pass measured actor 0.970 / 0.938,
    /// instrument 0.975 / 0.952, theme 0.869 / 0.924, action 0.958 / 0.970. After both passes, on all eight: actor
    /// 0.989 / 0.974, instrument 0.990 / 0.969, theme 0.908 / 0.958 (A/C.3/80/L.18's gold lists fewer themes than the
    /// text discusses: 22 of the 32 theme false positives are there; left as annotated), action 0.986 / 0.989, relation
    /// 1.000 / 1.000. Later on 2026-12-07 two more documents were added, annotated before any tool output (A/RES/79/188,
    /// violence against children by criminal and terrorist groups; A/RES/80/11, the plenary's peacebuilding review). On
    /// all ten before changes: actor 0.987 / 0.944, instrument 0.992 / 0.962, theme 0.897 / 0.937, action 0.977 / 0.957,
    /// relation 1.000 / 1.000. After actor pass 2 (vocabulary from the bulk corpus, addressed States, one body's Chairs,
    /// gerund sub-items, "calls for X to"): actor 0.990 / 0.972, instrument 0.992 / 0.962, theme 0.897 / 0.937, action
    /// 0.986 / 0.984, relation 1.000 / 1.000. The theme recall floor went from 0.94 to 0.91 with the two documents (their
    /// misses are mostly themes no vocabulary has: peacebuilding, conflict prevention, security sector reform …).
    /// Two more (A/C.3/80/L.22 and A/RES/80/227), annotated before any tool output (A/C.3/80/L.22, minorities;
    /// A/RES/80/227, crimes that affect the environment): on the ten before changes actor 0.987 / 0.950, instrument
    /// 0.987 / 0.966, theme 0.914 / 0.932, action 0.982 / 0.980, relation 1.000 / 1.000; after the instrument and theme
    /// pass (conference reports in footnotes, ILO numbers, bulk-corpus titles, theme aliases and prefix coordination,
    /// conference names, four candidate themes enabled with the golds reviewed for them): actor 0.987 / 0.950, instrument
    /// 0.995 / 0.982, theme 0.926 / 0.960, action 0.984 / 0.984, relation 1.000 / 1.000.
    /// All twelve together (2026-12-07, with States as actors, the enacting formula, short forms, and gerund sub-items
    /// of a directive paragraph read as what is asked): actor 0.989 / 0.966, instrument 0.995 / 0.974, theme 0.915 / 0.943,
    /// action 0.982 / 0.981, relation 1.000 / 1.000.
    /// After the addressee-scope pass (on the first ten) (what addressees act by or as, who acts on them, the "of" phrase of a group of
    /// States, verbs that ask for an act, "May consider"): action 1.000 / 0.998 (was 0.986 / 0.986), the other kinds
    /// unchanged; held-out action went from 0.945 / 0.967 to 0.940 / 0.958.
    /// With the addressee-scope pass merged, and its rule that an act's agent is no addressee turned back (the agent of the
    /// act asked for is the one asked: "Encourages continued investment by Member States"; A/RES/80/11 op22's gold revised
    /// to that guideline): action 0.994 / 0.990 on the twelve; held-out action 0.945 / 0.967 (0.940 / 0.958 with the rule).
    /// Session 5 (2026-12-07): A/RES/79/286 (the modalities of the 2025 high-level meeting on the Global Plan of Action)
    /// added, annotated before any tool output; first measured actor 0.960 / 0.923, instrument 0.938 / 0.938, theme
    /// 1.000 / 0.875, action 0.893 / 0.962. After theme cues, five peace themes, quoted titles, observers, "the President",
    /// "in consultative status with": on the thirteen actor 0.985 / 0.965, instrument 0.995 / 0.975, theme 0.916 / 0.961,
    /// action 0.993 / 0.989, relation 1.000 / 1.000.
    /// Session 6 (2026-12-07): A/C.3/80/L.25 (intolerance … based on religion or belief) added, annotated before any tool
    /// output; first measured actor 0.857 / 0.783, instrument 1.000 / 0.967, theme 0.905 / 0.905, action 1.000 / 1.000.
    /// On the fifteen before changes: actor 0.985 / 0.967, instrument 0.996 / 0.978, theme 0.916 / 0.960, action
    /// 0.995 / 0.991; after long resolution lists, "law enforcement" + activity noun, aliases, "encourages their
    /// participation", "between" in names, former mandate titles, bodies after a State and "of the": actor 0.989 / 0.974,
    /// instrument 0.996 / 0.982, theme 0.916 / 0.960, action 0.998 / 0.998, relation 1.000 / 1.000 (held-out unchanged).
    /// With the theme pass, sections restarting their numbering and first-person declarations merged: theme 0.924 / 0.972,
    /// the other kinds unchanged; held-out theme 0.924 / 0.888, instrument 0.973 / 0.917. Floors raised to about the
    /// figures minus 0.02. Session 7 (same day): actor pass 7 (stakeholder groups, subsidiary and lower-case bodies, a
    /// monarch's title): actor 0.991 / 1.000, the other kinds unchanged; held-out actor 0.952 / 0.882 (one more false
    /// positive). Annex segmentation left every figure unchanged (no gold document has an annex). Actor recall floor
    /// raised to 0.98.
    /// Session 8 (2026-12-07): four showcase documents added, annotated before any tool output (A/C.3/80/L.3, crime
    /// prevention and criminal justice programme; A/C.3/80/L.20, rights of the child; A/C.3/80/L.8, model strategies on
    /// reducing reoffending, with its annex; S/RES/2698 (2023), the Security Council on migrant smuggling off Libya). On the
    /// four before changes: actor 0.916 / 0.757, instrument 0.983 / 0.951, theme 0.937 / 0.873, action 0.975 / 0.937,
    /// relation 1.000 / 1.000. After the session's pass (States as places by what they have, parenthetical examples;
    /// mandate titles alone; "To request …" sub-items of a decision; "and for X to", "as well as supports", "encourages to",
    /// restated invitations, asides the addressees bear in mind; names closed by an acronym and "initiative"; UNODC's
    /// global programmes; review mechanisms, children and armed conflict mechanisms and the crime programme in the
    /// vocabulary): actor 0.992 / 0.854, instrument 0.986 / 0.951, theme 0.941 / 0.873, action 0.996 / 0.988, relation
    /// 1.000 / 1.000. On all nineteen: actor 0.992 / 0.965, instrument 0.992 / 0.971, theme 0.929 / 0.940, action
    /// 0.999 / 0.995, relation 1.000 / 1.000; the actor and theme recall floors moved down with the new documents (their
    /// misses are bodies and categories no rule here covers: an annex's service agencies, lower-case working groups named
    /// after another body's reference, themes the vocabulary lacks).
    /// Later in session 8, three more (A/RES/80/191, Indigenous Peoples; A/RES/80/215, digital technologies, from its Akoma
    /// Ntoso; A/RES/80/222, Iran), annotated before any tool output: first measured (with the session's first pass) actor
    /// 0.949 / 0.788, instrument 0.973 / 0.935, theme 0.942 / 0.755, action 0.965 / 0.945. After the second pass (study,
    /// analysis and classification titles, "towards" and title-case "that" in titles, decisions' numbers, a body's unit by
    /// "its", fact-finding missions, Indigenous Peoples' organizations, "the call for X to", "expresses further concern", the
    /// Taliban; nine candidate themes the blind annotators named enabled): on the three actor 0.950 / 0.814, instrument
    /// 0.973 / 0.935, theme 0.944 / 0.786, action 0.978 / 0.953. On all twenty-two: actor 0.986 / 0.942, instrument
    /// 0.993 / 0.969, theme 0.924 / 0.915, action 0.994 / 0.986, relation 1.000 / 1.000; floors moved to those minus about
    /// 0.02 where the new documents took the figure below the old floor.
    /// Then three Third Committee drafts (A/C.3/80/L.19 rural women, L.44 the disability convention, L.50 internally
    /// displaced persons), annotated blind: L.19 and L.44 first measured actor 0.907 / 0.778, instrument 0.986 / 0.920,
    /// theme 0.920 / 0.868, action 0.987 / 0.975; L.50 (measured after the fixes from the other two) actor 0.978 / 0.818,
    /// instrument 0.949 / 0.974, theme 0.923 / 0.738, action 0.967 / 0.873. After the third pass ("the United Nations"
    /// asked to act, treaty bodies referred to by "the Convention", Task Teams, "High-level" names, names after "lower-" or
    /// "non-", a shared "international" in coordinations, "requests her", "continues to urge", "in the work of"): on the
    /// three actor 0.980 / 0.839, instrument 0.972 / 0.938, theme 0.921 / 0.830, action 0.994 / 0.939. On all twenty-five:
    /// actor 0.985 / 0.928, instrument 0.991 / 0.966, theme 0.923 / 0.898, action 0.995 / 0.981, relation 1.000 / 1.000.
    /// Session 9: four Third Committee resolutions of 2024 (A/RES/79/154 trafficking in women and girls, 79/158 child, early
    /// and forced marriage, 79/186 the Crime Congress, 79/189 organ trafficking), annotated blind; first measured actor
    /// 0.947 / 0.796, instrument 0.970 / 0.890, theme 0.921 / 0.835, action 0.962 / 0.976. After the fourth pass (mandates
    /// worded otherwise, "… to End …" names, officials by portfolio, author-name variants of instruments, "with the
    /// participation of", ", and States parties to …", WHA resolutions): on the four actor 0.963 / 0.828, instrument
    /// 0.985 / 0.931, theme 0.925 / 0.835, action 0.990 / 0.981. On all twenty-nine: actor 0.981 / 0.917, instrument
    /// 0.990 / 0.963, theme 0.926 / 0.888, action 0.994 / 0.984, relation 1.000 / 1.000 (48); the floors hold.
    /// Then a fifth blind batch (A/C.3/80/L.11 rare diseases, L.16 homelessness, L.43 terrorism and human rights, A/RES/80/180
    /// youth): first measured actor 1.000 / 0.898, instrument 0.984 / 0.962, theme 0.965 / 0.819, action 1.000 / 0.983; after
    /// the fifth pass (a title repeated without its generic words, stakeholder aliases) actor 1.000 / 0.929, instrument
    /// 0.992 / 0.962, theme 0.965 / 0.819, action 1.000 / 0.994. On all thirty-three: actor 0.983 / 0.922, instrument
    /// 0.990 / 0.963, theme 0.931 / 0.877, action 0.995 / 0.985, relation 1.000 / 1.000 (48); the floors hold.
    /// Then "all countries" as the States, and seven stakeholder categories the blind annotators named in several files
    /// (professional organizations, migrant and diaspora organizations, health authorities, pharmaceutical companies,
    /// lower-middle-income countries, regional financial institutions) joined the vocabulary; the gold files' `new:` ids for
    /// them were remapped mechanically. On all thirty-three: actor 0.984 / 0.930, action 0.996 / 0.987.
    /// Session 10: a sixth blind batch (A/C.3/80/L.10 social inclusion, L.45 national human rights institutions, A/RES/79/153
    /// female genital mutilation, 79/176 extrajudicial executions): first measured actor 0.975 / 0.888, instrument 0.971 /
    /// 0.964, theme 0.949 / 0.804, action 0.995 / 0.968. After the sixth pass ("and the" before a capitalized run ends a name,
    /// "their representative organizations", a clause after a comma and fillers, "them" not a lone office-holder, "United
    /// Nations X, Y and bodies", "his Office", a document that is an instrument, three themes several annotators named):
    /// on all thirty-seven actor 0.982 / 0.936, instrument 0.990 / 0.963, theme 0.930 / 0.885, action 0.997 / 0.988,
    /// relation 0.981 / 1.000 (51); the floors hold.
    /// Then a seventh blind batch (A/C.3/80/L.28 freedom of religion or belief, L.39 a democratic and equitable
    /// international order, A/RES/79/150 the International Year of the Family, 79/178 extreme poverty), first measured after
    /// the sixth pass: actor 0.989 / 0.958, instrument 0.977 / 0.970, theme 0.934 / 0.727 (22 of its 53 theme misses are
    /// topics the vocabulary lacks), action 0.981 / 0.956. After the seventh pass (a that-clause subject past "other actors,
    /// including …" and an aside, aliases: groups based on religion or belief, "brought to justice", social exclusion, the
    /// racism formula naming xenophobia too): on all forty-one actor 0.983 / 0.938, instrument 0.989 / 0.964, theme
    /// 0.929 / 0.877, action 0.996 / 0.988, relation 0.981 / 1.000 (51); the floors hold.
    /// Then an eighth blind batch, measured after all of session 10's other passes as the estimate on unseen documents
    /// (A/C.3/80/L.47 drinking water and sanitation, A/RES/79/167 unilateral coercive measures, and A/RES/80/194
    /// mercenaries and 80/212 the Central Africa centre from their Akoma Ntoso): actor 0.948 / 0.880, instrument 0.993 /
    /// 0.926, theme 0.923 / 0.771, action 0.981 / 0.991. After the fourth pass (special envoys, advisers and
    /// representatives by title; named armed groups; "organizations of women"; "Central African States" and the
    /// title-case World Conference formula name nothing): actor 0.987 / 0.928. On all forty-five actor 0.983 / 0.938,
    /// instrument 0.990 / 0.961, theme 0.929 / 0.871, action 0.995 / 0.988; the theme recall floor moved to 0.855 (the new
    /// documents' theme misses are mostly topics the vocabulary lacks).
    static let floors: [Kind: (precision: Double, recall: Double)] = [
        .actor: (0.965, 0.905),
        .instrument: (0.97, 0.945),
        .theme: (0.90, 0.855),
        .action: (0.975, 0.965),
        .relation: (0.95, 0.95),
    ]

    @Test func goldStandardsAreWellFormed() throws {
        let vocabulary = try TestSupport.vocabulary()
        let lemmas = Set(vocabulary.verbs.map(\.lemma))
        let files = try Self.goldFiles() + Self.goldFiles(in: Self.heldOutFolder)
        #expect(files.count >= 49)
        for url in files {
            let gold = try Self.loadGold(url)
            let name = url.lastPathComponent
            #expect(FileManager.default.fileExists(atPath: TestSupport.fixtures.appendingPathComponent(gold.source).path),
                    "\(name): source \(gold.source) is not in Tests/Fixtures")
            for (kind, ids) in [("actor", gold.actors), ("instrument", gold.instruments), ("theme", gold.themes)] {
                #expect(Set(ids).count == ids.count, "\(name): duplicate \(kind) ids")
                for id in ids {
                    if id.hasPrefix("new:") {
                        #expect(id.hasPrefix("new:\(kind):"), "\(name): \(id) is not a new \(kind)")
                    } else if kind == "instrument" && (id.hasPrefix("instrument/resolution-") || id.hasPrefix("instrument/document-")) {
                        #expect(id == "instrument/" + Slug.make(String(id.dropFirst("instrument/".count))), "\(name): \(id) is not a slug")
                    } else {
                        #expect(vocabulary.entities[id]?.kind.rawValue == kind, "\(name): \(id) is not a \(kind) of the vocabulary")
                    }
                }
            }
            let actors = Set(gold.actors)
            for action in gold.actions {
                #expect(lemmas.contains(action.verb), "\(name): \(action.paragraph) verb \(action.verb) is not a lemma of verbs.tsv")
                #expect(action.paragraph.hasPrefix("op"), "\(name): \(action.paragraph) is not an operative paragraph id")
                for a in action.addressees {
                    #expect(actors.contains(a), "\(name): addressee \(a) of \(action.paragraph) is not among the document's actors")
                }
            }
            let instruments = Set(gold.instruments)
            for r in gold.instrumentRelations {
                #expect(Self.scoredRelations.contains(r.relation), "\(name): relation \(r.relation) is not scored")
                #expect(instruments.contains(r.subject), "\(name): relation subject \(r.subject) is not among the document's instruments")
                #expect(vocabulary.entities[r.object]?.kind == .instrument || instruments.contains(r.object),
                        "\(name): relation object \(r.object) is unknown")
            }
        }
    }

    @Test func extractorMeetsTheRegressionFloorsOnTheGoldStandards() throws {
        let comparisons = try Self.compareAll()
        print(Self.report(comparisons))
        Self.expectFloors(Self.floors, comparisons, label: "micro")
    }

    /// Expects each kind's micro-averaged precision and recall to reach its floor.
    static func expectFloors(_ floors: [Kind: (precision: Double, recall: Double)], _ comparisons: [Comparison], label: String) {
        for kind in Kind.allCases {
            let s = micro(comparisons, kind)
            guard let floor = floors[kind] else { continue }
            #expect(s.precision >= floor.precision, "\(label) \(kind.rawValue) precision \(fmt(s.precision)) fell below \(floor.precision)")
            #expect(s.recall >= floor.recall, "\(label) \(kind.rawValue) recall \(fmt(s.recall)) fell below \(floor.recall)")
        }
    }

    /// Floors for the held-out documents, which the extractor was never tuned on: the honest estimate of
    /// quality on unseen documents. First batch (A/RES/77/194, A/C.3/80/L.59), first measured 2026-11-29 before any
    /// change informed by them (micro P / R): actor 0.951 / 0.857, instrument 0.963 / 0.755, theme 0.942 / 0.863,
    /// action 0.927 / 0.916, relation 1.000 / 1.000 (8). Second batch (A/RES/80/201, A/HRC/RES/59/20), first measured
    /// the same day before the bulk-corpus pass: actor 0.972 / 0.778, instrument 1.000 / 0.944, theme 0.916 / 0.853,
    /// action 0.915 / 0.896 (no relation). All four after that pass: actor 0.967 / 0.853, instrument 0.953 / 0.904,
    /// theme 0.931 / 0.867, action 0.932 / 0.953, relation 1.000 / 1.000. After actor names by shape (ActorTitleRecognizer;
    /// held-out miss lists not studied): actor 0.967 / 0.875, the other kinds unchanged. After "the Committee / the Office"
    /// resolved to the body named last: action 0.941 / 0.967, the other kinds unchanged. After the 2026-12-07 instrument
    /// and theme pass and actor pass (held-out miss lists not acted on): actor
    /// 0.967 / 0.875, instrument 0.959 / 0.904, theme 0.935 / 0.871, action 0.945 / 0.967, relation 1.000 / 1.000. After actor
    /// pass 2 (held-out miss lists not studied): actor 0.960 / 0.875 (one more false positive), the other kinds unchanged.
    /// After the second instrument and theme pass of 2026-12-07 (tuned on the tuning documents only): theme 0.931 / 0.871
    /// (one more false positive from the four enabled candidate themes), the other kinds unchanged. Floors are about that minus 0.02.
    /// Session 8: A/RES/77/194's gold gained the UNTOC review mechanism, a body its text names that the file had missed
    /// (found when the vocabulary gained the id; the same omission was corrected in A/RES/80/228's tuning gold): actor
    /// 0.953 / 0.883 after the session's first pass, the other kinds unchanged (held-out miss lists not studied). After the
    /// second pass: actor 0.953 / 0.891; theme 0.912 / 0.888 (the nine themes enabled cost three false positives against
    /// golds annotated without them); floors: theme precision 0.89. After the third pass: actor 0.946 / 0.898 (one more
    /// right and one more false actor), action 0.945 / 0.972; actor precision floor 0.93.
    static let heldOutFloors: [Kind: (precision: Double, recall: Double)] = [
        .actor: (0.93, 0.86), .instrument: (0.95, 0.895), .theme: (0.89, 0.865), .action: (0.925, 0.95), .relation: (0.95, 0.95),
    ]

    /// Scores the gold files of another folder with their error lists, for a batch being annotated before it joins the
    /// tuning set: `RESGRAPH_GOLD_DIR=<folder> swift test --filter GoldEvaluation` (sources still come from
    /// `Tests/Fixtures`). Without the variable the test does nothing.
    @Test func reportForAnotherFolder() throws {
        guard let dir = ProcessInfo.processInfo.environment["RESGRAPH_GOLD_DIR"], !dir.isEmpty else { return }
        let comparisons = try Self.compareAll(in: URL(fileURLWithPath: dir, isDirectory: true))
        print(Self.report(comparisons))
    }

    @Test func heldOutScores() throws {
        let comparisons = try Self.compareAll(in: Self.heldOutFolder)
        #expect(comparisons.count >= 4)
        // Only the micro-averaged figures: the per-document error lists of held-out documents would invite tuning on them.
        print("=== HELD-OUT documents (never used for tuning): \(comparisons.count) documents, errors not listed")
        print(Self.table("=== Held-out, micro-averaged", Kind.allCases.map { ($0, Self.micro(comparisons, $0)) }))
        Self.expectFloors(Self.heldOutFloors, comparisons, label: "held-out")
    }
}
