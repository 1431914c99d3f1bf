import Foundation
import Testing
@testable import ResolutionGraph

/// Gold expectations for PyMuPDF-extracted documents of different shapes (copies in Tests/Fixtures/seg_*).
@Suite struct SegmentShowcaseTests {
    static func all(_ d: Document) -> [Paragraph] { d.preambular + d.operative }

    static func assertClean(_ d: Document, artefacts: [String]) {
        for p in all(d) {
            for a in artefacts + ["undocs.org", "____", "  "] {
                #expect(!p.text.contains(a), "\(p.id) contains \(a)")
            }
        }
        let numbers = Set(d.footnotes.map(\.number))
        for p in all(d) { for r in p.footnoteRefs { #expect(numbers.contains(r.number)) } }
    }

    @Test func draftWithCover() throws {
        let d = try SegmentFixtures.segment("seg_A_C.3_80_L.4.txt")
        let m = d.metadata
        #expect(m.symbol == "A/C.3/80/L.4")
        #expect(m.title == "Improving the coordination of efforts against trafficking in persons")
        #expect(m.body == "General Assembly")
        #expect(m.committee == "Third Committee")
        #expect(m.session == "Eightieth session")
        #expect(m.agendaItem == "107")
        #expect(m.date == "2025-10-14")
        #expect(m.jobNumber == "25-16618")
        #expect(m.pageCount == 14)
        #expect(m.sponsors == ["Belarus", "Democratic People's Republic of Korea", "Russian Federation", "Venezuela (Bolivarian Republic of)"])
        #expect(d.preambular.count == 49)
        #expect(d.operative.count == 38)
        #expect(d.footnotes.count == 35)
        // The preambular list (a)–(f) stays inside its paragraph.
        let pp9 = try #require(d.preambular.first { $0.id == "pp9" })
        #expect(pp9.opening == "Reaffirming")
        #expect(pp9.text.hasPrefix("Reaffirming that the Global Plan of Action was developed: (a) To promote universal ratification"))
        #expect(pp9.text.contains("(f) To foster cooperation and coordination"))
        let pp5 = try #require(d.preambular.first { $0.id == "pp5" })
        #expect(pp5.footnoteRefs.map(\.number) == [1, 2, 3, 4])
        #expect(pp5.text.hasPrefix("Recalling the adoption by the General Assembly of the 2030 Agenda for Sustainable Development, and recalling also the targets"))
        #expect(d.footnotes.first?.citations == [.resolution("70/1")])
        #expect(d.footnotes.first { $0.number == 6 }?.citations == [.treatySeries(volume: "2237", number: "39574")])
        Self.assertClean(d, artefacts: ["A/C.3/80/L.4", "25-16618", "2/14"])
    }

    @Test func adoptedResolutionMatchesAkomaNtoso() throws {
        let d = try SegmentFixtures.segment("seg_A_RES_80_228.txt")
        let xml = try String(contentsOf: SegmentFixtures.directory.appendingPathComponent("seg_A_RES_80_228.xml"), encoding: .utf8)
        let gold = AKNCounts(xml)
        #expect(gold.preambular == 49 && gold.operative == 38 && gold.footnotes == 35)
        #expect(d.preambular.count == gold.preambular)
        #expect(d.operative.count == gold.operative)
        #expect(d.footnotes.count == gold.footnotes)
        let m = d.metadata
        #expect(m.symbol == "A/RES/80/228")
        #expect(m.title == "Improving the coordination of efforts against trafficking in persons")
        #expect(m.date == "2025-12-18")
        #expect(m.committee == "Third Committee")
        #expect(m.jobNumber == "25-20946")
        #expect(m.pageCount == 14)
        #expect(m.sponsors.isEmpty)
        // Running titles and the plenary-meeting trailer stay out of the text.
        let op38 = try #require(d.operative.last)
        #expect(op38.id == "op38")
        #expect(op38.text.hasSuffix("improve the coordination of efforts against trafficking in persons."))
        #expect(d.operative.first?.text.hasPrefix("Urges Member States that have not yet done so to consider ratifying or acceding to") == true)
        #expect(d.operative.first { $0.id == "op2" }?.footnoteRefs.map(\.number) == [35])
        // "Recalling the adoption …" and "Reaffirming that …" are not separated by a blank line.
        #expect(d.preambular[7].opening == "Recalling" && d.preambular[8].opening == "Reaffirming")
        for p in Self.all(d) { #expect(!p.text.contains("69th plenary meeting") && !p.text.hasSuffix("18 December 2025"), "\(p.id)") }
        Self.assertClean(d, artefacts: ["A/RES/80/228", "25-20946", "persons Goals", "/14"])
    }

    @Test func draftWithAnnexAndSubItems() throws {
        let d = try SegmentFixtures.segment("seg_A_C.3_80_L.8.txt")
        #expect(d.metadata.symbol == "A/C.3/80/L.8")
        #expect(d.metadata.title == "United Nations Model Strategies on Reducing Reoffending (the Kyoto Model Strategies)")
        #expect(d.metadata.sponsors.isEmpty)
        #expect(d.metadata.date == "2025-10-17")
        #expect(d.preambular.count == 2)
        #expect(d.operative.map(\.id) == ["op1", "op2", "op3", "op4", "op4a", "op4b", "op4c", "op5"])
        let op4 = try #require(d.operative.first { $0.id == "op4" })
        #expect(op4.text == "Requests the United Nations Office on Drugs and Crime, within its mandate:")
        let op4b = try #require(d.operative.first { $0.id == "op4b" })
        #expect(op4b.number == "(b)")
        #expect(op4b.text.hasPrefix("To identify needs and capacities of countries"))
        #expect(op4b.text.hasSuffix("aimed at reducing reoffending;"))
        #expect(d.operative.last?.text.hasSuffix("to utilize any such extrabudgetary resources efficiently and effectively.") == true)
        // The annex, with its own numbering, is not operative text.
        for p in Self.all(d) { #expect(!p.text.contains("Reducing reoffending is one of the main goals")) }
        #expect(d.preambular[0].footnoteRefs.map(\.number) == [1])
        #expect(d.footnotes.first { $0.number == 2 }?.citations == [.documentSymbol("E/CN.15/2024/15"), .documentSymbol("E/CN.15/2025/14")])
        Self.assertClean(d, artefacts: ["A/C.3/80/L.8", "25-16870"])
    }

    @Test func tinyAmendment() throws {
        let d = try SegmentFixtures.segment("seg_A_C.3_80_L.64.txt")
        #expect(d.metadata.symbol == "A/C.3/80/L.64")
        #expect(d.metadata.title == "Rights of the child")
        #expect(d.metadata.sponsors == ["Burundi"])
        #expect(d.metadata.agendaItem == "67")
        #expect(d.metadata.date == "2025-11-14")
        #expect(d.preambular.isEmpty)
        #expect(d.operative.count == 3)
        #expect(d.operative.first?.text == "In operative paragraph 13, delete \u{201C}sexual and reproductive health,\u{201D}.")
        #expect(d.footnotes.isEmpty)
    }

    @Test func unstructuredTextFallsBackToBlocks() throws {
        let text = "Some heading\nfirst block line\n\nsecond block\n"
        let ingested = IngestedText(name: "x.txt", format: .plainText, encoding: "UTF-8",
                                    lines: Ingester.splitLines(text), rawText: text)
        let d = try Segmenter().segment(ingested)
        #expect(d.preambular.map(\.text) == ["Some heading first block line", "second block"])
        #expect(d.diagnostics.contains { $0.severity == .warning })
        #expect(d.metadata.symbol == "x.txt".split(separator: ".").first.map(String.init))
    }

    @Test func blocksSeparatedByEmptyLineRuns() throws {
        // Text extracted from HTML: one block per line, blocks separated by runs of empty lines.
        let blocks = ["The General Assembly,", "Recalling its resolution 70/1 of 25 September 2015,",
                      "Noting with concern the report of the Secretary-General,", "1. Decides to continue its work;",
                      "2. Requests the Secretary-General to report to it at its next session."]
        let text = blocks.joined(separator: "\n\n\n\n")
        let ingested = IngestedText(name: "h.html", format: .html, encoding: "UTF-8", lines: Ingester.splitLines(text), rawText: text)
        let d = try Segmenter().segment(ingested)
        #expect(d.preambular.map(\.opening) == ["Recalling", "Noting with concern"])
        #expect(d.operative.map(\.text) == ["Decides to continue its work;", "Requests the Secretary-General to report to it at its next session."])
    }

    /// A resolution in parts (the Fifth Committee's "special subjects"): each section numbers its paragraphs from 1 and
    /// may open with preambular paragraphs of its own, or be one unnumbered operative paragraph. The second paragraph
    /// numbered 1 is `op1-2`, as the Akoma Ntoso reader names it; a section title is no paragraph's text.
    @Test func sectionsRestartingTheirNumbering() throws {
        let text = """
            The General Assembly,
             
            Recalling its resolution 70/1 of 25 September 2015 and its resolution 79/258 of
            24 December 2024,
             
            I
            Trust Fund for Zanzibar
             
            1. Takes note of the report of the Secretary-General on the Trust Fund for
            Zanzibar;
             
            2. Requests the Secretary-General to report thereon to the General Assembly at
            its eighty-first session:
             
            (a) On the first matter that the Assembly considered at its previous session;
             
            II
             
             
            Conference services and the
            programme of meetings
             
             
            Having considered the report of the Advisory Committee on Administrative and
            Budgetary Questions,
             
            1. Endorses the conclusions and recommendations contained in the report of the
            Advisory Committee;
             
            (a) In the first place, the conclusions on conference services;
             
            2. Decides to keep the matter of conference services under review at its
            eighty-first session;
             
            III
            Joint Inspection Unit
             
            Approves the gross budget of the Joint Inspection Unit for 2026 in the amount of
            22,515,600 dollars;
            """
        let ingested = IngestedText(name: "parts.txt", format: .plainText, encoding: "UTF-8", lines: Ingester.splitLines(text), rawText: text)
        let d = try Segmenter().segment(ingested)
        #expect(d.preambular.map(\.opening) == ["Recalling", "Having considered"])
        #expect(d.operative.map(\.id) == ["op1", "op2", "op2a", "op1-2", "op1-2a", "op2-2", "op1-3"])
        #expect(d.operative.map(\.opening) == ["Takes note", "Requests", nil, "Endorses", nil, "Decides", "Approves"])
        #expect(d.operative[2].text == "On the first matter that the Assembly considered at its previous session;")
        // No section title is left in a paragraph.
        #expect(!(d.preambular + d.operative).contains { $0.text.contains("programme of meetings") || $0.text.contains("Joint Inspection Unit Approves") })
    }

    @Test func emptyTextThrows() {
        let ingested = IngestedText(name: "e.txt", format: .plainText, encoding: "UTF-8",
                                    lines: Ingester.splitLines(" \n \n"), rawText: " \n \n")
        #expect(throws: ResolutionGraphError.noStructure("e.txt")) { try Segmenter().segment(ingested) }
    }

    @Test func sponsorSplitting() {
        #expect(SponsorParser.split("Spain, Trinidad and Tobago, Ukraine and Venezuela (Bolivarian Republic of): draft resolution")
                == ["Spain", "Trinidad and Tobago", "Ukraine", "Venezuela (Bolivarian Republic of)"])
        #expect(SponsorParser.split("Iraq:* draft resolution") == ["Iraq"])
        #expect(SponsorParser.split("Draft resolution submitted by the Chair") == [])
    }
}

@Suite("Segment: what the segmenter cannot place")
struct SegmentOversizeTests {
    /// Two documents in one file: the second is swallowed by the first's last paragraph, and the
    /// segmenter says so instead of passing it silently.
    @Test func aParagraphThatSwallowedTheRestIsReported() throws {
        let one = try String(contentsOf: TestSupport.sample, encoding: .utf8)
        let text = try Ingester().ingest(SourceDocument(name: "double.txt", bytes: Array((one + one).utf8)))
        let document = try Segmenter().segment(text)
        #expect(document.diagnostics.contains { $0.location == "op50" && $0.message.contains("another document") })
        let single = try Segmenter().segment(try Ingester().ingest(SourceDocument(name: "one.txt", bytes: Array(one.utf8))))
        #expect(!single.diagnostics.contains { $0.message.contains("another document") })
    }
}

@Suite("Segment: annexes")
struct SegmentAnnexTests {
    static func segment(_ text: String) throws -> Document {
        try Segmenter().segment(IngestedText(name: "annex.txt", format: .plainText, encoding: "UTF-8", lines: Ingester.splitLines(text), rawText: text))
    }

    /// An outcome document, shaped like A/RES/80/117 (also read by ``AnnexedTextTests``).
    static let outcomeDocument = """
            Resolution adopted by the General Assembly on 15 December 2025
             
            80/117. Political declaration of the fourth high-level meeting
             
            The General Assembly
             
            Adopts the following political declaration, as the outcome of intergovernmental
            negotiations in advance of the fourth high-level meeting.
             
            64th plenary meeting
            15 December 2025
             
            Annex
            Political declaration of the fourth high-level meeting of the General Assembly
            on the prevention and control of noncommunicable diseases
             
            Equity and integration: transforming lives and livelihoods through leadership
            and action
             
            We, Heads of State and Government and representatives of States and
            Governments, assembled at the United Nations on 25 September 2025, commit to
            accelerating action, and in this regard we:
             
            I. Our shared commitment
             
            1. Strongly reaffirm our commitment to reduce premature mortality from
            noncommunicable diseases by 2030;1
             
            2. Encourage Member States to strengthen their health systems;
            __________________
            1 See resolution 70/1.
            """

    /// An outcome document: the formula printed without its comma, the resolution's one unnumbered paragraph adopting
    /// the declaration, then the declaration in an annex — title, subtitle, a chapeau in the first person, a section
    /// heading with its title on one line, numbered paragraphs opening with the base form, a footnote. The resolution's
    /// paragraph is `op1`; the declaration's are `annex-…`, numbered as printed; no title or heading is a paragraph.
    @Test func anAdoptedDeclarationInAnAnnex() throws {
        let d = try Self.segment(Self.outcomeDocument)
        #expect(d.formula?.text == "The General Assembly")
        #expect(d.metadata.body == "General Assembly")
        #expect(d.preambular.isEmpty)
        #expect(d.operative.map(\.id) == ["op1"])
        #expect(d.operative.first?.opening == "Adopts")
        #expect(d.annex.map(\.id) == ["annex-pp1", "annex-op1", "annex-op2"])
        #expect(d.annex.map(\.kind) == [.preambular, .operative, .operative])
        #expect(d.annex.map(\.number) == [nil, "1", "2"])
        #expect(d.annex.first?.text.hasPrefix("We, Heads of State") == true)
        #expect(d.annex[1].footnoteRefs.map(\.number) == [1])
        #expect(d.annex.allSatisfy { $0.annex == "annex" })
        #expect(!d.paragraphs.contains { $0.text.contains("Equity and integration") || $0.text.contains("shared commitment") })
        #expect(d.textUnits.map(\.id) == ["formula", "op1", "annex-pp1", "annex-op1", "annex-op2", "fn1"])
    }

    /// Two annexes: each numbers its paragraphs, and each is its own prefix.
    @Test func twoAnnexesNumberedApart() throws {
        let d = try Self.segment("""
            The General Assembly,
             
            Recalling its resolution 70/1,
             
            1. Adopts the guidelines contained in annex I and the principles contained in annex II;
             
            2. Requests the Secretary-General to report thereon.
             
            Annex I
            Guidelines
             
            1. States should protect victims.
             
            2. States should train officials.
             
            Annex II
            Principles
             
            1. Victims are entitled to remedies.
            """)
        #expect(d.operative.map(\.id) == ["op1", "op2"])
        #expect(d.annex.map(\.id) == ["annexI-op1", "annexI-op2", "annexII-op1"])
        #expect(Paragraph.localID("annexII-op1") == "op1")
        #expect(Paragraph.annex(ofID: "op1") == nil)
    }

    /// "Adopts the following outcome document …:" and the document right after it, with no `Annex` heading: the
    /// adopted text is read as the annex, its title skipped, its preamble and paragraphs its own.
    @Test func aTextAdoptedWithoutAnAnnexHeading() throws {
        let d = try Self.segment("""
            The General Assembly
             
            Adopts the following outcome document of the high-level meeting of the
            General Assembly:
             
             
             Outcome document of the high-level meeting of the
            General Assembly
             
            We, the Ministers and heads of delegations participating in the high-level plenary
            meeting, held in New York on 16 and 17 December 2025,
             
            Recalling the outcome document of the high-level meeting on the overall review,
             
            1. Reaffirm our common desire and commitment to the vision of the Summit;
            """)
        #expect(d.operative.map(\.id) == ["op1"])
        #expect(d.operative.first?.text == "Adopts the following outcome document of the high-level meeting of the General Assembly:")
        #expect(d.annex.map(\.id) == ["annex-pp1", "annex-pp2", "annex-op1"])
        #expect(d.annex.map(\.opening) == ["We", "Recalling", "Reaffirm"])
    }

    /// An annexed convention: its preamble, then chapters and articles whose headings and titles are no text, each article
    /// numbering its paragraphs from 1 (`op1`, `op2`, then `op1-2` …, as for sections restarting their numbering).
    @Test func anAnnexedConventionsArticles() throws {
        let d = try Self.segment("""
            The General Assembly,
             
            1. Adopts the Convention contained in the annex to the present resolution;
             
            Annex
             
            United Nations Convention against Cybercrime
             
            The States Parties to this Convention,
             
            Bearing in mind the purposes and principles of the Charter,
             
            Have agreed as follows:
             
            Chapter I
             
            General provisions
             
            Article 1
             
            Statement of purpose
             
            The purposes of this Convention are to:
             
            (a) Promote measures to prevent and combat cybercrime;
             
            Article 2
             
            Protection of sovereignty
             
            1. States Parties shall carry out their obligations under this Convention.
             
            2. Nothing in this Convention shall entitle a State Party to act in another State.
             
            Article 3
             
            Criminalization
             
            1. Each State Party shall adopt such legislative measures as may be necessary.
            """)
        #expect(d.annex.map(\.id) == ["annex-pp1", "annex-pp2", "annex-pp3", "annex-pp4", "annex-op1", "annex-op2", "annex-op1-2"])
        #expect(d.annex[3].text == "The purposes of this Convention are to: (a) Promote measures to prevent and combat cybercrime;")
        #expect(!d.annex.contains { $0.text.contains("Statement of purpose") || $0.text.contains("General provisions") || $0.text.contains("Article") })
    }

    /// `The General Assembly` alone on a line is the formula only when an operative verb opens what follows.
    @Test func aBareFormulaNeedsAnOperativeVerbAfterIt() {
        let lines: [Substring] = ["The General Assembly", "", "Adopts the declaration annexed to the present resolution."]
        #expect(LineClassifier.isBareFormula(0, lines))
        let prose: [Substring] = ["The General Assembly", "", "of the United Nations met in New York."]
        #expect(!LineClassifier.isBareFormula(0, prose))
    }
}
