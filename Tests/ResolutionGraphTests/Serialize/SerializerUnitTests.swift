import Foundation
import Testing
@testable import ResolutionGraph

@Suite("Serialize: escaping, IRIs, names")
struct SerializerUnitTests {
    @Test func symbolsArePercentEncodedInIRIs() {
        let mapping = RDFMapping()
        #expect(mapping.iri(forKey: "document/A/C.3/73/L.7") == IRI.defaultBase + "document/A%2FC.3%2F73%2FL.7")
        #expect(mapping.iri(forKey: "document/S/RES/2698 (2023)#op1") == IRI.defaultBase + "document/S%2FRES%2F2698%20%282023%29/op1")
        #expect(IRI.isValidAbsolute(mapping.iri(forKey: "document/S/RES/2698 (2023)#op1")))
        #expect(!IRI.isValidAbsolute("https://x/a b"))
        #expect(!IRI.isValidAbsolute("relative/path"))
    }

    @Test func everyPredicateIsAQNameWithAnNCNameLocalPart() {
        for name in AttributeName.allCases { #expect(IRI.isNCName(RDFMapping.predicates[name]!.local), "\(name)") }
        for relation in RelationName.allCases { #expect(IRI.isNCName(relation.rdfLocalName), "\(relation)") }
        #expect(!IRI.isNCName("has-paragraph/x"))
        #expect(!IRI.isNCName("1abc"))
    }

    @Test func xmlForbiddenCharactersAreFiltered() {
        #expect(XMLWriter.filter("page\u{0C}break\u{01}\u{FFFE}") == "page break ")
        #expect(XMLWriter.filter("tab\tok\n") == "tab\tok\n")
    }

    @Test func literalsAreEscapedForNTriples() {
        #expect(RDFTermWriter.escape("a \"q\" \\ b\nc\u{0C}") == "a \\\"q\\\" \\\\ b\\nc\\u000C")
    }

    @Test func dotStringsAreQuotedAndEscaped() {
        #expect(DOTSerializer.quote("node") == "\"node\"")
        #expect(DOTSerializer.quote("say \"hi\"\\\nnext\u{07}") == "\"say \\\"hi\\\"\\\\\\nnext\"")
    }

    @Test func outputStemsCannotEscapeTheOutputFolder() {
        #expect(OutputNaming.stem(forSymbol: "A/C.3/73/L.7") == "A_C.3_73_L.7")
        #expect(OutputNaming.stem(forSymbol: "S/RES/2698 (2023)") == "S_RES_2698_2023")
        #expect(OutputNaming.stem(forSymbol: "../../etc/passwd") == "etc_passwd")
        #expect(OutputNaming.stem(forSymbol: "..") == "document")
        #expect(!OutputNaming.stem(forSymbol: "a/../../b").contains("/"))
    }

    @Test func graphMLNodeIDsAreUniqueNMTokens() {
        let graph = KnowledgeGraph(nodes: [
            GraphNode(key: "document/A/B#op1", kind: .paragraph, label: "x"),
            GraphNode(key: "document/A_B#op1", kind: .paragraph, label: "y"),
            GraphNode(key: "actor/x?y=z%", kind: .actor, label: "z"),
        ], edges: [])
        let ids = GraphStyle.nodeIDs(graph)
        #expect(Set(ids.values).count == 3)
        for id in ids.values {
            #expect(id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || ".-_:".unicodeScalars.contains($0) })
        }
    }

    @Test func atomicWritesLeaveNoFileBehindOnFailure() throws {
        let dir = try TestSupport.temporaryFolder("atomic")
        let target = dir.appendingPathComponent("out.rdf").path
        try "previous".write(toFile: target, atomically: false, encoding: .utf8)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: target) { temp in
                try "half".write(toFile: temp, atomically: false, encoding: .utf8)
                throw Boom()
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.rdf"])
    }
}
