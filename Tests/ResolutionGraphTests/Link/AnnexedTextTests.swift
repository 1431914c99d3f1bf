import Testing
@testable import ResolutionGraph

/// The text a resolution annexes and adopts is an instrument its adopting paragraph mentions and its action concerns.
@Suite("Link: the annexed text a resolution adopts")
struct AnnexedTextTests {
    func linked(_ text: String) throws -> LinkedDocument {
        try TestSupport.pipeline().process(SourceDocument(name: "A_RES_80_117.txt", bytes: Array(text.utf8)))
    }

    static let outcome = """
        A/RES/80/117
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
         
        We, Heads of State and Government, assembled at the United Nations, commit to
        accelerating action, and in this regard we:
         
        1. Strongly reaffirm our commitment to reduce premature mortality;
        """

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
