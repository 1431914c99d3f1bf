import Foundation
import Testing
@testable import ResolutionGraph

/// Themes said by a word and its object (`ThemeCues`, `Ontology/vocabulary/theme-cues.tsv`).
@Suite("Extract: themes said by a word and its object")
struct ThemeCueTests {
    static let extractor: Extractor? = try? Extractor(vocabulary: TestSupport.vocabulary())

    /// The theme mentions of one operative paragraph, as (theme, text).
    func themes(_ text: String) throws -> [(String, String)] {
        let extractor = try #require(Self.extractor)
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
        return doc.mentions.filter { doc.entities[$0.entity]?.kind == .theme }.map { ($0.entity, $0.text) }
    }

    @Test func aCueAndItsObjectWithinTheGapAreTheTheme() throws {
        let found = try themes("Urges States to establish protection and support mechanisms for victims and to build the national capacities of their institutions")
        #expect(found.contains { $0 == ("theme/victim-protection", "support mechanisms for victims") })
        #expect(found.contains { $0 == ("theme/capacity-building", "build the national capacities") })
    }

    @Test func punctuationBarriersExceptionsAndDistanceStopTheCue() throws {
        for text in ["Calls upon States to protect migrants from becoming victims of crime",
                     "Stresses the need to enhance adaptive capacity to climate change",
                     "Requests support, in particular for victims",
                     "Decides to provide support to the work of the many agencies helping victims"] {
            let found = try themes(text).map(\.0)
            #expect(!found.contains("theme/victim-protection") && !found.contains("theme/capacity-building"), "\(text): \(found)")
        }
    }

    @Test func aLabelOfTheThemeAtTheSamePlaceWins() throws {
        let found = try themes("Calls for the protection of victims of trafficking").filter { $0.0 == "theme/victim-protection" }
        #expect(found.map(\.1) == ["protection of victims"])
    }

    @Test func theFileIsCheckedWhenRead() throws {
        let header = "theme\tcues\tobjects\tgap\texcept\n"
        #expect(throws: ResolutionGraphError.self) { try ThemeCues.parse(header + "theme/x\tprotect\tvictims\tmany\t\n", file: "t.tsv") }
        #expect(throws: ResolutionGraphError.self) { try ThemeCues.parse(header + "theme/x\tprotect the\tvictims\t3\t\n", file: "t.tsv") }
        let cues = try ThemeCues.parse(header + "theme/x\tprotect | assist\tvictims\t2\tadaptive\n", file: "t.tsv")
        #expect(cues.rules == [ThemeCues.Rule(theme: "theme/x", cues: ["protect", "assist"], objects: ["victims"], maxGap: 2, except: ["adaptive"])])
    }
}

/// A quoted title names a document, an agenda item or a meeting's theme: its words are no theme of the paragraph.
@Suite("Extract: themes inside quoted titles")
struct QuotedTitleThemeTests {
    @Test func aThemeInsideAQuotedTitleIsNoMention() throws {
        let text = "Decides to include in the provisional agenda the sub-item entitled “Women, disarmament, non-proliferation and arms control”, and stresses that “disarmament” matters"
        let found = try ThemeCueTests().themes(text)
        let disarmament = found.filter { $0.0 == "theme/disarmament" }.map(\.1)
        // The title's word is dropped; the quoted word that no title word announces is kept.
        #expect(disarmament == ["disarmament"])
        #expect(!found.contains { $0.0 == "theme/non-proliferation" })
        let spans = QuotedSpans(Array("the item entitled “Youth”, the theme “youth”".unicodeScalars))
        #expect(spans.containsTitle(20))
        // A meeting's theme is what it discusses: a topic, not a title.
        #expect(!spans.containsTitle(38))
    }
}
