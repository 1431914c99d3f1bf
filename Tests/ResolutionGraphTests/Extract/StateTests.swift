import Foundation
import Testing
@testable import ResolutionGraph

/// States (`Ontology/vocabulary/states.tsv`) as actors where they act, not where their name says where
/// something happens (``StatePlaces``), and the acting organ named by the enacting formula; with the bundled vocabulary.
@Suite("Extract: States, and the organ of the enacting formula")
struct StateTests {
    static let extractor: Extractor? = try? Extractor(vocabulary: TestSupport.vocabulary())

    func states(_ text: String) throws -> [String] {
        let extractor = try #require(Self.extractor)
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
        return doc.mentions.filter { doc.entities[$0.entity]?.category == "state" }.map(\.entity)
    }

    @Test func everyMemberStateIsAnActorWithItsCode() throws {
        let vocabulary = try TestSupport.vocabulary()
        let states = vocabulary.entities.values.filter { $0.category == StatePlaces.category }
        #expect(states.count == 195)   // 193 Member States, the Holy See and the State of Palestine
        #expect(states.allSatisfy { $0.kind == .actor && $0.identifiers["iso3166-alpha3"]?.count == 3 })
        #expect(vocabulary.entities["actor/iran"]?.aliases.contains("Islamic Republic of Iran") == true)
    }

    @Test func aStateThatActsIsAnActor() throws {
        #expect(try states("Welcomes the summit chaired by Colombia") == ["actor/colombia"])
        #expect(try states("Thanks the Governments of Morocco and Switzerland for co-facilitating the process")
                == ["actor/morocco", "actor/switzerland"])
        #expect(try states("Urges the Islamic Republic of Iran to cease the use of the death penalty") == ["actor/iran"])
        #expect(try states("Calls upon Israel, the occupying Power, to comply") == ["actor/israel"])
        #expect(try states("Expresses its appreciation to Qatar for hosting the Conference") == ["actor/qatar"])
        #expect(try states("Welcomes the offer of the Kingdom of the Netherlands to host the conference") == ["actor/netherlands"])
    }

    @Test func aStateNamingAPlaceIsNoActor() throws {
        #expect(try states("the Global Forum held in Riohacha, Colombia, in 2024") == [])
        #expect(try states("Expresses concern at the situation of human rights in Myanmar") == [])
        #expect(try states("refugees from Afghanistan, Iraq and the Syrian Arab Republic") == [])
        #expect(try states("the conference co-hosted by Costa Rica and France, in Nice, France") == ["actor/costa-rica", "actor/france"])
        // A monarch's title names a person; the State's name is part of it.
        #expect(try states("World Interfaith Harmony Week, proposed by King Abdullah II of Jordan, Welcoming") == [])
        #expect(try states("Welcomes the offer of Jordan to host the meeting") == ["actor/jordan"])
        #expect(try states("a financing gap of 4 trillion United States dollars") == [])
        #expect(try states("the Declaration adopted in Mexico City") == [])
        #expect(try states("migrant smuggling off the coast of Libya and in the occupied territories of Ukraine") == [])
        #expect(try states("refugees fleeing from Myanmar to Bangladesh") == [])
        #expect(try states("Member State Percentage Belize 0.001 Benin 0.005") == [])
        // What a State has or undergoes, and a State in parentheses naming where an example comes from.
        #expect(try states("its strong commitment to the sovereignty, independence, territorial integrity and national unity of Libya") == [])
        #expect(try states("which undermine further the process of stabilisation of Libya") == [])
        #expect(try states("Such as community probation volunteers (Kenya), hogoshi (Japan) and probation officers (Singapore)") == [])
        #expect(try states("Expresses its gratitude to the Government and the people of Spain for hosting the Conference") == ["actor/spain"])
    }

    @Test func namesContainingAStateNameAreThatStateOnlyWhenLonger() throws {
        #expect(try states("Urges the Democratic People's Republic of Korea to respect") == ["actor/democratic-peoples-republic-of-korea"])
        #expect(try states("Welcomes the cooperation of the Democratic Republic of the Congo") == ["actor/democratic-republic-of-the-congo"])
        #expect(try states("the United Kingdom of Great Britain and Northern Ireland and Papua New Guinea")
                == ["actor/united-kingdom", "actor/papua-new-guinea"])
    }

    @Test func theGovernmentAloneIsTheStateNamedLast() throws {
        let extractor = try #require(Self.extractor)
        let texts = ["Urges the Islamic Republic of Iran to cease executions",
                     "Calls upon the Government to ensure it", "Calls upon the Government of Myanmar to cooperate"]
        let ps = texts.enumerated().map { i, t in Paragraph(id: "op\(i + 1)", kind: .operative, text: t, lines: 1...1, byteRange: 0..<t.utf8.count) }
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: ps))
        #expect(doc.mentions.filter { $0.paragraph == "op2" }.map(\.entity) == ["actor/iran"])
        #expect(doc.mentions.filter { $0.paragraph == "op3" }.map(\.entity) == ["actor/myanmar"])
    }

    @Test func regionalGroupsAreStateGroupsNotBareStates() throws {
        let extractor = try #require(Self.extractor)
        let text = "Calls upon African States and the Group of Latin American and Caribbean States, and welcomes the Community of Latin American and Caribbean States"
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
        #expect(doc.mentions.map(\.entity) == ["actor/african-states", "actor/latin-american-and-caribbean-states", "actor/celac"])
    }

    @Test func theEnactingFormulaNamesTheActingOrgan() throws {
        let text = """
            Resolution adopted by the Economic and Social Council on 22 July 2021

            2021/25. Implementation of the Plan

            The Economic and Social Council,

            Recalling its resolutions on trafficking in persons,

            1. Requests the Secretary-General to report on the implementation of the present resolution.
            """
        let document = try Segmenter().segment(IngestedText(name: "E_RES_2021_25.txt", format: .plainText, encoding: "UTF-8",
                                                             lines: Ingester.splitLines(text), rawText: text))
        let formula = try #require(document.formula)
        #expect(formula.text == "The Economic and Social Council,")
        #expect(document.textUnits.first?.id == "formula")
        let extracted = try #require(Self.extractor).extract(document)
        let mention = try #require(extracted.mentions.first { $0.paragraph == "formula" })
        #expect(mention.entity == "actor/ecosoc")
        #expect(mention.text == "Economic and Social Council")
    }
}

