import Testing
@testable import ResolutionGraph

@Suite("Ingest")
struct IngestTests {
    @Test func decodesUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array("Urges States".utf8), name: "a").text == "Urges States")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Décide".utf8), name: "a")
        #expect(bom.text == "Décide")
        #expect(bom.encoding == "UTF-8")
    }

    @Test func decodesUTF16WithBOMAndWithout() throws {
        let text = "Recalling the Convention, ‘thereto’"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoder.decode(le, name: "a").text == text)
        let be: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = try TextDecoder.decode(be, name: "a")
        #expect(decoded.text == text)
        #expect(decoded.encoding == "UTF-16BE")
    }

    @Test func decodesLatin1AndWindows1252() throws {
        // "Côte d’Ivoire" in Windows-1252: ô = F4, right single quote = 92.
        let bytes: [UInt8] = [0x43, 0xF4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6F, 0x69, 0x72, 0x65]
        let decoded = try TextDecoder.decode(bytes, name: "a")
        #expect(decoded.text == "Côte d’Ivoire")
        #expect(decoded.encoding == "Windows-1252")
    }

    @Test func refusesEmptyWhitespaceAndBinary() {
        #expect(throws: ResolutionGraphError.emptyInput("e")) { try TextDecoder.decode([], name: "e") }
        #expect(throws: ResolutionGraphError.emptyInput("w")) { try TextDecoder.decode(Array(" \n\t \r\n".utf8), name: "w") }
        let binary: [UInt8] = (0..<2048).map { UInt8(($0 * 7919 + 13) % 256) }
        #expect(throws: ResolutionGraphError.binaryInput("b")) { try TextDecoder.decode(binary, name: "b") }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]
        #expect(throws: ResolutionGraphError.binaryInput("p")) { try TextDecoder.decode(png, name: "p") }
    }

    @Test func normalizesLookAlikeCharacters() {
        #expect(TextNormalizer.normalize("non\u{2011}governmental") == "non-governmental")
        #expect(TextNormalizer.normalize("22\u{2060}–23\u{202F}September\u{00A0}2025") == "22–23 September 2025")
        #expect(TextNormalizer.normalize("Women\u{2019}s") == "Women's")
        #expect(TextNormalizer.normalize("Re\u{0301}sume\u{0301}") == "Résumé")
        #expect(TextNormalizer.normalize("page\u{000C}break") == "page break")
    }

    @Test func splitsLinesWithByteRanges() {
        let lines = Ingester.splitLines("ab\r\ncé\u{000C}d\n")
        #expect(lines.map(\.text) == ["ab", "cé", "d"])
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(lines.map(\.byteRange) == [0..<2, 4..<7, 8..<9])
    }

    @Test func detectsFormatFromContent() {
        #expect(Ingester.detectFormat("  <?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"x\">") == .akomaNtoso)
        #expect(Ingester.detectFormat("<!DOCTYPE html><html><body>") == .html)
        #expect(Ingester.detectFormat("The General Assembly,") == .plainText)
    }

    @Test func refusesDocumentsOverTheLimit() {
        let ingester = Ingester(maximumBytes: 10)
        #expect(throws: ResolutionGraphError.tooLarge("big", bytes: 11, limit: 10)) {
            try ingester.ingest(SourceDocument(name: "big", bytes: Array("0123456789A".utf8)))
        }
    }
}
