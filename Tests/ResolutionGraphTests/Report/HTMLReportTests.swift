import Foundation
import Testing
@testable import ResolutionGraph

/// The HTML report, read back with libxml2's HTML and XML parsers: every mention of the listing is a
/// highlight, every highlight links to a panel, panels list their mentions, actions read as a line, the
/// bytes are deterministic and hostile strings stay text.
@Suite("Report: HTML")
struct HTMLReportTests {
    /// The sample's report (no picture: the golden and browser tests cover the Graphviz one).
    static let sample: Result<(path: URL, tree: XMLTree), any Error> = Result {
        let folder = try TestSupport.temporaryFolder("report")
        let path = folder.appendingPathComponent("sample.html")
        let pipeline = try TestSupport.pipeline()
        let linked = try TestSupport.linkedSample()
        try pipeline.report([linked], graph: pipeline.graph([linked]), picture: .none("no picture in this test")).write(to: path.path)
        return (path, try XMLTree.parseHTML(try String(contentsOf: path, encoding: .utf8), name: path.lastPathComponent))
    }

    static func classes(_ e: XMLTree.Element) -> [String] { (e.attributes["class"] ?? "").split(separator: " ").map(String.init) }
    static func highlights(_ root: XMLTree.Element) -> [XMLTree.Element] { root.all("mark").filter { classes($0).first == "m" } }
    static func panels(_ root: XMLTree.Element) -> [XMLTree.Element] { root.all("article").filter { classes($0).first == "panel" } }
    static func ids(_ root: XMLTree.Element) -> Set<String> {
        var ids = Set<String>()
        func walk(_ e: XMLTree.Element) {
            if let id = e.attributes["id"] { ids.insert(id) }
            for case .element(let c) in e.children { walk(c) }
        }
        walk(root)
        return ids
    }

    /// The one link of a highlight: the highlight's own child `<a>` (around its text, or its tag).
    static func link(_ mark: XMLTree.Element) -> [String] { mark.elements("a").compactMap { $0.attributes["href"] } }

    @Test func everyMentionOfTheListingIsHighlightedOnce() throws {
        let root = try Self.sample.get().tree.root
        let listing = EntityListing([try TestSupport.linkedSample()])
        var expected = [String: Int]()
        for e in listing.entities { for m in e.mentions { expected["\(m.paragraph) \(e.id)", default: 0] += 1 } }
        var found = [String: Int]()
        let marks = Self.highlights(root)
        for mark in marks {
            let id = try #require(mark.attributes["id"])
            let unit = String(id[..<(id.range(of: "-m", options: .backwards)?.lowerBound ?? id.endIndex)])
            found["\(unit) \(mark.attributes["data-entity"] ?? "")", default: 0] += 1
        }
        #expect(marks.count == listing.entities.reduce(0) { $0 + $1.mentions.count })
        #expect(marks.count > 400)
        #expect(found == expected)
        // Kind as text, not only colour: every highlight carries a tag naming its kind.
        for mark in marks {
            let kind = Self.classes(mark)[1]
            let tags = mark.all("span").filter { Self.classes($0).first == "tag" } + mark.elements("a").filter { Self.classes($0).first == "tag" }
            #expect(tags.contains { $0.text == kind }, "\(mark.attributes["id"] ?? "")")
        }
    }

    @Test func everyHighlightLinksToAnExistingPanel() throws {
        let root = try Self.sample.get().tree.root
        let panelIDs = Set(Self.panels(root).compactMap { $0.attributes["id"] })
        #expect(panelIDs.count > 150)
        for mark in Self.highlights(root) {
            let links = Self.link(mark)
            #expect(links.count == 1, "\(mark.attributes["id"] ?? "") has \(links.count) links")
            let target = String((links.first ?? "").dropFirst())
            #expect(links.first?.hasPrefix("#") == true && panelIDs.contains(target), "\(mark.attributes["id"] ?? "") → \(links)")
            // …and the panel is the entity's own.
            let panel = Self.panels(root).first { $0.attributes["id"] == target }
            #expect(panel?.first("dd").map { _ in true } == true)
            #expect(panel.map { p in p.all("dd").contains { $0.text == mark.attributes["data-entity"] } } == true)
        }
    }

