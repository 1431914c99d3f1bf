import Foundation
import Testing
@testable import ResolutionGraph

@Suite("Serialize: the listing's JSON is JSONEncoder's, byte for byte")
struct ListingJSONTests {
    /// A listing with every shape the writer must reproduce: empty and filled arrays and objects, a null title,
    /// keys needing sorting, and strings needing escapes (quotes, backslash, slash, control characters, non-ASCII).
    static func tricky() -> EntityListing {
        var listing = EntityListing([])
        listing.documents = [
            .init(id: "A/RES/1", symbol: "A/RES/1", title: nil, paragraphs: .init(preambular: 0, operative: 12), footnotes: 0),
            .init(id: "A/C.3/73/L.7", symbol: "A/C.3/73/L.7", title: "Quote \" back \\ slash / tab \t nl \n cr \r ff \u{0C} bs \u{08} nul \u{00} us \u{1F} del \u{7F} é “ü” 😀",
                  paragraphs: .init(preambular: 3, operative: 0), footnotes: 7),
        ]
        listing.entities = [
            .init(id: "actor/x", kind: "actor", category: "un-entity", label: "X", aliases: [], identifiers: [:], mentions: []),
            .init(id: "instrument/y", kind: "instrument", category: "convention", label: "Y “quoted”", aliases: ["Y1", "y \"2\""],
                  identifiers: ["symbol": "A/RES/64/293", "unts-volume": "2225", "Zeta": "z", "alpha": "a", "é": "e"],
                  mentions: [.init(document: "A/RES/1", paragraph: "op1", start: 0, end: 12, text: "Y\u{01}\u{10}"),
                             .init(document: "A/RES/1", paragraph: "pp2", start: 120_000, end: 120_003, text: "")]),
        ]
        return listing
    }

    @Test func handWrittenJSONMatchesTheEncoder() throws {
        let listing = Self.tricky()
        #expect(try listing.json() == listing.encodedJSON())
        let empty = EntityListing([])
        #expect(try empty.json() == empty.encodedJSON())
    }

    /// Over a megabyte: written in chunks (``EntityListing/writeJSON(to:)``), which join to the encoder's text.
    @Test func chunkedListingMatchesTheEncoder() throws {
        var listing = Self.tricky()
        let mentions = (0..<12_000).map {
            EntityListing.MentionRow(document: "A/RES/\($0 % 97)", paragraph: "op\($0 % 13)", start: $0, end: $0 + 9, text: "Élan “\($0)”")
        }
        listing.entities[1].mentions += mentions
        var chunks = [String]()
        listing.writeJSON { chunks.append($0) }
        #expect(chunks.count > 1)
        #expect(chunks.joined() == (try listing.encodedJSON()))
    }

    @Test func sampleListingMatchesTheEncoder() throws {
        let listing = EntityListing([try TestSupport.linkedSample()])
        #expect(!listing.entities.isEmpty)
        #expect(try listing.json() == listing.encodedJSON())
    }
}
