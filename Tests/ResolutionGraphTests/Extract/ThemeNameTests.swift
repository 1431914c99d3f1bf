import Foundation
import Testing
@testable import ResolutionGraph

/// Theme words written as words of a capitalized name the vocabulary lacks (`ThemeNames`): a day, decade, unit,
/// programme, fund or meeting (not an observance) named after a topic is no mention of the topic (gold guideline).
@Suite("Extract: theme words inside capitalized names")
struct ThemeNameTests {
    func themes(_ text: String) throws -> [String] { try ThemeCueTests().themes(text).map(\.0) }

    @Test func aThemeCapitalizedInsideANameIsNoMention() throws {
        for (text, theme) in [
            ("Requests the Terrorism Prevention Branch of the Office to continue its work", "theme/terrorism"),
            ("Welcomes the dialogue initiated by the Rule of Law Unit in the Executive Office", "theme/rule-of-law"),
            ("Recalls the Second World Assembly on Ageing and the Global Biodiversity Framework Fund", "theme/older-persons"),
            ("Recalls the Second World Assembly on Ageing and the Global Biodiversity Framework Fund", "theme/biodiversity"),
        ] {
            #expect(!(try themes(text)).contains(theme), "\(text)")
        }
    }

    @Test func capitalsThatSayNoNameKeepTheTheme() throws {
        // The theme's own capitals, a sentence's first word, singular of a capitalized label, a meeting's quoted theme.
        #expect(try themes("Stresses the importance of affordable Internet connectivity").contains("theme/ict"))
        #expect(try themes("Education is a human right, and poverty remains").contains("theme/education"))
        #expect(try themes("Encourages support for the well-being of the Kanak Indigenous People").contains("theme/indigenous-peoples"))
        #expect(try themes("Decides that the meeting will address the theme “Leveraging Sport for Sustainable Development”")
            .contains("theme/sustainable-development"))
        #expect(try themes("Welcomes efforts towards the eradication of poverty by Member States").contains("theme/poverty-eradication"))
        // An observance's subject is a topic of the text that marks it.
        #expect(try themes("Welcomes the International Year for the Elimination of Child Labour").contains("theme/child-labour"))
    }
}

/// Recall: phrasings of themes the labels and aliases lacked.
@Suite("Extract: theme phrasings")
struct ThemePhrasingTests {
    func themes(_ text: String) throws -> [String] { try ThemeCueTests().themes(text).map(\.0) }

    @Test func interAgencyPartnershipIsCooperationAndPartnership() throws {
        let found = try themes("Welcomes the meetings, which reinforced the vital role of inter-agency partnership in tackling trafficking")
        #expect(found.contains("theme/inter-agency-cooperation") && found.contains("theme/partnerships"), "\(found)")
        #expect(try themes("Encourages efforts to strengthen inter-agency collaboration").contains("theme/inter-agency-cooperation"))
    }

    @Test func variantsTheLabelsLacked() throws {
        for (text, theme) in [
            ("Noting children's protection from sexual abuse and exploitation of children", "theme/sexual-exploitation-of-children"),
            ("ending trafficking and sexual and other types of exploitation", "theme/sexual-exploitation"),
            ("violence against women migrant workers, including online harassment and abuse", "theme/technology-facilitated-violence"),
            ("supporting durable solutions to disaster-related displacement", "theme/disaster-displacement"),
            ("the forced or compulsory recruitment of children for use in armed conflict", "theme/children-and-armed-conflict"),
            ("gun violence and illicit small arms trafficking", "theme/small-arms"),
            ("capacity-building, including in countries in conflict and post-conflict countries", "theme/armed-conflict"),
            ("those living in conflict zones or areas susceptible to natural disasters", "theme/armed-conflict"),
        ] {
            #expect(try themes(text).contains(theme), "\(text)")
        }
        // The longer phrase is the theme, not the shorter one inside it.
        #expect(!(try themes("the forced or compulsory recruitment of children for use in armed conflict")).contains("theme/armed-conflict"))
    }

