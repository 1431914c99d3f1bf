/// The entity panels: one `<article>` per actor, instrument and theme, grouped by kind.
extension HTMLReport {
    /// Where an entity is mentioned and which actions name it, over all documents.
    struct EntityUses {
        /// (document symbol, unit, 1-based index of the mention in its unit, mention, whether it is
        /// highlighted: a span outside its unit's text is not, and its panel links to the unit instead).
        var mentions: [String: [(symbol: String, unit: String, k: Int, mention: Mention, placed: Bool)]] = [:]
        /// (document symbol, action, paragraph kind) where the entity is an addressee.
        var addressed: [String: [(symbol: String, action: Action)]] = [:]
        /// … where it is an object.
        var concerned: [String: [(symbol: String, action: Action)]] = [:]
        /// Entity relations from the graph: (relation, other entity), outgoing and incoming.
        var outgoing: [String: [(RelationName, String)]] = [:]
        var incoming: [String: [(RelationName, String)]] = [:]
    }

    func uses() -> EntityUses {
        var u = EntityUses()
        for d in documents {
            var counts = [String: Int]()
            let lengths = Dictionary(d.document.textUnits.map { ($0.id, $0.text.unicodeScalars.count) }, uniquingKeysWith: { a, _ in a })
            for m in d.extracted.mentions where d.extracted.entities[m.entity] != nil {
                counts[m.paragraph, default: 0] += 1
                let placed = m.start >= 0 && m.start < m.end && m.end <= (lengths[m.paragraph] ?? -1)
                u.mentions[m.entity, default: []].append((d.symbol, m.paragraph, counts[m.paragraph]!, m, placed))
            }
            for a in d.actions {
                for x in a.addressees { u.addressed[x, default: []].append((d.symbol, a)) }
                for x in a.objects { u.concerned[x, default: []].append((d.symbol, a)) }
            }
        }
        var seen = Set<String>()
        for e in graph.edges where e.relation.isEntityRelation && entities[e.source] != nil && entities[e.target] != nil {
            guard seen.insert("\(e.source)\u{0}\(e.relation.rawValue)\u{0}\(e.target)").inserted else { continue }
            u.outgoing[e.source, default: []].append((e.relation, e.target))
            u.incoming[e.target, default: []].append((e.relation, e.source))
        }
        return u
    }

    func writeEntities(_ w: HTMLWriter) throws {
        let u = uses()
        try w.start("section", [("id", "entities"), ("aria-labelledby", "entities-h")])
        try w.element("h2", [("id", "entities-h")], text: "Entities")
        for kind in EntityKind.allCases {
            let ids = panelOrder.filter { entities[$0]?.kind == kind }
            try w.start("section", [("id", "entities-\(kind.rawValue)"), ("aria-labelledby", "entities-\(kind.rawValue)-h")])
            try w.element("h3", [("id", "entities-\(kind.rawValue)-h")], text: "\(Self.kindTitle(kind)) (\(ids.count))")
            try w.start("div", [("class", "panels")])
            for id in ids { try panel(entities[id]!, u, w) }
            try w.end()
            try w.end()
        }
        try w.end()
    }

    private func panel(_ e: Entity, _ u: EntityUses, _ w: HTMLWriter) throws {
        guard let anchor = anchors.entity(e.id) else { return }
        try w.start("article", [("class", "panel \(e.kind.rawValue)"), ("id", anchor), ("aria-labelledby", anchor + "-h")])
        try w.start("h4", [("id", anchor + "-h")])
        try w.text(e.label)
        try w.element("span", [("class", "tag \(e.kind.rawValue)")], text: e.kind.rawValue)
        try w.end()
        try w.start("dl")
        var facts: [(String, String)] = [("Kind", e.kind.rawValue), ("Category", e.category), ("Id", e.id)]
        if !e.aliases.isEmpty { facts.append(("Also called", e.writtenAliases.joined(separator: "; "))) }
        facts += Self.identifiers(e.identifiers)
        facts.append(("Source", e.isKnown ? "vocabulary" : "recognized by pattern (not in the vocabulary)"))
        for (name, value) in facts {
            try w.element("dt", text: name)
            try w.element("dd", text: value)
        }
        try w.end()
        try mentionList(u.mentions[e.id] ?? [], w)
        try relationList(e, u, w)
        try actionList("Asked to act", u.addressed[e.id] ?? [], w)
        try actionList("Named in actions about", u.concerned[e.id] ?? [], w)
        try w.end()
    }

