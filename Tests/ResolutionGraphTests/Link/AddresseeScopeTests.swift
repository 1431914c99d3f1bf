import Testing
@testable import ResolutionGraph

/// Which actors of a directive clause are asked to act, on the bundled vocabulary: not those named in what the addressees act
/// by ("in accordance with …"), in the role they act in (", as …,"), in who acts on them ("… supported by …"), in whose
/// Governments they are ("Governments of … countries"), nor in an act the verb asks for ("encourages cooperation between …").
@Suite("Link: addressee scope")
struct AddresseeScopeTests {
    func actions(_ text: String, id: String = "op1") throws -> [(verb: String, addressees: [String])] {
        let doc = Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"),
                           operative: [Paragraph(id: id, kind: .operative, number: "1", text: text, lines: 1...1, byteRange: 0..<1)])
        let pipeline = try TestSupport.pipeline()
        return pipeline.linker.link(pipeline.extractor.extract(doc)).actions.map { ($0.verb, $0.addressees) }
    }

    @Test(arguments: [
        "Urges Myanmar, in accordance with the order of the International Court of Justice, to cooperate;",
        "Urges Myanmar, in line with the recommendations of the Human Rights Council, to cooperate;",
        "Urges Myanmar, consistent with the relevant resolutions of the Security Council, to cooperate;",
        "Urges Myanmar, pursuant to the decision of the General Assembly, to cooperate;",
        "Urges Myanmar, as requested by the Human Rights Council, to cooperate;",
    ])
    func whatTheAddresseeActsByIsNotAsked(_ text: String) throws {
        #expect(try actions(text).first?.addressees == ["actor/myanmar"], "\(text)")
    }

    /// "… and encourages their active participation": the possessor of an agent's act is asked, the actors of the previous
    /// clause (as for "encourages them"); "their dissemination" (an act on a thing) asks no one.
    @Test func thePossessorOfAnAgentsActIsThePreviousAddressee() throws {
        let a = try actions("Invites the Office of the High Commissioner and Member States to support regional forums, and encourages their active participation in these forums;")
        #expect(a.count == 2)
        #expect(a.last?.addressees == ["actor/ohchr", "actor/member-states"])
        let b = try actions("Invites Member States to prepare guidelines, and encourages their wide dissemination;")
        #expect(b.last?.addressees == [])
        let c = try actions("Welcomes the work of Member States, and encourages their continued engagement;")
        #expect(c.last?.addressees == ["actor/member-states"])
        let d = try actions("Appreciates the efforts of the Economic Cooperation Organization in collaboration with the World Health Organization, and encourages their continued support for the activities of the Economic Cooperation Organization;")
        #expect(d.last?.addressees == ["actor/who"])
    }

    @Test func theRoleAnAddresseeActsInIsNotAsked() throws {
        let a = try actions("Requests the United Nations Office on Drugs and Crime, as secretariat of the Commission on Crime Prevention and Criminal Justice, to report;")
        #expect(a.first?.addressees == ["actor/unodc"])
        // ", as well as" adds an addressee.
        let b = try actions("Requests the Secretary-General, as well as the United Nations Office on Drugs and Crime, to report;")
        #expect(b.first?.addressees == ["actor/secretary-general", "actor/unodc"])
    }

    @Test func whoActsOnTheAddresseesIsNotAsked() throws {
        let a = try actions("Requests the President of the General Assembly, supported by the Secretariat, to convene a meeting;")
        #expect(a.first?.addressees.contains("actor/secretariat") == false)
        // The agent is one name: what follows "and" is a second addressee.
        let b = try actions("Requests the Secretary-General, the mechanisms established by the Human Rights Council and the United Nations Office on Drugs and Crime to report;")
        #expect(b.first?.addressees == ["actor/secretary-general", "actor/unodc"])
    }

    @Test func theBodyTheAddresseesHaveStatusWithIsNotAsked() throws {
        let a = try actions("Invites representatives of non-governmental organizations in consultative status with the Economic and Social Council to register;")
        #expect(a.first?.addressees == ["actor/ngos"])
    }

    /// "the President" alone is the President named last, and is asked: "and requests the President to prepare a summary".
    @Test func anOfficeHolderReferredBackToByTitleIsAsked() throws {
        let a = try actions("Requests the President of the General Assembly to organize a hearing, and requests the President to prepare a summary;")
        #expect(a.map(\.addressees) == [["actor/president-of-the-general-assembly"], ["actor/president-of-the-general-assembly"]])
        // With no President named before, no one; "the President of …" is a name, not a reference.
        #expect(try actions("Requests the President to prepare a summary;").first?.addressees == [])
        let b = try actions("Requests the President of the General Assembly and the President of the Economic and Social Council to meet;")
        #expect(b.first?.addressees.contains("actor/president-of-the-general-assembly") == true)
    }

    @Test func theCountriesWhoseGovernmentsAreAskedAreNotAsked() throws {
        #expect(try actions("Calls upon Governments of origin, transit and destination countries to cooperate;").first?.addressees == ["actor/governments"])
        #expect(try actions("Calls upon the Governments of developing countries to act;").first?.addressees == ["actor/governments"])
        // Only a group of States keeps its "of" phrase to itself: the organizations of the system are of the system.
        let a = try actions("Requests Member States and humanitarian organizations of the United Nations system to act;")
        #expect(a.first?.addressees.contains("actor/un-system") == true)
    }

    @Test(arguments: [
        "Encourages improved cooperation between the Peacebuilding Commission and the Economic and Social Council;",
        "Invites voluntary contributions to the Fund by Member States;",
    ])
    func aVerbThatAsksForAnActAddressesNoOne(_ text: String) throws {
        #expect(try actions(text).first?.addressees == [], "\(text)")
    }

    /// The agent of the act asked for is the one asked (gold README, "Actions").
    @Test func theAgentOfTheActAskedForIsAsked() throws {
        #expect(try actions("Encourages continued investment by Member States in peacebuilding;").first?.addressees == ["actor/member-states"])
        #expect(try actions("Encourages the participation of Member States and civil society in the meeting;").first?.addressees
                == ["actor/member-states", "actor/civil-society"])
    }

    @Test func anActorObjectIsStillAsked() throws {
        #expect(try actions("Encourages the international community to support the Fund;").first?.addressees == ["actor/international-community"])
        #expect(try actions("Encourages national human rights institutions to cooperate;").first?.addressees == ["actor/national-human-rights-institutions"])
        // "initiatives" may be actors: "global health initiatives, such as …, to …".
        #expect(try actions("Encourages relevant initiatives, including the United Nations Office on Drugs and Crime, to cooperate;").first?.addressees == ["actor/unodc"])
    }

    @Test func aRestatedRequestMayCarryAParentheticalBeforeItsThatClause() throws {
        let a = try actions("Reiterates its request, made in paragraph 4 of its resolution 70/1, that the Secretary-General submit a report;")
        #expect(a.first?.verb == "reiterate" && a.first?.addressees == ["actor/secretary-general"])
    }

    @Test func aSubItemMayStateTheAssemblysActByAModal() throws {
        let a = try actions("May consider, when seeking the advice of the Peacebuilding Commission, diverse formats of engagement;", id: "op2b")
        #expect(a.map(\.verb) == ["consider"] && a.first?.addressees == [])
        // Running text: "States may consider" is no clause of the resolution.
        #expect(try actions("Encourages States that may consider acceding to the Convention to do so;").map(\.verb) == ["encourage"])
    }
}
