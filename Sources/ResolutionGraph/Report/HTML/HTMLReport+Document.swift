/// A document's section: metadata, then its paragraphs and footnotes with every mention highlighted,
/// and under each paragraph the actions it asks for.
extension HTMLReport {
    func writeDocument(_ d: LinkedDocument, _ w: HTMLWriter) throws {
        let doc = d.document
        let m = doc.metadata
        let id = anchors.document(d.symbol)
        try w.start("section", [("class", "document"), ("id", id), ("aria-labelledby", id + "-h")])
        try w.element("h2", [("id", id + "-h")], text: m.title.map { "\(m.symbol) — \($0)" } ?? m.symbol)
        try w.start("dl", [("class", "meta")])
        let facts: [(String, String?)] = [
            ("Symbol", m.symbol), ("Body", m.body), ("Committee", m.committee), ("Session", m.session), ("Agenda item", m.agendaItem),
            ("Date", m.date), ("Sponsors", m.sponsors.isEmpty ? nil : m.sponsors.joined(separator: ", ")),
            ("Pages", m.pageCount.map(String.init)), ("Source", m.sourceName.split(separator: "/").last.map(String.init)),
        ]
        for case let (name, value?) in facts {
            try w.element("dt", text: name)
            try w.element("dd", text: value)
        }
        try w.end()
        var byUnit = [String: [Mention]]()
        for mention in d.extracted.mentions where d.extracted.entities[mention.entity] != nil {
            byUnit[mention.paragraph, default: []].append(mention)
        }
        var actions = [String: [Action]]()
        for a in d.actions { actions[a.paragraph, default: []].append(a) }
        let footnotes = Set(doc.footnotes.map(\.id))
        try w.start("div", [("class", "text")])
        if let formula = doc.formula {
            try w.start("p", [("class", "para formula"), ("id", anchors.unit(d.symbol, EnactingFormula.id))])
            try w.element("span", [("class", "pid")], text: EnactingFormula.id)
            try writeHighlighted(formula.text, mentions: byUnit[EnactingFormula.id] ?? [], footnotes: [], existing: footnotes,
                                 symbol: d.symbol, unit: EnactingFormula.id, d, w)
            try w.end()
        }
        for (title, paragraphs) in [("Preambular paragraphs", doc.preambular), ("Operative paragraphs", doc.operative), ("Annexes", doc.annex)] where !paragraphs.isEmpty {
            try w.element("h3", text: title)
            for p in paragraphs {
                let sub = (p.number ?? "").hasPrefix("(") || p.localID.contains("-")
                try w.start("p", [("class", "para \(p.kind == .preambular ? "pp" : "op")\(sub ? " sub" : "")"), ("id", anchors.unit(d.symbol, p.id))])
                try w.element("span", [("class", "pid")], text: p.id)
                if let number = p.number {
                    try w.element("span", [("class", "num")], text: number.hasPrefix("(") ? number : number + ".")
                    try w.text(" ")
                }
                try writeHighlighted(p.text, mentions: byUnit[p.id] ?? [], footnotes: p.footnoteRefs.map { ($0.number, $0.offset) },
                                     existing: footnotes, symbol: d.symbol, unit: p.id, d, w)
                try w.end()
                if let list = actions[p.id], !list.isEmpty { try writeActions(list, paragraph: p, symbol: d.symbol, w) }
            }
        }
        if !doc.footnotes.isEmpty {
            try w.element("h3", text: "Footnotes")
            for f in doc.footnotes {
                try w.start("p", [("class", "para footnote"), ("id", anchors.unit(d.symbol, f.id))])
                try w.element("span", [("class", "pid")], text: f.id)
                try writeHighlighted(f.text, mentions: byUnit[f.id] ?? [], footnotes: [], existing: footnotes, symbol: d.symbol, unit: f.id, d, w)
                try w.end()
            }
        }
        try w.end()
        try w.end()
    }

