/// "the Convention", "the Protocol", "the Covenant", "the Declaration" with no name after them: the
/// instrument of that kind the document named last ("Urges States parties to the Convention on the Rights
/// of the Child … to implement the Convention fully"). Not resolved when a name follows ("the Convention
/// on …", "the Protocol thereto", which ``ProtocolReferenceResolver`` handles).
enum DefiniteReference {
    struct Found {
        var head: String
        var firstToken: Int
        var lastToken: Int
    }

    /// Not "agreement": fisheries resolutions define "the Agreement" as the Fish Stocks Agreement and keep naming the
    /// "Compliance Agreement" in full, so the instrument named last is often the wrong one.
    static let heads: Set<String> = ["convention", "protocol", "covenant", "declaration", "statute", "compact", "treaty"]
    /// Words after the head that make it the start of a name or another reference.
    static let continuations: Set<String> = ["on", "of", "for", "against", "to", "thereto", "relating", "concerning", "in", "s"]

    static func find(_ tokens: [TextToken]) -> [Found] {
        var result = [Found]()
        for i in tokens.indices.dropFirst() where tokens[i - 1].folded == "the" && heads.contains(tokens[i].folded) {
            guard tokens[i].original.first?.isUppercase == true else { continue }
            if i + 1 < tokens.count, tokens[i + 1].isWord, continuations.contains(tokens[i + 1].folded) || tokens[i + 1].original.first?.isUppercase == true { continue }
            result.append(Found(head: tokens[i].folded, firstToken: i - 1, lastToken: i))
        }
        return result
    }

    /// The head word an instrument is referred back to by: the first of these words in its name, so "the Convention"
    /// is a convention (ILO ones too) and never "the Agreement relating to the Implementation of Part XI of the
    /// Convention" or the "Compliance Agreement" (whose head, agreement, is not resolved), "the Treaty" the Treaty on the Non-Proliferation …, "the Protocol"
    /// the "Protocol to Prevent … supplementing the … Convention". Resolutions and reports are never referred back to so.
    static func head(of entity: Entity?) -> String? {
        guard let e = entity, e.kind == .instrument, e.category != "resolution", e.category != "report" else { return nil }
        for word in e.label.lowercased().split(whereSeparator: { !$0.isLetter }) where heads.contains(String(word)) || word == "agreement" {
            return word == "agreement" ? nil : String(word)
        }
        return nil
    }
}
