/// Stage 5: merges linked documents into one graph. The same actor, instrument or theme across
/// documents is one node; documents, paragraphs, footnotes and actions are nodes of their own.
public enum GraphBuilder {
    /// The node key of a document.
    public static func documentKey(_ symbol: String) -> String { "document/" + symbol }

    /// The node key of a paragraph, footnote or action of a document.
    public static func partKey(_ symbol: String, _ part: String) -> String { documentKey(symbol) + "#" + part }

    /// Builds the graph of `documents`, in a deterministic order whatever the input order. Of several
    /// documents with the same symbol only one is kept (see ``CrossDocumentLinks/deduplicate(_:)``); a
    /// paragraph citing another document of `documents` gets a `cites-document` edge to it.
    ///
    /// `corpusSymbols`: the symbols of the documents of the whole corpus, when `documents` are one part of
    /// it exported by a separate run. A paragraph citing one of them that is not in `documents` gets the
    /// `cites-document` edge the run over the whole corpus would give it, whose target is then the key of
    /// a document that is not a node; a resolution adopted from a draft of another part gets the
    /// `adopted-as` edge from it, whose source is not a node. These are the only edges of a graph whose
    /// ends may not both be nodes. The RDF formats write them (as the one triple the whole run writes);
    /// GraphML and DOT leave them out.
    ///
    /// Memory: `documents` are consumed. Each document is folded into the graph (``GraphAccumulator``) and
    /// released at once (what the graph keeps of it, such as paragraph texts and evidence, it shares), so a
    /// caller that passes its last copy (`build(consume documents)`) never holds the documents and the
    /// whole graph at once. A caller that can fold documents as they are done uses ``GraphAccumulator``.
    public static func build(_ linkedDocuments: consuming [LinkedDocument], corpusSymbols: [String] = []) -> KnowledgeGraph {
        var documents = consume linkedDocuments
        let accumulator = GraphAccumulator()
        for i in documents.indices {
            // Moved out of the array (no copy, no retain), so that it is released once folded in.
            var linked = LinkedDocument.released
            swap(&linked, &documents[i])
            accumulator.add(linked)
        }
        documents = []
        return accumulator.graph(corpusSymbols: corpusSymbols)
    }

    /// What one document adds to the graph: its nodes (document, paragraphs, footnotes, actions), its
    /// edges, the entities it names, and what the links between documents need. Independent of the
    /// other documents, so documents can be folded in as they are done, in any order.
    struct Part {
        var symbol: String
        var sourceName: String
        var nodes: [GraphNode]
        /// The document's edges; ``GraphAccumulator`` moves them to its ``GraphEdges/RecordChunks`` and empties it.
        var edges: [GraphEdges.Record]
        /// The positions of the document's edges in the accumulator's ``GraphEdges/RecordChunks``.
        var records: Range<Int> = 0..<0
        /// The document's entities, by id; ``GraphAccumulator`` stores each distinct one once and empties it.
        var entities: [(id: String, entity: Entity)]
        /// The document's entities as indices into the accumulator's table of distinct entities.
        var entityRefs: [Int32] = []
        /// How many mentions of each entity the document has; ``GraphAccumulator`` adds them up and empties it.
        var mentionCounts: [String: Int]
        /// The indices in `edges` (offsets in `records`) of the mention edges (one per mention, its target the entity).
        var mentionEdges: Range<Int>
        var citations: [CrossDocumentLinks.Citation]
        var draftSymbol: String?
    }

