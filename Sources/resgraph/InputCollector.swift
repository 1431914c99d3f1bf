import Foundation
import ResolutionGraph

/// Expands the paths given on the command line: files stay as they are; folders are walked
/// recursively for documents (`.txt`, `.xml`, `.html`, `.htm`, `.akn`, `.pdf`), in sorted order, skipping
/// hidden files and symbolic links to folders.
enum InputCollector {
    static let extensions: Set<String> = ["txt", "xml", "html", "htm", "akn", "xhtml", "pdf"]

    struct Collected {
        var files: [String]
        var errors: [ResolutionGraphError]
    }

    static func collect(_ paths: [String]) -> Collected {
        var files = [String]()
        var errors = [ResolutionGraphError]()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path) // InputReader reports what is wrong with it
                continue
            }
            var found = [String]()
            if let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                                           options: [.skipsHiddenFiles]) {
                for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
                    if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                        found.append(path.hasSuffix("/") ? path + relative(url, to: path) : path + "/" + relative(url, to: path))
                    }
                }
            }
            if found.isEmpty {
                errors.append(.notARegularFile(path + " (a folder with no .txt, .xml, .html or .pdf documents)"))
            }
            files += found.sorted()
        }
        return Collected(files: files, errors: errors)
    }

    private static func relative(_ url: URL, to root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }
}
