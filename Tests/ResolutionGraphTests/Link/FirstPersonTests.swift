import Testing
@testable import ResolutionGraph

/// Operative paragraphs of declarations, in the first person plural, on the bundled vocabulary.
@Suite("Link: declarations in the first person")
struct FirstPersonTests {
    func linked(_ operative: [String]) throws -> LinkedDocument {
        let paragraphs = operative.enumerated().map { i, t in
            Paragraph(id: "op\(i + 1)", kind: .operative, number: String(i + 1), text: t, lines: 1...1, byteRange: 0..<1)
        }
        let pipeline = try TestSupport.pipeline()
        let doc = Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"), operative: paragraphs)
        return pipeline.linker.link(pipeline.extractor.extract(doc))
    }

    /// A declaration annexed to a resolution speaks in the first person plural: "We, the States Members …, welcome",
    /// "we invite", "and urge Member States" are its clauses, with the lemmas of the third-person forms.
    @Test func declarationsInTheFirstPersonHaveActions() throws {
        let d = try linked(["We, the States Members of the United Nations, welcome the adoption of the United Nations Convention against Transnational Organized Crime.",
                        "We reaffirm the importance of the Convention, and urge Member States that have not yet done so to consider ratifying it. We also call upon the Secretary-General to report.",
                        "We are deeply concerned about trafficking in persons, and we invite the United Nations Office on Drugs and Crime to assist States;",
                        "We need to promote cooperation and to call upon partners;"])
        let clauses = d.actions.map { "\($0.paragraph) \($0.verb) \($0.addressees.joined(separator: ","))" }
        #expect(clauses == ["op1 welcome ", "op2 reaffirm ", "op2 urge actor/member-states", "op2 call-upon actor/secretary-general",
                            "op3 be-concerned ", "op3 invite actor/unodc"])
        // Third-person paragraphs are not read so: "we" in a quotation or a clause of the Assembly's is no opening.
        let third = try linked(["Urges Member States to ratify the Convention;"])
        #expect(third.actions.map(\.verb) == ["urge"])
    }

    /// A declaration whose chapeau holds the subject ("We, Heads of State …, and in this regard we:") numbers paragraphs that
    /// open with the base form: in an annex they are clauses like "We reaffirm", not outside one.
    @Test func annexedParagraphsOpeningWithTheBaseForm() throws {
        let texts = ["Strongly reaffirm our commitment to reduce premature mortality;",
                     "Encourage Member States to strengthen their health systems, and urge the Secretary-General to report;",
                     "Take note of the report of the Secretary-General;"]
        func linked(annex: Bool) throws -> LinkedDocument {
            let paragraphs = texts.enumerated().map { i, t in
                Paragraph(id: annex ? "annex-op\(i + 1)" : "op\(i + 1)", kind: .operative, number: String(i + 1), text: t,
                          lines: 1...1, byteRange: 0..<1)
            }
            let pipeline = try TestSupport.pipeline()
            let doc = annex ? Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"), annex: paragraphs)
                            : Document(metadata: DocumentMetadata(symbol: "A/RES/1", sourceName: "x"), operative: paragraphs)
            return pipeline.linker.link(pipeline.extractor.extract(doc))
        }
        let d = try linked(annex: true)
        #expect(d.actions.map { "\($0.paragraph) \($0.verb) \($0.modifiers.joined(separator: ",")) \($0.addressees.joined(separator: ","))" }
                == ["annex-op1 reaffirm strongly ", "annex-op2 encourage  actor/member-states", "annex-op2 urge  actor/secretary-general",
                    "annex-op3 take-note  "])
        // In the resolution's own operative part, a capitalized base form is no opening.
        #expect(try linked(annex: false).actions.map(\.verb).filter { $0 == "reaffirm" }.isEmpty)
    }
}