    /// Folds `linked` into a ``Part``; its edges' strings and evidence go to `edges`.
    static func part(_ linked: LinkedDocument, edges: inout GraphEdges.Builder) -> Part {
        let doc = linked.document
        let symbol = doc.metadata.symbol
        let docKey = documentKey(symbol)
        // Keyed while the document is folded: a key made twice keeps its last node, as one table did.
        var nodes = [String: GraphNode]()
        var records = [GraphEdges.Record]()
        records.reserveCapacity(doc.preambular.count + doc.operative.count + doc.annex.count + doc.footnotes.count + linked.extracted.mentions.count
            + linked.actions.reduce(0) { $0 + 1 + $1.addressees.count + $1.objects.count } + linked.relations.count)
        nodes[docKey] = documentNode(doc.metadata)
        // One key string per part, shared by every edge that names it (not one allocation per edge).
        var partKeys = [String: String]()
        func partKey(_ s: String, _ part: String) -> String {
            guard s == symbol else { return GraphBuilder.partKey(s, part) }
            if let key = partKeys[part] { return key }
            let key = GraphBuilder.partKey(symbol, part)
            partKeys[part] = key
            return key
        }
        func edge(_ source: String, _ target: String, _ relation: RelationName, _ provenance: Int32) {
            records.append(edges.record(source: source, target: target, relation: relation, provenance: provenance))
        }
        if let formula = doc.formula {
            let key = partKey(symbol, EnactingFormula.id)
            nodes[key] = GraphNode(key: key, kind: .paragraph, label: "\(symbol) \(EnactingFormula.id)", category: EnactingFormula.id,
                                   attributes: [Attribute(.paragraphID, .string(EnactingFormula.id)), Attribute(.text, .string(formula.text)),
                                                Attribute(.firstLine, .integer(formula.lines.lowerBound)), Attribute(.lastLine, .integer(formula.lines.upperBound)),
                                                Attribute(.startByte, .integer(formula.byteRange.lowerBound)), Attribute(.endByte, .integer(formula.byteRange.upperBound))]
                                    .sorted(by: attributeOrder))
            edge(docKey, key, .hasEnactingFormula, -1)
        }
        let operativeIDs = Set((doc.operative + doc.annex).filter { $0.kind == .operative }.map(\.id))
        for (index, p) in doc.paragraphs.enumerated() {
            let key = partKey(symbol, p.id)
            var attributes = [Attribute(.paragraphID, .string(p.id)), Attribute(.text, .string(p.text)),
                              Attribute(.position, .integer(index + 1)),
                              Attribute(.firstLine, .integer(p.lines.lowerBound)), Attribute(.lastLine, .integer(p.lines.upperBound)),
                              Attribute(.startByte, .integer(p.byteRange.lowerBound)), Attribute(.endByte, .integer(p.byteRange.upperBound))]
            if let n = p.number { attributes.append(Attribute(.number, .string(n))) }
            if let o = p.opening { attributes.append(Attribute(.opening, .string(o))) }
            if let a = p.annex { attributes.append(Attribute(.annex, .string(annexLabel(a)))) }
            nodes[key] = GraphNode(key: key, kind: .paragraph, label: "\(symbol) \(p.id)", category: p.kind.rawValue,
                                   attributes: attributes.sorted(by: attributeOrder))
            let parent = parentParagraph(p, operativeIDs: operativeIDs).map { partKey(symbol, $0) }
            edge(parent ?? docKey, key, parent == nil ? .hasParagraph : .hasSubParagraph, -1)
        }
        for note in doc.footnotes {
            let key = partKey(symbol, note.id)
            nodes[key] = GraphNode(key: key, kind: .footnote, label: "\(symbol) footnote \(note.number)", category: "footnote",
                                   attributes: [Attribute(.paragraphID, .string(note.id)), Attribute(.number, .string(String(note.number))),
                                                Attribute(.text, .string(note.text)),
                                                Attribute(.firstLine, .integer(note.lines.lowerBound)), Attribute(.lastLine, .integer(note.lines.upperBound)),
                                                Attribute(.startByte, .integer(note.byteRange.lowerBound)), Attribute(.endByte, .integer(note.byteRange.upperBound))]
                                    .sorted(by: attributeOrder))
            edge(docKey, key, .hasFootnote, -1)
        }
        var mentionCounts = [String: Int]()
        let firstMentionEdge = records.count
        for m in linked.extracted.mentions {
            mentionCounts[m.entity, default: 0] += 1
            let evidence = edges.provenance(Provenance(document: symbol, paragraph: m.paragraph, start: m.start, end: m.end, text: m.text))
            edge(partKey(symbol, m.paragraph), m.entity, .mentions, evidence)
        }
        let mentionEdges = firstMentionEdge..<records.count
        for action in linked.actions {
            let key = partKey(symbol, action.id)
            var attributes = [Attribute(.verb, .string(action.verb)), Attribute(.evidence, .string(action.evidence.text)),
                              Attribute(.start, .integer(action.evidence.start)), Attribute(.end, .integer(action.evidence.end)),
                              Attribute(.paragraphID, .string(action.paragraph))]
            attributes += action.modifiers.map { Attribute(.modifier, .string($0)) }
            if let act = action.act { attributes.append(Attribute(.requestedAct, .string(act))) }
            nodes[key] = GraphNode(key: key, kind: .action, label: "\(action.verb) (\(action.paragraph))", category: action.verb,
                                   attributes: attributes.sorted(by: attributeOrder))
            let evidence = edges.provenance(action.evidence)   // one copy for the action's edges
            edge(partKey(symbol, action.paragraph), key, .hasAction, evidence)
            for a in action.addressees { edge(key, a, .addressee, evidence) }
            for o in action.objects { edge(key, o, .concerns, evidence) }
        }
        for r in linked.relations {
            guard let relation = RelationName(rawValue: r.relation) else { continue }
            edge(resolve(r.subject, partKey), resolve(r.object, partKey), relation, edges.provenance(r.evidence))
        }
        return Part(symbol: symbol, sourceName: doc.metadata.sourceName, nodes: Array(nodes.values), edges: records,
                    entities: linked.extracted.entities.map { ($0.key, $0.value) }, mentionCounts: mentionCounts, mentionEdges: mentionEdges,
                    citations: CrossDocumentLinks.citations(linked), draftSymbol: doc.metadata.draftSymbol)
    }

