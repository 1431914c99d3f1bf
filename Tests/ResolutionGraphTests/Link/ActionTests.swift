import Testing
@testable import ResolutionGraph

@Suite("Link: actions and relations")
struct ActionTests {
    static let vocabulary = Vocabulary(
        entities: GazetteerTests.vocabulary.entities.merging([
            "actor/states-parties": Entity(id: "actor/states-parties", kind: .actor, category: "state-group", label: "States parties"),
            "actor/governments": Entity(id: "actor/governments", kind: .actor, category: "state-group", label: "Governments"),
            "instrument/untoc": Entity(id: "instrument/untoc", kind: .instrument, category: "convention",
                                       label: "United Nations Convention against Transnational Organized Crime",
                                       identifiers: ["unts-volume": "2225", "unts-number": "39574"]),
            "instrument/tip-protocol": Entity(id: "instrument/tip-protocol", kind: .instrument, category: "protocol",
                                              label: "Trafficking in Persons Protocol",
                                              identifiers: ["unts-volume": "2237", "unts-number": "39574"],
                                              relations: [EntityRelation(relation: "supplements", target: "instrument/untoc")]),
            "instrument/ungps": Entity(id: "instrument/ungps", kind: .instrument, category: "principles",
                                       label: "Guiding Principles on Business and Human Rights", identifiers: ["symbol": "A/HRC/17/31"]),
        ]) { a, _ in a },
        verbs: [
            .init(lemma: "urge", part: .operative, form: "Urges"), .init(lemma: "urge", part: .operative, form: "urges"),
            .init(lemma: "welcome", part: .operative, form: "Welcomes"),
            .init(lemma: "encourage", part: .operative, form: "encourages"),
            .init(lemma: "recall", part: .preambular, form: "Recalling"),
            .init(lemma: "appeal", part: .operative, form: "appeals"), .init(lemma: "recognize", part: .operative, form: "Recognizes"),
            .init(lemma: "re-emphasize", part: .operative, form: "re-emphasizes"),
        ])

    static let pipeline = Pipeline(vocabulary: vocabulary)

