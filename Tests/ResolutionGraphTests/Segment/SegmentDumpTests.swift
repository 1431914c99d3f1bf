import Foundation
import Testing
@testable import ResolutionGraph

/// Writes a dump of the file named by RESGRAPH_DUMP (debugging aid; skipped otherwise).
@Test func segmentDumpFromEnvironment() throws {
    guard let path = ProcessInfo.processInfo.environment["RESGRAPH_DUMP"] else { return }
    let d = try Segmenter().segment(SegmentFixtures.ingest(path: path))
    print(SegmentFixtures.dump(d))
}
