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

    @Test func anInfinitiveSubItemOfADecisionStatesTheAssemblysAct() throws {
        let a = try actions("To request the Secretary-General to submit a report on the rights of the child;", id: "op57b")
        #expect(a.count == 1 && a[0].verb == "request" && a[0].addressees == ["actor/secretary-general"])
        let b = try actions("To invite the Chair of the Committee on the Rights of the Child to present an oral report;", id: "op57g")
        #expect(b.first?.verb == "invite" && b.first?.addressees.count == 1)
        // Not an act of the verb table, nor a sub-item saying what an addressee is asked to do.
        #expect(try actions("To continue its consideration of the question at its eighty-second session;", id: "op57a").isEmpty)
        #expect(try actions("To request the Secretary-General to submit a report;", id: "op57").isEmpty)
    }

    @Test func laterClausesAskTheirOwnAddressees() throws {
        // The object left out: the actors of the previous clause.
        let a = try actions("Urges States to respect the right to education, and encourages to reduce or remove fees;")
        #expect(a.map(\.verb) == ["urge", "encourage"] && a[1].addressees == ["actor/states"])
        // "and for X to …" after the first infinitive, with an aside between commas.
        let b = try actions("Calls upon Member States to consider ratifying or acceding to, and for States Parties, in accordance with their obligations, to fully implement, the Protocol;")
        #expect(b.first?.addressees == ["actor/member-states", "actor/states-parties"])
        // A restated invitation names its addressees after "to".
        #expect(try actions("Reiterates its invitation to Member States to adopt the International Classification;").first?.addressees == ["actor/member-states"])
        // "as well as" before a verb in the third person; a verb read only as an opening after "and in this regard".
        let c = try actions("Requests the Secretary-General to ensure accuracy, as well as supports the role of the resident coordinators;")
        #expect(c.map(\.verb) == ["request", "support"])
        let d = try actions("Encourages States to adopt education programmes, and in this regard commits to address these challenges;")
        #expect(d.map(\.verb) == ["encourage", "commit"])
        #expect(try actions("Urges States to ensure that whoever plans and commits such acts is held accountable;").map(\.verb) == ["urge"])
    }

    @Test func anOfficeHolderIsAskedByPronounAndInHerWork() throws {
        let a = try actions("Welcomes the use of the Guiding Principles by the Special Rapporteur on the human rights of internally displaced persons in her dialogue with Governments, and requests her to continue her efforts;")
        #expect(a.last?.verb == "request" && a.last?.addressees == ["actor/special-rapporteur-idps"])
        let b = try actions("Takes note of the report of the Special Rapporteur on the human rights of internally displaced persons, and requests the continued participation of the Special Rapporteur in the work of the Inter-Agency Standing Committee;")
        #expect(b.last?.addressees == ["actor/special-rapporteur-idps"])
        let c = try actions("Welcomes the role of the Peacebuilding Commission, and continues to urge the Commission to intensify its efforts;")
        #expect(c.map(\.verb) == ["welcome", "urge"] && c.last?.addressees == ["actor/peacebuilding-commission"])
    }

    @Test func theUnitedNationsAskedToActIsTheSystem() throws {
        let a = try actions("Calls upon the United Nations, especially the United Nations Office on Drugs and Crime, to continue to support Member States;")
        #expect(a.first?.addressees.contains("actor/un-system") == true)
        #expect(try actions("Urges Member States, the United Nations and humanitarian organizations to act;").first?.addressees
                .contains("actor/un-system") == true)
        // Not the Organization named as the frame of something else.
        #expect(try actions("Reaffirms the purposes and principles of the United Nations, and urges States to comply;").flatMap(\.addressees)
                == ["actor/states"])
    }

    @Test func aRestatedCallForANamedActorAsksIt() throws {
        #expect(try actions("Reaffirms the call for the Islamic Republic of Iran to cooperate fully with the special procedures;").first?.addressees
                == ["actor/iran"])
        // "the call for support …" names an act: the bodies named in it are not asked.
        #expect(try actions("Reiterates the call for support for the Technology Facilitation Mechanism in collaboration with the Department of Economic and Social Affairs;").first?.addressees == [])
        #expect(try actions("Condemns the use of the death penalty, expresses further concern at the retroactive application of laws;").map(\.verb)
                == ["condemn", "express-concern"])
    }

    @Test func whatTheAddresseesBearInMindIsNotAsked() throws {
        let a = try actions("Requests the Secretary-General, also considering the mandate of the Commission on Narcotic Drugs, to continue to report;")
        #expect(a.first?.addressees == ["actor/secretary-general"])
        let b = try actions("Requests the United Nations Office on Drugs and Crime, in collaboration and close consultation with Member States, to continue;")
        #expect(b.first?.addressees == ["actor/unodc"])
    }

    @Test func aMandateTitleAloneIsTheHolderNamedLast() throws {
        let a = try actions("Takes note of the work of the Special Representative of the Secretary-General on Violence against Children, and encourages the Special Representative to continue her work;")
        #expect(a.last?.verb == "encourage" && a.last?.addressees == ["actor/srsg-violence-against-children"])
    }

    @Test func anAddressedStateIsTheAddressee() throws {
        let a = try actions("Strongly urges the Democratic People's Republic of Korea to respect fully all human rights;")
        #expect(a.first?.addressees == ["actor/democratic-peoples-republic-of-korea"])
    }
}