    func linked(_ operative: [String], preambular: [String] = [], footnotes: [Footnote] = []) -> LinkedDocument {
        func p(_ kind: Paragraph.Kind, _ i: Int, _ t: String) -> Paragraph {
            Paragraph(id: (kind == .operative ? "op" : "pp") + String(i + 1), kind: kind, number: kind == .operative ? String(i + 1) : nil,
                      text: t, lines: 1...1, byteRange: 0..<1)
        }
        let doc = Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"),
                           preambular: preambular.enumerated().map { p(.preambular, $0, $1) },
                           operative: operative.enumerated().map { p(.operative, $0, $1) }, footnotes: footnotes)
        return Self.pipeline.linker.link(Self.pipeline.extractor.extract(doc))
    }

    /// What each directive clause asks its addressees to do: the verb after "to", past qualifiers
    /// ("further", "continue to", "consider" + -ing through acts.tsv), adverbs and prepositional "to".
    @Test(arguments: [
        ("Urges Member States that have not yet done so to consider ratifying or acceding to the United Nations Convention against Transnational Organized Crime;", "ratify"),
        ("Calls upon Governments to further strengthen their national legislation;", "strengthen"),
        ("Requests the Secretary-General to continue to support the work of the Special Rapporteur;", "support"),
        ("Encourages States to take all appropriate measures to prevent trafficking in persons;", "take"),
        ("Invites Member States to consider the recommendations of the Special Rapporteur;", "consider"),
        ("Urges Member States to effectively implement the Protocol;", "implement"),
        ("Calls upon all parties to armed conflict to release all abducted children;", "release"),
        ("Urges Governments to consider becoming parties to the Convention;", "become"),
    ])
    func theRequestedAct(_ text: String, _ act: String) throws {
        let action = try #require(try withTheVocabulary(text).actions.first)
        #expect(action.act == act, "\(text): \(action.act ?? "nil")")
    }

    @Test func noActWhereNothingIsAsked() throws {
        #expect(try withTheVocabulary("Welcomes the report of the Secretary-General;").actions.first?.act == nil)
        // "decide" asks no one: no act even with an infinitive.
        #expect(try withTheVocabulary("Decides to remain seized of the matter;").actions.first?.act == nil)
        // An -ing form not in acts.tsv gives no guess beyond "consider".
        #expect(try withTheVocabulary("Urges Governments to consider zorbing the plan;").actions.first?.act == "consider")
        // A noun after "to" is no act.
        #expect(try withTheVocabulary("Invites Member States to national efforts;").actions.first?.act == nil)
    }

    /// One operative paragraph through the bundled vocabulary (its verbs and acts.tsv).
    func withTheVocabulary(_ text: String) throws -> LinkedDocument {
        let doc = Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"),
                           operative: [Paragraph(id: "op1", kind: .operative, number: "1", text: text, lines: 1...1, byteRange: 0..<1)])
        let pipeline = try TestSupport.pipeline()
        return pipeline.linker.link(pipeline.extractor.extract(doc))
    }

    @Test func anOperativeParagraphUrgesItsAddresseesAboutItsObjects() throws {
        let d = linked(["Urges Member States that have not yet done so to consider ratifying the United Nations Convention against Transnational Organized Crime, and urges States parties to implement it fully;"])
        #expect(d.actions.count == 2)
        let first = try #require(d.actions.first)
        #expect(first.verb == "urge")
        #expect(first.addressees == ["actor/member-states"])
        #expect(first.objects == ["instrument/untoc"])
        #expect(first.evidence.text == "Urges Member States")
        let second = d.actions[1]
        #expect(second.addressees == ["actor/states-parties"])
        #expect(second.evidence.text == "urges States parties")
    }

    /// Actors that qualify the addressees or are partners are no addressees: a list after "in cooperation with" up to
    /// the infinitive, "engaged in", "established by", "those of", "between".
    @Test func partnersAndQualifiersAreNoAddressees() throws {
        func addressees(_ text: String) throws -> [[String]] { try withTheVocabulary(text).actions.map(\.addressees) }
        #expect(try addressees("Calls upon Governments, in cooperation with international organizations, non-governmental organizations, the private sector and other stakeholders, to provide assistance;") == [["actor/governments"]])
        #expect(try addressees("Calls upon Governments, in cooperation with non-governmental organizations, and the private sector to provide assistance;") == [["actor/governments", "actor/private-sector"]])
        #expect(try addressees("Encourages Governments engaged in the International Migration Review Forum to ensure follow-up;") == [["actor/governments"]])
        #expect(try addressees("Calls upon Governments, in particular those of the countries of origin and destination, to act;") == [["actor/governments"]])
        #expect(try addressees("Encourages increased cooperation between national human rights institutions and civil society;") == [[]])
    }

    /// "Requests that the Secretary-General submit …": the actors that are the subject of a that-clause right after a
    /// directive verb, or after a restated request ("Reiterates its request that …"), are its addressees; its verb is the act.
    /// Not when the that-clause's subject is no actor, nor for a request that is only reported ("the call that was made by").
    @Test func theSubjectOfAThatClauseIsAsked() throws {
        func action(_ text: String) throws -> Action { try #require(try withTheVocabulary(text).actions.first) }
        let request = try action("Requests that the Secretary-General submit a report to the General Assembly at its eighty-first session;")
        #expect(request.verb == "request")
        #expect(request.addressees == ["actor/secretary-general"])
        #expect(request.act == "submit")
        #expect(try action("Recommends that Member States and the private sector consider ratifying the Convention;").addressees
                == ["actor/member-states", "actor/private-sector"])
        let reiterated = try action("Reiterates its request that the Secretary-General ensure the follow-up to the present resolution;")
        #expect(reiterated.verb == "reiterate")
        #expect(reiterated.addressees == ["actor/secretary-general"])
        #expect(reiterated.act == "ensure")
        // A that-clause whose subject is no actor, or an actor inside a longer subject, asks no one.
        #expect(try action("Requests that the report of the Secretary-General be submitted to Member States;").addressees == [])
        #expect(try action("Recommends that the cooperation of Member States be strengthened;").addressees == [])
        // A reported call is not the resolution's own request.
        #expect(try action("Welcomes the call that was made by Member States to combat trafficking;").addressees == [])
    }

    @Test func modifiersAreKeptAsAttributes() throws {
        let d = linked(["Further urges Governments to act;"])
        let a = try #require(d.actions.first)
        #expect(a.verb == "urge")
        #expect(a.modifiers == ["further"])
        #expect(a.addressees == ["actor/governments"])
    }

    /// "and appeals to Governments to …": the "to" right after the verb is a preposition before the addressees; a hyphenated
    /// verb ("re-emphasizes") starts a later clause like any other.
    @Test func appealsToAndHyphenatedVerbsStartClauses() throws {
        let d = linked(["Urges States parties to act, and appeals to Governments to cooperate;"])
        #expect(d.actions.map(\.verb) == ["urge", "appeal"])
        #expect(d.actions.last?.addressees == ["actor/governments"])
        let e = linked(["Recognizes the impacts of crime, and re-emphasizes the importance of cooperation;"])
        #expect(e.actions.map(\.verb) == ["recognize", "re-emphasize"])
    }

    @Test func pronounsTakeThePreviousClausesActors() throws {
        let d = linked(["Welcomes the efforts of Governments and non-governmental organizations, and encourages them to continue;"])
        #expect(d.actions.map(\.verb) == ["welcome", "encourage"])
        #expect(d.actions[0].addressees.isEmpty)
        #expect(d.actions[0].objects == ["actor/governments", "actor/ngos"])
        #expect(d.actions[1].addressees == ["actor/governments", "actor/ngos"])
    }

    @Test func preambularOpeningsReferToTheirInstruments() throws {
        let d = linked([], preambular: ["Recalling the United Nations Convention against Transnational Organized Crime,"])
        let a = try #require(d.actions.first)
        #expect(a.verb == "recall")
        #expect(a.objects == ["instrument/untoc"])
    }

    @Test func footnoteCitationsLinkToInstrumentsByTreatySeries() {
        let note = Footnote(id: "fn1", number: 1, text: "United Nations, Treaty Series, vol. 2225, No. 39574.",
                            citations: [.treatySeries(volume: "2225", number: "39574"), .documentSymbol("A/73/263")], lines: 1...1, byteRange: 0..<1)
        let d = linked(["Urges States parties to implement the Trafficking in Persons Protocol and the United Nations Convention against Transnational Organized Crime;"],
                       footnotes: [note])
        let cites = d.relations.filter { $0.relation == "cites" }.map(\.object)
        #expect(cites == ["instrument/untoc", "instrument/document-a-73-263"])
        #expect(d.relations.contains { $0.subject == "instrument/tip-protocol" && $0.relation == "supplements" && $0.object == "instrument/untoc" })
    }

    /// An instrument issued as a document that is no resolution is that document: a footnote citing A/HRC/17/31 cites the
    /// Guiding Principles on Business and Human Rights, not another document; a resolution's symbol stays the resolution's.
    @Test func aDocumentThatIsAnInstrumentIsCitedAsTheInstrument() {
        let note = Footnote(id: "fn1", number: 1, text: "A/HRC/17/31, annex.", citations: [.documentSymbol("A/HRC/17/31")],
                            lines: 1...1, byteRange: 0..<1)
        let d = linked(["Takes note of the Guiding Principles on Business and Human Rights;"], footnotes: [note])
        #expect(d.relations.filter { $0.relation == "cites" }.map(\.object) == ["instrument/ungps"])
        #expect(d.extracted.entities["instrument/document-a-hrc-17-31"] == nil)
    }

    /// A symbol written in a paragraph is cited as in a footnote: the same document entity, a mention at the symbol and a
    /// `cites` relation; the document's own symbol (a page header left in the text) is not.
    @Test func symbolsWrittenInParagraphsAreCitedLikeFootnoteSymbols() throws {
        let d = linked(["Takes note of the report of the Secretary-General (A/80/302), of A/79/12 (Part I) and of E/CN.15/2024/L.3/Rev.1;"],
                       preambular: ["Recalling CEDAW/C/GC/38, and HIV/AIDS, A/RES/1,"])
        let cited = d.relations.filter { $0.relation == "cites" }.map { "\($0.subject) \($0.object)" }
        #expect(cited == ["A/RES/1#pp1 instrument/document-cedaw-c-gc-38", "A/RES/1#op1 instrument/document-a-80-302",
                          "A/RES/1#op1 instrument/document-a-79-12", "A/RES/1#op1 instrument/document-e-cn-15-2024-l-3-rev-1"])
        let report = try #require(d.extracted.mentions.first { $0.entity == "instrument/document-a-80-302" })
        #expect(report.paragraph == "op1" && report.text == "A/80/302")
        #expect(d.extracted.entities["instrument/document-a-80-302"]?.category == "report")
        #expect(!d.extracted.mentions.contains { $0.entity.hasPrefix("actor/") })
    }

    /// Lettered sub-items, also of the second paragraph numbered 1 in a resolution in parts (`op1-2a`).
    @Test func letteredSubItemIDs() {
        #expect(ActionFinder.isLetteredSubItem("op5a") && ActionFinder.isLetteredSubItem("op1-2a"))
        #expect(!ActionFinder.isLetteredSubItem("op5") && !ActionFinder.isLetteredSubItem("op1-2") && !ActionFinder.isLetteredSubItem("op5a-ii")
                && !ActionFinder.isLetteredSubItem("pp3a"))
    }

    @Test func thoseInstrumentsAreTheInstrumentsOfThePreviousClause() throws {
        let d = linked(["Urges Member States to ratify the United Nations Convention against Transnational Organized Crime, and urges States parties to those instruments to implement them;"])
        #expect(d.actions.count == 2)
        #expect(d.actions[1].addressees == ["actor/states-parties"])
        #expect(d.actions[1].objects == ["instrument/untoc"])
    }
}
