import Testing
@testable import ResolutionGraph

/// Rules that the fourth batch of blind gold standards (A/RES/79/154, 79/158, 79/186, 79/189) asked for, on the bundled
/// vocabulary: mandates worded otherwise than the vocabulary has them, names with an aim ("… to End …"), officials by
/// portfolio, a period of validity closing a title, an instrument named after its author's name instead of its acronym,
/// a broader theme read inside a narrower one's name, and who takes part beside the addressees.
@Suite("Extract and Link: rules from unseen documents")
struct UnseenDocumentRuleTests {
    func extract(_ text: String, id: String = "op1") throws -> ExtractedDocument {
        let pipeline = try TestSupport.pipeline()
        let p = Paragraph(id: id, kind: .operative, number: "1", text: text, lines: 1...1, byteRange: 0..<text.utf8.count)
        return pipeline.extractor.extract(Document(metadata: DocumentMetadata(symbol: "X", sourceName: "x"), operative: [p]))
    }

    func ids(_ text: String) throws -> Set<String> { Set(try extract(text).mentions.map(\.entity)) }

    func actions(_ text: String) throws -> [(verb: String, addressees: [String])] {
        let pipeline = try TestSupport.pipeline()
        return pipeline.linker.link(try extract(text)).actions.map { ($0.verb, $0.addressees) }
    }

    /// "on the sale, sexual exploitation and abuse of children" is the vocabulary's mandate "on the sale, sexual exploitation
    /// and sexual abuse of children", also inside a list of mandates; "on violence against children" is not the mandate on
    /// violence against women (a word of its own, "children", follows what the two share).
    @Test func aMandateWordedOtherwiseIsTheKnownMandate() throws {
        let list = try ids("Reiterates the importance of coordination among the Special Rapporteurs of the Human Rights Council on trafficking in persons, especially women and children, on the sale, sexual exploitation and abuse of children, and on contemporary forms of slavery, including its causes and consequences, in order to act;")
        #expect(list.isSuperset(of: ["actor/special-rapporteur-trafficking-in-persons", "actor/special-rapporteur-sale-of-children",
                                     "actor/special-rapporteur-contemporary-forms-of-slavery"]))
        #expect(!list.contains { $0.hasPrefix("actor/special-rapporteur-on-the-sale") })
        #expect(try ids("Invites the Special Rapporteur on the sale, sexual exploitation and abuse of children to continue;")
            .contains("actor/special-rapporteur-sale-of-children"))
        let other = try ids("Invites the Special Rapporteur on violence against children and armed groups to report;")
        #expect(!other.contains("actor/special-rapporteur-violence-against-women"))
    }

    /// "Campaign to End Child Marriage": the aim is part of the name, and the author's name inside it is no mention.
    @Test func anAimInTitleCaseContinuesAName() throws {
        let found = try ids("Takes note of the African Union Campaign to End Child Marriage and the Global Alliance to End Statelessness;")
        #expect(found.contains("actor/african-union-campaign-to-end-child-marriage"))
        #expect(found.contains("actor/global-alliance-to-end-statelessness"))
        #expect(!found.contains("actor/african-union"))
        // A lower-case or non-aim "to" does not: "the Commission to the Council".
        #expect(!(try ids("Invites the Zanzibar Reef Commission to Report on its work;")).contains { $0.contains("to-report") })
    }

    @Test func officialsByPortfolio() throws {
        let found = try ids("Requests the Under-Secretary-General for Economic and Social Affairs and the Assistant Secretary-General for Youth Affairs to report;")
        #expect(found.contains("actor/under-secretary-general-for-economic-and-social-affairs"))
        #expect(found.contains("actor/assistant-secretary-general-for-youth-affairs"))
        let doc = try extract("Requests the Under-Secretary-General for Policy to report;")
        #expect(doc.entities["actor/under-secretary-general-for-policy"]?.category == "official")
    }

    /// "…, 2020–2030" closes a title; a single year after a comma does not (it is a date: "…, 2015").
    @Test func aPeriodAfterACommaClosesATitle() throws {
        let found = try ids("Mindful of the Strategy for Sustainability Management in the United Nations System, 2020–2030, and best practices;")
        #expect(found.contains("instrument/strategy-for-sustainability-management-in-the-united-nations-system-2020-2030"))
        let single = try ids("Mindful of the Strategy for Sustainability Management in the United Nations System, 2020, and best practices;")
        #expect(single.contains("instrument/strategy-for-sustainability-management-in-the-united-nations-system"))
    }

    /// "ASEAN Convention against Trafficking in Persons, …" in the vocabulary is also written with ASEAN's name.
    @Test func anInstrumentNamedWithItsAuthorsNameInsteadOfItsAcronym() throws {
        let found = try ids("Noting the Association of Southeast Asian Nations Convention Against Trafficking in Persons, Especially Women and Children;")
        #expect(found.contains("instrument/asean-trafficking-convention"))
        #expect(!found.contains("actor/asean"))
    }

    /// "forced marriage" inside "child, early and forced marriage" (whose broader theme it is) is no theme of its own;
    /// said alone, it is.
    @Test func aBroaderThemeInsideANarrowerOnesNameIsNoMention() throws {
        let inside = try ids("Urges States to end child, early and forced marriage;")
        #expect(inside.contains("theme/child-early-and-forced-marriage"))
        #expect(!inside.contains("theme/forced-marriage"))
        #expect(try ids("Urges States to end forced marriage and child labour;").contains("theme/forced-marriage"))
    }

    /// "with the participation of …" and "together with …" name who takes part beside the addressees, who are not asked.
    @Test(arguments: [
        "Calls upon States, with the participation of relevant stakeholders, including civil society, the media and the private sector, to develop strategies;",
        "Calls upon States, together with civil society and the private sector, to develop strategies;",
        "Calls upon States, with the involvement of civil society, to develop strategies;",
    ])
    func whoTakesPartBesideTheAddresseesIsNotAsked(_ text: String) throws {
        #expect(try actions(text).first?.addressees == ["actor/states"], "\(text)")
    }
}

