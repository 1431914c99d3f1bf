import Foundation

/// The relations listing: every action (paragraph → addressee or object, by verb) and every relation
/// between entities, each with its provenance.
public struct RelationListing: Codable, Sendable {
    public struct Row: Codable, Sendable, Equatable {
        /// `A/C.3/73/L.7#op4` for an action, or an entity id.
        public var subject: String
        /// A verb lemma (`urge`) for actions, a relation name (`supplements`) otherwise.
        public var relation: String
        public var object: String
        /// `addressee` or `object` for actions; absent for other relations.
        public var role: String?
        public var document: String
        public var paragraph: String
        public var start: Int
        public var end: Int
        public var text: String
    }

    public var relations: [Row]

    /// The listing of `documents`, optionally keeping one relation name or verb.
    public init(_ documents: [LinkedDocument], relation: String? = nil) {
        var rows = [Row]()
        for d in documents {
            for a in d.actions {
                let subject = "\(d.symbol)#\(a.paragraph)"
                let e = a.evidence
                for x in a.addressees {
                    rows.append(Row(subject: subject, relation: a.verb, object: x, role: "addressee", document: d.symbol,
                                    paragraph: e.paragraph, start: e.start, end: e.end, text: e.text))
                }
                for x in a.objects {
                    rows.append(Row(subject: subject, relation: a.verb, object: x, role: "object", document: d.symbol,
                                    paragraph: e.paragraph, start: e.start, end: e.end, text: e.text))
                }
            }
            for r in d.relations where r.relation != RelationName.refersToFootnote.rawValue {
                let e = r.evidence
                rows.append(Row(subject: r.subject, relation: r.relation, object: r.object, role: nil, document: d.symbol,
                                paragraph: e?.paragraph ?? "", start: e?.start ?? 0, end: e?.end ?? 0, text: e?.text ?? ""))
            }
        }
        if let relation { rows = rows.filter { $0.relation == relation } }
        relations = rows
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    public func csv() -> String {
        var out = "subject,relation,object,role,document,paragraph,start,end,text\n"
        for r in relations {
            out += [r.subject, r.relation, r.object, r.role ?? "", r.document, r.paragraph, String(r.start), String(r.end), r.text]
                .map(CSV.field).joined(separator: ",") + "\n"
        }
        return out
    }

    public func table() -> String {
        TextTable.render(header: ["SUBJECT", "RELATION", "OBJECT", "ROLE", "EVIDENCE"],
                         rows: relations.map { [$0.subject, $0.relation, $0.object, $0.role ?? "", TextTable.clip($0.text, 60)] })
    }
}
