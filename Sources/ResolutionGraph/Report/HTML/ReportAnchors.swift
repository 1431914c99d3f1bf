/// The `id`s of the report's sections, paragraphs, highlights and entity panels: readable, unique and
/// made only of `[A-Za-z0-9._-]`, so they work as URL fragments and need no escaping anywhere.
///
/// One document: paragraphs are `pp3`, `op4`, `op5a`, `fn19` as in the listings; highlights `op4-m2`
/// (the second mention in op4); the document's section `document-A_C.3_73_L.7`. Several documents:
/// paragraph and highlight ids are prefixed by the document's file-name stem (`A_C.3_73_L.7-op4`).
/// Entity panels are `e-actor-unodc` for `actor/unodc`.
struct ReportAnchors {
    private var documentStems: [String: String] = [:]
    private var entityIDs: [String: String] = [:]
    private let prefixed: Bool

    init(symbols: [String], entities: [String]) {
        prefixed = symbols.count > 1
        var used = Set<String>()
        func unique(_ base: String) -> String {
            var candidate = base, n = 1
            while used.contains(candidate) { n += 1; candidate = "\(base)-\(n)" }
            used.insert(candidate)
            return candidate
        }
        for s in symbols where documentStems[s] == nil { documentStems[s] = unique(Self.clean(OutputNaming.stem(forSymbol: s))) }
        for e in entities where entityIDs[e] == nil { entityIDs[e] = unique("e-" + Self.clean(e)) }
    }

    /// `[A-Za-z0-9._-]` kept, anything else `-`.
    static func clean(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": out.unicodeScalars.append(u)
            default: out.append("-")
            }
        }
        return out.isEmpty ? "x" : out
    }

    func document(_ symbol: String) -> String { "document-" + (documentStems[symbol] ?? Self.clean(symbol)) }

    /// A paragraph or footnote of `symbol`: `op4`, or `A_C.3_73_L.7-op4` in a corpus.
    func unit(_ symbol: String, _ unit: String) -> String {
        prefixed ? (documentStems[symbol] ?? Self.clean(symbol)) + "-" + Self.clean(unit) : Self.clean(unit)
    }

    /// The `k`-th (1-based) mention of a unit.
    func mention(_ symbol: String, _ unit: String, _ k: Int) -> String { self.unit(symbol, unit) + "-m\(k)" }

    /// The panel of an entity, or nil when the report has none.
    func entity(_ id: String) -> String? { entityIDs[id] }
}