    @Test func panelsListTheirMentionsWithLinksBackToTheText() throws {
        let root = try Self.sample.get().tree.root
        let ids = Self.ids(root)
        let listing = EntityListing([try TestSupport.linkedSample()])
        let panels = Dictionary(Self.panels(root).map { ($0.all("dd").dropFirst(2).first?.text ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for e in listing.entities {
            let panel = try #require(panels[e.id], "no panel for \(e.id)")
            #expect(panel.first("h4")?.text.hasPrefix(e.label) == true)
            let refs = panel.all("ul").filter { Self.classes($0).contains("refs") }.flatMap { $0.all("a") }
            #expect(refs.count == e.mentions.count, "\(e.id)")
            #expect(refs.map(\.text).sorted() == e.mentions.map(\.paragraph).sorted(), "\(e.id)")
            for r in refs {
                let href = r.attributes["href"] ?? ""
                #expect(href.hasPrefix("#") && ids.contains(String(href.dropFirst())), "\(e.id): \(href)")
            }
        }
        // Identifiers: the Treaty Series reference of the Convention against Transnational Organized Crime.
        let untoc = try #require(panels["instrument/untoc"])
        #expect(untoc.all("dd").contains { $0.text.contains("Treaty Series, vol.") })
        // Relations: the Trafficking Protocol supplements it.
        #expect(untoc.all("li").contains { $0.text.contains("supplements this") })
    }

    @Test func theActionsOfOp4ReadAsALine() throws {
        let root = try Self.sample.get().tree.root
        let list = try #require(root.all("ul").first { $0.attributes["aria-label"] == "Actions of op4" })
        func line(_ li: XMLTree.Element) -> String {
            // The visible line without the kind tags and the quoted evidence.
            func text(_ e: XMLTree.Element) -> String {
                e.children.map { node -> String in
                    switch node {
                    case .text(let t): return t
                    case .element(let c): return Self.classes(c).first == "tag" || Self.classes(c).first == "evidence" ? "" : text(c)
                    }
                }.joined()
            }
            return text(li)
        }
        let lines = list.elements("li").map(line)
        #expect(lines.contains { $0.hasPrefix("Urges → Member States → ratify → United Nations Convention against Transnational Organized Crime") }, "\(lines)")
        // The chips link to panels.
        let ids = Self.ids(root)
        for a in list.all("a") { #expect(ids.contains(String((a.attributes["href"] ?? "").dropFirst()))) }
    }

    @Test func pageStructureIsAccessible() throws {
        let (path, tree) = try Self.sample.get()
        let root = tree.root
        #expect(root.name == "html" && root.attributes["lang"] == "en")
        #expect(root.all("h1").count == 1)
        #expect(root.all("main").count == 1 && root.first("main")?.attributes["id"] == "main")
        let skip = try #require(root.first("body")?.elements("a").first)
        #expect(skip.attributes["href"] == "#main")
        #expect(root.all("nav").count == 1)
        #expect(root.all("script").isEmpty)
        let csp = root.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?.attributes["content"] ?? ""
        #expect(csp.contains("default-src 'none'"))
        // The style sheet is allowed by its hash, which is that of the <style> element's text.
        let style = try #require(root.first("style")?.text)
        #expect(csp.contains("style-src 'sha256-\(SHA256.base64(SHA256.digest(Array(style.utf8))))'"))
        // Polyglot: the same bytes are well-formed XML, and start with the HTML5 doctype.
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html"))
        let xml = try XMLTree.parseXML(text, name: "report")
        #expect(Self.highlights(xml.root).count == Self.highlights(root).count)
        #expect(!text.contains("<div/>") && !text.contains("<p/>") && !text.contains("<a/>") && !text.contains("<span/>"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let a = try Self.sample.get().path
        let pipeline = Pipeline(vocabulary: try TestSupport.vocabulary())
        let linked = try pipeline.process(try TestSupport.source(TestSupport.sample))
        let b = try TestSupport.temporaryFolder("report-b").appendingPathComponent("sample.html")
        try pipeline.report([linked], graph: pipeline.graph([linked]), picture: .none("no picture in this test")).write(to: b.path)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func hostileStringsStayText(seed: UInt64) throws {
        let documents = HostileInputExportTests.documents(seed: seed)
        let folder = try TestSupport.temporaryFolder("report-hostile")
        let graph = GraphBuilder.build(documents)
        let report = HTMLReport(documents: documents, graph: graph, verbs: [], picture: .none("<script>alert(1)</script>"))
        try report.write(to: folder.appendingPathComponent("a.html").path)
        try report.write(to: folder.appendingPathComponent("b.html").path)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("a.html"))
        #expect(bytes == (try Data(contentsOf: folder.appendingPathComponent("b.html"))))
        let text = String(decoding: bytes, as: UTF8.self)
        // Well-formed XML (so nothing was written unescaped), and only the elements the report writes.
        let xml = try XMLTree.parseXML(text, name: "hostile report")
        let html = try XMLTree.parseHTML(text, name: "hostile report")
        let allowed: Set<String> = ["html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "h5", "p", "nav",
                                    "ul", "li", "main", "section", "span", "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
                                    "dl", "dt", "dd", "mark", "sup", "article", "footer"]
        for tree in [xml, html] {
            var names = Set<String>()
            func walk(_ e: XMLTree.Element) {
                names.insert(e.name)
                for key in e.attributes.keys { #expect(!key.lowercased().hasPrefix("on"), "event attribute \(key)") }
                for case .element(let c) in e.children { walk(c) }
            }
            walk(tree.root)
            #expect(names.subtracting(allowed).isEmpty, "unexpected elements \(names.subtracting(allowed))")
            #expect(Self.highlights(tree.root).count == documents.reduce(0) { $0 + $1.extracted.mentions.count })
            let panelIDs = Set(Self.panels(tree.root).compactMap { $0.attributes["id"] })
            for mark in Self.highlights(tree.root) {
                #expect(Self.link(mark).count == 1 && panelIDs.contains(String(Self.link(mark)[0].dropFirst())))
            }
        }
        // Labels come back as the same text (control characters aside). The same id in two documents is
        // one entity (the first label wins, as in the graph).
        let labels = Set(report.entities.values.map { XMLWriter.filter($0.label) })
        #expect(labels.count >= 5)
        let headings = Set(Self.panels(xml.root).compactMap { p in p.first("h4").map { h in h.children.first.flatMap { if case .text(let t) = $0 { t } else { nil } } ?? "" } })
        let missing = labels.subtracting(headings)
        #expect(missing.isEmpty, "\(missing.map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
        #expect(!text.contains("<script"))
    }

    @Test func aMentionOutsideItsParagraphIsListedButNotHighlighted() throws {
        var linked = try TestSupport.linkedSample()
        let id = "actor/member-states"
        linked.extracted.mentions.append(Mention(entity: id, paragraph: "op4", start: 5_000, end: 5_010, text: "Member States"))
        linked.extracted.mentions.append(Mention(entity: id, paragraph: "op99", start: 0, end: 3, text: "Member States"))
        let path = try TestSupport.temporaryFolder("report-corrupt").appendingPathComponent("c.html")
        let pipeline = try TestSupport.pipeline()
        try pipeline.report([linked], graph: pipeline.graph([linked]), picture: .none("none")).write(to: path.path)
        let root = try XMLTree.parseHTML(try String(contentsOf: path, encoding: .utf8), name: "c").root
        let panel = try #require(Self.panels(root).first { $0.attributes["id"] == "e-actor-member-states" })
        let refs = panel.all("ul").filter { Self.classes($0).contains("refs") }.flatMap { $0.all("a") }
        let listed = EntityListing([linked]).entities.first { $0.id == id }!.mentions.count
        #expect(refs.count == listed)
        let ids = Self.ids(root)
        // The unknown paragraph op99 has no anchor; every other reference resolves.
        #expect(refs.filter { !ids.contains(String(($0.attributes["href"] ?? "").dropFirst())) }.map(\.text) == ["op99"])
        #expect(Self.highlights(root).filter { $0.attributes["data-entity"] == id }.count == listed - 2)
    }

    @Test func thePictureIsCopiedThroughAnAllowList() throws {
        let svg = """
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10pt" height="10pt" viewBox="0 0 10 10" onload="alert(1)">
            <script>alert(2)</script><style>* { background: url(http://example.com/x) }</style>
            <g class="node" onclick="alert(3)"><title>actor_member-states</title><ellipse cx="1" cy="1" rx="1" ry="1" style="fill:url(http://e/x)"/>
            <text x="1" y="1">Member &lt;States&gt;</text><a xlink:href="http://example.com" onclick="alert(4)"><text>out</text><script>alert(5)</script></a></g>
            <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><image href="http://example.com/i.png"/>
            </svg>
            """
        let pipeline = try TestSupport.pipeline()
        let linked = try TestSupport.linkedSample()
        let path = try TestSupport.temporaryFolder("report-svg").appendingPathComponent("p.html")
        try pipeline.report([linked], graph: pipeline.graph([linked]), picture: GraphPicture(svg: svg, note: "test")).write(to: path.path)
        let text = try String(contentsOf: path, encoding: .utf8)
        let figure = try #require(try XMLTree.parseXML(text, name: "p").root.all("figure").first)
        let drawn = try #require(figure.first("svg"))
        var names = Set<String>(), attributes = Set<String>()
        func walk(_ e: XMLTree.Element) {
            names.insert(e.name)
            attributes.formUnion(e.attributes.keys)
            for case .element(let c) in e.children { walk(c) }
        }
        walk(drawn)
        #expect(names == ["svg", "g", "a", "title", "ellipse", "text"])
        #expect(!attributes.contains { $0.hasPrefix("on") || $0 == "style" })
        #expect(!figure.all("a").contains { ($0.attributes["href"] ?? "").contains("example") })
        // The entity node links to its panel.
        #expect(drawn.all("a").first?.attributes["href"] == "#e-actor-member-states")
        #expect(!text.contains("alert("))
        // Text is kept, escaped; Graphviz's <a> wrappers are unwrapped (their drawing kept, not their link).
        #expect(drawn.all("text").contains { $0.text == "Member <States>" })
        #expect(drawn.all("text").contains { $0.text == "out" })
    }

    @Test func theRealPictureLinksItsNodesToPanels() throws {
        let pipeline = try TestSupport.pipeline()
        let linked = try TestSupport.linkedSample()
        let graph = pipeline.graph([linked])
        let picture = GraphPicture.render(graph, top: 30)
        let svg = try #require(picture.svg, "Graphviz dot is needed (apt-get install -y graphviz): \(picture.note)")
        #expect(svg.contains("<svg"))
        let path = try TestSupport.temporaryFolder("report-dot").appendingPathComponent("p.html")
        try pipeline.report([linked], graph: graph, picture: picture).write(to: path.path)
        let root = try XMLTree.parseHTML(try String(contentsOf: path, encoding: .utf8), name: "p").root
        let panels = Set(Self.panels(root).compactMap { $0.attributes["id"] })
        let figure = try #require(root.all("figure").first)
        let links = figure.all("a").compactMap { $0.attributes["href"] }
        #expect(links.count >= 30)
        // Every linked node is drawn: its shape and its label are inside the link.
        for a in figure.all("a") {
            #expect(!a.all("text").isEmpty && !(a.all("polygon") + a.all("ellipse") + a.all("path")).isEmpty, "\(a.attributes["href"] ?? "")")
        }
        for l in links { #expect(panels.contains(String(l.dropFirst())) || l.hasPrefix("#document-"), "\(l)") }
    }
}

@Suite("Support: SHA-256")
struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.base64(SHA256.digest([])) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        #expect(SHA256.base64(SHA256.digest(Array("abc".utf8))) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        // Two blocks (56 bytes pads past the first), and a long input.
        let two = SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        #expect(two.map { String(format: "%02x", $0) }.joined() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = SHA256.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(million.map { String(format: "%02x", $0) }.joined() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.base64([0xFF]) == "/w==" && SHA256.base64([0xFF, 0xEE]) == "/+4=")
    }
}

/// The layout of highlights over a unit's text, with spans marked inline.
@Suite("Report: highlight layout")
struct HighlightLayoutTests {
    /// Renders a layout as `[text]` highlights with the mention index, `^n` footnotes.
    func render(_ layout: HighlightLayout) -> String {
        func span(_ s: HighlightLayout.Span) -> String {
            var out = "[\(s.mention):"
            var position = s.start
            for c in s.children {
                out += layout.text(position, c.start) + span(c)
                position = c.end
            }
            return out + layout.text(position, s.end) + (s.isClipped ? "~" : "") + "]"
        }
        return layout.pieces.map { piece in
            switch piece {
            case .text(let t): return t
            case .highlight(let s): return span(s)
            case .footnote(let n): return "^\(n)"
            }
        }.joined()
    }

    @Test func nestedSameSpanCrossingAndFootnotes() {
        let text = "regional and international cooperation, the Protocols thereto and Crime, more"
        //          0         1         2         3         4         5         6         7
        let layout = HighlightLayout(
            text: text,
            mentions: [(0, 38), (13, 38), (40, 61), (40, 61), (66, 71), (68, 76), (200, 210), (5, 5)],
            footnotes: [(19, 72), (3, 20)])
        #expect(render(layout) == "[0:regional and [1:international cooperation]]^3, [2:[3:the Protocols thereto]] and [4:Cr[5:ime~]],^19 more")
        #expect(layout.unplaced == [6, 7])
    }

    @Test func emptyTextAndNoMentions() {
        #expect(render(HighlightLayout(text: "", mentions: [], footnotes: [(1, 5)])) == "^1")
        #expect(render(HighlightLayout(text: "plain", mentions: [])) == "plain")
        #expect(render(HighlightLayout(text: "a😀b c", mentions: [(1, 3)])) == "a[0:😀b] c")
    }
}