    /// The text of a unit with its mentions as nested `<mark class="m KIND">` elements; each links to its
    /// entity's panel (a mention holding others links through its tag).
    private func writeHighlighted(_ text: String, mentions: [Mention], footnotes: [(number: Int, offset: Int)], existing: Set<String>,
                                  symbol: String, unit: String, _ d: LinkedDocument, _ w: HTMLWriter) throws {
        let layout = HighlightLayout(text: text, mentions: mentions.map { ($0.start, $0.end) }, footnotes: footnotes)
        func span(_ s: HighlightLayout.Span) throws {
            let mention = mentions[s.mention]
            let entity = entities[mention.entity] ?? d.extracted.entities[mention.entity]
            let kind = entity?.kind.rawValue ?? "unknown"
            // A tooltip only where it tells more than the highlight: the entity's name when the text says
            // something else ("the Convention"), or the rest of a cut mention.
            var title = entity.map { $0.label == mention.text ? "" : $0.label } ?? mention.entity
            if s.isClipped { title += (title.isEmpty ? "" : "; ") + "the mention goes on: “\(mention.text)”" }
            try w.start("mark", [("class", "m \(kind)\(s.isClipped ? " clipped" : "")"), ("id", anchors.mention(symbol, unit, s.mention + 1)),
                                 ("data-entity", mention.entity)])
            let panel = anchors.entity(mention.entity).map { "#" + $0 }
            if s.children.isEmpty {
                if let panel { try w.start("a", title.isEmpty ? [("href", panel)] : [("href", panel), ("title", title)]) }
                try w.element("span", [("class", "label")], text: layout.text(s.start, s.end))
                try w.element("span", [("class", "tag \(kind)")], text: kind)
                if panel != nil { try w.end() }
            } else {
                var position = s.start
                for c in s.children {
                    if c.start > position { try w.text(layout.text(position, c.start)) }
                    try span(c)
                    position = c.end
                }
                if s.end > position { try w.text(layout.text(position, s.end)) }
                if let panel {
                    try w.element("a", title.isEmpty ? [("class", "tag \(kind)"), ("href", panel)] : [("class", "tag \(kind)"), ("href", panel), ("title", title)],
                                  text: kind)
                } else {
                    try w.element("span", [("class", "tag \(kind)")], text: kind)
                }
            }
            try w.end()
        }
        for piece in layout.pieces {
            switch piece {
            case .text(let t): try w.text(t)
            case .highlight(let s): try span(s)
            case .footnote(let n):
                try w.start("sup", [("class", "fn")])
                if existing.contains("fn\(n)") {
                    try w.element("a", [("href", "#" + anchors.unit(symbol, "fn\(n)")), ("aria-label", "footnote \(n)")], text: String(n))
                } else {
                    try w.text(String(n))
                }
                try w.end()
            }
        }
    }

    /// "Urges → Member States → ratify → United Nations Convention against …, trafficking in persons  “Urges Member States”".
    private func writeActions(_ list: [Action], paragraph p: Paragraph, symbol: String, _ w: HTMLWriter) throws {
        try w.start("ul", [("class", "actions"), ("aria-label", "Actions of \(p.id)")])
        for a in list {
            try w.start("li", [("data-action", a.id)])
            try w.element("span", [("class", "verb")], text: verbs.phrase(a.verb, modifiers: a.modifiers, paragraph: p.kind))
            // Addressees → what they are asked to do → what it is about.
            for (n, group) in [a.addressees, a.objects].enumerated() {
                if n == 1, let act = a.act {
                    try w.element("span", [("class", "arrow")], text: " → ")
                    try w.element("span", [("class", "act")], text: act)
                }
                guard !group.isEmpty else { continue }
                try w.element("span", [("class", "arrow")], text: " → ")
                for (i, id) in group.enumerated() {
                    if i > 0 { try w.text(", ") }
                    try chip(id, w)
                }
            }
            let evidence = a.evidence.text.count > 100 ? String(a.evidence.text.prefix(99)) + "…" : a.evidence.text
            try w.element("span", [("class", "evidence")], text: "“\(evidence)”")
            try w.end()
        }
        try w.end()
    }

    /// An entity as a link with its kind tag.
    func chip(_ id: String, _ w: HTMLWriter) throws {
        let e = entities[id]
        let kind = e?.kind.rawValue ?? "unknown"
        let label = e.map(Self.shortName) ?? id
        var attributes = [("class", "chip \(kind)")]
        if let panel = anchors.entity(id) { attributes.append(("href", "#" + panel)) }
        if let e, label != e.label { attributes.append(("title", e.label)) }
        try w.start("a", attributes)
        try w.element("span", [("class", "label")], text: label)
        try w.element("span", [("class", "tag \(kind)")], text: kind)
        try w.end()
    }

    /// The label, or for a very long one its first short alias (aliases come acronyms first).
    static func shortName(_ e: Entity) -> String {
        guard e.label.count > 70 else { return e.label }
        return e.writtenAliases.first { $0.count <= 70 && !$0.isEmpty } ?? e.label
    }
}
