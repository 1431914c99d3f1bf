/// The edges of a graph, stored compactly: a 16-byte record per edge (its ends and the documents and
/// paragraphs of its provenance as indices into one table of strings, the relation as a small integer)
/// and one record per distinct piece of evidence, shared by the edges read from it (an action's
/// `has-action`, `addressee` and `concerns` edges). A ``GraphEdge`` is made when one is read.
///
/// A graph of a corpus holds several edges per word of its text; as an array of ``GraphEdge`` (two
/// `String`s and an optional ``Provenance`` of three more: 104 bytes each) the edges were the largest
/// part of an export's memory.
public struct GraphEdges: RandomAccessCollection, Sendable, Equatable {
    struct Record {
        var source: Int32
        var target: Int32
        /// Index into `provenances`, or -1.
        var provenance: Int32
        /// Index into ``GraphEdges/relationsInOrder``: comparing two is comparing the relations.
        var relation: UInt8
    }

    /// 20 bytes: the strings as indices (the same quoted text recurs across a corpus: "Member States").
    struct StoredProvenance {
        var document: Int32
        var paragraph: Int32
        var start: Int32
        var end: Int32
        /// Index into ``GraphEdges/texts``.
        var text: Int32
    }

    /// Node keys, document symbols and paragraph ids, each once.
    var strings: [String]
    var records: [Record]
    var provenances: [StoredProvenance]
    /// The quoted texts of the evidence, each once (byte for byte).
    var texts: [String]

    /// Every relation, in the order of ``RelationName``'s `<` (by raw value).
    static let relationsInOrder: [RelationName] = RelationName.allCases.sorted()
    static let relationIndex: [RelationName: UInt8] = {
        precondition(relationsInOrder.count <= Int(UInt8.max))
        return Dictionary(uniqueKeysWithValues: relationsInOrder.enumerated().map { ($1, UInt8($0)) })
    }()

    init(strings: [String], records: [Record], provenances: [StoredProvenance], texts: [String]) {
        self.strings = strings
        self.records = records
        self.provenances = provenances
        self.texts = texts
    }