extension UnseenDocumentRuleTests {
    /// ", and States parties to implement" after the first infinitive adds an addressee, as ", and for States Parties to"
    /// does; ", and non-governmental organizations and to disseminate it" (a second infinitive of the first addressee) does not.
    @Test func aSecondAddresseeWithItsOwnInfinitive() throws {
        let a = try actions("Urges Member States to consider signing and ratifying, and States parties to implement, the Convention on the Rights of the Child;")
        #expect(a.first?.addressees == ["actor/member-states", "actor/states-parties"])
        let b = try actions("Requests the Secretary-General to bring the present resolution to the attention of Member States, and non-governmental organizations and to disseminate it;")
        #expect(b.first?.addressees == ["actor/secretary-general"])
    }
}

extension UnseenDocumentRuleTests {
    /// "the Programme of Action for Youth" after "the World Programme of Action for Youth" is that programme; "the Declaration
    /// on Youth Policies and Programmes" after "the Lisbon Declaration on …" is not (a place is no droppable word).
    @Test func aTitleRepeatedWithoutItsGenericWordsIsTheFullTitle() throws {
        let found = try ids("Calls upon Member States to consider the indicators for the World Programme of Action for Youth when monitoring the implementation of the Programme of Action for Youth;")
        #expect(found.contains("instrument/world-programme-of-action-youth"))
        #expect(!found.contains("instrument/programme-of-action-for-youth"))
        let other = try ids("Recalling the Lisbon Declaration on Youth Policies and Programmes, and noting the Zanzibar Reef Declaration on Youth Policies and Programmes;")
        #expect(other.contains("instrument/zanzibar-reef-declaration-on-youth-policies-and-programmes"))
    }

    /// Aliases the fifth batch asked for: legislatures, mainstream media, religious institutions, United Nations mandate holders.
    @Test func stakeholderAliases() throws {
        let found = try ids("Invites members of legislatures, mainstream media, religious institutions and United Nations mandate holders to act;")
        #expect(found.isSuperset(of: ["actor/parliaments", "actor/media", "actor/faith-based-organizations", "actor/special-procedures"]))
        // Stakeholder categories the blind annotators named in several documents.
        let categories = try ids("Invites professional associations, migrant-led organizations, diaspora organizations, health authorities, pharmaceutical companies, lower-middle-income countries and international and regional financial institutions to act;")
        #expect(categories.isSuperset(of: ["actor/professional-organizations", "actor/migrant-organizations", "actor/diaspora-organizations",
                                           "actor/health-authorities", "actor/pharmaceutical-companies", "actor/lower-middle-income-countries",
                                           "actor/international-financial-institutions",
                                           "actor/regional-financial-institutions"]))
        // "all countries" asked to act are the States.
        #expect(try actions("Urges all countries to integrate the 2030 Agenda for Sustainable Development into their national policies;")
            .first?.addressees == ["actor/states"])
    }
}