    /// The graph of `parts` (one per symbol), with `records` holding their edges (``Part/records``), `edges`
    /// the edges' strings and evidence,
    /// `entities` the distinct entities the parts name (``Part/entityRefs``) and `mentionCounts` the parts'
    /// mentions of each entity, added up.
    ///
    /// Memory: the parts' node arrays become the graph's (``GraphNodes``, ordered by 8-byte references);
    /// the edge records are moved from `records` into the graph's one array chunk by chunk.
    static func graph(_ parts: consuming [Part], edges: consuming GraphEdges.Builder, records recordChunks: consuming GraphEdges.RecordChunks,
                      entities entityTable: consuming [(id: String, entity: Entity)],
                      mentionCounts: consuming [String: Int], corpusSymbols: [String]) -> KnowledgeGraph {
        // In symbol order, so that what the first document says of a shared entity (its label when two
        // pattern-found names share an identifier) does not depend on the order of the inputs.
        var parts = parts
        parts.sort { NaturalOrder.less($0.symbol, $1.symbol) }
        var edges = edges
        var entityTable = entityTable
        let crossDocumentEdges = CrossDocumentLinks.edges(parts.map { ($0.symbol, $0.citations, $0.draftSymbol) }, corpusSymbols: corpusSymbols)
        var chosen = [String: Int32]()   // entity id → index in `entityTable`
        var mentionCounts = mentionCounts
        var chunks = [[GraphNode]]()
        chunks.reserveCapacity(parts.count + 1)
        // In the order the documents were folded in (a document's edges together): the edges are sorted below.
        var recordChunks = recordChunks
        var records = recordChunks.joined(reservingExtra: crossDocumentEdges.count)
        for i in parts.indices {
            for ref in parts[i].entityRefs {
                let (id, entity) = entityTable[Int(ref)]
                if let c = chosen[id], entityTable[Int(c)].entity.isKnown || !entity.isKnown { continue }
                chosen[id] = ref
            }
            chunks.append(parts[i].nodes)
            parts[i].nodes = []
            parts[i].entityRefs = []
        }
        parts = []
        for e in crossDocumentEdges { records.append(edges.record(e)) }
        var entityNodes = [GraphNode]()
        entityNodes.reserveCapacity(chosen.count)
        for (id, ref) in chosen {
            entityNodes.append(entityNode(entityTable[Int(ref)].entity, mentions: mentionCounts[id] ?? 0))
        }
        chunks.append(entityNodes)
        entityNodes = []
        chosen = [:]
        entityTable = []
        mentionCounts = [:]
        let nodes = sortedNodes(chunks)
        chunks = []
        // Edges sort by the natural order of their ends' keys; ranks make that an integer comparison.
        // `rank[id]` is the rank of the key stored as `id`, or -1 when it is not a node's key.
        var keys = nodes.map(\.key)
        if !corpusSymbols.isEmpty {
            // Documents of the corpus outside this run that a paragraph cites or a resolution was adopted
            // from: ranked like nodes, so that the edges are kept (and sorted) as in the whole run.
            let nodeKeys = Set(keys)
            keys += Set(crossDocumentEdges.flatMap { [$0.source, $0.target] }.filter { !nodeKeys.contains($0) })
        }
        var rank = [Int32](repeating: -1, count: edges.strings.count)
        keys.sort(by: NaturalOrder.less)   // in place: a graph of a corpus has millions of keys
        for (i, key) in keys.enumerated() {
            if let id = edges.existingID(key) { rank[Int(id)] = Int32(i) }
        }
        keys = []
        var nodeOfString = [Int32](repeating: -1, count: edges.strings.count)
        for (i, node) in nodes.enumerated() {
            if let id = edges.existingID(node.key), nodeOfString[Int(id)] < 0 { nodeOfString[Int(id)] = Int32(i) }
        }
        edges.dropIndex()
        // Keep only edges whose ends exist (a vocabulary relation to an entity of another document is kept
        // only when both are in the graph), and the cites-document and adopted-as edges with the other
        // documents of the corpus named by `corpusSymbols`; the records (16 bytes) are sorted in place.
        records.removeAll { rank[Int($0.source)] < 0 || rank[Int($0.target)] < 0 }
        let strings = edges.strings, provenances = edges.provenances, texts = edges.texts
        records.sort { a, b in
            if a.source != b.source { return rank[Int(a.source)] < rank[Int(b.source)] }
            if a.relation != b.relation { return a.relation < b.relation }
            if a.target != b.target { return rank[Int(a.target)] < rank[Int(b.target)] }
            return provenanceOrder(a.provenance, b.provenance, provenances, strings, texts)
        }
        rank = []
        // Drop the duplicates (adjacent now).
        var kept = 0
        for k in records.indices {
            if kept > 0, sameEdge(records[kept - 1], records[k], provenances, texts) { continue }
            records[kept] = records[k]
            kept += 1
        }
        records.removeSubrange(kept...)
        return KnowledgeGraph(nodes: nodes, edges: GraphEdges(strings: strings, records: records, provenances: provenances, texts: texts),
                              nodeOfString: nodeOfString)
    }

