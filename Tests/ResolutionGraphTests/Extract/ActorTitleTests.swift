import Foundation
import Testing
@testable import ResolutionGraph

/// Actors the vocabulary lacks, recognized by the shape of their name (`ActorTitleRecognizer`,
/// `Ontology/vocabulary/actor-patterns.tsv`), run with the bundled vocabulary.
@Suite("Extract: actor names beyond the vocabulary")
struct ActorTitleTests {
    static let extractor: Extractor? = try? Extractor(vocabulary: TestSupport.vocabulary())

    func extract(_ text: String) throws -> ExtractedDocument {
        let extractor = try #require(Self.extractor)
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        return extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
    }

    func actors(_ text: String) throws -> Set<String> {
        let doc = try extract(text)
        return Set(doc.mentions.map(\.entity).filter { doc.entities[$0]?.kind == .actor })
    }

    @Test func aHeadWithANameBeforeOrAfterItIsANewActor() throws {
        let doc = try extract("Welcomes the work of the Zanzibar Reef Coalition and of the Global Partnership for Effective Development Cooperation")
        let coalition = try #require(doc.entities["actor/zanzibar-reef-coalition"])
        #expect(coalition.label == "Zanzibar Reef Coalition")
        #expect(coalition.category == "initiative")
        #expect(!coalition.isKnown)
        #expect(doc.entities["actor/global-partnership-for-effective-development-cooperation"]?.label
                == "Global Partnership for Effective Development Cooperation")
        let mention = try #require(doc.mentions.first { $0.entity == "actor/zanzibar-reef-coalition" })
        #expect(mention.text == "Zanzibar Reef Coalition")
    }

    /// "between" continues a complement: "Organization for Cooperation between Railways", and "Foundation for the Dialogue
    /// between Cultures" is not cut to "… for the Dialogue" (followed by "in Alexandria, Egypt", its end stays uncertain).
    @Test func aComplementRunsOverBetween() throws {
        let railways = try actors("the Intergovernmental Organization for Cooperation between Railways, and")
        #expect(railways.contains { $0.hasSuffix("organization-for-cooperation-between-railways") })
        #expect(!railways.contains { $0.hasSuffix("organization-for-cooperation") })
        let found = try actors("the work of the Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures in Alexandria, Egypt, and")
        #expect(!found.contains("actor/anna-lindh-euro-mediterranean-foundation-for-the-dialogue"))
    }

    /// "in <city>, <State>" says where a body sits: the name ends before it ("… between Cultures in Alexandria, Egypt").
    /// A capitalized "in …" that is no city and State stays in the name, or leaves its end uncertain.
    @Test func aCityAndItsStateEndAName() throws {
        let found = try actors("the work of the Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures in Alexandria, Egypt, and")
        #expect(found.contains("actor/anna-lindh-euro-mediterranean-foundation-for-the-dialogue-between-cultures"))
        #expect(try actors("the Regional Centre for Maritime Security in Central Africa in Pointe-Noire, Congo, and")
            .contains("actor/regional-centre-for-maritime-security-in-central-africa"))
        // Not a State after the comma: the end stays uncertain, no name.
        #expect(!(try actors("the Zanzibar Reef Foundation for Dialogue in Culture, Economic and Social Affairs"))
            .contains { $0.hasPrefix("actor/zanzibar-reef-foundation") })
    }

    /// Consortium heads bodies; Congress only with an "of" complement (a standing assembly of its members): "World Congress
    /// on …", "International Congress on …" and "… Forestry Congress" are events.
    @Test func consortiaAndCongressesOfMembersAreActors() throws {
        #expect(try actors("partnerships, such as the International Consortium on Combating Wildlife Crime and the Green Customs Initiative")
            .contains("actor/international-consortium-on-combating-wildlife-crime"))
        let doc = try extract("and the eighth Congress of Leaders of World and Traditional Religions, held in Astana on 17 and 18 September 2025")
        #expect(doc.entities["actor/congress-of-leaders-of-world-and-traditional-religions"]?.label
                == "Congress of Leaders of World and Traditional Religions")
        for text in ["Welcomes the holding of the World Congress on Enforced Disappearances in Geneva",
                     "Takes note of the Fifteenth World Forestry Congress, held in Seoul",
                     "the International Congress on Education for Human Rights and Democracy"] {
            let found = try actors(text)
            #expect(found.allSatisfy { ActorTitleTests.known($0) }, "\(text): \(found)")
        }
    }

    /// Stakeholder groups written in lower case: "<modifier> associations" (one group per coordinated modifier) and
    /// "organizations/associations/networks of/representing <people> [with/affected by …]".
    @Test func modifiedAssociationsAreStakeholderGroups() throws {
        let found = try actors("civil society, the private sector, academia, medical and scientific associations, Indigenous Peoples")
        #expect(found.isSuperset(of: ["actor/medical-associations", "actor/scientific-associations"]))
        #expect(try actors("including industry and fish worker associations, and")
            .isSuperset(of: ["actor/industry-associations", "actor/fish-worker-associations"]))
        let doc = try extract("with the active regional Ombudsman and mediator associations and networks")
        #expect(doc.entities["actor/ombudsman-associations"]?.category == "civil-society")
        #expect(doc.entities["actor/mediator-associations"] != nil)
    }

    @Test func associationsInProseAreNoGroups() throws {
        // A verb, a determiner or an evaluative word before the noun names no group; nor "associations of" non-people.
        for text in ["to communicate with each other, advocate for their rights and form associations, recognizing",
                     "Encourages States to support relevant associations and other associations working in the field",
                     "through national associations of municipalities and cities",
                     "the freedom of peaceful assembly and of association, and the right to join associations"] {
            let found = try actors(text)
            #expect(found.allSatisfy { ActorTitleTests.known($0) }, "\(text): \(found)")
        }
    }

    @Test func organizationsRepresentingPeopleAreStakeholderGroups() throws {
        let albinism = try extract("to collaborate with organizations representing persons with albinism, including civil society organizations, as appropriate")
        let id = "actor/organizations-representing-persons-with-albinism"
        #expect(albinism.entities[id]?.label == "organizations representing persons with albinism")
        #expect(albinism.mentions.contains { $0.entity == "actor/civil-society" })
        // Modifiers before the noun are left out; "and" inside the complement continues it, before another actor it ends it.
        let ncd = try actors("academia, representative organizations of persons affected by noncommunicable diseases and mental health conditions, persons with disabilities and community organizations to serve")
        #expect(ncd.contains("actor/organizations-of-persons-affected-by-noncommunicable-diseases-and-mental-health-d51ae8de"))
        #expect(try actors("cooperation between national human rights institutions and regional and international associations of ombudsmen, and")
            .contains("actor/associations-of-ombudsmen"))
        #expect(try actors("monitoring frameworks and organizations of children and young people with disabilities, Taking note")
            .contains("actor/organizations-of-children-and-young-people-with-disabilities"))
        // A vocabulary name keeps its id, and the group stops before "and" + another actor.
        #expect(try actors("organizations of persons with disabilities and community organizations to serve")
                == ["actor/organizations-of-persons-with-disabilities", "actor/community-based-organizations"])
    }

    /// The same people by another noun in one document are one group: "networks representing persons affected by …" after
    /// "organizations of persons affected by …".
    @Test func oneDocumentsGroupsRepresentingTheSamePeopleAreOne() throws {
        let extractor = try #require(Self.extractor)
        let texts = ["Invites representative organizations of persons affected by noncommunicable diseases to participate",
                     "Encourages networks representing persons affected by noncommunicable diseases to contribute"]
        let paragraphs = texts.enumerated().map { k, text in
            Paragraph(id: "op\(k + 1)", kind: .operative, text: text, lines: (k + 1)...(k + 1), byteRange: 0..<text.utf8.count) }
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: paragraphs))
        let groups = Set(doc.mentions.map(\.entity).filter { doc.entities[$0]?.category == "civil-society" })
        #expect(groups == ["actor/organizations-of-persons-affected-by-noncommunicable-diseases"])
        #expect(doc.mentions.filter { $0.entity == "actor/organizations-of-persons-affected-by-noncommunicable-diseases" }.count == 2)
    }

    @Test func peopleInProseMakeNoGroup() throws {
        for text in ["the organizations of the United Nations system and their partners",
                     "organizations of civil society and the private sector",
                     "supported by the network of focal points",
                     "groups of persons who have been forced to flee their homes"] {
            let found = try actors(text)
            #expect(found.allSatisfy { ActorTitleTests.known($0) }, "\(text): \(found)")
        }
    }

    /// Bodies written in lower case: "the [United Nations] <qualifier> <head> on <complement>" and "the group of <qualifier>
    /// persons/experts"; the complement runs over "that" and "and", and ends at a clause word or clean punctuation.
    @Test func aNameClosedByItsAcronymAndANounIsAnInitiative() throws {
        let doc = try extract("Taking note of the joint Co-Action against Trafficking in Cultural Heritage (CATCH) initiative and the Sport against Crime: Outreach, Resilience, Empowerment (SC:ORE) initiative")
        let catch_ = try #require(doc.entities["actor/co-action-against-trafficking-in-cultural-heritage"])
        #expect(catch_.category == "initiative" && catch_.aliases == ["CATCH"])
        #expect(doc.entities["actor/sport-against-crime-outreach-resilience-empowerment"] != nil)
        // A list of names before the last one's acronym is not one name.
        let list = try actors("the Coalition for Disaster-Resilient Infrastructure, the Risk-Informed Early Action Partnership, the Climate Risk and Early Warning Systems (CREWS) initiative")
        #expect(list.contains("actor/climate-risk-and-early-warning-systems"))
        #expect(!list.contains { $0.hasPrefix("actor/coalition-for-disaster-resilient-infrastructure-the") })
    }

    @Test func aFactFindingMissionOnAStateIsABody() throws {
        #expect(try actors("Welcomes the report of the Independent International Fact-Finding Mission on the Islamic Republic of Iran")
                == ["actor/independent-international-fact-finding-mission-on-the-islamic-republic-of-iran"])
        #expect(try actors("representatives of Indigenous Peoples' organizations and communities") == ["actor/indigenous-peoples-organizations"])
    }

    @Test func namesWithHyphenatedQualifiersAndPeopleWithDisabilities() throws {
        #expect(try actors("the Secretary-General's High-level Panel on Reef Empowerment").contains("actor/high-level-panel-on-reef-empowerment"))
        let team = try extract("the Inter-Agency Standing Committee Task Team on Inclusion of Persons with Disabilities in Humanitarian Action")
        #expect(team.mentions.compactMap { team.entities[$0.entity]?.label }
                == ["Inter-Agency Standing Committee Task Team on Inclusion of Persons with Disabilities in Humanitarian Action"])
        // A name after "lower-" or "non-" is another name's end: no pattern name here, only the vocabulary's
        // lower-middle-income countries.
        #expect(try actors("low-income and lower-middle-income countries, and non-member States") == ["actor/lower-middle-income-countries"])
        #expect(try actors("Encourages international financial and development institutions to support") == ["actor/international-financial-institutions"])
    }

    @Test func theConferenceOfTheTreatyNamedBefore() throws {
        let doc = try extract("Recalling the Convention on the Rights of Persons with Disabilities, and noting the work of the Conference of States Parties to the Convention, and of the Meeting of States Parties to the Treaty,")
        let found = Set(doc.mentions.map(\.entity))
        #expect(found.contains("actor/cosp-crpd"))
        // No treaty named before: no name.
        #expect(!found.contains { $0.contains("meeting-of-states-parties") })
    }

    @Test func aBodysPossessiveIsNotPartOfItsUnitsName() throws {
        let found = try actors("through the Office's Global Programme on Cybercrime and the Global Programme on Preventing and Countering Terrorism of the United Nations Office on Drugs and Crime")
        #expect(found.contains("actor/global-programme-on-cybercrime"))
        #expect(found.contains("actor/global-programme-on-preventing-and-countering-terrorism"))
        #expect(!found.contains { $0.contains("offices") })
    }

    @Test func lowerCaseBodiesWithAQualifierAreActors() throws {
        let doc = try extract("the establishment of the open-ended intergovernmental expert group on crimes that affect the environment, whose mandate is")
        let id = "actor/open-ended-intergovernmental-expert-group-on-crimes-that-affect-the-environment"
        #expect(doc.entities[id]?.label == "open-ended intergovernmental expert group on crimes that affect the environment")
        #expect(try actors("notes the activities of the United Nations network on racial discrimination and protection of minorities, and urges")
            .contains("actor/united-nations-network-on-racial-discrimination-and-protection-of-minorities"))
        #expect(try actors("the inputs from the group of independent eminent persons through its letter dated 21 November 2024")
            .contains("actor/group-of-independent-eminent-persons"))
        #expect(try actors("the ad hoc working group on effects and mechanisms and the ad hoc working group on sources and exposure to assist")
            .isSuperset(of: ["actor/ad-hoc-working-group-on-effects-and-mechanisms", "actor/ad-hoc-working-group-on-sources-and-exposure"]))
        let femicide = try extract("the open-ended intergovernmental expert group on gender-related killing of women and girls at its meeting held in Bangkok")
        #expect(femicide.entities.values.contains { $0.label == "open-ended intergovernmental expert group on gender-related killing of women and girls" })
    }

    @Test func lowerCaseBodiesWithAnUncertainEndOrNoQualifierAreNone() throws {
        for text in [
            // No qualifier: a back-reference or a generic group.
            "Requests the working group on the strengthening of the Convention to report",
            "Encourages the creation of a network on migration data among academic institutions",
            // A purpose, not a name; a list after the comma; a capitalized word inside the complement.
            "to the attention of the open-ended working group for a final decision",
            "the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours",
            "the technical advisory group on global air pollution and health of the World Health Organization",
            // An indefinite group is none; nor "the group of" people without a qualifier.
            "Decides to establish a group of governmental experts to consider", "the group of persons who fled",
        ] {
            let found = try actors(text)
            #expect(found.allSatisfy { ActorTitleTests.known($0) }, "\(text): \(found)")
        }
    }

    /// A subsidiary body of a body named in full or referred back to ("the Fund") is a body of its own, named after the
    /// body's canonical label; the body is named inside its name and is no mention there.
    @Test func subsidiaryBodiesAreNamedAfterTheirBody() throws {
        let extractor = try #require(Self.extractor)
        let texts = ["Encourages the Peacebuilding Commission to maintain a regular and strategic dialogue with the Peacebuilding Fund",
                     "and continue its engagement with the Advisory Group of the Fund to support improved strategic alignment"]
        let paragraphs = texts.enumerated().map { k, text in
            Paragraph(id: "op\(k + 1)", kind: .operative, text: text, lines: (k + 1)...(k + 1), byteRange: 0..<text.utf8.count) }
        let doc = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: paragraphs))
        let id = "actor/advisory-group-of-the-peacebuilding-fund"
        #expect(doc.entities[id]?.label == "Advisory Group of the Peacebuilding Fund")
        #expect(doc.mentions.first { $0.entity == id }?.text == "Advisory Group of the Fund")
        #expect(!doc.mentions.contains { $0.paragraph == "op2" && $0.entity == "actor/peacebuilding-fund" })
        #expect(try actors("Requests the Bureau of the Commission on the Status of Women to prepare")
                .contains("actor/bureau-of-the-commission-on-the-status-of-women"))
        // The end of a longer capitalized name, or no body after "of", makes no subsidiary body.
        #expect(!(try actors("Requests the Human Rights Council Advisory Committee of the Human Rights Council to report"))
            .contains { $0.hasPrefix("actor/advisory-committee-of") })
        #expect(try actors("Decides to elect the Bureau of the meeting").allSatisfy { ActorTitleTests.known($0) })
    }


    /// "X of the Y Institute" is uncertain ("[World Summit on] the Information Society Forum") unless X is a State: its name
    /// does not run on into the body's.
    @Test func aBodyAfterAStatesNameAndOfTheIsAName() throws {
        #expect(try actors("the establishment by the United Arab Emirates of the International Institute for Tolerance for promoting")
            .contains("actor/international-institute-for-tolerance"))
        #expect(try actors("Welcomes the establishment by the Government of Syria of the National Commission on Missing Persons, as well as")
            .contains("actor/national-commission-on-missing-persons"))
        #expect(!(try actors("the World Summit on the Information Society Forum")).contains { $0.hasPrefix("actor/information-society") })
    }

    @Test func genericWordsAloneMakeNoName() throws {
        for text in ["Requests the Advisory Board to report", "Invites the Member States Group to meet",
                     "Decides that the Working Group shall meet", "Contributions to the Global Fund and to the Trust Fund",
                     "Notes the report of the Main Committee of the General Assembly"] {
            let found = try actors(text)
            #expect(found.allSatisfy { ActorTitleTests.known($0) }, "\(text): \(found)")
        }
    }

    @Test func instrumentsAndProseAreNotActors() throws {
        for text in ["Recalling the Beijing Declaration and Platform for Action", "Supports the Middle East Peace Process",
                     "Welcomes the Council of Europe Convention against Trafficking in Human Organs",
                     "Takes note of the Group of 20 Action Plan on Food Security",
                     "the Meeting of States Parties to the Convention decided"] {
            let found = try actors(text)
            #expect(found.allSatisfy { ActorTitleTests.known($0) }, "\(text): \(found)")
        }
    }

    @Test func vocabularyNamesWin() throws {
        // A known name is never re-created, nor swallowed when a complement follows it.
        #expect(try actors("Invites the Pacific Islands Forum to participate") == ["actor/pacific-islands-forum"])
        #expect(try actors("Requests the Board of Auditors on the United Nations Joint Staff Pension Fund")
                .isSuperset(of: ["actor/board-of-auditors"]))
        // An uncertain start ("[Economic and] Social Council") is no name.
        #expect(!(try actors("Official Records of the Economic and Social Council, 2019")).contains("actor/social-council"))
    }

    @Test func aKnownNameInsideANewOneIsPartOfIt() throws {
        let found = try actors("Notes the Reef Assistance Committee of the Organisation for Economic Co-operation and Development")
        #expect(found.contains { $0.hasPrefix("actor/reef-assistance-committee") })
    }

    @Test func meetingsOfStatesPartiesToANamedTreatyAreActors() throws {
        let doc = try extract("Welcomes the Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons")
        let id = "actor/meeting-of-states-parties-to-the-treaty-on-the-prohibition-of-nuclear-weapons"
        #expect(doc.entities[id]?.label == "Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons")
        #expect(doc.mentions.contains { $0.entity == id })
    }

    @Test func ledOrganizationsSplitTheirModifiers() throws {
        let found = try actors("working with migrants and migrant-led organizations, and with child- and youth-led movements")
        // Child- and youth-led movements are the vocabulary's children's and youth organizations, migrant-led organizations
        // its migrant organizations.
        #expect(found.isSuperset(of: ["actor/migrant-organizations", "actor/childrens-organizations", "actor/youth-organizations"]))
        // Not every "-led" noun: country-led initiatives are activities, not actors.
        #expect(try actors("supports country-led initiatives and industry-led groups").isEmpty)
        // A known alias keeps its vocabulary id.
        #expect(try actors("women-led and youth-led organizations") == ["actor/womens-organizations", "actor/youth-organizations"])
    }

    @Test func organizationsOfListedPeopleAreActors() throws {
        let doc = try extract("in consultation with farmers’ organizations and children's organizations")
        #expect(doc.entities["actor/farmers-organizations"]?.label == "farmers' organizations")
        #expect(doc.entities["actor/childrens-organizations"]?.category == "civil-society")
        // The possessor must be a listed people noun.
        #expect(try actors("the country's organizations").isEmpty)
    }

    @Test func thePatternFileIsValidated() throws {
        #expect(throws: ResolutionGraphError.self) {
            try ActorPatterns.parse("rule\tphrase\tcategory\nhead\tFund\tnot-a-category\n", file: "x")
        }
        #expect(throws: ResolutionGraphError.self) {
            try ActorPatterns.parse("rule\tphrase\tcategory\nshape\tFund\tother\n", file: "x")
        }
        let parsed = try ActorPatterns.parse("rule\tphrase\tcategory\nhead\tGroup of Friends\tinitiative\ngeneric\tGlobal | New\t-\n", file: "x")
        #expect(parsed.heads[["group", "of", "friends"]] == "initiative")
        #expect(parsed.generic == ["global", "new"])
        let groups = try ActorPatterns.parse("rule\tphrase\tcategory\nmodified\tassociations\tcivil-society\npeople\tpersons | ombudsmen\t-\n"
            + "subsidiary\tAdvisory Group | Bureau\t-\nof-head\tCongress\t-\n", file: "x")
        #expect(groups.modifiedNouns == ["associations": "civil-society"])
        #expect(groups.people == ["persons", "ombudsmen"])
        #expect(groups.subsidiaries == [["advisory", "group"], ["bureau"]])
        #expect(groups.ofHeads == [["congress"]])
        #expect(throws: ResolutionGraphError.self) {
            try ActorPatterns.parse("rule\tphrase\tcategory\nrepresenting\torganizations\tnot-a-category\n", file: "x")
        }
    }

    static let vocabulary = try? TestSupport.vocabulary()
    static func known(_ id: String) -> Bool { vocabulary?.entities[id] != nil }
}

