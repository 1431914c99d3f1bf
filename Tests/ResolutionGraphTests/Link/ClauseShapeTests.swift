import Testing
@testable import ResolutionGraph

/// Clause shapes of operative paragraphs, on the bundled vocabulary: gerund sub-items, "calls for X to …", passive
/// that-clauses, those who lead or fund the addressees, and addressed States.
@Suite("Link: clause shapes")
struct ClauseShapeTests {
    func actions(_ text: String, id: String = "op1") throws -> [(verb: String, addressees: [String])] {
        let doc = Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"),
                           operative: [Paragraph(id: id, kind: .operative, number: "1", text: text, lines: 1...1, byteRange: 0..<1)])
        let pipeline = try TestSupport.pipeline()
        return pipeline.linker.link(pipeline.extractor.extract(doc)).actions.map { ($0.verb, $0.addressees) }
    }

    @Test func aLetteredSubItemMayStateAnActByAGerund() throws {
        let a = try actions("Requesting the Peacebuilding Commission to establish a programme of work;", id: "op1a")
        #expect(a.count == 1 && a[0].verb == "request" && a[0].addressees == ["actor/peacebuilding-commission"])
        let b = try actions("Taking note of the decision of the Security Council, and in this regard requests the Secretariat to explore options;", id: "op1c")
        #expect(b.map(\.verb) == ["take-note", "request"] && b[1].addressees == ["actor/secretariat"])
        // Not a paragraph, nor a Roman sub-item that says how a lettered one is done.
        #expect(try actions("Requesting the Peacebuilding Commission to report;", id: "op1").isEmpty)
        #expect(try actions("Inviting international financial institutions to engage;", id: "op1b-ii").isEmpty)
    }

    @Test func callsForActorsToActAddressesThem() throws {
        let a = try actions("Calls for the Peacebuilding Commission to serve as a platform;")
        #expect(a.first?.verb == "call-for" && a.first?.addressees == ["actor/peacebuilding-commission"])
        #expect(try actions("Calls for the full implementation of relevant resolutions of the Security Council;").first?.addressees == [])
    }

    @Test func aPassiveThatClauseAsksItsSubjectNothing() throws {
        #expect(try actions("Requests that resident coordinators be provided with the necessary capacities;").first?.addressees == [])
        #expect(try actions("Requests that the Secretary-General submit a report;").first?.addressees == ["actor/secretary-general"])
    }

    @Test func whoLeadsOrFundsTheAddresseesIsNotAsked() throws {
        let a = try actions("Encourages United Nations country teams, under the leadership and coordination of resident coordinators, to improve coordination;")
        #expect(a.first?.addressees == ["actor/un-country-teams"])
        #expect(try actions("Encourages countries receiving support from the Peacebuilding Fund to share their priorities;").first?.addressees == [])
    }

    @Test func anAddressedStateIsTheAddressee() throws {
        let a = try actions("Strongly urges the Democratic People's Republic of Korea to respect fully all human rights;")
        #expect(a.first?.addressees == ["actor/democratic-peoples-republic-of-korea"])
    }
}