/// Rules that the sixth batch of blind gold standards (A/C.3/80/L.10, L.45, A/RES/79/153, 79/176) asked for.
extension UnseenDocumentRuleTests {
    /// "and the" before a capitalized run starts another name; the name before it ends there. Before lower case ("and the
    /// rights of …") the end stays uncertain and no name is made.
    @Test func andTheBeforeACapitalizedRunEndsAName() throws {
        let found = try ids("Welcomes the work of the Trust Fund on Indigenous Issues and the Global Dialogue on Artificial Intelligence Governance;")
        #expect(found.contains("actor/trust-fund-on-indigenous-issues"))
        let uncertain = try ids("Welcomes the work of the Zanzibar Reef Fund for Fisheries and the rights of fishers;")
        #expect(!uncertain.contains { $0.hasPrefix("actor/zanzibar-reef-fund") })
    }

    /// "their representative organizations" are the organizations of the people named before them in the clause; "their
    /// families" and "such persons" are skipped, and people narrowed by a complement ("girls with disabilities") are the
    /// persons the complement names.
    @Test func theirRepresentativeOrganizationsAreThoseOfThePeopleNamedBefore() throws {
        #expect(try ids("Encourages States to consult persons with disabilities, including those in vulnerable situations, and their representative organizations;")
            .contains("actor/organizations-of-persons-with-disabilities"))
        #expect(try ids("Encourages States to involve girls with disabilities, and their representative organizations;")
            .contains("actor/organizations-of-persons-with-disabilities"))
        let rare = try ids("Encourages States to involve persons living with a rare disease and their families, including through their representative organizations;")
        #expect(rare.contains("actor/organizations-of-persons-living-with-a-rare-disease"))
        let vague = try ids("Encourages States to consult such persons through their representative organizations;")
        #expect(!vague.contains { $0.hasPrefix("actor/organizations-of") })
        // Across a clause boundary the people are not the antecedent.
        let other = try ids("Notes the situation of persons with disabilities; invites States to consult their representative organizations;")
        #expect(!other.contains("actor/organizations-of-persons-with-disabilities"))
    }

    /// "women's and girl-led organizations", "women's and youth organizations": the possessor's organizations too.
    @Test func aPossessorBeforeAnotherModifierOfTheNoun() throws {
        let led = try ids("Encourages States to consult women's and girl-led organizations;")
        #expect(led.isSuperset(of: ["actor/womens-organizations", "actor/girl-led-organizations"]))
        #expect(try ids("Encourages States to consult women’s and youth organizations;").isSuperset(of: ["actor/womens-organizations", "actor/youth-organizations"]))
    }

    /// ", in this regard takes note of …", ", accordingly reaffirms …": a new clause after a comma and fillers; not a relative
    /// clause (", that also stresses").
    @Test func aClauseAfterACommaAndFillers() throws {
        let a = try actions("Calls upon States to investigate killings, in this regard takes note of the reports of the Special Rapporteur, and underlines the need for measures;")
        #expect(a.map(\.verb) == ["call-upon", "take-note", "underline"])
        let b = try actions("Recognizes that information and communications technologies can foster growth, accordingly reaffirms its commitment to bridging the digital divide;")
        #expect(b.map(\.verb).count == 2)
        let c = try actions("Welcomes the work of the Commission, that also stresses the need for data;")
        #expect(c.map(\.verb) == ["welcome"])
    }

    /// "them" is plural: one office-holder named beside groups in the previous clause is not its referent.
    @Test func themIsNotALoneOfficeHolder() throws {
        let a = try actions("Expresses its appreciation to those States that have received the Special Rapporteur, invites them to inform the Special Rapporteur of the actions taken;")
        #expect(a.last?.verb == "invite")
        #expect(a.last?.addressees == ["actor/states"])
        // Office-holders only: "them" are they.
        let b = try actions("Requests the Secretary-General and the United Nations High Commissioner for Human Rights to report, and encourages them to consult States;")
        #expect(b.last?.addressees.contains("actor/secretary-general") == true)
    }

    /// "Convention of the Rights of Persons with Disabilities", a slip for "on", is the vocabulary's convention.
    @Test func aSwappedHeadPrepositionIsTheKnownTitle() throws {
        let found = try ids("Recalling the Convention of the Rights of Persons with Disabilities,")
        #expect(found.contains("instrument/crpd"))
        #expect(!found.contains { $0.hasPrefix("instrument/convention-of-the-rights") })
    }

    /// "human rights defenders" is an actor and a theme, the vocabulary naming both with the same words.
    @Test func aGroupThatIsAlsoATheme() throws {
        let found = try ids("Urges States to protect human rights defenders and persons targeted because of their sexual orientation or gender identity;")
        #expect(found.isSuperset(of: ["actor/human-rights-defenders", "theme/human-rights-defenders", "theme/sexual-orientation-gender-identity"]))
    }

    /// Vocabulary entries and aliases the batch asked for.
    @Test func sixthBatchVocabulary() throws {
        let found = try ids("Notes the work of judicial personnel, private security providers, the United Nations Development Fund for Women, the UNFPA-UNICEF Joint Programme on the Elimination of Female Genital Mutilation, the Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders and the outcomes of the twenty-third special session of the General Assembly;")
        #expect(found.isSuperset(of: ["actor/judiciary", "actor/private-military-and-security-companies", "actor/unifem",
                                      "actor/joint-programme-fgm", "actor/crime-congress", "instrument/beijing-plus-5-outcome"]))
    }
}

