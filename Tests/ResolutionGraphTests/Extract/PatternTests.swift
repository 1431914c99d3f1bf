import Testing
@testable import ResolutionGraph

/// Patterns beyond the vocabulary, run with the bundled vocabulary: coordinated names, office-holders, titles of
/// instruments the vocabulary lacks, and "the Convention" / "the Treaty" resolved from context.
@Suite("Extract: patterns on the bundled vocabulary")
struct PatternTests {
    static let extractor: Extractor? = try? Extractor(vocabulary: TestSupport.vocabulary())

    func extract(_ text: String) throws -> ExtractedDocument {
        let extractor = try #require(Self.extractor)
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        return extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
    }

    func ids(_ text: String) throws -> Set<String> { Set(try extract(text).mentions.map(\.entity)) }

    /// A coordination that is itself one vocabulary name is not split: "workers' and employers' organizations" are the
    /// social partners, not also trade unions and employers' organizations.
    @Test func aCoordinationThatIsOneNameIsNotSplit() throws {
        #expect(try ids("Invites workers’ and employers’ organizations to contribute") == ["actor/social-partners"])
        #expect(try ids("Encourages Ombudsman and mediator institutions to cooperate") == ["actor/ombudsman-institutions", "actor/mediator-institutions"])
    }

    @Test func aHyphenatedLastConjunctSharesTheHead() throws {
        let found = try ids("Invites intergovernmental and non-governmental organizations to contribute")
        #expect(found == ["actor/international-organizations", "actor/ngos"])
    }

    @Test func nounPhrasesJoinedByAndAreNotModifiersOfTheHead() throws {
        #expect(!(try ids("Calls upon States and all parties to the conflict")).contains("actor/states-parties"))
        #expect(!(try ids("Calls upon States and other parties to comply")).contains("actor/states-parties"))
        #expect(try ids("Invites regional and other organizations").contains("actor/regional-organizations"))
        #expect(try ids("sexual and gender-based violence") == ["theme/sexual-violence", "theme/gender-based-violence"])
    }

    /// Complements coordinated after one prefix share it: "access to health, education and justice" names access to justice.
    @Test func coordinatedComplementsShareTheirPrefix() throws {
        #expect(try ids("affecting access to health, education, decent work, livelihoods and justice").contains("theme/access-to-justice"))
        #expect(try ids("notably trafficking of persons, children and body parts").contains("theme/trafficking-in-children"))
        // A prefix in a title's capitals is not prose, and a list without "and" / "or" is no coordination.
        #expect(!(try ids("to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children")).contains("theme/trafficking-in-children"))
        #expect(!(try ids("access to health, justice")).contains("theme/access-to-justice"))
    }

    /// The subject in a conference's name is not the paragraph's theme; the same words in prose are.
    @Test func aConferencesSubjectIsNoTheme() throws {
        #expect(!(try ids("the Third International Conference on Financing for Development")).contains("theme/financing-for-development"))
        #expect(!(try ids("the outcome of the World Summit for Social Development")).contains("theme/social-development"))
        #expect(try ids("the conference on financing for development").contains("theme/financing-for-development"))
        #expect(try ids("Recalling the Conference, stresses financing for development").contains("theme/financing-for-development"))
    }

    /// A treaty's secretariat is a body: the treaty named inside its name is not cited.
    @Test func aTreatyNamedOnlyInItsSecretariatsNameIsNotCited() throws {
        #expect(!(try ids("the secretariat of the Convention on Biological Diversity")).contains("instrument/cbd"))
        #expect(try ids("the parties to the Convention on Biological Diversity").contains("instrument/cbd"))
    }

