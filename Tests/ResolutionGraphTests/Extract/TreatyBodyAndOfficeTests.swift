import Foundation
import Testing
@testable import ResolutionGraph

/// Bodies named after a treaty ("the secretariat of the Convention on Biological Diversity", "the Conference of the
/// Parties to …"), "the President" referring back, Presidents of known bodies, and coordinated "countries of …", run
/// with the bundled vocabulary.
@Suite("Extract: treaty bodies, offices and coordinated state groups")
struct TreatyBodyAndOfficeTests {
    static let extractor: Extractor? = try? Extractor(vocabulary: TestSupport.vocabulary())

    func extract(_ text: String) throws -> ExtractedDocument {
        let extractor = try #require(Self.extractor)
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        return extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
    }

    func mentioned(_ text: String) throws -> Set<String> {
        Set(try extract(text).mentions.map(\.entity))
    }

    @Test func aTreatysSecretariatIsABodyNamedAfterTheTreaty() throws {
        let doc = try extract("Welcomes the cooperation of the secretariat of the Basel Convention and the Secretariat of the "
                              + "Convention on Biological Diversity with the United Nations Secretariat")
        let basel = "secretariat of the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and Their Disposal"
        let cbd = "secretariat of the Convention on Biological Diversity"
        for label in [basel, cbd] {
            let entity = try #require(doc.entities["actor/" + Slug.make(label)], "\(label)")
            #expect(entity.label == label)
            #expect(entity.kind == .actor && !entity.isKnown)
        }
        let ids = Set(doc.mentions.map(\.entity))
        // The treaties are named inside the bodies' names, not cited; "Secretariat" there is not the United Nations Secretariat.
        #expect(!ids.contains("instrument/basel-convention") && !ids.contains("instrument/cbd"))
        #expect(doc.mentions.filter { $0.entity == "actor/secretariat" }.map(\.text) == ["United Nations Secretariat"])
        let mention = try #require(doc.mentions.first { $0.entity == "actor/" + Slug.make(cbd) })
        #expect(mention.text == "Secretariat of the Convention on Biological Diversity")
    }

    @Test func aConferenceOfThePartiesIsNamedAfterTheTreatysCanonicalLabel() throws {
        // Another name of the treaty gives the vocabulary's body.
        #expect(try mentioned("Invites the Conference of the Parties to the Organized Crime Convention to consider")
                == ["actor/cop-untoc"])
        let doc = try extract("Takes note of the decisions of the Conference of the Parties to the CBD")
        let label = "Conference of the Parties to the Convention on Biological Diversity"
        #expect(doc.entities["actor/" + Slug.make(label)]?.label == label)
        #expect(!doc.mentions.contains { $0.entity == "instrument/cbd" })
        // A review conference is an event, not a standing body.
        let review = try extract("Recalling the Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons")
        #expect(!review.mentions.contains { review.entities[$0.entity]?.kind == .actor })
    }

    @Test func thePresidentAloneIsThePresidentNamedLast() throws {
        let doc = try extract("Requests the President of the General Assembly to organize a hearing, and also requests the President "
                              + "to prepare a summary of the hearing")
        #expect(doc.mentions.filter { $0.entity == "actor/president-of-the-general-assembly" }.map(\.text)
                == ["President of the General Assembly", "the President"])
        // No President named before: nothing to refer to.
        #expect(try mentioned("Invites the President to attend").isEmpty)
        // After a President the vocabulary lacks, "the President" is uncertain.
        let other = try extract("in a letter addressed to the President of the General Assembly, the President of the conference drew "
                                + "attention to it, and the President also observed that a process was needed")
        #expect(other.mentions.filter { $0.entity == "actor/president-of-the-general-assembly" }.map(\.text)
                == ["President of the General Assembly"])
    }

    @Test func aPresidentOfAKnownBodyIsAnOfficeHolder() throws {
        let doc = try extract("Invites the President of the International Court of Justice and the President of the Russian Federation")
        let president = try #require(doc.entities["actor/president-of-the-international-court-of-justice"])
        #expect(president.category == "official")
        #expect(president.label == "President of the International Court of Justice")
        #expect(!doc.mentions.contains { $0.entity.hasPrefix("actor/president-of-the-russian") })
        // The former holders of one office are its office-holder: the vocabulary's President of the General Assembly.
        #expect(try mentioned("Welcomes the contribution of the former Presidents of the General Assembly")
                == ["actor/president-of-the-general-assembly"])
    }

    @Test func coordinatedCountriesOfAreEachAnActor() throws {
        #expect(try mentioned("action in countries of supply, transit and demand")
                == ["actor/countries-of-supply", "actor/countries-of-transit", "actor/countries-of-demand"])
        // A combined name of the vocabulary stays one actor.
        #expect(try mentioned("cooperation among countries of origin, transit and destination")
                == ["actor/countries-of-origin-transit-and-destination"])
    }

    @Test func participantsOfMeetingsAreActors() throws {
        #expect(try mentioned("Encourages all Member States and members of the United Nations specialized agencies to participate")
                == ["actor/member-states", "actor/states-members-of-the-specialized-agencies"])
        #expect(try mentioned("preferably at the level of Heads of State or Government, and invites all observers of the General Assembly")
                == ["actor/heads-of-state-and-government", "actor/observers-of-the-general-assembly"])
        // A summit named after its participants is an event.
        #expect(try mentioned("Recalling the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries")
                .isDisjoint(with: ["actor/heads-of-state-and-government"]))
    }
}