extension UnseenDocumentRuleTests {
    /// "United Nations mechanisms, processes and bodies" names United Nations bodies too; "United Nations departments, agencies
    /// and subagencies" United Nations agencies. Only names the vocabulary knows count.
    @Test func unitedNationsSharedByCoordinatedNouns() throws {
        let found = try extract("Invites all relevant United Nations mechanisms, processes and bodies to allow participation;")
        #expect(found.mentions.contains { $0.entity == "actor/un-system" && $0.text == "bodies" })
        #expect(!(try ids("Invites the United Nations Office on Drugs and Crime and States to act;")).contains("actor/un-system"))
    }

    /// "Observatory" heads a body's name: "African Migration Observatory".
    @Test func anObservatoryIsABody() throws {
        let doc = try extract("Welcomes the work of the Global Observatory on Donation and Transplantation;")
        #expect(doc.entities["actor/global-observatory-on-donation-and-transplantation"]?.kind == .actor)
    }

    /// "his Office" after the High Commissioner for Human Rights is OHCHR.
    @Test func anOfficeHoldersOffice() throws {
        let doc = try extract("Invites the United Nations High Commissioner for Human Rights to continue, and also invites his Office to pursue further work;")
        #expect(doc.mentions.contains { $0.entity == "actor/ohchr" && $0.text == "Office" })
    }

    /// Themes that blind annotators of several documents named and their aliases: land tenure, globalization,
    /// intergenerational solidarity, criminal organizations, health emergencies, adequate compensation.
    @Test func sixthBatchThemes() throws {
        let found = try ids("Stresses land tenure, globalization, intergenerational solidarity, criminal organizations, health emergencies and adequate compensation;")
        #expect(found.isSuperset(of: ["theme/land-rights", "theme/globalization", "theme/intergenerational-solidarity",
                                      "theme/transnational-organized-crime", "theme/public-health", "theme/remedies"]))
    }
}

/// Rules that the seventh blind batch (A/C.3/80/L.28, L.39, A/RES/79/150, 79/178) asked for.
extension UnseenDocumentRuleTests {
    /// "Recommends that States, the United Nations and other actors, including …, in their efforts to promote …, ensure":
    /// every actor of the subject is asked, past "other actors, including" and the aside before the verb.
    @Test func aThatClauseSubjectWithAnInclusionAndAnAside() throws {
        let a = try actions("Recommends that States, the United Nations and other actors, including national human rights institutions and non-governmental organizations, in their efforts to promote freedom of religion or belief, ensure the widest possible dissemination of the Declaration;")
        #expect(a.first?.addressees == ["actor/states", "actor/un-system", "actor/national-human-rights-institutions", "actor/ngos"])
        // Partners named in the aside are not asked.
        let b = try actions("Recommends that States, in cooperation with the media, ensure the dissemination of the Declaration;")
        #expect(b.first?.addressees == ["actor/states"])
    }

