import Foundation
import ResolutionGraph

/// (c) The whole pipeline: Ingest, Segment, Extract, Link, GraphBuilder, then every serializer (both DOT
/// views) writing to a temporary folder. The vocabulary is loaded once from the repository's Ontology/.
nonisolated(unsafe) let pipeline: Pipeline = {
    let here = URL(fileURLWithPath: #filePath)
    let ontology = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Ontology")
    do {
        return Pipeline(vocabulary: try Vocabulary.load(from: ontology))
    } catch {
        fatalError("cannot load the vocabulary from \(ontology.path): \(error)")
    }
}()

nonisolated(unsafe) let folder: String = {
    let path = NSTemporaryDirectory() + "/resgraph-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let linked = try? pipeline.process(SourceDocument(name: "fuzz", bytes: bytes)) else { return 0 }
    let graph = pipeline.graph([linked])
    for format in ExportFormat.allCases {
        let path = folder + "/" + OutputNaming.stem(forSymbol: linked.symbol) + "." + format.fileExtension
        try? Pipeline.export(graph, format: format, to: path)
    }
    try? Pipeline.export(graph, format: .dot, to: folder + "/summary.dot", options: ExportOptions(dotView: .summary, top: 5))
    if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
        for n in names { unlink(folder + "/" + n) }
    }
    return 0
}