    /// The nodes of `chunks` sorted by kind, then key; of nodes with the same key next to each other, the
    /// first (in chunk order) is kept. Only the 8-byte references are sorted: by kind into buckets, then
    /// each bucket by key (a tie keeps chunk order).
    private static func sortedNodes(_ chunks: [[GraphNode]]) -> GraphNodes {
        assert(NodeKind.allCases.enumerated().allSatisfy { kindRank($0.element) == $0.offset }, "kindRank out of step with NodeKind")
        var buckets = [[UInt64]](repeating: [], count: NodeKind.allCases.count)
        var counts = [Int](repeating: 0, count: NodeKind.allCases.count)
        for chunk in chunks { for node in chunk { counts[kindRank(node.kind)] += 1 } }
        for k in buckets.indices { buckets[k].reserveCapacity(counts[k]) }
        for (c, chunk) in chunks.enumerated() {
            for (i, node) in chunk.enumerated() { buckets[kindRank(node.kind)].append(GraphNodes.reference(chunk: c, index: i)) }
        }
        var order = [UInt64]()
        order.reserveCapacity(counts.reduce(0, +))
        for k in buckets.indices {
            buckets[k].sort { a, b in
                let ka = chunks[Int(a >> 32)][Int(a & 0xFFFF_FFFF)].key, kb = chunks[Int(b >> 32)][Int(b & 0xFFFF_FFFF)].key
                if NaturalOrder.less(ka, kb) { return true }
                // Tied only when equal as strings (NaturalOrder falls back to `<`).
                guard ka == kb else { return false }
                return !NaturalOrder.less(kb, ka) && a < b
            }
            // A key made by two documents (a symbol with `#` in it) is one node.
            for r in buckets[k] {
                if let last = order.last,
                   chunks[Int(last >> 32)][Int(last & 0xFFFF_FFFF)].key == chunks[Int(r >> 32)][Int(r & 0xFFFF_FFFF)].key { continue }
                order.append(r)
            }
            buckets[k] = []
        }
        return GraphNodes(chunks: chunks, order: order)
    }

