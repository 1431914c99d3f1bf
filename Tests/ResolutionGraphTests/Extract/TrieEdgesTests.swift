import Testing
@testable import ResolutionGraph

@Suite("Extract: trie edges and word hashes")
struct TrieEdgesTests {
    @Test func findsEveryEdgeAfterGrowing() {
        var edges = TrieEdges()
        let words = (0..<500).map { "word\($0)" }
        for (n, word) in words.enumerated() {
            edges.insert(Int32(n % 7), word: word, hash: WordHash.of(word), child: Int32(n + 1))
        }
        #expect(edges.count == 500)
        for (n, word) in words.enumerated() {
            #expect(edges.child(of: Int32(n % 7), word: word, hash: WordHash.of(word)) == Int32(n + 1))
            // The same word from another node is another edge.
            #expect(edges.child(of: Int32(n % 7 + 1), word: word, hash: WordHash.of(word)) == nil)
        }
        #expect(edges.child(of: 0, word: "absent", hash: WordHash.of("absent")) == nil)
    }

    @Test func wordsOfOneHashStayApart() {
        var edges = TrieEdges()
        // Forced collisions: the same hash for different words of one node.
        for (n, word) in ["human", "rights", "council", "Human"].enumerated() {
            edges.insert(3, word: word, hash: 42, child: Int32(10 + n))
        }
        #expect(edges.child(of: 3, word: "human", hash: 42) == 10)
        #expect(edges.child(of: 3, word: "rights", hash: 42) == 11)
        #expect(edges.child(of: 3, word: "council", hash: 42) == 12)
        #expect(edges.child(of: 3, word: "Human", hash: 42) == 13)
        #expect(edges.child(of: 3, word: "assembly", hash: 42) == nil)
        #expect(edges.child(of: 4, word: "human", hash: 42) == nil)
    }

    @Test func tokensCarryTheHashOfTheirFoldedForm() {
        for token in Tokenizer.tokenize("The Human Rights Council, Côte d’Ivoire (ÉTATS) and UN-Women / 2030") {
            #expect(token.hash == WordHash.of(token.folded), "\(token.original)")
        }
    }

    @Test func tokenIndexByStartIsTheLinearSearchs() {
        let tokens = Tokenizer.tokenize("Calls upon States, in cooperation with the Office (UNODC), to act")
        for offset in -1...(tokens.last!.end + 1) {
            #expect(tokens.firstIndex(startingAtOrAfter: offset) == tokens.firstIndex { $0.start >= offset })
            #expect(tokens.firstIndex(startingAt: offset) == tokens.firstIndex { $0.start == offset })
        }
    }

    @Test func singularCutsBytesAsCharactersWere() {
        for word in ["marriages", "policies", "businesses", "taxes", "churches", "wishes", "rights", "status", "crisis", "bus",
                     "économies", "ĉas", "naïves", "straße", "ss"] {
            let expected: String
            let u = Array(word.utf8)
            if u.count > 3, u.last == UInt8(ascii: "s"), ![UInt8(ascii: "s"), UInt8(ascii: "u"), UInt8(ascii: "i")].contains(u[u.count - 2]) {
                if word.hasSuffix("ies") { expected = String(word.dropLast(3)) + "y" }
                else if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") { expected = String(word.dropLast(2)) }
                else { expected = String(word.dropLast()) }
            } else {
                expected = word
            }
            #expect(Gazetteer.singular(word) == expected, "\(word)")
        }
    }
}
