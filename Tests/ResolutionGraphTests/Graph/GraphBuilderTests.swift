import Testing
@testable import ResolutionGraph

@Suite("Graph")
struct GraphBuilderTests {
    func twoDocuments() -> [LinkedDocument] {
        let test = ActionTests()
        var a = test.linked(["Urges Member States to ratify the United Nations Convention against Transnational Organized Crime;"])
        a.extracted.document.metadata.symbol = "A/RES/1"
        var b = test.linked(["Urges Governments to act on forced labour;", "Welcomes the work of UNODC;"])
        b.extracted.document.metadata.symbol = "A/RES/2"
        for i in b.actions.indices { b.actions[i].evidence.document = "A/RES/2" }
        return [a, b]
    }

    @Test func theSameEntityAcrossDocumentsIsOneNode() {
        let docs = twoDocuments()
        let graph = GraphBuilder.build(docs)
        #expect(graph.count(.document) == 2)
        #expect(graph.nodes.filter { $0.key == "actor/member-states" }.count == 1)
        #expect(graph.nodes.contains { $0.key == "document/A/RES/2#op2" && $0.kind == .paragraph })
    }

    @Test func theOrderOfInputsDoesNotChangeTheGraph() {
        let docs = twoDocuments()
        let one = GraphBuilder.build(docs), two = GraphBuilder.build(docs.reversed())
        #expect(one.nodes == two.nodes)
        #expect(one.edges == two.edges)
    }

    @Test func paragraphsSortNaturally() {
        #expect(NaturalOrder.less("document/X#pp2", "document/X#pp10"))
        #expect(NaturalOrder.less("op5", "op5a"))
        #expect(!NaturalOrder.less("op10", "op9"))
    }

    @Test func aParagraphsLabelIsMadeFromItsKeyAndKeptWhenTheKeyChanges() throws {
        let graph = GraphBuilder.build(twoDocuments())
        let paragraph = try #require(graph.nodes.first(where: { $0.key == "document/A/RES/2#op2" }) as GraphNode?)
        #expect(paragraph.label == "A/RES/2 op2")
        var node = GraphNode(key: "document/A/RES/10#op12", kind: .paragraph, label: "A/RES/10 op12")
        #expect(node.label == "A/RES/10 op12")
        node.key = "document/B#op1"
        #expect(node.label == "A/RES/10 op12")
        node.label = "B op1"
        #expect(node.label == "B op1" && node == GraphNode(key: "document/B#op1", kind: .paragraph, label: "B op1"))
        // Not the key's form: stored as given.
        #expect(GraphNode(key: "document/A#op1", kind: .paragraph, label: "A op2").label == "A op2")
        #expect(GraphNode(key: "actor/x", kind: .actor, label: "x").label == "x")
    }

    @Test func theGraphsNodesEqualTheSameNodesInOneArray() {
        let graph = GraphBuilder.build(twoDocuments())
        let copy = Array(graph.nodes)
        #expect(graph.nodes == copy)
        #expect(KnowledgeGraph(nodes: copy, edges: Array(graph.edges)).nodes == graph.nodes)
        // Sorted by kind, then key.
        #expect(zip(copy, copy.dropFirst()).allSatisfy { a, b in a.kind < b.kind || (a.kind == b.kind && NaturalOrder.less(a.key, b.key)) })
    }

    @Test func everyEdgeEndIsANode() {
        let graph = GraphBuilder.build(twoDocuments())
        let keys = Set(graph.nodes.map(\.key))
        #expect(graph.edges.allSatisfy { keys.contains($0.source) && keys.contains($0.target) })
    }
}
