import Foundation
import Testing
@testable import ResolutionGraph

@Suite("Graph: cross-document links")
struct CrossDocumentLinkTests {
    /// A document `symbol` from `source`, optionally citing `cited` (a resolution number or symbol) in pp1.
    func document(_ symbol: String, source: String, citing cited: String? = nil, before: String = "Recalling its ") -> LinkedDocument {
        let reference = cited.map { "resolution " + $0 } ?? "the Convention"
        var d = ActionTests().linked(["Urges Member States to act;"], preambular: [before + reference + ","])
        d.extracted.document.metadata.symbol = symbol
        d.extracted.document.metadata.sourceName = source
        for i in d.actions.indices { d.actions[i].evidence.document = symbol }
        // The extractor recognizes `resolution N` itself; add the mention by hand only when it did not.
        if let cited, !d.extracted.mentions.contains(where: { $0.entity.hasPrefix("instrument/resolution-") }) {
            let id = "instrument/resolution-" + Slug.make(cited)
            d.extracted.entities[id] = Entity(id: id, kind: .instrument, category: "resolution", label: "Resolution \(cited)",
                                              identifiers: ["symbol": cited], isKnown: false)
            let start = before.unicodeScalars.count
            d.extracted.mentions.append(Mention(entity: id, paragraph: "pp1", start: start, end: start + reference.unicodeScalars.count, text: reference))
        }
        return d
    }

    @Test func aCitedResolutionInTheRunIsLinkedToItsDocument() {
        let graph = GraphBuilder.build([document("A/RES/64/293", source: "a.txt"), document("A/RES/80/1", source: "b.txt", citing: "64/293")])
        let links = graph.edges.filter { $0.relation == .citesDocument }
        #expect(links.count == 1)
        #expect(links.first?.source == "document/A/RES/80/1#pp1")
        #expect(links.first?.target == "document/A/RES/64/293")
        #expect(links.first?.provenance?.text.hasSuffix("64/293") == true)
        // The instrument node for the resolution stays, mentioned as before.
        #expect(graph.nodes.contains { $0.key == "instrument/resolution-64-293" })
    }

    /// Issue 6: a draft links to the resolution adopted from it, when the resolution's metadata (the
    /// Akoma Ntoso workflow) names the draft — here the revised draft, whose original is in the run.
    @Test func aDraftIsLinkedToItsAdoptedResolution() throws {
        let pipeline = try TestSupport.pipeline()
        let adopted = try pipeline.process(TestSupport.source(TestSupport.fixtures.appendingPathComponent("seg_A_RES_80_228.xml")))
        let draft = try pipeline.process(TestSupport.source(TestSupport.fixtures.appendingPathComponent("seg_A_C.3_80_L.4.txt")))
        #expect(adopted.document.metadata.draftSymbol == "A/C.3/80/L.4/Rev.1")
        #expect(draft.symbol == "A/C.3/80/L.4")
        let graph = GraphBuilder.build([adopted, draft])
        let links = graph.edges.filter { $0.relation == .adoptedAs }
        #expect(links.map { "\($0.source) -> \($0.target)" } == ["document/A/C.3/80/L.4 -> document/A/RES/80/228"])
        let node = try #require(graph.nodes.first { $0.key == "document/A/RES/80/228" })
        #expect(node.attributes.contains(Attribute(.draftSymbol, .string("A/C.3/80/L.4/Rev.1"))))
        // Alone, the resolution keeps the draft's symbol as an attribute, and no edge.
        #expect(GraphBuilder.build([adopted]).edges.allSatisfy { $0.relation != .adoptedAs })
        #expect(CrossDocumentLinks.withoutRevision("A/C.3/80/L.4/REV.1") == "A/C.3/80/L.4")
        #expect(CrossDocumentLinks.withoutRevision("A/80/L.1/ADD.1") == "A/80/L.1/ADD.1")
    }

    @Test func aFullSymbolAndTheBodyNamedBeforeANumberAreUsed() {
        #expect(CrossDocumentLinks.candidates("A/73/263", before: "") == ["A/73/263"])
        #expect(CrossDocumentLinks.candidates("64/293", before: "Recalling its ").first == "A/RES/64/293")
        #expect(CrossDocumentLinks.candidates("57/14", before: "Recalling Human Rights Council ").first == "A/HRC/RES/57/14")
        #expect(CrossDocumentLinks.candidates("2021/25", before: "Recalling ").first == "E/RES/2021/25")
        #expect(CrossDocumentLinks.candidates("2698 (2023)", before: "Recalling ").first == "S/RES/2698 (2023)")
        #expect(CrossDocumentLinks.normalize("S/RES/2698 (2023)") == CrossDocumentLinks.normalize("s/res/2698(2023)"))
    }