    /// The position of `kind` in `NodeKind.allCases` (the order of ``NodeKind``'s `<`), without searching.
    private static func kindRank(_ kind: NodeKind) -> Int {
        switch kind {
        case .document: return 0
        case .paragraph: return 1
        case .footnote: return 2
        case .action: return 3
        case .actor: return 4
        case .instrument: return 5
        case .theme: return 6
        }
    }

    /// `SYMBOL#op4` → the part's node key; an entity id stays as it is.
    static func resolve(_ reference: String, _ partKey: (String, String) -> String) -> String {
        if let hash = reference.lastIndex(of: "#") {
            return partKey(String(reference[..<hash]), String(reference[reference.index(after: hash)...]))
        }
        return reference
    }

    /// `annexII` → `Annex II`, `appendix` → `Appendix`.
    static func annexLabel(_ part: Substring) -> String {
        let name = part.hasPrefix("appendix") ? "Appendix" : "Annex"
        let rest = part.dropFirst(name.count)
        return rest.isEmpty ? name : "\(name) \(rest)"
    }

    /// The operative paragraph a sub-item belongs to: `op5a` → `op5`, `op5a-i` → `op5a`, `op1-2a` → `op1-2`; in an annex
    /// the same (`annex-op5a` → `annex-op5`).
    private static func parentParagraph(_ p: Paragraph, operativeIDs ids: Set<String>) -> String? {
        guard p.kind == .operative else { return nil }
        // In an annex the same on the id within it, the parent keeping the annex's prefix: `annex-op5a` → `annex-op5`.
        let prefix = p.annex.map { $0 + "-" } ?? ""
        let id = p.localID
        func known(_ local: Substring) -> String? {
            let full = prefix + local
            return ids.contains(full) ? full : nil
        }
        // `op5a-ii`: a Roman sub-item (letters after the dash); `op1-2` is the second paragraph numbered 1, no sub-item.
        if let dash = id.lastIndex(of: "-"), id[id.index(after: dash)...].allSatisfy(\.isLetter) {
            return known(id[..<dash])
        }
        var trimmed = id
        while let last = trimmed.last, last.isLetter, trimmed.count > 2 { trimmed.removeLast() }
        return trimmed != id ? known(trimmed) : nil
    }

    private static func documentNode(_ m: DocumentMetadata) -> GraphNode {
        let fileName = m.sourceName.split(separator: "/").last.map(String.init) ?? m.sourceName
        var attributes = [Attribute(.symbol, .string(m.symbol)), Attribute(.source, .string(fileName))]
        if let v = m.title { attributes.append(Attribute(.title, .string(v))) }
        if let v = m.body { attributes.append(Attribute(.body, .string(v))) }
        if let v = m.committee { attributes.append(Attribute(.committee, .string(v))) }
        if let v = m.session { attributes.append(Attribute(.session, .string(v))) }
        if let v = m.agendaItem { attributes.append(Attribute(.agendaItem, .string(v))) }
        if let v = m.date, isISODate(v) { attributes.append(Attribute(.date, .date(v))) }
        if let v = m.jobNumber { attributes.append(Attribute(.jobNumber, .string(v))) }
        if let v = m.pageCount { attributes.append(Attribute(.pageCount, .integer(v))) }
        if let v = m.draftSymbol { attributes.append(Attribute(.draftSymbol, .string(v))) }
        attributes += m.sponsors.map { Attribute(.sponsor, .string($0)) }
        return GraphNode(key: documentKey(m.symbol), kind: .document, label: m.title.map { "\(m.symbol): \($0)" } ?? m.symbol,
                         category: "document", attributes: attributes.sorted(by: attributeOrder))
    }

