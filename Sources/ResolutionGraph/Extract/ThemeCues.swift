/// Themes said by a word and its object rather than by a fixed phrase (`theme-cues.tsv`): "protection and support
/// mechanisms for victims" and "provide assistance to the victims" speak of protecting victims, "building their
/// national capacities" of capacity-building, though neither is a label or alias of the theme.
///
/// A rule matches a cue word followed, within a few words of the same clause, by an object word. The words between
/// may not be punctuation (a comma or a bracket ends the phrase) nor a word that turns the relation round ("protect
/// migrants from becoming victims" is prevention, not protection of victims; "support by victims").
public struct ThemeCues: Sendable {
    public struct Rule: Sendable, Hashable {
        public var theme: String
        public var cues: Set<String>
        public var objects: Set<String>
        /// Most words allowed between the cue and the object.
        public var maxGap: Int
        /// Words that, between the cue and the object, make it another topic ("adaptive capacity" is climate
        /// adaptation, "productive capacities" the economy's).
        public var except: Set<String> = []
    }

    public var rules: [Rule] {
        didSet {
            cueWords = TokenWords(Set(rules.flatMap(\.cues)).sorted())
            rulesByCue = Self.rulesByCue(rules)
        }
    }
    /// Every rule's cue words: a token that is none of them starts no cue phrase (compared by the token's hash).
    private var cueWords: TokenWords
    /// For each cue word, the indices of the rules that have it, in the rules' order: a cue token finds its rules by one
    /// dictionary lookup instead of a set lookup (a hash of the word) per rule.
    private var rulesByCue: [String: [Int]]

    public init(rules: [Rule] = []) {
        self.rules = rules
        self.cueWords = TokenWords(Set(rules.flatMap(\.cues)).sorted())
        self.rulesByCue = Self.rulesByCue(rules)
    }

    private static func rulesByCue(_ rules: [Rule]) -> [String: [Int]] {
        var index = [String: [Int]]()
        for (r, rule) in rules.enumerated() {
            for cue in rule.cues { index[cue, default: []].append(r) }
        }
        return index
    }

    /// Words that may not stand between a cue and its object.
    static let barriers: Set<String> = [
        "from", "against", "by", "who", "which", "that", "whose", "whom", "than", "not", "becoming", "become", "as",
        "without", "including", "such", "while", "whether", "if", "when", "where",
    ]

    struct Found: Equatable {
        var theme: String
        var firstToken: Int
        var lastToken: Int
    }

    /// The cue phrases of a unit, at most one per cue word and rule (the nearest object).
    func find(_ tokens: [TextToken]) -> [Found] {
        guard !rules.isEmpty else { return [] }
        var found = [Found]()
        for i in tokens.indices where tokens[i].isWord && cueWords.contains(tokens[i]) {
            for r in rulesByCue[tokens[i].folded] ?? [] {
                let rule = rules[r]
                var j = i + 1
                // The next tokens are read in place (no copy of each).
                while j < tokens.count, j - i - 1 <= rule.maxGap {
                    if !tokens[j].isWord || Self.barriers.contains(tokens[j].folded) || rule.except.contains(tokens[j].folded) { break }
                    if rule.objects.contains(tokens[j].folded) {
                        found.append(Found(theme: rule.theme, firstToken: i, lastToken: j))
                        break
                    }
                    j += 1
                }
            }
        }
        return found
    }

    /// Reads `theme-cues.tsv`: columns theme, cues, objects (each a " | " list of single words), gap, except (a list).
    static func parse(_ text: String, file: String) throws -> ThemeCues {
        var rules = [Rule]()
        for row in try VocabularyFileParser.parseColumns(text, file: file, header: ["theme", "cues", "objects", "gap", "except"]) {
            let words = { (field: String) in Set(VocabularyFileParser.splitList(field).map { $0.lowercased() }) }
            let cues = words(row.fields[1]), objects = words(row.fields[2]), except = words(row.fields[4])
            guard let gap = Int(row.fields[3]), gap >= 0, gap <= 8 else {
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "gap must be a number from 0 to 8")
            }
            guard !cues.isEmpty, !objects.isEmpty, (cues.union(objects).union(except)).allSatisfy({ !$0.contains(" ") }) else {
                throw ResolutionGraphError.vocabulary(file, line: row.line, message: "cues and objects must be single words separated by \" | \"")
            }
            rules.append(Rule(theme: row.fields[0], cues: cues, objects: objects, maxGap: gap, except: except))
        }
        return ThemeCues(rules: rules)
    }
}