/// Short forms of a name already given (``ShortFormReference``), with the bundled vocabulary.
@Suite("Extract: short forms of names named before")
struct ShortFormTests {
    func mentions(_ paragraphs: [String]) throws -> [(entity: String, text: String)] {
        let extractor = try #require(StateTests.extractor)
        let ps = paragraphs.enumerated().map { i, t in
            Paragraph(id: "op\(i + 1)", kind: .operative, text: t, lines: 1...1, byteRange: 0..<t.utf8.count)
        }
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: ps))
        return doc.mentions.filter { $0.paragraph != "op1" }.map { ($0.entity, $0.text) }
    }

    @Test func theLastWordsOfANameReferToIt() throws {
        let found = try mentions(["Welcomes the work of the Inter-Agency Coordination Group against Trafficking in Persons",
                                  "Encourages the Coordination Group to engage with regional organizations"])
        #expect(found.contains { $0.entity == "actor/icat" && $0.text == "the Coordination Group" }, "\(found)")
    }

    @Test func aNameThatOnlySpeaksOfTheBodyIsNotIt() throws {
        // The Chair is an office-holder; the Amendment is not the Protocol it amends.
        let chair = try mentions(["Thanks the Chair of the Advisory Committee on Administrative and Budgetary Questions",
                                  "Takes note of the report of the Advisory Committee"])
        #expect(!chair.contains { $0.text == "the Advisory Committee" && $0.entity.hasPrefix("actor/chair") })
        #expect(ShortFormReference.holds(ShortFormReference.words(of: "Kigali Amendment to the Montreal Protocol"), ["montreal", "protocol"]) == false)
        #expect(ShortFormReference.holds(ShortFormReference.words(of: "Global Compact Champion Countries"), ["global", "compact"]) == false)
        #expect(ShortFormReference.holds(ShortFormReference.words(of: "United Nations Voluntary Trust Fund for Victims of Trafficking"), ["trust", "fund"]))
    }

    @Test func aShortFormWithNoNameBeforeItIsNothing() throws {
        #expect(try mentions(["Recalls its resolutions", "Encourages the Coordination Group to meet"]).isEmpty)
        // "the Coordination Group on …" starts a name of its own.
        #expect(ShortFormReference.find(Tokenizer.tokenize("the Coordination Group on Migration")).isEmpty)
        #expect(ShortFormReference.find(Tokenizer.tokenize("the Coordination Group met")).count == 1)
    }
}