    static func entityNode(_ e: Entity, mentions: Int) -> GraphNode {
        var attributes = e.writtenAliases.map { Attribute(.alias, .string($0)) }
        for (key, value) in e.identifiers {
            guard let name = AttributeName(rawValue: key) else { continue }
            switch name.valueType {
            case .integer: if let i = Int(value) { attributes.append(Attribute(name, .integer(i))) }
            case .date: if isISODate(value) { attributes.append(Attribute(name, .date(value))) }
            case .iri: if IRI.isValidAbsolute(value) { attributes.append(Attribute(name, .iri(value))) }
            case .string: attributes.append(Attribute(name, .string(value)))
            }
        }
        attributes.append(Attribute(.known, .string(e.isKnown ? "vocabulary" : "pattern")))
        let kind: NodeKind = e.kind == .actor ? .actor : e.kind == .instrument ? .instrument : .theme
        return GraphNode(key: e.id, kind: kind, label: hasVisibleCharacter(e.label) ? e.label : e.id, category: e.category,
                         attributes: attributes.sorted(by: attributeOrder), mentionCount: mentions)
    }

    /// False for a label of white space, control characters and noncharacters only, which every format
    /// would write as an empty label: the node is then labelled by its key.
    static func hasVisibleCharacter(_ s: String) -> Bool {
        s.unicodeScalars.contains { u in
            !u.properties.isWhitespace && u.properties.generalCategory != .control && !u.properties.isNoncharacterCodePoint
        }
    }

    static func isISODate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return false }
        return u.enumerated().allSatisfy { i, c in i == 4 || i == 7 || (0x30...0x39).contains(c) }
            && !s.hasPrefix("0001")
    }

    private static func attributeOrder(_ a: Attribute, _ b: Attribute) -> Bool {
        a.name != b.name ? a.name < b.name : a.value.lexicalForm < b.value.lexicalForm
    }

    /// A total order on provenance — every field counts, the document first — so that edges which differ
    /// only in their evidence never fall back to hash order. No provenance (-1) comes first.
    private static func provenanceOrder(_ a: Int32, _ b: Int32, _ provenances: [GraphEdges.StoredProvenance], _ strings: [String],
                                        _ texts: [String]) -> Bool {
        guard a >= 0 else { return b >= 0 }
        guard b >= 0, a != b else { return false }
        let pa = provenances[Int(a)], pb = provenances[Int(b)]
        // Equal strings are stored once: equal ids are equal strings.
        if pa.document != pb.document { return NaturalOrder.less(strings[Int(pa.document)], strings[Int(pb.document)]) }
        if pa.paragraph != pb.paragraph { return NaturalOrder.less(strings[Int(pa.paragraph)], strings[Int(pb.paragraph)]) }
        if pa.start != pb.start { return pa.start < pb.start }
        if pa.end != pb.end { return pa.end < pb.end }
        // Equal ids are equal texts; different ids compare as the texts did (String's `<`).
        return pa.text != pb.text && texts[Int(pa.text)] < texts[Int(pb.text)]
    }

    /// True when two edge records are the same edge (same ends, relation and evidence).
    private static func sameEdge(_ a: GraphEdges.Record, _ b: GraphEdges.Record, _ provenances: [GraphEdges.StoredProvenance],
                                 _ texts: [String]) -> Bool {
        guard a.source == b.source, a.target == b.target, a.relation == b.relation else { return false }
        if a.provenance == b.provenance { return true }
        guard a.provenance >= 0, b.provenance >= 0 else { return false }
        let pa = provenances[Int(a.provenance)], pb = provenances[Int(b.provenance)]
        return pa.document == pb.document && pa.paragraph == pb.paragraph && pa.start == pb.start && pa.end == pb.end
            && (pa.text == pb.text || texts[Int(pa.text)] == texts[Int(pb.text)])
    }
}

extension LinkedDocument {
    /// An empty document that takes the place of one moved out of an array (``GraphBuilder`` releases
    /// each document once folded into the graph).
    fileprivate static var released: LinkedDocument {
        LinkedDocument(extracted: ExtractedDocument(document: Document(metadata: DocumentMetadata(symbol: "", sourceName: "")),
                                                    entities: [:], mentions: []),
                       actions: [], relations: [])
    }
}