extension ActorTitleTests {
    @Test func hashtagsAndFriendsOfNamesCloseWithALowerCaseNoun() throws {
        let doc = try extract("Welcomes the #IBelong campaign and the work of the Friends of Migration group")
        #expect(doc.entities["actor/ibelong-campaign"]?.label == "#IBelong campaign")
        #expect(doc.entities["actor/friends-of-migration-group"]?.category == "initiative")
        // A lower-case noun after an ordinary capitalized word is prose.
        #expect(try actors("the Friends of Migration met; the Member States group").allSatisfy { ActorTitleTests.known($0) })
    }
}

extension ActorTitleTests {
    @Test func aRunGoingOnPastTheHeadOrAnIndefiniteArticleMakesNoName() throws {
        #expect(try actors("including the United Nations-Nippon Foundation Fellowship").allSatisfy { ActorTitleTests.known($0) })
        #expect(try actors("Welcomes the initiative to convene an International Climate Forum in Samarkand").allSatisfy { ActorTitleTests.known($0) })
        #expect(try actors("the Master Plan on Association of Southeast Asian Nations Connectivity 2025")
                .allSatisfy { ActorTitleTests.known($0) })
        // A later head ends the name.
        #expect(try actors("Notes the decision of the Pacific Resilience Facility Steering Board")
                == ["actor/pacific-resilience-facility-steering-board"])
    }
}

extension ActorTitleTests {
    @Test func anUncertainEndMakesNoName() throws {
        // "and" before more capitalized words: a coordination inside a longer name, or a second name.
        #expect(try actors("Governing Council of the Asian and Pacific Training Centre for Information").allSatisfy { ActorTitleTests.known($0) })
        // "and the" before lower case: the end stays uncertain.
        #expect(try actors("the Zanzibar Reef Commission on Nuclear Energy and the peaceful uses of atoms").allSatisfy { ActorTitleTests.known($0) })
        // "and the" before a capitalized run starts another name, and the name before it ends there.
        #expect(try actors("the African Commission on Nuclear Energy and the Central Asian zone") == ["actor/african-commission-on-nuclear-energy"])
        // Listed joins continue a name.
        #expect(try actors("the Informal Reef Process on Oceans and the Law of the Sea met")
                == ["actor/informal-reef-process-on-oceans-and-the-law-of-the-sea"])
    }
}
