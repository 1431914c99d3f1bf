import Testing
@testable import ResolutionGraph

/// The text a resolution annexes and adopts is an instrument its adopting paragraph mentions and its action concerns.
@Suite("Link: the annexed text a resolution adopts")
struct AnnexedTextTests {
    func linked(_ text: String) throws -> LinkedDocument {
        try TestSupport.pipeline().process(SourceDocument(name: "A_RES_80_117.txt", bytes: Array(text.utf8)))
    }

    /// The symbol on its first line, so that the document is A/RES/80/117.
    static let outcome = "A/RES/80/117\n" + SegmentAnnexTests.outcomeDocument

    /// A title the vocabulary does not know: a new instrument, named by the annex's title, with the resolution's symbol,
    /// adopted by the organ of the formula; the adopting paragraph names it "the following political declaration".
    @Test func anUnknownDeclarationBecomesAnInstrument() throws {
        let d = try linked(Self.outcome)
        let title = "Political declaration of the fourth high-level meeting of the General Assembly on the prevention and control of noncommunicable diseases"
        let entity = try #require(d.extracted.entities.values.first { $0.label == title })
        #expect(entity.kind == .instrument && entity.category == "declaration" && !entity.isKnown)
        #expect(entity.identifiers["symbol"] == "A/RES/80/117")
        let adopt = try #require(d.actions.first { $0.paragraph == "op1" })
        #expect(adopt.verb == "adopt" && adopt.objects.contains(entity.id))
        let mention = try #require(d.extracted.mentions.first { $0.entity == entity.id })
        #expect(mention.paragraph == "op1" && mention.text == "the following political declaration")
        #expect(d.relations.contains { $0.subject == entity.id && $0.relation == "adopted-by" && $0.object == "actor/general-assembly" })
    }

    /// A title the vocabulary knows is that instrument; an annex whose title names no instrument (a budget table) is none.
    @Test func aKnownTitleIsTheKnownInstrumentAndATableIsNone() throws {
        let known = try linked(Self.outcome.replacingOccurrences(of: "Political declaration of the fourth high-level meeting of the General Assembly\non the prevention and control of noncommunicable diseases",
                                                                 with: "Pact for the Future"))
        #expect(known.actions.first { $0.paragraph == "op1" }?.objects.contains("instrument/pact-for-the-future") == true)
        let table = try linked(Self.outcome.replacingOccurrences(of: "Political declaration of the fourth high-level meeting of the General Assembly\non the prevention and control of noncommunicable diseases",
                                                                 with: "Financing of the International Residual Mechanism for 2024"))
        #expect(table.actions.first { $0.paragraph == "op1" }?.objects.filter { $0.hasPrefix("instrument/") }.isEmpty == true)
    }
}

/// Akoma Ntoso keeps an annex as an attachment: read like the plain text's annex, with the same ids.
@Suite("Segment: annexes in Akoma Ntoso")
struct AkomaNtosoAnnexTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification source="#x">
        <FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2025-12-18/80-226/!main"/><FRBRdate date="2025-12-18" name="adoption"/></FRBRWork>
        </identification></meta>
        <preamble><formula><p>The General Assembly,</p></formula><container name="Recalling"><p>Recalling its resolution 76/181,</p></container></preamble>
        <mainBody><paragraph eId="para_1"><num>1.</num><content><p>Adopts the model strategies annexed to the present resolution;</p></content></paragraph></mainBody>
        <attachments><attachment><doc name="annex"><mainBody>
        <paragraph><subheading>Annex</subheading></paragraph>
        <paragraph><subheading>United Nations Model Strategies on Reducing Reoffending</subheading></paragraph>
        <paragraph><num>A.</num><subheading>Introduction</subheading></paragraph>
        <paragraph><num>1.</num><content><p>Reducing reoffending is one of the main goals of criminal justice systems.<authorialNote marker="1"><p>Resolution 76/181.</p></authorialNote></p></content></paragraph>
        <paragraph><num>2.</num><content><p>Member States should consider the strategies.</p></content></paragraph>
        </mainBody></doc></attachment></attachments></statement></akomaNtoso>
        """

    @Test func anAttachmentIsTheAnnex() throws {
        let d = try TestSupport.pipeline().process(SourceDocument(name: "A_RES_80_226.xml", bytes: Array(Self.xml.utf8)))
        #expect(d.document.operative.map(\.id) == ["op1"])
        #expect(d.document.annex.map(\.id) == ["annex-op1", "annex-op2"])
        #expect(d.document.annex.first?.footnoteRefs.map(\.number) == [1])
        #expect(d.document.annexTitles == ["annex": "United Nations Model Strategies on Reducing Reoffending"])
        // The adopting paragraph's action concerns the annexed text, an instrument named by its title.
        let adopt = try #require(d.actions.first { $0.paragraph == "op1" && $0.verb == "adopt" })
        let strategies = try #require(adopt.objects.compactMap { d.extracted.entities[$0] }.first { $0.kind == .instrument })
        #expect(strategies.label == "United Nations Model Strategies on Reducing Reoffending" && strategies.category == "strategy")
        #expect(d.extracted.mentions.contains { $0.entity == strategies.id && $0.paragraph == "op1" && $0.text == "the model strategies" })
    }
}
