import Foundation
import Testing
@testable import ResolutionGraph

/// The committed sample report in a real browser: headless Chromium (Debian's `chromium`) driven by
/// `Tests/Interop/check_html.py` over the DevTools protocol. It loads with no console error and no network
/// request, shows every highlight and panel, the keyboard reaches a highlight, and screenshots are kept in
/// `Tests/Artifacts/` (git-ignored). Fails, never skips, without Chromium: run-tests.sh and .ci/run install it.
@Suite("Report: in Chromium")
struct BrowserTests {
    @Test func theSampleReportLoadsCleanlyInChromium() throws {
        let report = TestSupport.output.appendingPathComponent("A_C.3_73_L.7.report.html")
        let artifacts = TestSupport.root.appendingPathComponent("Tests/Artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let screenshot = artifacts.appendingPathComponent("report-sample.png")
        let listing = EntityListing([try TestSupport.linkedSample()])
        let mentions = listing.entities.reduce(0) { $0 + $1.mentions.count }
        let run = try TestSupport.interop("check_html.py", [report.path, "--screenshot", screenshot.path,
                                                             "--expect-highlights", String(mentions), "--min-panels", String(listing.entities.count)])
        #expect(run.status != 2, "Chromium is missing: apt-get install -y chromium (\(run.stderr))")
        #expect(run.status == 0, "check_html.py failed (exit \(run.status)):\n\(run.stderr)\n\(run.stdout)")
        let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(summary?["highlights"] as? Int == mentions)
        #expect((summary?["svg"] as? Int ?? 0) == 1, "the picture is drawn")
        #expect(FileManager.default.fileExists(atPath: screenshot.path))
        print("report screenshots: \((summary?["screenshots"] as? [String] ?? []).joined(separator: ", "))")
    }
}
