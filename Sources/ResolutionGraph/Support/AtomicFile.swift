import Foundation

/// Writes a file so that readers only ever see the old complete file or the new complete one: the
/// content goes to a temporary file in the same folder, which is renamed into place on success and
/// removed on failure.
public enum AtomicFile {
    /// Calls `body` with a temporary path beside `path`, then renames it to `path`.
    public static func write(to path: String, _ body: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ResolutionGraphError.output(path, reason: "the folder \(folder) does not exist")
        }
        let temp = folder + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try body(temp)
            if rename(temp, path) != 0 {
                throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temp)
            throw error
        }
    }
}
