import Foundation
import Testing
@testable import ResolutionGraph

/// Issue 9: the `resgraph` binary given hostile input. Each test asserts a clear one-line error (or a
/// correct result), the exit status, no crash and no half-written output.
@Suite("CLI: hostile input", .serialized)
struct HostileInputTests {
    // MARK: helpers

    /// Writes `bytes` to a fresh file named `name`; returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = try TestSupport.temporaryFolder("hostile-in").appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// The visible files (not `.…tmp`) of a folder, sorted.
    func visibleFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func hiddenTemporaryFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    /// Runs `export input -o fresh-folder`; expects `status`, one stderr line holding `words`, and no output file.
    @discardableResult
    func expectRefused(_ input: String, status: Int32 = 1, mentioning words: [String], extra: [String] = []) throws -> TestSupport.Run {
        let out = try TestSupport.temporaryFolder("hostile-out")
        let run = try TestSupport.resgraph(["export", input, "-o", out.path] + extra)
        #expect(run.status == status, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "not one line: \(run.stderr)")
        for word in words { #expect(run.stderr.contains(word), "\(words) not in: \(run.stderr)") }
        #expect(visibleFiles(out.path).isEmpty, "output written: \(visibleFiles(out.path))")
        #expect(hiddenTemporaryFiles(out.path).isEmpty)
        return run
    }

    /// Times `body`, printing the figure (a measurement, never an assertion).
    func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let result = try body()
        print("HostileInputTests: \(label): \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        return result
    }

    var sampleText: String { get throws { try String(contentsOf: TestSupport.sample, encoding: .utf8) } }

    /// The first summary line of exporting the UTF-8 sample: its counts.
    func sampleSummaryLine() throws -> String {
        let out = try TestSupport.temporaryFolder("hostile-out")
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out.path, "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        return String(run.stdout.split(separator: "\n").first ?? "")
    }

    // MARK: text encodings and shapes

    @Test func onlyWhitespaceIsRefusedAsEmpty() throws {
        let path = try file("blank.txt", " \n\t\r\n   \u{0C}\n\u{00A0}\n")
        try expectRefused(path, mentioning: ["blank.txt", "empty"])
    }

    /// Every byte sequence decodes as Windows-1252, so invalid UTF-8 is read, never refused: the
    /// fallback must say so on stderr (mojibake is never silent), and the document is still exported.
    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        var bytes = Array(try sampleText.utf8)
        // "Côte d'Ivoire" in Windows-1252 (ô = 0xF4), and curly quotes 0x93 0x94: not UTF-8.
        bytes += Array("\n  Recalling the position of C".utf8) + [0xF4] + Array("te d'Ivoire and ".utf8) + [0x93, 0x41, 0x94] + [0x0A]
        let path = try file("A_C.3_73_L.7.txt", bytes)
        let out = try TestSupport.temporaryFolder("hostile-out")
        let run = try TestSupport.resgraph(["export", path, "-o", out.path, "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("decoded as Windows-1252"), "no warning: \(run.stderr)")
        #expect(run.stderr.contains(path))
        #expect(visibleFiles(out.path) == ["A_C.3_73_L.7.dot"])
        // The decoded text has the right characters, not U+FFFD.
        let inspect = try TestSupport.resgraph(["inspect", path, "--format", "json"])
        #expect(inspect.stdout.contains("Côte d'Ivoire"), "\(inspect.stdout.suffix(400))")
        #expect(inspect.stdout.contains("Windows-1252"))
        // Valid UTF-8 gets no such warning.
        let clean = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out.path, "--format", "dot"])
        #expect(!clean.stderr.contains("Windows-1252"))
    }