    /// The edges of `edges`, in that order.
    public init(_ edges: [GraphEdge]) {
        var builder = Builder()
        let records = edges.map { builder.record($0) }
        self.init(strings: builder.strings, records: records, provenances: builder.provenances, texts: builder.texts)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> GraphEdge {
        let r = records[position]
        return GraphEdge(source: strings[Int(r.source)], target: strings[Int(r.target)], relation: Self.relationsInOrder[Int(r.relation)],
                         provenance: r.provenance < 0 ? nil : provenance(Int(r.provenance)))
    }

    /// The source key of edge `position`, without making the edge.
    public func source(_ position: Int) -> String { strings[Int(records[position].source)] }
    /// The target key of edge `position`, without making the edge.
    public func target(_ position: Int) -> String { strings[Int(records[position].target)] }

    func provenance(_ index: Int) -> Provenance {
        let p = provenances[index]
        return Provenance(document: strings[Int(p.document)], paragraph: strings[Int(p.paragraph)], start: Int(p.start), end: Int(p.end),
                          text: texts[Int(p.text)])
    }

    public static func == (a: GraphEdges, b: GraphEdges) -> Bool { a.elementsEqual(b) }

    public static func == (a: GraphEdges, b: [GraphEdge]) -> Bool { a.elementsEqual(b) }

    public static func == (a: [GraphEdge], b: GraphEdges) -> Bool { a.elementsEqual(b) }

    /// Makes edge records, storing each string once (the records are the caller's to keep).
    struct Builder {
        private var index = [String: Int32]()
        private(set) var strings = [String]()
        private(set) var provenances = [StoredProvenance]()
        private var textIndex = [ExactText: Int32]()
        private(set) var texts = [String]()

        mutating func id(_ s: String) -> Int32 {
            if let i = index[s] { return i }
            let i = Int32(strings.count)
            precondition(strings.count < Int(Int32.max), "too many distinct keys for one graph")
            strings.append(s)
            index[s] = i
            return i
        }

        /// Stores `p` once; the index to give to the edges read from it.
        mutating func provenance(_ p: Provenance?) -> Int32 {
            guard let p else { return -1 }
            precondition(provenances.count < Int(Int32.max), "too much evidence for one graph")
            precondition(Int32(exactly: p.start) != nil && Int32(exactly: p.end) != nil, "evidence offset beyond 32 bits")
            let text: Int32
            if let t = textIndex[ExactText(p.text)] {
                text = t
            } else {
                text = Int32(texts.count)
                precondition(texts.count < Int(Int32.max), "too many distinct evidence texts for one graph")
                texts.append(p.text)
                textIndex[ExactText(p.text)] = text
            }
            provenances.append(StoredProvenance(document: id(p.document), paragraph: id(p.paragraph), start: Int32(p.start), end: Int32(p.end),
                                                text: text))
            return Int32(provenances.count - 1)
        }

        mutating func record(source: String, target: String, relation: RelationName, provenance: Int32) -> Record {
            Record(source: id(source), target: id(target), provenance: provenance, relation: GraphEdges.relationIndex[relation]!)
        }

        mutating func record(_ e: GraphEdge) -> Record {
            let p = provenance(e.provenance)
            return record(source: e.source, target: e.target, relation: e.relation, provenance: p)
        }

        /// The id of `s` if it was stored.
        func existingID(_ s: String) -> Int32? { index[s] }

        /// Frees the index of strings (no more appends after this).
        mutating func dropIndex() {
            index = [:]
            textIndex = [:]
        }

    }
}

extension GraphEdges {
    /// The edge records of the documents folded into a graph, in the order they were folded in, in chunks
    /// of 32 MB: appending never copies what is stored (a doubling array holds up to three times its
    /// records while it grows), and ``joined(reservingExtra:)`` moves them into the graph's one array
    /// chunk by chunk, freeing each chunk once moved, so that they are never held twice. (A chunk this
    /// large is mapped and returned to the system on its own, and its pages count only once written.)
    struct RecordChunks {
        private static let chunkShift = 21
        private static let chunkSize = 1 << chunkShift
        private var chunks = [[Record]]()
        /// Ranges of records left out of ``joined(reservingExtra:)`` (a document replaced by another with its symbol).
        private var removed = [Range<Int>]()
        private(set) var count = 0

        /// Appends `records`; their positions.
        mutating func append(_ records: [Record]) -> Range<Int> {
            let start = count
            var k = 0
            while k < records.count {
                if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
                    var chunk = [Record]()
                    chunk.reserveCapacity(Self.chunkSize)
                    chunks.append(chunk)
                }
                let n = Swift.min(records.count - k, Self.chunkSize - chunks[chunks.count - 1].count)
                chunks[chunks.count - 1].append(contentsOf: records[k..<(k + n)])
                k += n
            }
            count += records.count
            return start..<count
        }

        subscript(position: Int) -> Record { chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] }

        /// Leaves the records at `positions` out of ``joined(reservingExtra:)``.
        mutating func remove(_ positions: Range<Int>) { removed.append(positions) }

        /// Every record not removed, in order, in one array with room for `extra` more; the chunks are
        /// freed one by one as they are moved.
        mutating func joined(reservingExtra extra: Int) -> [Record] {
            var chunks = self.chunks
            self.chunks = []
            defer { removed = []; count = 0 }
            var skip = [Bool]()
            if !removed.isEmpty {
                skip = [Bool](repeating: false, count: count)
                for r in removed { for i in r { skip[i] = true } }
            }
            var out = [Record]()
            out.reserveCapacity(count - removed.reduce(0) { $0 + $1.count } + extra)
            for c in chunks.indices {
                if skip.isEmpty {
                    out += chunks[c]
                } else {
                    let base = c << Self.chunkShift
                    for (i, r) in chunks[c].enumerated() where !skip[base + i] { out.append(r) }
                }
                chunks[c] = []
            }
            return out
        }
    }
}

/// A string compared and hashed by its UTF-8 bytes: texts that are only canonically equivalent (`String`'s
/// `==`) stay apart, so each is written as it was read.
struct ExactText: Hashable {
    var string: String

    init(_ string: String) { self.string = string }

    static func == (a: ExactText, b: ExactText) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