    /// Identifiers in reading order: the Treaty Series reference first, then the others by key.
    static func identifiers(_ ids: [String: String]) -> [(String, String)] {
        var out = [(String, String)]()
        if let volume = ids["unts-volume"] {
            out.append(("Treaty Series", "United Nations, Treaty Series, vol. \(volume)" + (ids["unts-number"].map { ", No. \($0)" } ?? "")))
        } else if let number = ids["unts-number"] {
            out.append(("Treaty Series", "No. \(number)"))
        }
        let names = ["symbol": "Symbol", "adopted": "Adopted", "entry-into-force": "Entry into force", "ilo-number": "ILO number",
                     "unbis": "UNBIS", "eurovoc": "EuroVoc", "sdg": "SDG", "wikidata": "Wikidata", "url": "Web page", "acronym": "Acronym"]
        for key in ids.keys.sorted() where key != "unts-volume" && key != "unts-number" {
            out.append((names[key] ?? key, ids[key]!))
        }
        return out
    }

    private func mentionList(_ list: [(symbol: String, unit: String, k: Int, mention: Mention, placed: Bool)], _ w: HTMLWriter) throws {
        try w.element("h5", text: "Mentions (\(list.count))")
        guard !list.isEmpty else {
            try w.element("p", [("class", "note")], text: "Not mentioned in the text: known through a relation of another entity.")
            return
        }
        let shown = list.prefix(options.maximumListed)
        let multi = documents.count > 1
        try w.start("ul", [("class", "refs")])
        var i = shown.startIndex
        while i < shown.endIndex {
            let symbol = shown[i].symbol
            try w.start("li")
            if multi { try w.element("a", [("href", "#" + anchors.document(symbol))], text: symbol); try w.text(": ") }
            var first = true
            while i < shown.endIndex && shown[i].symbol == symbol {
                let r = shown[i]
                if !first { try w.text(" ") }
                first = false
                let target = r.placed ? anchors.mention(r.symbol, r.unit, r.k) : anchors.unit(r.symbol, r.unit)
                try w.element("a", [("href", "#" + target), ("title", "“\(r.mention.text)”")], text: r.unit)
                i += 1
            }
            try w.end()
        }
        try w.end()
        if list.count > shown.count {
            try w.element("p", [("class", "note")], text: "… and \(list.count - shown.count) more (resgraph entities --format json lists them all).")
        }
        // The surface forms, most frequent first.
        var forms = [String: Int]()
        for r in list { forms[r.mention.text, default: 0] += 1 }
        let sorted = forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        try w.element("p", text: "Written as: " + sorted.prefix(12).map { "“\($0.key)”" + ($0.value > 1 ? " ×\($0.value)" : "") }.joined(separator: ", ")
            + (sorted.count > 12 ? ", …" : ""))
    }

    private func relationList(_ e: Entity, _ u: EntityUses, _ w: HTMLWriter) throws {
        let out = u.outgoing[e.id] ?? [], inc = u.incoming[e.id] ?? []
        guard !out.isEmpty || !inc.isEmpty else { return }
        try w.element("h5", text: "Relations")
        try w.start("ul")
        for (relation, target) in out {
            try w.start("li")
            try w.text(relation.rawValue.replacingOccurrences(of: "-", with: " ") + " ")
            try chip(target, w)
            try w.end()
        }
        for (relation, source) in inc {
            try w.start("li")
            try chip(source, w)
            try w.text(" " + relation.rawValue.replacingOccurrences(of: "-", with: " ") + " this")
            try w.end()
        }
        try w.end()
    }

    private func actionList(_ title: String, _ list: [(symbol: String, action: Action)], _ w: HTMLWriter) throws {
        guard !list.isEmpty else { return }
        try w.element("h5", text: "\(title) (\(list.count))")
        try w.start("ul")
        for (symbol, a) in list.prefix(options.maximumListed) {
            try w.start("li")
            if documents.count > 1 { try w.text(symbol + " ") }
            try w.element("a", [("href", "#" + anchors.unit(symbol, a.paragraph))], text: a.paragraph)
            let phrase = verbs.phrase(a.verb, modifiers: a.modifiers, paragraph: Paragraph.localID(a.paragraph).hasPrefix("pp") ? .preambular : .operative)
            let evidence = a.evidence.text.count > 100 ? String(a.evidence.text.prefix(99)) + "…" : a.evidence.text
            try w.text(" " + phrase + (evidence == phrase ? "" : ": “\(evidence)”"))
            try w.end()
        }
        try w.end()
        if list.count > options.maximumListed {
            try w.element("p", [("class", "note")], text: "… and \(list.count - options.maximumListed) more (resgraph relations lists them all).")
        }
    }
}
