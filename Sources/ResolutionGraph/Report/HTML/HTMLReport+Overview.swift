/// The overview: counts, the legend of highlight kinds, the top entities and actions
/// (``CorpusStatistics``), and for several documents an index of them.
extension HTMLReport {
    func writeOverview(_ w: HTMLWriter) throws {
        let stats = CorpusStatistics(documents, top: options.top)
        try w.start("section", [("id", "overview"), ("aria-labelledby", "overview-h")])
        try w.element("h2", [("id", "overview-h")], text: "Overview")
        let p = stats.paragraphs
        try w.element("p", text: "\(plural(stats.documents, "document")): \(p.preambular) preambular and \(p.operative) operative paragraphs"
            + (p.subItems > 0 ? " (+\(p.subItems) sub-items)" : "") + (p.annex > 0 ? ", \(plural(p.annex, "annex paragraph"))" : "")
            + ", \(plural(stats.footnotes, "footnote")), \(plural(stats.actions, "action")). "
            + "Entities mentioned: \(plural(stats.entities.actor, "actor")), \(plural(stats.entities.instrument, "instrument")), \(plural(stats.entities.theme, "theme")); "
            + "\(plural(mentionCount, "mention")) highlighted.")
        try w.start("ul", [("class", "legend"), ("aria-label", "Highlight kinds")])
        for (kind, what) in [(EntityKind.actor, "who is addressed or named: States, UN bodies, organizations"),
                             (.instrument, "conventions, protocols, declarations, resolutions, reports"),
                             (.theme, "what the text is about: forced labour, migration, …")] {
            try w.start("li")
            try w.element("span", [("class", "tag \(kind.rawValue)")], text: ReportStyle.tag(kind))
            try w.text(" " + what)
            try w.end()
        }
        try w.end()
        try w.start("div", [("class", "tables")])
        let multi = documents.count > 1
        for (kind, top) in [(EntityKind.actor, stats.topActors), (.instrument, stats.topInstruments), (.theme, stats.topThemes)] {
            try rankingTable("Top \(Self.kindTitle(kind).lowercased()) by mentions", top.byMentions, w)
            if multi { try rankingTable("Top \(Self.kindTitle(kind).lowercased()) by documents", top.byDocuments, w) }
        }
        try w.start("table")
        try w.element("caption", text: "Most frequent actions")
        try header(["verb", "actions"], numeric: [1], w)
        try w.start("tbody")
        for v in stats.topVerbs {
            try w.start("tr")
            try w.element("td", text: verbs.phrase(v.verb, modifiers: [], paragraph: .operative))
            try w.element("td", [("class", "n")], text: String(v.count))
            try w.end()
        }
        try w.end()
        try w.end()
        try w.start("table")
        try w.element("caption", text: "Who is asked to do what, most often")
        try header(["verb", "addressee", "actions"], numeric: [2], w)
        try w.start("tbody")
        for v in stats.topVerbAddressees {
            try w.start("tr")
            try w.element("td", text: verbs.phrase(v.verb, modifiers: [], paragraph: .operative))
            try w.start("td")
            try entityLink(v.addressee, label: v.label, w)
            try w.end()
            try w.element("td", [("class", "n")], text: String(v.count))
            try w.end()
        }
        try w.end()
        try w.end()
        try w.end()
        if multi { try documentIndex(w) }
        try w.end()
    }

    var mentionCount: Int {
        documents.reduce(0) { n, d in n + d.extracted.mentions.filter { d.extracted.entities[$0.entity] != nil }.count }
    }

    private func header(_ names: [String], numeric: Set<Int>, _ w: HTMLWriter) throws {
        try w.start("thead")
        try w.start("tr")
        for (i, n) in names.enumerated() {
            try w.element("th", numeric.contains(i) ? [("scope", "col"), ("class", "n")] : [("scope", "col")], text: n)
        }
        try w.end()
        try w.end()
    }

    private func rankingTable(_ caption: String, _ rows: [CorpusStatistics.RankedEntity], _ w: HTMLWriter) throws {
        guard !rows.isEmpty else { return }
        try w.start("table")
        try w.element("caption", text: caption)
        let multi = documents.count > 1
        try header(multi ? ["entity", "mentions", "documents"] : ["entity", "mentions"], numeric: [1, 2], w)
        try w.start("tbody")
        for r in rows {
            try w.start("tr")
            try w.start("td")
            try entityLink(r.id, label: entities[r.id].map(Self.shortName) ?? r.label, w)
            try w.end()
            try w.element("td", [("class", "n")], text: String(r.mentions))
            if multi { try w.element("td", [("class", "n")], text: String(r.documents)) }
            try w.end()
        }
        try w.end()
        try w.end()
    }

    /// A plain link to an entity's panel (text only), or the label when it has none.
    func entityLink(_ id: String, label: String, _ w: HTMLWriter) throws {
        if let panel = anchors.entity(id) {
            try w.element("a", [("href", "#" + panel)], text: label)
        } else {
            try w.text(label)
        }
    }

    /// For several documents: one row per document, linking to its section.
    private func documentIndex(_ w: HTMLWriter) throws {
        try w.start("section", [("id", "documents"), ("aria-labelledby", "documents-h")])
        try w.element("h3", [("id", "documents-h")], text: "Documents")
        try w.start("table")
        try header(["symbol", "title", "date", "preambular", "operative", "footnotes", "mentions", "actions"], numeric: [3, 4, 5, 6, 7], w)
        try w.start("tbody")
        for d in documents {
            let doc = d.document
            try w.start("tr")
            try w.start("td")
            try w.element("a", [("href", "#" + anchors.document(d.symbol))], text: d.symbol)
            try w.end()
            try w.element("td", text: doc.metadata.title ?? "")
            try w.element("td", text: doc.metadata.date ?? "")
            try w.element("td", [("class", "n")], text: String(doc.preambular.count))
            try w.element("td", [("class", "n")], text: String(doc.operative.filter { !($0.number ?? "").hasPrefix("(") }.count))
            try w.element("td", [("class", "n")], text: String(doc.footnotes.count))
            try w.element("td", [("class", "n")], text: String(d.extracted.mentions.filter { d.extracted.entities[$0.entity] != nil }.count))
            try w.element("td", [("class", "n")], text: String(d.actions.count))
            try w.end()
        }
        try w.end()
        try w.end()
        try w.end()
    }
}