    @Test func anHRCResolutionNumberIsNotTakenForAGeneralAssemblyOne() {
        let docs = [document("A/RES/57/14", source: "a.txt"),
                    document("A/HRC/RES/60/1", source: "b.txt", citing: "57/14", before: "Recalling Human Rights Council ")]
        #expect(GraphBuilder.build(docs).edges.allSatisfy { $0.relation != .citesDocument })
    }

    @Test func aDocumentCitingItselfOrAnAbsentDocumentGetsNoLink() {
        let graph = GraphBuilder.build([document("A/RES/64/293", source: "a.txt", citing: "64/293"),
                                        document("A/RES/80/1", source: "b.txt", citing: "12/34")])
        #expect(graph.edges.allSatisfy { $0.relation != .citesDocument })
    }

    @Test func linksDoNotDependOnInputOrderAndEndsAreNodes() {
        let docs = [document("A/RES/64/293", source: "a.txt"), document("A/RES/80/1", source: "b.txt", citing: "64/293"),
                    document("A/RES/80/2", source: "c.txt", citing: "80/1")]
        let one = GraphBuilder.build(docs), two = GraphBuilder.build(docs.reversed())
        #expect(one.edges == two.edges)
        #expect(one.edges.filter { $0.relation == .citesDocument }.count == 2)
        let keys = Set(one.nodes.map(\.key))
        #expect(one.edges.allSatisfy { keys.contains($0.source) && keys.contains($0.target) })
    }

    /// The mentions of a document replaced by another with the same symbol (folded in before it) do not
    /// count: the graph is the kept document's alone, whatever the order of the inputs.
    @Test func aReplacedDocumentsMentionsAreNotCounted() {
        let first = document("A/RES/80/228", source: "corpus/akn/A_RES_80_228.xml")
        let second = document("A/RES/80/228", source: "corpus/text/A_RES_80_228.txt")
        let alone = GraphBuilder.build([first]).nodes.map { "\($0.key) \($0.mentionCount)" }
        #expect(GraphBuilder.build([first]).nodes.contains { $0.mentionCount > 0 })
        for order in [[first, second], [second, first]] {
            #expect(GraphBuilder.build(order).nodes.map { "\($0.key) \($0.mentionCount)" } == alone)
        }
    }

    @Test func twoInputsWithTheSameSymbolKeepThePathThatSortsFirst() {
        let pdf = document("A/RES/80/228", source: "corpus/text/A_RES_80_228.txt")
        var akn = ActionTests().linked(["Urges Governments to act;", "Decides to remain seized;"])
        akn.extracted.document.metadata.symbol = "A/RES/80/228"
        akn.extracted.document.metadata.sourceName = "corpus/akn/A_RES_80_228.xml"
        for order in [[pdf, akn], [akn, pdf]] {
            let (kept, duplicates) = CrossDocumentLinks.deduplicate(order)
            #expect(kept.count == 1)
            #expect(kept.first?.document.metadata.sourceName == "corpus/akn/A_RES_80_228.xml")
            #expect(duplicates == [.init(symbol: "A/RES/80/228", kept: "corpus/akn/A_RES_80_228.xml", dropped: "corpus/text/A_RES_80_228.txt")])
            let graph = GraphBuilder.build(order)
            // Only the kept document's paragraphs: op2 exists, and nothing of the other document leaks in.
            #expect(graph.nodes.contains { $0.key == "document/A/RES/80/228#op2" })
            #expect(!graph.nodes.contains { $0.key == "document/A/RES/80/228#pp1" })
            // Nor an edge (the document dropped may have been folded in first).
            #expect(graph.nodes == GraphBuilder.build([akn]).nodes)
            #expect(graph.edges == GraphBuilder.build([akn]).edges)
        }
    }

