import Foundation

/// Builds one graph from documents folded in one at a time, as they are done, from any thread and in any
/// order: the graph is the one ``GraphBuilder/build(_:corpusSymbols:)`` makes of the same documents.
///
/// Memory: a document is folded into what the graph keeps of it (its nodes, compact edge records, the
/// entities it names, its citations of other documents) and can then be released; a run never holds all
/// its documents. What depends on the other documents — which document's word on a shared entity counts
/// (the first in symbol order), the links between documents, the order of nodes and edges — is settled
/// in ``graph()``. Of two documents with the same symbol, the one whose source name sorts first is kept
/// (as ``CrossDocumentLinks/deduplicate(_:)`` chooses).
public final class GraphAccumulator: @unchecked Sendable {
    private let lock = NSLock()
    private var edges = GraphEdges.Builder()
    private var records = GraphEdges.RecordChunks()
    private var parts = [GraphBuilder.Part]()
    private var partOfSymbol = [String: Int]()
    /// The parts' mentions of each entity, added up as they are folded in (not kept per part).
    private var mentionCounts = [String: Int]()
    /// Each distinct entity the parts name, once (documents name the same vocabulary entities again and
    /// again); a part keeps indices into it.
    private var entities = [(id: String, entity: Entity)]()
    /// The indices in `entities` of each id's distinct entities (nearly always one).
    private var entitiesOfID = [String: [Int32]]()

    public init() {}

    /// Folds `document` into the graph. Thread-safe.
    public func add(_ document: consuming LinkedDocument) {
        lock.lock()
        defer { lock.unlock() }
        let symbol = document.symbol
        if let i = partOfSymbol[symbol] {
            guard document.document.metadata.sourceName < parts[i].sourceName else { return }
            // The replaced document's mentions no longer count (one mention edge per mention), nor its edges.
            let old = parts[i].records
            for k in parts[i].mentionEdges { mentionCounts[edges.strings[Int(records[old.lowerBound + k].target)], default: 0] -= 1 }
            records.remove(old)
            parts[i] = counted(GraphBuilder.part(document, edges: &edges))
        } else {
            partOfSymbol[symbol] = parts.count
            parts.append(counted(GraphBuilder.part(document, edges: &edges)))
        }
    }

    /// `part` without its mention counts, which are added to the run's, and with its entities as
    /// indices into the run's table of distinct entities.
    private func counted(_ part: consuming GraphBuilder.Part) -> GraphBuilder.Part {
        var part = part
        for (id, n) in part.mentionCounts { mentionCounts[id, default: 0] += n }
        part.mentionCounts = [:]
        part.records = records.append(part.edges)
        part.edges = []
        part.entityRefs.reserveCapacity(part.entities.count)
        for (id, entity) in part.entities {
            if let known = entitiesOfID[id]?.first(where: { entities[Int($0)].entity == entity }) {
                part.entityRefs.append(known)
            } else {
                precondition(entities.count < Int(Int32.max), "too many distinct entities for one graph")
                let ref = Int32(entities.count)
                entities.append((id, entity))
                entitiesOfID[id, default: []].append(ref)
                part.entityRefs.append(ref)
            }
        }
        part.entities = []
        return part
    }

    /// The number of documents folded in (one per symbol).
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return parts.count
    }

    /// The graph of the documents folded in; the accumulator is empty afterwards. `corpusSymbols`: as
    /// for ``GraphBuilder/build(_:corpusSymbols:)``.
    public func graph(corpusSymbols: [String] = []) -> KnowledgeGraph {
        lock.lock()
        defer { lock.unlock() }
        let parts = self.parts
        self.parts = []
        partOfSymbol = [:]
        let edges = self.edges
        self.edges = GraphEdges.Builder()
        let records = self.records
        self.records = GraphEdges.RecordChunks()
        let mentionCounts = self.mentionCounts
        self.mentionCounts = [:]
        let entities = self.entities
        self.entities = []
        entitiesOfID = [:]
        return GraphBuilder.graph(parts, edges: edges, records: records, entities: entities, mentionCounts: mentionCounts, corpusSymbols: corpusSymbols)
    }
}