    /// A dated number joined by "," or "and" to a list opened by "resolutions" belongs to it even after a long "on …"
    /// subject; a decision or the end of the sentence closes the list.
    @Test func aLongListOfResolutionsRunsToItsLastDatedNumber() throws {
        let subject = "on the promotion of interreligious and intercultural dialogue, understanding and cooperation for peace, "
            + "including the respect, protection and preservation of places of worship and religious sites of all faiths in all "
            + "regions of the world and in situations of armed conflict, "
        let list = "Recalling its resolutions 69/140 of 15 December 2014 and 78/129 of 18 December 2023 " + subject
        #expect(try ids(list + "69/312 of 6 July 2015 on the Alliance and 67/104 of 17 December 2012, in which")
            .isSuperset(of: ["instrument/resolution-69-312", "instrument/resolution-67-104"]))
        #expect(!(try ids(list + "and decision 69/555 of 6 July 2015")).contains("instrument/resolution-69-555"))
        #expect(!(try ids(list + "and the report 69/312 of the Committee")).contains("instrument/resolution-69-312"))
    }

    /// "law enforcement" before an activity noun is the activity, not the agencies (ignore.tsv); the agencies stay actors.
    @Test func lawEnforcementModifyingAnActivityIsNoActor() throws {
        #expect(!(try ids("searches and other investigative law enforcement procedures")).contains("actor/law-enforcement-agencies"))
        #expect(!(try ids("to strengthen law enforcement cooperation")).contains("actor/law-enforcement-agencies"))
        #expect(try ids("training for law enforcement officials").contains("actor/law-enforcement-agencies"))
        #expect(try ids("cooperation between the judiciary and law enforcement").contains("actor/law-enforcement-agencies"))
        // A longer name holding the phrase still wins.
        #expect(try ids("the European Union Agency for Law Enforcement Cooperation").contains("actor/europol"))
    }

    /// Another organization's secretariat ("the Quadripartite Joint Secretariat", "the Technical Secretariat of the
    /// Organisation for the Prohibition of Chemical Weapons") is not the United Nations Secretariat (ignore.tsv).
    @Test func anotherOrganizationsSecretariatIsNotTheUnitedNationsSecretariat() throws {
        #expect(!(try ids("Request the Quadripartite Joint Secretariat to report")).contains("actor/secretariat"))
        #expect(!(try ids("the Technical Secretariat of the Organisation")).contains("actor/secretariat"))
        #expect(try ids("Requests the Secretariat to report").contains("actor/secretariat"))
        #expect(try ids("the United Nations Secretariat").contains("actor/secretariat"))
    }

    /// An adviser "to" the Secretary-General is the same office as one "of" the Secretary-General, and the
    /// Secretary-General inside that name is no actor; "religious bodies" are faith-based organizations; "regional
    /// intergovernmental bodies" are regional organizations.
    @Test func adviserToTheSecretaryGeneralAndReligiousBodies() throws {
        #expect(try ids("the initiative of the Special Adviser to the Secretary-General on the Prevention of Genocide")
            == ["actor/special-adviser-prevention-of-genocide"])
        #expect(try ids("non-governmental organizations, religious bodies and the media")
            == ["actor/ngos", "actor/faith-based-organizations", "actor/media"])
        // Regional intergovernmental organizations or bodies are regional organizations.
        #expect(try ids("Encourages regional intergovernmental bodies to promote") == ["actor/regional-organizations"])
        #expect(try ids("Invites regional intergovernmental organizations to contribute") == ["actor/regional-organizations"])
    }

    /// A mandate named by its former title ("Independent Expert on …", now a Special Rapporteur in the vocabulary) is referred
    /// back to by that title: "the Independent Expert" alone is the same mandate.
    @Test func aMandateIsReferredBackToByTheTitleItWasNamedBy() throws {
        let doc = try extract("Takes note of the report of the Independent Expert on the promotion of a democratic and equitable "
            + "international order, and requests the Independent Expert to report")
        let id = "actor/special-rapporteur-democratic-international-order"
        #expect(doc.mentions.filter { $0.entity == id }.count == 2)
        #expect(doc.mentions.contains { $0.entity == id && $0.text == "the Independent Expert" })
    }

    /// ILO instruments cited by number alone take the ids of the full titles.
    @Test func iloInstrumentsByNumberAlone() throws {
        let found = try ids("of Recommendation No. 204 concerning the transition, and urges States to ratify Convention No. 189 and Convention No. 999")
        #expect(found == ["instrument/ilo-r204", "instrument/ilo-c189", "instrument/ilo-c999", "actor/states"])
        #expect(!(try ids("the Convention, No. 5 of the list")).contains(where: { $0.hasPrefix("instrument/ilo-") }))
        #expect(!(try ids("the Council of Europe Convention No. 108")).contains(where: { $0.hasPrefix("instrument/ilo-") }))
    }

    /// "Council of Europe" authors conventions: its name before the head does not make the title a body's name.
    @Test func councilOfEuropeConventionsAreTitles() throws {
        let doc = try extract("Recalling the Council of Europe Convention on the Manipulation of Sports Competitions and the Conference of the Parties to the Zanzibar Convention")
        let labels = Set(doc.mentions.compactMap { doc.entities[$0.entity]?.label })
        #expect(labels.contains("Council of Europe Convention on the Manipulation of Sports Competitions"))
        // Other bodies before the head still make a body's name, not a title.
        #expect(!doc.entities.values.contains { $0.kind == .instrument && $0.label.hasPrefix("Conference of the Parties") })
    }

    @Test func theChairOfABodyIsAnActorOfItsOwn() throws {
        let doc = try extract("Invites the Chair of the Committee on Enforced Disappearances to address the General Assembly")
        #expect(Set(doc.mentions.map(\.entity)) == ["actor/chair-of-the-committee-on-enforced-disappearances", "actor/general-assembly"])
        #expect(doc.entities["actor/chair-of-the-committee-on-enforced-disappearances"]?.label == "Chair of the Committee on Enforced Disappearances")
        #expect(doc.entities["actor/chair-of-the-committee-on-enforced-disappearances"]?.category == "official")
        // Not a Vice-Chair, and not a Chair of an unnamed body.
        #expect(try ids("Requests the Vice-Chair of the Committee on Enforced Disappearances").contains("actor/ced-committee"))
        #expect(try ids("Invites the Chair of the Committee to speak").isEmpty)
    }

    /// A title that names a known instrument after its opening head word is an instrument of its own, and the one it names
    /// is not cited; a title that only ends in a known instrument's name is not one.
    @Test func titlesOpeningWithAHeadMayNameAKnownInstrument() throws {
        let doc = try extract("Recalling the Guidelines for the Effective Implementation of the Code of Conduct for Law Enforcement Officials and the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa")
        #expect(Set(doc.mentions.compactMap { doc.entities[$0.entity]?.label }) == [
            "Guidelines for the Effective Implementation of the Code of Conduct for Law Enforcement Officials",
            "Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa"])
        #expect(try ids("Recalling the Code of Conduct for Law Enforcement Officials").contains("instrument/code-of-conduct-law-enforcement"))
        #expect(try ids("the Zanzibar Review of the Code of Conduct for Law Enforcement Officials").contains("instrument/code-of-conduct-law-enforcement"))
    }

    /// An enumeration inside a title's complement belongs to the title; a name in it makes it the sentence's list.
    @Test func titlesHoldEnumerationsAfterTheirHead() throws {
        func labels(_ text: String) throws -> Set<String> {
            let doc = try extract(text)
            return Set(doc.mentions.compactMap { m in doc.entities[m.entity].flatMap { $0.kind == .instrument ? $0.label : nil } })
        }
        #expect(try labels("Welcomes the Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities;")
                == ["Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities"])
        #expect(try labels("Recalling the Zanzibar Declaration on Reefs, Member States and Observers,").isEmpty)
        // "Guidance" makes a title only where it opens it; the same head after "and" starts a second title.
        #expect(try labels("the Toolkit for Guidance in Designing Zanzibar Programmes") == ["Toolkit for Guidance in Designing Zanzibar Programmes"])
        #expect(try labels("the Guidance on Zanzibar Sources and Guidance on Pemba Sources")
                == ["Guidance on Zanzibar Sources", "Guidance on Pemba Sources"])
        // The body that adopted it, after "by the", is not part of the title.
        let adopted = try extract("Notes the Zanzibar Guidelines on Combating Illegal, Unreported and Unregulated Fishing by the Council of Ministers of the Zanzibar Association")
        #expect(adopted.mentions.contains { adopted.entities[$0.entity]?.label == "Zanzibar Guidelines on Combating Illegal, Unreported and Unregulated Fishing" })
    }

    @Test func titlesKeepHyphensAndClosingYears() throws {
        let doc = try extract("Welcomes the Guidelines for the Long-term Sustainability of Outer Space Activities and the Marrakech Regional Programme of Action for Coastal Cities 2024–2034")
        let labels = Set(doc.mentions.compactMap { doc.entities[$0.entity]?.label })
        #expect(labels.contains("Guidelines for the Long-term Sustainability of Outer Space Activities"))
        #expect(labels.contains("Marrakech Regional Programme of Action for Coastal Cities 2024–2034"))
    }

    @Test func titlesKeepBracketedPeriodsPossessivesConcerningAndSubtitles() throws {
        let doc = try extract("Recalling the Zanzibar Action Plan on Reefs (2017–2021), the Global Strategy for Women's and Children's Reef Health, the World Programme of Action concerning Zanzibar Reefs; and Reefs at International Borders: A Trainer's Guide")
        let labels = Set(doc.mentions.compactMap { doc.entities[$0.entity]?.label })
        #expect(labels == ["Zanzibar Action Plan on Reefs (2017–2021)", "Global Strategy for Women's and Children's Reef Health",
                           "World Programme of Action concerning Zanzibar Reefs", "Reefs at International Borders: A Trainer's Guide"])
        let subtitled = try extract("Recalling Women's Reef Empowerment: A Commitment to Action")
        #expect(Set(subtitled.mentions.compactMap { subtitled.entities[$0.entity]?.label }) == ["Women's Reef Empowerment: A Commitment to Action"])
    }

    @Test func studiesAnalysesAndClassificationsAreTitlesButNotInsideBodiesNames() throws {
        func labels(_ text: String) throws -> Set<String> {
            let doc = try extract(text)
            return Set(doc.mentions.compactMap { m in doc.entities[m.entity].flatMap { $0.kind == .instrument ? $0.label : nil } })
        }
        #expect(try labels("Takes note of the first Global Study on Reef Fishing and of the Zanzibar Analysis on Crimes that Affect the Reefs")
                == ["Global Study on Reef Fishing", "Zanzibar Analysis on Crimes that Affect the Reefs"])
        #expect(try labels("taking note of the Vienna Principles towards a Global Framework for the Measurement of Reef Health")
                == ["Vienna Principles towards a Global Framework for the Measurement of Reef Health"])
        // A weak head before another capitalized word, or after a connector, belongs to a body's name.
        #expect(try labels("Notes the work of the Study Group of the International Law Commission").isEmpty)
        #expect(try labels("the International Centre for the Study of the Preservation of Reefs").isEmpty)
        // "that" before a head word refers back: no relative clause in the title.
        #expect(try labels("the Ocean and Climate Change Dialogue under that Convention").isEmpty)
    }

    @Test func aDecisionsNumberIsNoResolution() throws {
        let found = try ids("Recalling its resolution 73/185 of 17 December 2018, and noting paragraph (d) of Statistical Commission decision 53/113 of 11 March 2022")
        #expect(found.contains("instrument/resolution-73-185") && !found.contains("instrument/resolution-53-113"))
        #expect(try ids("Recalling its resolutions 71/31 and 78/238, and its decisions 73/512 and 75/514") ==
                ["instrument/resolution-71-31", "instrument/resolution-78-238"])
    }

    @Test func aBodysUnitByThePossessive() throws {
        #expect(try ids("the Counter-Terrorism Committee and its Executive Directorate")
                == ["actor/counter-terrorism-committee", "actor/cted"])
        #expect(try ids("the International Court of Justice, in accordance with its Statute").contains("instrument/icj-statute"))
        // Nothing the vocabulary knows by that pair: no mention.
        #expect(try ids("the Counter-Terrorism Committee and its Working Methods") == ["actor/counter-terrorism-committee"])
    }

    @Test func resolutionsInOldSessionSpecialSessionAndBareNumberForms() throws {
        #expect(try ids("Recalling its resolutions 2200 A (XXI) of 16 December 1966 and 3452 (XXX) of 9 December 1975") ==
                ["instrument/resolution-2200-a-xxi", "instrument/resolution-3452-xxx"])
        #expect(try ids("Recalling resolutions S-24/2 and ES-10/1") == ["instrument/resolution-s-24-2", "instrument/resolution-es-10-1"])
        #expect(try ids("Recalling its resolutions 263 of 5 November 2013 on attacks and 373 of 22 May 2017") ==
                ["instrument/resolution-263", "instrument/resolution-373"])
        // A bare number needs its date; a paragraph number before "of resolution" is no resolution.
        #expect(try ids("Recalling resolution 263, and paragraph 12 of resolution 60/251 of 15 March 2006") == ["instrument/resolution-60-251"])
    }

    @Test func theBodyClosingATitleIsNotPartOfIt() throws {
        let doc = try extract("Welcomes the Toolkit for Guidance in Designing and Evaluating Counter-Trafficking Programmes of the Coordination Group and the Charter of the Organization of Zanzibar States")
        let labels = Set(doc.mentions.compactMap { doc.entities[$0.entity]?.label })
        #expect(labels.contains("Toolkit for Guidance in Designing and Evaluating Counter-Trafficking Programmes"))
        #expect(labels.contains("Charter of the Organization of Zanzibar States"))
    }

    /// A known body after "of (the)" closing the title of guidelines, a strategy or a plan is its author, not part of its
    /// name; a treaty's or a declaration's complement keeps it. "and to the" before another head starts a second title.
    @Test func theAuthorOfGuidelinesIsNotPartOfTheirTitle() throws {
        let guidelines = try extract("Welcomes the Voluntary Guidelines for Reef Soil Management of the Food and Agriculture Organization of the United Nations")
        #expect(Set(guidelines.mentions.compactMap { guidelines.entities[$0.entity]?.label })
                == ["Voluntary Guidelines for Reef Soil Management", "Food and Agriculture Organization of the United Nations"])
        let treaty = try extract("Recalling the Declaration on the Role and Mandate of the United Nations Environment Programme")
        #expect(treaty.mentions.contains { treaty.entities[$0.entity]?.label == "Declaration on the Role and Mandate of the United Nations Environment Programme" })
        let two = try extract("Calls upon States to become parties to the Zanzibar Convention on Reef Rescue and to the Pemba Convention for the Safety of Reefs")
        let twoLabels = Set(two.mentions.compactMap { two.entities[$0.entity]?.label })
        #expect(twoLabels.isSuperset(of: ["Zanzibar Convention on Reef Rescue", "Pemba Convention for the Safety of Reefs"]))
    }

    @Test func noTitleStartsWithAGroupOfStatesOrAnAnnexNumber() throws {
        let doc = try extract("Member States of the Political Declaration and Plan of Action, and annex V to the Zanzibar Convention on Reefs")
        let labels = Set(doc.mentions.compactMap { doc.entities[$0.entity]?.label })
        #expect(!labels.contains { $0.hasPrefix("Member States of") || $0.hasPrefix("V ") })
        #expect(labels.contains("Zanzibar Convention on Reefs"))
    }

    @Test func theTreatyIsTheTreatyNamedLastAndAnAgreementIsNeverTheConvention() throws {
        let npt = try extract("Urges States parties to the Treaty on the Non-Proliferation of Nuclear Weapons to comply with the Treaty")
        #expect(npt.mentions.filter { $0.entity == "instrument/npt" }.count == 2)
        let unclos = try extract("Recalls the United Nations Convention on the Law of the Sea and the Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea of 10 December 1982, and calls upon States to implement the Convention")
        let convention = try #require(unclos.mentions.last)
        #expect(convention.text == "the Convention")
        #expect(convention.entity == "instrument/unclos")
    }

    /// "Requests the Committee to …", "the Office": the body of that kind the document named last; not a name
    /// ("the Committee on …"), not an office-holder's body. "the Council": in a Council's own resolution that Council,
    /// elsewhere the council named last or the council of the special procedure named last.
    @Test func theCommitteeAndTheOfficeAreTheBodiesNamedLast() throws {
        let committee = try extract("Welcomes the work of the Committee on the Elimination of Discrimination against Women and of the United Nations Office on Drugs and Crime, and requests the Committee to continue and the Office to report")
        let back = committee.mentions.filter { $0.text == "the Committee" || $0.text == "the Office" }
        #expect(back.map(\.entity) == ["actor/cedaw-committee", "actor/unodc"], "\(back)")
        // No body of that kind named before: nothing.
        #expect(try extract("Requests the Committee to report").mentions.allSatisfy { $0.text != "the Committee" })
        // "the Committee on …" is the start of a name, not a reference; "the Council" is the council named last.
        let council = try extract("Recalls the Economic and Social Council and requests the Council to consider the Committee on Fisheries")
        #expect(council.mentions.allSatisfy { $0.text != "the Committee" })
        #expect(council.mentions.filter { $0.text == "the Council" }.map(\.entity) == ["actor/ecosoc"])
        // After a special procedure: its Council ("reports … submitted to the Council").
        let reports = try extract("Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Council")
        #expect(reports.mentions.filter { $0.text == "the Council" }.map(\.entity) == ["actor/human-rights-council"])
        // In a Council's own resolution, that Council, whatever council was named last.
        let extractor = try #require(Self.extractor)
        let text = "Welcomes the cooperation with the Security Council and requests the Council to remain seized"
        let p = Paragraph(id: "op1", kind: .operative, text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        let own = extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", body: "Human Rights Council", sourceName: "x"), operative: [p]))
        #expect(own.mentions.filter { $0.text == "the Council" }.map(\.entity) == ["actor/human-rights-council"])
    }

    /// "the High Commissioner" alone: the holder of the high commissioner's office named last.
    @Test func theHighCommissionerIsTheHolderOfTheOfficeNamedLast() throws {
        let hr = try extract("Commends the Office of the High Commissioner and encourages the High Commissioner to continue")
        #expect(hr.mentions.filter { $0.text == "the High Commissioner" }.map(\.entity) == ["actor/high-commissioner-for-human-rights"])
        let refugees = try extract("Welcomes the work of the Office of the United Nations High Commissioner for Refugees and requests the High Commissioner to report")
        #expect(refugees.mentions.filter { $0.text == "the High Commissioner" }.map(\.entity) == ["actor/high-commissioner-for-refugees"])
        #expect(try extract("Requests the High Commissioner to report").mentions.allSatisfy { $0.text != "the High Commissioner" })
    }

    /// Office-holders of a known body are actors of their own, named after the body; the vocabulary's own title keeps its id.
    @Test func officeHoldersOfKnownBodies() throws {
        let found = try ids("Invites the Executive Director of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women), the Director-General of the International Labour Office and the Executive Director of the United Nations Office on Drugs and Crime to cooperate")
        #expect(found == ["actor/executive-director-of-the-united-nations-entity-for-gender-equality-and-the-empo-59de2175",
                          "actor/director-general-of-the-international-labour-organization", "actor/executive-director-unodc"])
        // Another rank is not the Secretary-General: an official of its own, by portfolio.
        #expect(try ids("Invites the Under-Secretary-General for Safety and Security to brief")
                == ["actor/under-secretary-general-for-safety-and-security"])
    }
}
