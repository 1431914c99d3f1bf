import Foundation
import Testing
@testable import ResolutionGraph

/// Gold expectations for the sample draft A/C.3/73/L.7 (pdftotext layout, no cover block).
@Suite struct SegmentSampleTests {
    let document: Document
    let source: [UInt8]

    init() throws {
        let path = SegmentFixtures.directory.appendingPathComponent("A_C.3_73_L.7.txt").path
        source = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        document = try Segmenter().segment(SegmentFixtures.ingest(path: path))
    }

    func paragraph(_ id: String) -> Paragraph? {
        (document.preambular + document.operative).first { $0.id == id }
    }

    func footnote(_ n: Int) -> Footnote? { document.footnotes.first { $0.number == n } }

    @Test func exactCounts() {
        #expect(document.preambular.count == 36)
        #expect(document.operative.count == 50)
        #expect(document.operative.map(\.id) == (1...50).map { "op\($0)" })
        #expect(document.operative.map(\.number) == (1...50).map { "\($0)" })
        #expect(document.footnotes.count == 32)
        #expect(document.footnotes.map(\.number) == Array(1...32))
    }

    @Test func metadataFromPageHeaders() {
        let m = document.metadata
        #expect(m.symbol == "A/C.3/73/L.7")
        #expect(m.jobNumber == "18-16831")
        #expect(m.pageCount == 12)
        #expect(m.body == "General Assembly")
        #expect(m.committee == "Third Committee")
        #expect(m.session == "73")
    }

    @Test func everyFootnoteReferenceResolvesAndEveryFootnoteIsReferenced() {
        let numbers = Set(document.footnotes.map(\.number))
        var referenced = Set<Int>()
        for p in document.preambular + document.operative {
            for ref in p.footnoteRefs {
                #expect(numbers.contains(ref.number), "\(p.id) refers to missing footnote \(ref.number)")
                #expect(ref.offset >= 0 && ref.offset <= p.text.unicodeScalars.count)
                referenced.insert(ref.number)
            }
        }
        #expect(referenced == numbers)
        #expect(!document.diagnostics.contains { $0.message.contains("never referenced") })
    }

    @Test func noArtefactsInParagraphText() {
        for p in document.preambular + document.operative {
            for artefact in ["A/C.3/73/L.7", "18-16831", "undocs.org", "____", "  ", "/12"] {
                #expect(!p.text.contains(artefact), "\(p.id) contains \(artefact)")
            }
            #expect(!p.text.contains(" ,") && !p.text.contains(" ;") && !p.text.hasPrefix(" ") && !p.text.hasSuffix(" "))
        }
    }

    @Test func markersRemovedAndPlaced() throws {
        let op4 = try #require(paragraph("op4"))
        #expect(op4.text.hasPrefix("Urges Member States that have not yet done so to consider ratifying or acceding to, as a matter of priority, the United Nations Convention against Transnational Organized Crime and the Protocol to Prevent"))
        #expect(op4.footnoteRefs.map(\.number) == [1, 2])
        let before = String(String.UnicodeScalarView(op4.text.unicodeScalars.prefix(op4.footnoteRefs[0].offset)))
        #expect(before.hasSuffix("Transnational Organized Crime"))
        let pp2 = try #require(paragraph("pp2"))
        #expect(pp2.footnoteRefs.map(\.number) == Array(1...8))
        #expect(pp2.text.contains("Organized Crime and the Protocols thereto"))
        let op5 = try #require(paragraph("op5"))
        #expect(op5.footnoteRefs.map(\.number) == [4, 5, 6] + Array(19...28))
        #expect(op5.text.contains("Members of Their Families, as well as the Forced Labour Convention, 1930 (No. 29) and the Protocol thereto"))
        // Real numbers stay.
        #expect(paragraph("pp3")?.text.contains("on 25 December 2003") == true)
        #expect(paragraph("pp8")?.text.contains("Alliance 8.7") == true)
        #expect(paragraph("pp10")?.text.contains("resolution 64/293 of 30 July 2010") == true)
        #expect(paragraph("pp28")?.text.contains("resolution 25/1 of 27 May 2016") == true)
        #expect(paragraph("op24")?.footnoteRefs.map(\.number) == [31])
    }

