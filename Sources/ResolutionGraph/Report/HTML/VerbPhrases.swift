/// How an action's verb reads in the report: the vocabulary's own form (`urge` → "Urges",
/// `take-note` → "Takes note", `recognize` in a preambular paragraph → "Recognizing"), with its modifiers
/// ("Also urges", "Takes note with appreciation"). Lemmas the vocabulary lacks read as the lemma.
struct VerbPhrases {
    private var forms: [String: String] = [:]

    init(_ verbs: [Vocabulary.VerbForm]) {
        for v in verbs {
            let (base, modifiers) = VerbTable.normalize(v.lemma)
            guard modifiers.isEmpty, base == v.lemma, let first = v.form.unicodeScalars.first,
                  first.properties.isUppercase else { continue }
            let key = v.part.rawValue + " " + base
            if forms[key] == nil { forms[key] = v.form }
        }
    }

    /// The phrase for `verb` with `modifiers`, in a paragraph of `kind`.
    func phrase(_ verb: String, modifiers: [String], paragraph kind: Paragraph.Kind) -> String {
        let part = kind == .preambular ? Vocabulary.VerbForm.Part.preambular : .operative
        let form = forms[part.rawValue + " " + verb] ?? forms[Vocabulary.VerbForm.Part.operative.rawValue + " " + verb]
            ?? verb.replacingOccurrences(of: "-", with: " ")
        let before = modifiers.filter { !$0.hasPrefix("with-") }.map { $0.replacingOccurrences(of: "-", with: " ") }
        let after = modifiers.filter { $0.hasPrefix("with-") }.map { $0.replacingOccurrences(of: "-", with: " ") }
        var words = before + [before.isEmpty ? form : Self.lowerFirst(form)] + after
        if let first = words.first { words[0] = Self.upperFirst(first) }
        return words.joined(separator: " ")
    }

    static func upperFirst(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
    static func lowerFirst(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }
}
