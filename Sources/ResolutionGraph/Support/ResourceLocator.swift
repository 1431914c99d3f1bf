import Foundation

/// Finds the bundled `Ontology/` folder and sample document without relying on the working directory.
///
/// Order: an explicit folder (`--ontology`), then `RESGRAPH_ONTOLOGY`, then the resource bundle next to
/// the executable (what `swift build` lays out), then `../share/resgraph/` next to it (an install), then
/// the source checkout the binary was built from.
public enum ResourceLocator {
    static let bundleName = "ResolutionGraph_ResolutionGraphResources.resources"

    /// The folders that may hold bundled resources, most specific first.
    static func resourceRoots() -> [URL] {
        var roots = [URL]()
        var executables = [URL]()
        if let exe = Bundle.main.executableURL { executables.append(exe.resolvingSymlinksInPath()) }
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            executables.append(URL(fileURLWithPath: path))
        }
        #endif
        for exe in executables {
            let dir = exe.deletingLastPathComponent()
            roots.append(dir.appendingPathComponent(bundleName))
            roots.append(dir.deletingLastPathComponent().appendingPathComponent("share/resgraph"))
        }
        // The checkout this file was compiled from: Sources/ResolutionGraph/Support/ResourceLocator.swift.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        roots.append(checkout)
        roots.append(checkout.appendingPathComponent("Sources/ResolutionGraphResources"))
        return roots
    }

    /// The ontology folder to use.
    /// - Throws: ``ResolutionGraphError/ontologyNotFound(_:)`` when none is found.
    public static func ontologyFolder(explicit: String? = nil) throws -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let env = ProcessInfo.processInfo.environment["RESGRAPH_ONTOLOGY"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        for root in resourceRoots() {
            let candidate = root.appendingPathComponent("Ontology")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("vocabulary/actors.tsv").path) {
                return candidate
            }
        }
        throw ResolutionGraphError.ontologyNotFound("(bundled Ontology)")
    }

    /// The bundled sample resolution, draft A/C.3/73/L.7 "Trafficking in women and girls".
    public static func sampleDocument() throws -> URL {
        for root in resourceRoots() {
            let candidate = root.appendingPathComponent("Samples/A_C.3_73_L.7.txt")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        throw ResolutionGraphError.fileNotFound("bundled sample A_C.3_73_L.7.txt")
    }
}
