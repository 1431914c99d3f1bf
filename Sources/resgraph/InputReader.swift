import Foundation
import ResolutionGraph

/// Reads an input file, refusing what is not a readable regular file before reading any of it.
enum InputReader {
    static func read(_ path: String, limit: Int) throws -> SourceDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ResolutionGraphError.fileNotFound(path)
        }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ResolutionGraphError.unreadable(path, reason: "cannot read its attributes")
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular, !isDirectory.boolValue else {
            throw ResolutionGraphError.notARegularFile(path)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit { throw ResolutionGraphError.tooLarge(path, bytes: size, limit: limit) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ResolutionGraphError.unreadable(path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw ResolutionGraphError.unreadable(path, reason: error.localizedDescription)
        }
        let bytes = [UInt8](data)
        if PDFText.isPDF(bytes) { return SourceDocument(name: path, bytes: try PDFText.extract(path: path)) }
        return SourceDocument(name: path, bytes: bytes)
    }
}