    /// Issue 7: a run over one part of a corpus, told the corpus's symbols, links a citation of a document
    /// of another part as the run over the whole corpus does, with no node for the absent document.
    @Test func aCitedDocumentOfTheCorpusOutsideTheRunIsLinkedAsInTheWholeRun() {
        let cited = document("A/RES/64/293", source: "a.txt"), citing = document("A/RES/80/1", source: "b.txt", citing: "64/293")
        let whole = GraphBuilder.build([cited, citing])
        let part = GraphBuilder.build([citing], corpusSymbols: ["A/RES/64/293", "A/RES/80/1"])
        let links = part.edges.filter { $0.relation == .citesDocument }
        #expect(links.count == 1)
        #expect(links == whole.edges.filter { $0.relation == .citesDocument })
        #expect(!part.nodes.contains { $0.key == "document/A/RES/64/293" })
        // Everything else is the graph of the part alone.
        let alone = GraphBuilder.build([citing])
        #expect(part.nodes == alone.nodes)
        #expect(part.edges.filter { $0.relation != .citesDocument } == alone.edges)
        // A list without the cited document, or no list: no link.
        #expect(GraphBuilder.build([citing], corpusSymbols: ["A/RES/80/1", "A/RES/12/34"]).edges.allSatisfy { $0.relation != .citesDocument })
        #expect(alone.edges.allSatisfy { $0.relation != .citesDocument })
        // A self-citation stays unlinked, and a symbol spelt differently in the list keeps the run's key.
        let own = document("A/RES/64/293", source: "a.txt", citing: "64/293")
        #expect(GraphBuilder.build([own], corpusSymbols: ["a/res/64/293"]).edges.allSatisfy { $0.relation != .citesDocument })
    }

    /// The candidates are tried in the same order as in the whole run, whether each is in the run or only
    /// in the list: the first that is a document of the corpus wins.
    @Test func theCandidateOrderIsTheWholeRunsWhereverTheCandidatesAre() {
        let citing = document("A/HRC/RES/60/1", source: "a.txt", citing: "57/14", before: "Recalling Human Rights Council ")
        let ga = document("A/RES/57/14", source: "b.txt"), hrc = document("A/HRC/RES/57/14", source: "c.txt"), bare = document("57/14", source: "d.txt")
        func targets(_ g: KnowledgeGraph) -> [String] { g.edges.filter { $0.relation == .citesDocument }.map(\.target) }
        // A/RES/57/14 is never a candidate after "Human Rights Council", in the run or in the list.
        #expect(targets(GraphBuilder.build([citing], corpusSymbols: ["A/RES/57/14"])).isEmpty)
        #expect(targets(GraphBuilder.build([citing, ga])).isEmpty)
        // The first candidate in the list beats the second in the run, as in the whole run.
        let symbols = ["A/HRC/RES/60/1", "A/HRC/RES/57/14", "57/14", "A/RES/57/14"]
        let whole = GraphBuilder.build([citing, hrc, bare, ga])
        #expect(targets(whole) == ["document/A/HRC/RES/57/14"])
        #expect(targets(GraphBuilder.build([citing, bare], corpusSymbols: symbols)) == targets(whole))
        // With only the second candidate in the corpus, it is the one, wherever it is.
        #expect(targets(GraphBuilder.build([citing], corpusSymbols: ["57/14"])) == ["document/57/14"])
        #expect(targets(GraphBuilder.build([citing, bare])) == ["document/57/14"])
    }

