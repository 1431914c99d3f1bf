import Testing
@testable import ResolutionGraph

/// States addressed by an operative clause (`states.tsv`), office-holders of one body named in the plural, and
/// footnotes opening with "Including …", on the bundled vocabulary.
@Suite("Extract: addressed States and office-holders")
struct AddressedStateTests {
    static let extractor: Extractor? = try? Extractor(vocabulary: TestSupport.vocabulary())

    func extract(_ text: String, id: String = "op1") throws -> ExtractedDocument {
        let extractor = try #require(Self.extractor)
        let kind: Paragraph.Kind = id.hasPrefix("op") ? .operative : .preambular
        let p = Paragraph(id: id, kind: kind, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        let document = kind == .operative
            ? Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p])
            : Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), preambular: [p])
        return extractor.extract(document)
    }

    func ids(_ text: String, id: String = "op1") throws -> Set<String> { Set(try extract(text, id: id).mentions.map(\.entity)) }

    @Test func aStateAnOperativeClauseAddressesIsAnActor() throws {
        let doc = try extract("Urges the Islamic Republic of Iran to cease the imposition of the death penalty")
        let iran = try #require(doc.entities["actor/iran"])
        #expect(iran.label == "Iran (Islamic Republic of)" && iran.category == "state" && iran.kind == .actor && iran.isKnown)
        #expect(doc.mentions.first { $0.entity == iran.id }?.text == "Islamic Republic of Iran")
        #expect(try ids("Strongly urges Myanmar, in accordance with its obligations, to take all measures").contains("actor/myanmar"))
        #expect(try ids("Calls upon the Government of the Syrian Arab Republic to cooperate").contains("actor/syrian-arab-republic"))
        #expect(try ids("calls on Afghanistan to comply").contains("actor/afghanistan"))
    }

    @Test func statesListedAfterAnAddressedStateAreAddressedToo() throws {
        let found = try ids("Calls upon all States parties to spare no effort, and urges India, Israel and Pakistan to accede to the Treaty")
        #expect(found.isSuperset(of: ["actor/india", "actor/israel", "actor/pakistan"]))
    }

    @Test func aCountryThatIsNotAddressedIsNoActor() throws {
        // A place, a situation.
        #expect(try ids("Welcomes the Conference held in Marrakech, Morocco, on 10 December").allSatisfy { !$0.hasSuffix("morocco") })
        #expect(try ids("Expresses concern at the situation in Myanmar").allSatisfy { !$0.hasSuffix("myanmar") })
        // "Guinea" inside "Papua New Guinea", "Niger" is not "Nigeria".
        #expect(try ids("Invites Papua New Guinea to host the meeting") == ["actor/papua-new-guinea"])
        #expect(try ids("Invites Nigeria to host the meeting") == ["actor/nigeria"])
    }

    @Test func theHoldersOfOneBodysChairAreOneOffice() throws {
        // "the former Chairs of the Peacebuilding Commission" held the Commission's one Chair.
        let doc = try extract("Taking note of the letter of the former Chairs of the Peacebuilding Commission", id: "pp1")
        #expect(Set(doc.mentions.map(\.entity)) == ["actor/chair-of-the-peacebuilding-commission"])
        #expect(doc.entities["actor/chair-of-the-peacebuilding-commission"]?.label == "Chair of the Peacebuilding Commission")
        // A category of bodies keeps its Chairs.
        #expect(try ids("Welcomes the meeting of the Chairs of the human rights treaty bodies", id: "pp1")
                == ["actor/chairs-of-the-human-rights-treaty-bodies"])
    }

    @Test func aFootnoteOpeningWithIncludingNamesTheBodyAfterIt() throws {
        let found = try ids("Including Security Council resolutions 1718 (2006) and 1874 (2009).", id: "pp1")
        #expect(found.contains("actor/security-council"))
        #expect(!found.contains { $0.contains("including") })
    }
}
