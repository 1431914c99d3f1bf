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

    static let heads: Set<String> = ["convention", "protocol", "covenant", "declaration", "statute", "compact"]
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

    /// The head word an instrument is referred back to by: a convention (ILO ones too) as "the Convention", etc.
    static func head(of entity: Entity?) -> String? {
        guard let e = entity, e.kind == .instrument else { return nil }
        switch e.category {
        case "convention", "ilo-convention":
            return e.label.lowercased().contains("covenant") ? "covenant" : "convention"
        case "protocol", "optional-protocol": return "protocol"
        case "declaration": return "declaration"
        case "statute": return "statute"
        case "compact": return "compact"
        default: return nil
        }
    }
}