    /// The RDF formats write the link as the one triple the whole run writes; GraphML and DOT, which need
    /// both ends as nodes, leave it out.
    @Test func rdfWritesTheLinkToAnAbsentDocumentAndGraphMLAndDOTLeaveItOut() throws {
        let cited = document("A/RES/64/293", source: "a.txt"), citing = document("A/RES/80/1", source: "b.txt", citing: "64/293")
        let folder = try TestSupport.temporaryFolder("corpus-symbols")
        func export(_ graph: KnowledgeGraph, _ format: ExportFormat, _ name: String) throws -> String {
            let path = folder.appendingPathComponent(name + "." + format.fileExtension).path
            try Pipeline.export(graph, format: format, to: path)
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        let part = GraphBuilder.build([citing], corpusSymbols: ["A/RES/64/293"]), alone = GraphBuilder.build([citing])
        let lines = { (text: String) in Set(text.split(separator: "\n").map(String.init)) }
        let added = lines(try export(part, .ntriples, "part")).subtracting(lines(try export(alone, .ntriples, "alone")))
        let link = "<\(IRI.defaultBase)document/A%2FRES%2F80%2F1/pp1> <https://w3id.org/resgraph/ontology#citesDocument> <\(IRI.defaultBase)document/A%2FRES%2F64%2F293> ."
        #expect(added == [link])
        #expect(lines(try export(GraphBuilder.build([cited, citing]), .ntriples, "whole")).contains(link))
        #expect(try export(part, .turtle, "part").contains("citesDocument"))
        #expect(try export(part, .rdfxml, "part").contains("citesDocument"))
        #expect(try export(part, .graphml, "part") == export(alone, .graphml, "alone"))
        #expect(try export(part, .dot, "part") == export(alone, .dot, "alone"))
    }

    /// A draft and the resolution adopted from it in different parts: the resolution's part, told the
    /// corpus's symbols, writes the `adopted-as` triple the whole run writes, and nothing else about the draft.
    @Test func aDraftOfAnotherPartIsLinkedToItsAdoptedResolution() throws {
        let pipeline = try TestSupport.pipeline()
        let adopted = try pipeline.process(TestSupport.source(TestSupport.fixtures.appendingPathComponent("seg_A_RES_80_228.xml")))
        let draft = try pipeline.process(TestSupport.source(TestSupport.fixtures.appendingPathComponent("seg_A_C.3_80_L.4.txt")))
        let symbols = [adopted.symbol, draft.symbol]
        let part = GraphBuilder.build([adopted], corpusSymbols: symbols)
        #expect(part.edges.filter { $0.relation == .adoptedAs }.map { "\($0.source) -> \($0.target)" } == ["document/A/C.3/80/L.4 -> document/A/RES/80/228"])
        #expect(!part.nodes.contains { $0.key == "document/A/C.3/80/L.4" })
        #expect(GraphBuilder.build([draft], corpusSymbols: symbols).edges.allSatisfy { $0.relation != .adoptedAs })
        let folder = try TestSupport.temporaryFolder("adopted-across")
        func export(_ graph: KnowledgeGraph, _ format: ExportFormat, _ name: String) throws -> String {
            let path = folder.appendingPathComponent(name + "." + format.fileExtension).path
            try Pipeline.export(graph, format: format, to: path)
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        let lines = { (text: String) in Set(text.split(separator: "\n").map(String.init)) }
        let whole = lines(try export(GraphBuilder.build([adopted, draft]), .ntriples, "whole"))
        let parts = lines(try export(part, .ntriples, "a")).union(lines(try export(GraphBuilder.build([draft], corpusSymbols: symbols), .ntriples, "b")))
        #expect(parts == whole)
        let alone = lines(try export(GraphBuilder.build([adopted]), .ntriples, "alone"))
        #expect(lines(try export(part, .ntriples, "a")).subtracting(alone).count == 1)
        // RDF/XML: an untyped rdf:Description for the draft (no rdf:type triple about it); GraphML unchanged.
        let rdf = try export(part, .rdfxml, "a")
        #expect(rdf.contains("<rdf:Description rdf:about=\"\(IRI.defaultBase)document/A%2FC.3%2F80%2FL.4\">"))
        #expect(!rdf.contains("rdfs:Resource"))
        #expect(try export(part, .graphml, "a") == export(GraphBuilder.build([adopted]), .graphml, "alone"))
    }

    @Test func aCorpusSymbolsFileHasOneSymbolALine() throws {
        let file = try TestSupport.temporaryFolder("symbols").appendingPathComponent("symbols.txt")
        try "# corpus\nA/RES/64/293\n\n  S/RES/2698 (2023)  \r\nA/RES/80/1".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Pipeline.corpusSymbols(fromFile: file.path) == ["A/RES/64/293", "S/RES/2698 (2023)", "A/RES/80/1"])
        #expect(throws: ResolutionGraphError.self) { try Pipeline.corpusSymbols(fromFile: file.path + ".missing") }
        #expect(throws: ResolutionGraphError.self) { try Pipeline.corpusSymbols(fromFile: file.deletingLastPathComponent().path) }
    }

    @Test func citesDocumentIsDeclaredInTheOntology() throws {
        let ttl = try String(contentsOf: TestSupport.ontology.appendingPathComponent("resgraph.ttl"), encoding: .utf8)
        #expect(ttl.contains("rg:" + RelationName.citesDocument.rdfLocalName + " a owl:ObjectProperty"))
        let owl = try String(contentsOf: TestSupport.ontology.appendingPathComponent("resgraph.owl"), encoding: .utf8)
        #expect(owl.contains("citesDocument"))
    }
}
