/// The nodes of a graph in their order, stored where they were made: the node arrays of the documents
/// folded into the graph (and one of the entities), with an 8-byte reference per node giving the order.
/// A ``GraphNode`` is read in place.
///
/// A graph of a corpus has a node per paragraph and action (72 bytes each, besides their texts); copying
/// them from the documents' arrays into one sorted array held them twice while the graph was settled,
/// and sorting them took a buffer of half as many again.
public struct GraphNodes: RandomAccessCollection, Sendable, Equatable {
    private var chunks: [[GraphNode]]
    /// Node `i` is `chunks[order[i] >> 32][order[i] & 0xFFFF_FFFF]`; nil: the nodes of `chunks[0]`, in order.
    private var order: [UInt64]?

    /// The nodes of `nodes`, in that order.
    public init(_ nodes: [GraphNode]) {
        chunks = [nodes]
        order = nil
    }

    /// The nodes of `chunks` in the order of `order` (``reference(chunk:index:)``).
    init(chunks: [[GraphNode]], order: [UInt64]) {
        self.chunks = chunks
        self.order = order
    }

    /// The reference to node `index` of `chunks[chunk]`.
    @inline(__always)
    static func reference(chunk: Int, index: Int) -> UInt64 {
        precondition(chunk < Int(UInt32.max) && index < Int(UInt32.max), "too many nodes for one graph")
        return UInt64(chunk) << 32 | UInt64(index)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order?.count ?? chunks[0].count }

    public subscript(position: Int) -> GraphNode {
        guard let order else { return chunks[0][position] }
        let r = order[position]
        return chunks[Int(r >> 32)][Int(r & 0xFFFF_FFFF)]
    }

    public static func == (a: GraphNodes, b: GraphNodes) -> Bool { a.elementsEqual(b) }

    public static func == (a: GraphNodes, b: [GraphNode]) -> Bool { a.elementsEqual(b) }

    public static func == (a: [GraphNode], b: GraphNodes) -> Bool { a.elementsEqual(b) }
}
