import Foundation
import Testing
@testable import ResolutionGraph

/// Property-based: graphs full of hostile strings (XML specials, control characters, quotes,
/// backslashes, DOT keywords, very long and non-ASCII labels, symbols with slashes, spaces and
/// parentheses) export to every format, and every real tool still parses the result.
@Suite("Serialize: hostile strings round-trip", .serialized)
struct HostileInputExportTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "<tag>", "&amp;", "&", "\"", "'", "\\", "\\\"", "\n", "\r\n", "\t", "\u{0C}", "\u{01}", "\u{1F}", "\u{FFFE}", "\u{FFFF}",
        "]]>", "-->", "<!--", "node", "graph", "Edge", "subgraph", "strict", "digraph", "->", "--", "{", "}", "[", "]", ";", "=",
        "Côte d’Ivoire", "Türkiye", "中文", "العربية", "👩🏽‍⚖️", "e\u{0301}", "\u{2011}", "\u{00A0}", "\u{202E}", "%", "%2F", "#", "?",
        "A/RES/1 (2020)", "../../etc/passwd", " ", "  ", "x", String(repeating: "long ", count: 400),
    ]

    static func hostile(_ g: inout Generator) -> String {
        (0..<(1 + Int(g.next() % 6))).map { _ in g.pick(Self.pieces) }.joined()
    }

    func graph(seed: UInt64) -> KnowledgeGraph { GraphBuilder.build(Self.documents(seed: seed)) }

    /// Three documents whose every string (symbol, title, paragraph text, labels, aliases, identifiers,
    /// mention text, evidence) is hostile; also used by the HTML report's tests.
    static func documents(seed: UInt64) -> [LinkedDocument] {
        var g = Generator(state: seed)
        var documents = [LinkedDocument]()
        for d in 0..<3 {
            let symbol = Self.hostile(&g) + "/\(d)"
            var paragraphs = [Paragraph]()
            for p in 0..<4 {
                paragraphs.append(Paragraph(id: "op\(p + 1)", kind: .operative, number: String(p + 1), opening: Self.hostile(&g),
                                            text: Self.hostile(&g), lines: 1...1, byteRange: 0..<1))
            }
            var metadata = DocumentMetadata(symbol: symbol, title: Self.hostile(&g), sourceName: Self.hostile(&g))
            metadata.sponsors = [Self.hostile(&g), Self.hostile(&g)]
            let doc = Document(metadata: metadata, operative: paragraphs,
                               footnotes: [Footnote(id: "fn1", number: 1, text: Self.hostile(&g), lines: 1...1, byteRange: 0..<1)])
            var entities = [String: Entity]()
            var mentions = [Mention]()
            for e in 0..<5 {
                let kind: EntityKind = [.actor, .instrument, .theme][e % 3]
                let id = "\(kind.rawValue)/" + Slug.make(Self.hostile(&g) + "\(e)")
                entities[id] = Entity(id: id, kind: kind, category: "other", label: Self.hostile(&g), aliases: [Self.hostile(&g)],
                                      identifiers: ["symbol": Self.hostile(&g)], isKnown: e % 2 == 0)
                mentions.append(Mention(entity: id, paragraph: "op\(e % 4 + 1)", start: 0, end: 1, text: Self.hostile(&g)))
            }
            let extracted = ExtractedDocument(document: doc, entities: entities, mentions: mentions)
            let action = Action(id: "op1-action-1", paragraph: "op1", verb: "urge", modifiers: [Self.hostile(&g)],
                                addressees: entities.keys.filter { $0.hasPrefix("actor/") }.sorted(),
                                objects: entities.keys.filter { !$0.hasPrefix("actor/") }.sorted(),
                                evidence: Provenance(document: symbol, paragraph: "op1", start: 0, end: 1, text: Self.hostile(&g)))
            documents.append(LinkedDocument(extracted: extracted, actions: [action], relations: []))
        }
        return documents
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func everyFormatStillParses(seed: UInt64) throws {
        let folder = try TestSupport.temporaryFolder("hostile-\(seed)")
        let g = graph(seed: seed)
        for format in ExportFormat.allCases {
            try Pipeline.export(g, format: format, to: folder.appendingPathComponent("h.\(format.fileExtension)").path)
        }
        let path = { (ext: String) in folder.appendingPathComponent("h.\(ext)").path }
        let rdf = try TestSupport.interop("check_rdf.py", [path("rdf"), "--ntriples", path("nt"), "--turtle", path("ttl")])
        #expect(rdf.status == 0, "seed \(seed): \(rdf.stderr)")
        let schema = TestSupport.fixtures.appendingPathComponent("schemas/graphml/graphml.xsd").path
        let graphml = try TestSupport.interop("check_graphml.py", [path("graphml"), "--schema", schema])
        #expect(graphml.status == 0, "seed \(seed): \(graphml.stderr)")
        let dot = try TestSupport.interop("check_dot.py", [path("dot"), "--engines", "dot"])
        #expect(dot.status == 0, "seed \(seed): \(dot.stderr)")
    }

    @Test func theSameGraphGivesTheSameBytes() throws {
        let a = try TestSupport.temporaryFolder("hostile-a"), b = try TestSupport.temporaryFolder("hostile-b")
        for format in ExportFormat.allCases {
            try Pipeline.export(graph(seed: 7), format: format, to: a.appendingPathComponent("h.\(format.fileExtension)").path)
            try Pipeline.export(graph(seed: 7), format: format, to: b.appendingPathComponent("h.\(format.fileExtension)").path)
            let name = "h.\(format.fileExtension)"
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)))
        }
    }
}
