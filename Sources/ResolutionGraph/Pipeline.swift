import Foundation

/// The whole job, one stage after another:
///
/// ```
/// bytes ─▶ Ingest ─▶ Segment ─▶ Extract ─▶ Link ─▶ Graph ─▶ Serialize
///          IngestedText Document  ExtractedDocument LinkedDocument KnowledgeGraph  RDF/XML · GraphML · DOT · N-Triples · Turtle
/// ```
///
/// - ``Ingester``: decodes (UTF-8, UTF-16, Windows-1252), refuses binary, normalizes characters line by
///   line, detects the format.
/// - ``DocumentReader``: the ``Segmenter`` for PDF text, the ``AkomaNtosoReader`` for AKN XML; recovers metadata, preambular and operative paragraphs, footnotes and citations.
/// - ``Extractor``: finds actors, instruments and themes by vocabulary and by pattern.
/// - ``Linker``: actions (who is asked to do what), footnote citations, relations between instruments.
/// - ``GraphBuilder``: merges documents into one graph with deterministic order.
/// - ``GraphSerializer``: one per ``ExportFormat``.
/// - ``HTMLReport``: the page for people, over the linked documents and their graph.
public struct Pipeline: Sendable {
    public let ingester: Ingester
    public let reader: DocumentReader
    public let extractor: Extractor
    public let linker: Linker
    /// The time one document may take through ``process(_:)``; a document still running when it is
    /// spent is abandoned at the next check with ``ResolutionGraphError/tooSlow(_:seconds:stage:)``.
    /// `nil`: no limit.
    public var secondsPerDocument: Double?

    /// The default time limit: 120 s, over a thousand times what the longest resolution of the corpus takes.
    public static let defaultSecondsPerDocument = 120.0

    /// A pipeline over `vocabulary`. Build it once and reuse it: the matchers are built here.
    public init(vocabulary: Vocabulary, ingester: Ingester = Ingester(),
                secondsPerDocument: Double? = Pipeline.defaultSecondsPerDocument) {
        self.ingester = ingester
        self.secondsPerDocument = secondsPerDocument
        self.reader = DocumentReader()
        self.extractor = Extractor(vocabulary: vocabulary)
        self.linker = Linker(vocabulary: vocabulary)
    }

    /// Runs one document through Ingest, Segment, Extract and Link.
    /// - Throws: ``ResolutionGraphError`` for input that cannot be read as a document, or
    ///   ``ResolutionGraphError/tooSlow(_:seconds:stage:)`` past ``secondsPerDocument``.
    public func process(_ source: SourceDocument) throws -> LinkedDocument {
        let deadline = Deadline(seconds: secondsPerDocument, name: source.name)
        let text = try ingester.ingest(source)
        try deadline.check("ingest")
        let document = try reader.read(text)
        try deadline.check("segment")
        let extracted = extractor.extract(document)
        try deadline.check("extract")
        let linked = linker.link(extracted)
        try deadline.check("link")
        return linked
    }

    /// Merges processed documents into one graph; `corpusSymbols` names the documents of the whole corpus
    /// when `documents` are one part of it (``GraphBuilder/build(_:corpusSymbols:)``).
    /// `documents` are consumed: pass the last copy (`graph(consume documents)`) and each is released
    /// once folded into the graph.
    public func graph(_ documents: consuming [LinkedDocument], corpusSymbols: [String] = []) -> KnowledgeGraph {
        GraphBuilder.build(consume documents, corpusSymbols: corpusSymbols)
    }

    /// The document symbols of a `--corpus-symbols` file: one a line, surrounding white space trimmed;
    /// empty lines and lines starting with `#` are skipped.
    public static func corpusSymbols(fromFile path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw ResolutionGraphError.fileNotFound(path) }
        guard !isFolder.boolValue else { throw ResolutionGraphError.notARegularFile(path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ResolutionGraphError.unreadable(path, reason: "the corpus symbols must be UTF-8 text, one document symbol a line")
        }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The HTML report of `documents` (merged as `graph`), reading actions with this pipeline's verb forms.
    public func report(_ documents: [LinkedDocument], graph: KnowledgeGraph, picture: GraphPicture,
                       options: HTMLReport.Options = HTMLReport.Options()) -> HTMLReport {
        HTMLReport(documents: documents, graph: graph, verbs: extractor.vocabulary.verbs, picture: picture, options: options)
    }

    /// Writes `graph` in `format` to `path`, atomically: a reader never sees a half-written file.
    public static func export(_ graph: KnowledgeGraph, format: ExportFormat, to path: String,
                              options: ExportOptions = ExportOptions()) throws {
        let serializer = format.serializer(options: options)
        try AtomicFile.write(to: path) { temp in try serializer.write(graph, to: temp) }
    }
}
