import Testing
@testable import ResolutionGraph

@Suite("Support: slugs")
struct SlugTests {
    @Test func readableAndValid() {
        #expect(Slug.make("Special Rapporteur on trafficking in persons") == "special-rapporteur-on-trafficking-in-persons")
        #expect(Slug.make("Déclaration «universelle»") == "declaration-universelle")
        #expect(Slug.make("!!!") == "x")
    }

    /// Two long names that agree on their first 80 characters are two identifiers (they were one,
    /// which merged two instruments found by pattern); a long name's slug is stable and valid.
    @Test func longNamesKeepTheirDifference() {
        let base = "International Guidelines for the Management of Deep Sea Fisheries in the High Seas"
        let a = Slug.make(base), b = Slug.make(base + " of the Food and Agriculture Organization of the United Nations")
        #expect(a != b)
        #expect(a.utf8.count <= 89 && b.utf8.count <= 89, "\(a) \(b)")
        #expect(a.hasPrefix("international-guidelines-for-the-management-of-deep-sea-fisheries-in-the-high-se"))
        #expect(Slug.isValid(a) && Slug.isValid(b))
        #expect(Slug.make(base) == a)
        #expect(Slug.make("short name", maxLength: 80) == "short-name")
    }
}
