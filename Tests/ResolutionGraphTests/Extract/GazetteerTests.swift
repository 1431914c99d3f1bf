import Testing
@testable import ResolutionGraph

@Suite("Extract: gazetteer and extractor")
struct GazetteerTests {
    /// A small in-memory vocabulary, independent of Ontology/.
    static let vocabulary = Vocabulary(
        entities: [
            "actor/states": Entity(id: "actor/states", kind: .actor, category: "state-group", label: "States"),
            "actor/member-states": Entity(id: "actor/member-states", kind: .actor, category: "state-group", label: "Member States"),
            "actor/ilo": Entity(id: "actor/ilo", kind: .actor, category: "un-entity", label: "International Labour Organization", aliases: ["ILO"]),
            "actor/ngos": Entity(id: "actor/ngos", kind: .actor, category: "civil-society", label: "non-governmental organizations"),
            "actor/unodc": Entity(id: "actor/unodc", kind: .actor, category: "un-entity", label: "United Nations Office on Drugs and Crime", aliases: ["UNODC"]),
            "theme/crime": Entity(id: "theme/crime", kind: .theme, category: "crime", label: "crime"),
            "theme/forced-labour": Entity(id: "theme/forced-labour", kind: .theme, category: "labour", label: "forced labour"),
            "instrument/c029": Entity(id: "instrument/c029", kind: .instrument, category: "ilo-convention",
                                      label: "Forced Labour Convention, 1930 (No. 29)"),
        ],
        ignoredPhrases: ["United States"])

    static let extractor = Extractor(vocabulary: vocabulary)

    func mentions(_ text: String) -> [Mention] {
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        return Self.extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p])).mentions
    }

    @Test func longestMatchWins() {
        #expect(mentions("Urges Member States to act").map(\.entity) == ["actor/member-states"])
        #expect(mentions("Urges all States to act").map(\.entity) == ["actor/states"])
    }

    @Test func ignoredPhrasesBlockShorterMatches() {
        #expect(mentions("the United States of America").isEmpty)
    }

    @Test func acronymsMatchOnlyInTheirCase() {
        #expect(mentions("the ILO and UNODC").map(\.entity) == ["actor/ilo", "actor/unodc"])
        #expect(mentions("the ilo and unodc").isEmpty)
    }

    @Test func hyphensSpacesAndCaseAreEquivalentInNames() {
        #expect(mentions("Non-governmental organizations").map(\.entity) == ["actor/ngos"])
        #expect(mentions("non governmental  organizations").map(\.entity) == ["actor/ngos"])
    }

    @Test func spansAreUnicodeScalarOffsetsIntoTheParagraph() throws {
        let text = "Invites the “International Labour Organization” to help"
        let m = try #require(mentions(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == "International Labour Organization")
        #expect(m.text == "International Labour Organization")
        #expect(m.start == 13)
    }

    @Test func themesDoNotCountInsideTheNamesOfActorsOrInstruments() {
        let found = mentions("the Forced Labour Convention, 1930 (No. 29), the United Nations Office on Drugs and Crime and forced labour")
        #expect(found.map(\.entity) == ["instrument/c029", "actor/unodc", "theme/forced-labour"])
    }

    @Test func resolutionNumbersBecomeInstruments() {
        let found = mentions("recalling its resolution 64/293 of 30 July 2010")
        #expect(found.map(\.entity) == ["instrument/resolution-64-293"])
        #expect(found.first?.text == "64/293")
    }
}
