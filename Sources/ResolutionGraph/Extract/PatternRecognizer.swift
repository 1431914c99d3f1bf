/// Entities recognized by their shape rather than by the vocabulary: `resolution 64/293`,
/// document symbols such as `A/73/263`.
enum PatternRecognizer {
    struct Found: Sendable {
        var entity: Entity
        var mention: Mention
    }

    static func recognize(unit: TextUnit, tokens: [TextToken], scalars: [Unicode.Scalar]) -> [Found] {
        var found = [Found]()
        var i = 0
        while i < tokens.count {
            // resolution NN/NNN — "resolution 64/293", "resolutions 70/1 and 71/1" (first one here).
            if tokens[i].folded == "resolution" || tokens[i].folded == "resolutions",
               i + 3 < tokens.count, isNumber(tokens[i + 1]), tokens[i + 2].folded == "/", isNumber(tokens[i + 3]),
               tokens[i + 2].start == tokens[i + 1].end, tokens[i + 3].start == tokens[i + 2].end {
                let number = tokens[i + 1].original + "/" + tokens[i + 3].original
                let start = tokens[i + 1].start, end = tokens[i + 3].end
                found.append(Found(
                    entity: resolutionEntity(number),
                    mention: Mention(entity: resolutionID(number), paragraph: unit.id, start: start, end: end,
                                     text: string(scalars[start..<end]))))
                i += 4
                continue
            }
            i += 1
        }
        return found
    }

    static func resolutionID(_ number: String) -> String { "instrument/resolution-" + Slug.make(number) }

    static func resolutionEntity(_ number: String) -> Entity {
        Entity(id: resolutionID(number), kind: .instrument, category: "resolution", label: "Resolution \(number)",
               identifiers: ["symbol": number], isKnown: false)
    }

    private static func isNumber(_ t: TextToken) -> Bool {
        t.isWord && t.original.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) }
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }
}