    @Test(arguments: [
        ("UTF-16LE with BOM", String.Encoding.utf16LittleEndian, true),
        ("UTF-16BE with BOM", String.Encoding.utf16BigEndian, true),
        ("UTF-16LE without BOM", String.Encoding.utf16LittleEndian, false),
        ("UTF-16BE without BOM", String.Encoding.utf16BigEndian, false),
    ])
    func utf16IsDecodedLikeUTF8(_ label: String, _ encoding: String.Encoding, _ bom: Bool) throws {
        var bytes = [UInt8](try #require(try sampleText.data(using: encoding)))
        if bom { bytes = (encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + bytes }
        let path = try file("A_C.3_73_L.7.txt", bytes)
        let out = try TestSupport.temporaryFolder("hostile-out")
        let run = try TestSupport.resgraph(["export", path, "-o", out.path, "--format", "dot"])
        #expect(run.status == 0, "\(label): \(run.stderr)")
        #expect(run.stderr.isEmpty, "\(label): \(run.stderr)")
        #expect(String(run.stdout.split(separator: "\n").first ?? "") == (try sampleSummaryLine()), "\(label)")
    }

    @Test func oddLengthUTF16IsRefused() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Hello".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0x41]
        try expectRefused(try file("odd.txt", bytes), mentioning: ["odd.txt", "no encoding"])
    }

    /// One line of 10 MB (the sample's text with its line breaks replaced by spaces, repeated): it must
    /// finish, with a result or a clear error. The time is printed.
    @Test func aSingleTenMegabyteLineFinishes() throws {
        let flat = try sampleText.replacingOccurrences(of: "\n", with: " ")
        var line = ""
        line.reserveCapacity(10 << 20)
        while line.utf8.count < 10 << 20 { line += flat }
        let path = try file("one-line.txt", line)
        let out = try TestSupport.temporaryFolder("hostile-out")
        let run = try timed("a single 10 MB line") {
            try TestSupport.resgraph(["export", path, "-o", out.path, "--format", "dot"])
        }
        #expect(run.status == 0 || run.status == 1, "\(run.status): \(run.stderr)")
        if run.status == 1 {
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(visibleFiles(out.path).isEmpty)
        } else {
            #expect(visibleFiles(out.path).count == 1)
        }
        #expect(hiddenTemporaryFiles(out.path).isEmpty)
    }

    /// 100,000 footnote markers glued to words in numbered paragraphs (and a few hundred footnotes):
    /// processed in bounded time, and the document is exported.
    @Test func oneHundredThousandFootnoteMarkers() throws {
        var text = "United Nations\nA/C.3/99/L.1\n\nGeneral Assembly\n\n  The General Assembly,\n\n"
        text += "  Recalling the United Nations Convention against Transnational Organized Crime,1\n\n"
        var marker = 1
        for p in 1...1000 {
            text += "  \(p). Urges Member States"
            for _ in 0..<100 {
                text += " to act on crime\(marker % 500 + 1),"
                marker += 1
            }
            text += " and to report;\n\n"
        }
        text += "__________________\n"
        for n in 1...500 { text += "\(n) See resolution \(n)/1.\n" }
        let path = try file("markers.txt", text)
        let out = try TestSupport.temporaryFolder("hostile-out")
        let run = try timed("100,000 footnote markers") {
            try TestSupport.resgraph(["export", path, "-o", out.path, "--format", "dot"])
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(visibleFiles(out.path) == ["A_C.3_99_L.1.dot"])
        #expect(run.stdout.contains("1000 actions"), "\(run.stdout)")
    }

    // MARK: XML and HTML

    static let aknOpen = #"<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">"#

    @Test(arguments: [300, 100_000])
    func deeplyNestedXMLIsAClearError(_ depth: Int) throws {
        let xml = Self.aknOpen + String(repeating: "<container>", count: depth) + "x" + String(repeating: "</container>", count: depth) + "</akomaNtoso>"
        let run = try timed("XML nested \(depth) deep") { try expectRefused(try file("deep.xml", xml), mentioning: ["deep.xml", "malformed XML"]) }
        #expect(run.stderr.contains("deep") || run.stderr.contains("depth"), "\(run.stderr)")
    }

    @Test func malformedXMLNamesLineAndColumn() throws {
        let xml = Self.aknOpen + "\n<statement>\n<preface><p>text</preface>\n</akomaNtoso>"
        try expectRefused(try file("broken.xml", xml), mentioning: ["broken.xml:", "malformed XML"])
    }

    /// A billion-laughs document: entities are never expanded, so it takes no time and little memory.
    @Test func billionLaughsIsNotExpanded() throws {
        var xml = #"<?xml version="1.0"?>"# + "\n<!DOCTYPE akomaNtoso [\n  <!ENTITY lol \"lol\">\n"
        xml += "  <!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">\n"
        for i in 2...9 { xml += "  <!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n" }
        xml += "]>\n" + Self.aknOpen + "<statement><mainBody><paragraph><num>1.</num><content><p>Urges &lol9; Member States</p></content></paragraph></mainBody></statement></akomaNtoso>\n"
        let path = try file("laughs.xml", xml)
        let run = try timed("billion laughs") { try TestSupport.resgraph(["inspect", path, "--format", "json"]) }
        #expect(run.status == 0 || run.status == 1, "\(run.status): \(run.stderr)")
        #expect(!run.stdout.contains("lollollol"), "an entity was expanded")
        #expect(run.stdout.utf8.count < 1 << 20)
        #expect(run.stderr.split(separator: "\n").count <= 1, "\(run.stderr)")
    }

    /// External entities (XXE) are neither fetched nor substituted.
    @Test func externalEntitiesAreNotRead() throws {
        let xml = #"<?xml version="1.0"?>"# + "\n<!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> <!ENTITY net SYSTEM \"http://127.0.0.1:9/x\"> ]>\n"
            + Self.aknOpen + "<statement><mainBody><paragraph><num>1.</num><content><p>Urges &xxe; &net; Member States</p></content></paragraph></mainBody></statement></akomaNtoso>\n"
        let path = try file("xxe.xml", xml)
        let run = try TestSupport.resgraph(["inspect", path, "--format", "json"])
        #expect(run.status == 0 || run.status == 1, "\(run.status): \(run.stderr)")
        #expect(!run.stdout.contains("root:"), "/etc/passwd was read")
        #expect(!run.stderr.contains("root:"))
    }

    /// Scripts and styles are not text: nothing inside `<script>` reaches the document.
    @Test func htmlScriptsAreIgnored() throws {
        let html = """
            <!DOCTYPE html><html><head><title>A/RES/80/1</title>
            <script>document.write("1. Decides to EVILSCRIPT everything;")</script><style>p { content: "EVILSTYLE" }</style></head>
            <body><p>United Nations A/RES/80/1</p>
            <p><i>The General Assembly</i>,</p>
            <p><i>Recalling</i> the United Nations Convention against Transnational Organized Crime,</p>
            <script type="text/javascript">var x = "2. Urges EVILSCRIPT2 to act;";</script>
            <p>1. <i>Urges</i> Member States to consider ratifying the Convention;</p>
            <p>2. <i>Requests</i> the Secretary-General to report to the General Assembly at its eighty-first session.</p>
            <noscript>EVILNOSCRIPT</noscript></body></html>
            """
        let path = try file("page.html", html)
        let run = try TestSupport.resgraph(["inspect", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("EVILSCRIPT"), "script text reached the document")
        #expect(!run.stdout.contains("EVILSTYLE"))
        #expect(run.stdout.contains("Urges"))
        #expect(run.stdout.contains("Secretary-General"))
    }

    // MARK: files and folders

    /// As root (these tests usually run as root) `chmod 000` does not stop reading, so the unreadable
    /// file is `/proc/self/mem`: a regular file of size 0 whose read fails with EIO. Not as root, a
    /// `chmod 000` file is tried as well.
    @Test func anUnreadableFileIsNamed() throws {
        #if os(Linux)
        try expectRefused("/proc/self/mem", mentioning: ["/proc/self/mem", "cannot be read"])
        #endif
        if getuid() != 0 {
            let path = try file("secret.txt", try sampleText)
            chmod(path, 0)
            try expectRefused(path, mentioning: ["secret.txt", "cannot be read"])
        }
    }

    @Test func aDirectoryGivenAsAFileOfAFolderIsRefused() throws {
        let dir = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir.path + "/sub.txt", withIntermediateDirectories: true)
        try expectRefused(dir.path, mentioning: [dir.path, "no .txt"])
    }

    /// An output folder that cannot be created (its parent is a regular file): exit 3, one line, nothing
    /// written. Read-only folders and full disks: ``OutputFailureAndLimitTests``.
    @Test func anOutputFolderThatCannotBeCreated() throws {
        let blocker = try file("not-a-folder", "x")
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", blocker + "/sub", "-q"])
        #expect(run.status == 3, "\(run.status): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(blocker + "/sub"))
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "x")
    }

    /// An output that cannot be renamed into place (a non-empty folder holds its name): exit 3, one
    /// line naming it, the folder untouched and no temporary file left.
    @Test func anOutputNameTakenByAFolder() throws {
        let out = try TestSupport.temporaryFolder("hostile-out")
        try FileManager.default.createDirectory(atPath: out.path + "/A_C.3_73_L.7.dot/keep", withIntermediateDirectories: true)
        let run = try TestSupport.resgraph(["export", TestSupport.sample.path, "-o", out.path, "--format", "dot", "-q"])
        #expect(run.status == 3, "\(run.status): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("A_C.3_73_L.7.dot"))
        #expect(FileManager.default.fileExists(atPath: out.path + "/A_C.3_73_L.7.dot/keep"))
        #expect(hiddenTemporaryFiles(out.path).isEmpty)
    }

    /// A symbol that is a path (`../../etc/passwd`, `A/RES/1 (2020)`): the files stay in the output folder.
    @Test(arguments: ["../../etc/passwd", "A/RES/1 (2020)", "/", "..", "A/../../../x"])
    func aSymbolCannotEscapeTheOutputFolder(_ symbol: String) throws {
        let fixture = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("A_HRC_RES_57_14.xml"), encoding: .utf8)
        let xml = fixture.replacingOccurrences(of: ##"<docNumber refersTo="#symbol">A/HRC/RES/57/14</docNumber>"##,
                                               with: ##"<docNumber refersTo="#symbol">"## + symbol.replacingOccurrences(of: "&", with: "&amp;") + "</docNumber>")
        #expect(xml != fixture)
        let root = try TestSupport.temporaryFolder("hostile-escape")
        let out = root.appendingPathComponent("a/b/out").path
        let path = try file("evil.xml", xml)
        let run = try TestSupport.resgraph(["export", path, "-o", out, "--format", "all", "--split"])
        #expect(run.status == 0, "\(run.stderr)")
        let written = visibleFiles(out)
        #expect(written.count == 5, "\(written)")
        for name in written {
            #expect(!name.contains("/") && !name.hasPrefix("."), "\(name)")
        }
        // Nothing appeared beside or above the output folder.
        #expect(visibleFiles(root.appendingPathComponent("a/b").path) == ["out"])
        #expect(visibleFiles(root.path) == ["a"])
        #expect(run.stdout.contains("files written: " + out + "/"))
    }
}