    /// Aliases the batch asked for: bodies and groups based on religion or belief, community-based social organizations,
    /// "brought to justice" as accountability, social exclusion, dialogue among religions.
    @Test func seventhBatchAliases() throws {
        let found = try ids("Urges bodies and groups based on religion or belief and community-based social organizations to ensure that perpetrators are brought to justice, to address social exclusion and to promote dialogue among religions;")
        #expect(found.isSuperset(of: ["actor/faith-based-organizations", "actor/community-based-organizations", "theme/accountability",
                                      "theme/social-inclusion", "theme/intercultural-dialogue"]))
        // "access to justice" stays its own theme.
        #expect(!(try ids("Stresses access to justice for all;")).contains("theme/accountability"))
        // The racism formula names xenophobia too; arbitrary arrest is arbitrary detention.
        let more = try ids("Condemns racism, racial discrimination, xenophobia and related intolerance and arbitrary arrest or detention, and calls upon transnational corporations and other business enterprises to act;")
        #expect(more.isSuperset(of: ["theme/racism", "theme/xenophobia", "theme/arbitrary-detention", "theme/business-and-human-rights"]))
    }
}

extension UnseenDocumentRuleTests {
    /// A title before a colon and a subtitle with a head are one title: "Obstetric Fistula: Guiding Principles for Clinical
    /// Management and Programme Development"; a subtitle opened by "A"/"An" already was.
    @Test func aSubtitleWithAHeadAfterAColon() throws {
        let doc = try extract("Takes note of the Trafficking in Persons for the Purpose of Organ Removal: UNODC Assessment Toolkit;")
        let title = try #require(doc.entities.values.first { $0.kind == .instrument })
        #expect(title.label == "Trafficking in Persons for the Purpose of Organ Removal: UNODC Assessment Toolkit")
    }
}

/// Rules that the eighth blind batch (A/C.3/80/L.47, A/RES/79/167, and A/RES/80/194 and 80/212 from their Akoma Ntoso)
/// asked for.
extension UnseenDocumentRuleTests {
    /// Special envoys, advisers, representatives and coordinators the vocabulary lacks are office-holders by their title;
    /// the Secretary-General named inside the title is no mention of its own.
    @Test func specialEnvoysByTheirTitle() throws {
        let doc = try extract("Welcomes the work of the Special Envoy of the Secretary-General for Road Safety and the Special Adviser on Solutions to Internal Displacement;")
        #expect(doc.entities["actor/special-envoy-of-the-secretary-general-for-road-safety"]?.category == "official")
        #expect(doc.entities["actor/special-adviser-on-solutions-to-internal-displacement"]?.category == "official")
        #expect(!doc.mentions.contains { $0.entity == "actor/secretary-general" })
        // The vocabulary's own stays the vocabulary's, in either word order.
        let water = try ids("Welcomes the work of the Special Envoy on Water of the Secretary-General;")
        #expect(water.contains("actor/special-envoy-on-water") && !water.contains("actor/secretary-general"))
    }

    /// Named armed and terrorist groups and national liberation movements are actors; "organizations of women" are women's
    /// organizations; "Central African States" and the title-case World Conference formula name no entity.
    @Test func eighthBatchVocabulary() throws {
        let found = try ids("Condemns Boko Haram, Al-Qaida and the Islamic State in Iraq and the Levant (ISIL), supports national liberation movements and organizations of women, and invites Central African States to attend the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance;")
        #expect(found.isSuperset(of: ["actor/boko-haram", "actor/al-qaida", "actor/isil", "actor/national-liberation-movements", "actor/womens-organizations"]))
        #expect(!found.contains("actor/african-states"))
        #expect(!found.contains("theme/racism") && !found.contains("theme/xenophobia"))
        #expect(try ids("Condemns racism, racial discrimination, xenophobia and related intolerance;").isSuperset(of: ["theme/racism", "theme/xenophobia"]))
        // Business enterprises are an actor and the business and human rights theme; attacks on the civilian population the
        // protection of civilians — but not "civilian programmes".
        let more = try ids("Calls upon business enterprises to respect human rights and condemns attacks against the civilian population;")
        #expect(more.isSuperset(of: ["actor/business-enterprises", "theme/business-and-human-rights", "theme/protection-of-civilians"]))
        #expect(!(try ids("Notes civilian programmes of nuclear energy;")).contains("theme/protection-of-civilians"))
    }

    /// "organizations of women, girls, persons with disabilities and broader civil society": the prefix shared by the
    /// coordinated people names women's organizations and organizations of persons with disabilities.
    @Test func organizationsOfCoordinatedPeople() throws {
        let found = try ids("Calls upon States to consult local communities, including organizations of women, girls, persons with disabilities and broader civil society;")
        #expect(found.isSuperset(of: ["actor/womens-organizations", "actor/organizations-of-persons-with-disabilities"]))
    }
}