    @Test func splitWordsRepaired() {
        #expect(paragraph("pp16")?.text.contains("to protect and empower victims") == true)
        #expect(paragraph("pp27")?.text.contains("trafficking in persons, especially women and children") == true)
        #expect(paragraph("pp34")?.text.contains("trafficking in persons, especially women and children") == true)
        #expect(paragraph("pp14")?.text.contains("including child prostitution, child") == true)
        #expect(paragraph("pp30")?.text.contains("high profits for traffickers") == true)
        #expect(paragraph("pp22")?.text.contains("conflict and post-conflict environments") == true)
        #expect(paragraph("op22")?.text.contains("to develop age-appropriate educational") == true)
        #expect(paragraph("op24")?.text.contains("the enhancement of information-sharing") == true)
        #expect(paragraph("op27")?.text.contains("to include data on victims") == true)
        #expect(paragraph("op43")?.text.contains("services available to victims of trafficking;") == true)
        // Line-end hyphens: compounds keep the hyphen, suspended hyphens keep the space.
        #expect(paragraph("op15")?.text.contains("women assuming decision-making roles") == true)
        #expect(paragraph("op18")?.text.contains("effective gender- and age-sensitive measures") == true)
        #expect(paragraph("pp14")?.text.contains("a gender- and age-specific perspective") == true)
    }

    @Test func openingPhrases() {
        #expect(paragraph("pp1")?.opening == "Reiterating")
        #expect(paragraph("pp5")?.opening == "Welcoming also")
        #expect(paragraph("pp13")?.opening == "Noting with appreciation")
        #expect(paragraph("pp16")?.opening == "Bearing in mind")
        #expect(paragraph("pp17")?.opening == "Seriously concerned")
        #expect(paragraph("pp28")?.opening == "Noting with concern")
        #expect(paragraph("pp32")?.opening == "Taking note")
        #expect(paragraph("op2")?.opening == "Also takes note with appreciation")
        #expect(paragraph("op4")?.opening == "Urges")
        #expect(paragraph("op13")?.opening == "Calls upon")
        #expect(paragraph("op33")?.opening == "Strongly urges")
    }

    @Test func footnoteTextAndCitations() {
        #expect(footnote(1)?.citations == [.treatySeries(volume: "2225", number: "39574")])
        #expect(footnote(2)?.citations == [.treatySeries(volume: "2237", number: "39574")])
        #expect(footnote(8)?.citations == [.treatySeries(volume: "96", number: "1342")])
        #expect(footnote(9)?.citations == [.resolution("72/1")])
        #expect(footnote(10)?.text == "Report of the Fourth World Conference on Women, Beijing, 4\u{2013}15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.")
        #expect(footnote(12)?.citations == [.documentSymbol("E/2018/27")])
        #expect(footnote(16)?.citations == [.resolution("70/174")])
        #expect(footnote(18)?.citations == [.documentSymbol("A/73/171"), .documentSymbol("A/HRC/38/45")])
        #expect(footnote(19)?.citations == [.treatySeries(volume: "2171", number: "27531"), .treatySeries(volume: "2173", number: "27531"), .resolution("66/138")])
        #expect(footnote(21)?.citations == [.treatySeries(volume: "39", number: "612")])
        #expect(footnote(32)?.citations == [.resolution("2200 A (XXI)")])
        #expect(footnote(31)?.text.hasSuffix("International Organization for Migration in this field.") == true)
        #expect(footnote(31)?.citations == [.documentSymbol("A/C.3/55/3")])
    }

    @Test func sourceLocations() throws {
        let pp1 = try #require(paragraph("pp1"))
        #expect(pp1.lines.lowerBound == 3)
        let slice = String(decoding: source[pp1.byteRange], as: UTF8.self)
        #expect(slice.hasPrefix(" Reiterating its strong condemnation"))
        #expect(slice.hasSuffix("serious nature of the offence,  "))
        let fn1 = try #require(footnote(1))
        #expect(String(decoding: source[fn1.byteRange], as: UTF8.self).contains("vol. 2225, No. 39574."))
    }
}