    @Test func awarenessAndDataSaidByAVerbAndItsObject() throws {
        #expect(try themes("encouraging further efforts to raise international awareness about the situation").contains("theme/awareness-raising"))
        #expect(try themes("Welcoming global efforts to enhance awareness of the needs of people").contains("theme/awareness-raising"))
        #expect(try themes("to develop practical tools on measuring and collecting timely and reliable data on the contribution").contains("theme/data-collection"))
        // Awareness that grows is no campaign to raise it.
        #expect(!(try themes("Noting with satisfaction the increasing awareness and growing momentum")).contains("theme/awareness-raising"))
    }

    @Test func accountabilityViolationsAndHumanitarianAction() throws {
        #expect(try themes("those individuals responsible for the use of chemical weapons must be held accountable").contains("theme/accountability"))
        #expect(try themes("to revoke all discriminatory legislation and hold accountable those responsible").contains("theme/accountability"))
        #expect(try themes("build effective, accountable and inclusive institutions at all levels").contains("theme/accountability"))
        #expect(try themes("personnel are rarely held accountable for violations of human rights").contains("theme/human-rights-violations"))
        #expect(try themes("indiscriminate attacks and massive abuses of human rights by terrorist groups").contains("theme/human-rights-violations"))
        #expect(try themes("to ensure and facilitate safe and unhindered humanitarian access").contains("theme/humanitarian-assistance"))
        #expect(try themes("Calls upon the international community to provide technical and financial support").contains("theme/technical-assistance"))
        #expect(try themes("such violations will be properly investigated and appropriately prosecuted").contains("theme/prosecution"))
    }

    @Test func traffickingSaidOfItsVictimsAndItsFight() throws {
        #expect(try themes("while not criminalizing the victims and survivors of trafficking").contains("theme/trafficking-in-persons"))
        #expect(try themes("as part of a comprehensive anti-trafficking strategy").contains("theme/trafficking-in-persons"))
        // The victims of trafficking in organs name organ removal too; to counter trafficking in cultural property is no trafficking in persons.
        #expect(try themes("addressing the vulnerability of victims of trafficking in human organs").contains("theme/organ-removal"))
        let cultural = try themes("to prevent and counter trafficking in cultural property")
        #expect(cultural.contains("theme/trafficking-in-cultural-property") && !cultural.contains("theme/trafficking-in-persons"), "\(cultural)")
    }

    @Test func identifyingVictimsAndTrainingOfficials() throws {
        #expect(try themes("measures to prevent trafficking, to identify and protect the victims").contains("theme/victim-identification"))
        #expect(try themes("and to regularly train public officials who work in those facilities").contains("theme/training"))
        // "identified victims" are victims already identified, and "trained staff" is no programme of training.
        #expect(!(try themes("to send official information about identified victims to the destination countries")).contains("theme/victim-identification"))
        #expect(!(try themes("accessible services, trained staff, reliable information")).contains("theme/training"))
    }

    @Test func genericFamiliesAndEventSubjectsAreNoThemes() throws {
        for text in ["Recognizes that people living with noncommunicable diseases, their families and caregivers have unique experiences",
                     "grant adequate compensation to the families of the victims",
                     "interference with his or her privacy, family, home or correspondence"] {
            #expect(!(try themes(text)).contains("theme/family"), "\(text)")
        }
        #expect(try themes("interference with his or her privacy, family, home or correspondence").contains("theme/privacy"))
        #expect(try themes("Encourages policies that support the family as the natural unit of society").contains("theme/family"))
        let meeting = try themes("Recalling the high-level plenary meeting of the General Assembly on addressing large movements of refugees and migrants")
        #expect(!meeting.contains("theme/refugees"), "\(meeting)")
        #expect(try themes("to reduce the number of pending and ageing cases").isEmpty)
    }
}
