import Foundation
import Testing
@testable import ResolutionGraph

@Suite("Extract: vocabulary files")
struct VocabularyTests {
    @Test func theBundledVocabularyLoadsAndIsConsistent() throws {
        let v = try TestSupport.vocabulary()
        #expect(v.entities.values.filter { $0.kind == .actor }.count >= 50)
        #expect(v.entities.values.filter { $0.kind == .instrument }.count >= 50)
        #expect(v.entities.values.filter { $0.kind == .theme }.count >= 30)
        #expect(!v.verbs.isEmpty)
        // No alias names two different entities of the same kind (an ambiguous alias is a bug).
        var owner = [String: String]()
        for e in v.entities.values.sorted(by: { $0.id < $1.id }) {
            for name in Set(([e.label] + e.aliases).map { $0.lowercased() }) {
                let key = e.kind.rawValue + ":" + name
                #expect(owner[key] == nil, "\(name) names both \(owner[key] ?? "") and \(e.id)")
                owner[key] = e.id
            }
        }
        // No ignored phrase is also an entity's name: the tie would silence the entity (the Organisation of Eastern
        // Caribbean States was ignored this way, then found again by shape under a second id).
        let fold = { (s: String) in s.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "’", with: "'") }
        let names = Set(v.entities.values.flatMap { ([$0.label] + $0.aliases).map { fold($0.hasPrefix("=") ? String($0.dropFirst()) : $0) } })
        let both = v.ignoredPhrases.filter { names.contains(fold($0)) }
        #expect(both.isEmpty, "ignore.tsv phrases that are also entities' names: \(both)")
    }

    @Test func malformedLinesAreReportedWithFileAndLine() throws {
        let dir = try TestSupport.temporaryFolder("vocab")
        let folder = dir.appendingPathComponent("vocabulary")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let header = "id\tcategory\tlabel\taliases\tidentifiers\trelations\n"
        try (header + "actor/a\tstate-group\tA\t\t\t\n").write(to: folder.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
        try (header + "instrument/Bad Id\tconvention\tX\t\t\t\n").write(to: folder.appendingPathComponent("instruments.tsv"), atomically: true, encoding: .utf8)
        try header.write(to: folder.appendingPathComponent("themes.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: ResolutionGraphError.self) { try Vocabulary.load(from: dir) }
        do {
            _ = try Vocabulary.load(from: dir)
        } catch let error as ResolutionGraphError {
            #expect("\(error)".contains("instruments.tsv:2"))
        }
    }

    @Test func aMissingFolderSaysWhatToPass() {
        #expect(throws: ResolutionGraphError.ontologyNotFound("/nonexistent")) {
            try Vocabulary.load(from: URL(fileURLWithPath: "/nonexistent"))
        }
    }
}
