#!/usr/bin/env python3
"""Regenerates Ontology/resgraph.owl (RDF/XML) from Ontology/resgraph.ttl, deterministically.

    python3 Ontology/tools/build_owl.py            # writes Ontology/resgraph.owl
    python3 Ontology/tools/build_owl.py --check    # exit 1 if resgraph.owl is not what this would write

The .ttl is the source; never edit the .owl by hand. Determinism: the RDF/XML is written by this script, not by
rdflib's serializer: one element per subject in a fixed order, properties sorted, blank nodes numbered
after their canonical labels (rdflib.compare.to_canonical_graph), so the same .ttl always gives
byte-identical output whatever PYTHONHASHSEED is. The result is re-parsed and checked isomorphic.
Needs rdflib (Tests/Interop/requirements.txt).
"""

from __future__ import annotations

import argparse
import re
import sys
from xml.sax.saxutils import escape, quoteattr
from pathlib import Path

try:
    import rdflib
    from rdflib import RDF
    from rdflib.compare import isomorphic, to_canonical_graph
except ImportError as error:  # pragma: no cover
    print(f"build_owl.py: missing tool: python module rdflib ({error}), install with "
          "`pip install -r Tests/Interop/requirements.txt`", file=sys.stderr)
    sys.exit(2)

HERE = Path(__file__).resolve().parent.parent
PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "rg": "https://w3id.org/resgraph/ontology#",
}


TYPE_ORDER = ["owl:Ontology", "owl:Class", "owl:ObjectProperty", "owl:DatatypeProperty",
              "owl:AnnotationProperty", "owl:AllDisjointClasses"]


def qname(iri: str) -> str | None:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return None


def build(ttl: Path) -> str:
    """A flat, sorted RDF/XML rendering: one element per subject (typed by its main OWL type), properties
    sorted, blank nodes as rdf:nodeID b1, b2, … numbered in the order of their canonical labels."""
    source = rdflib.Graph()
    source.parse(ttl, format="turtle")
    graph = to_canonical_graph(source)
    bnodes = sorted({str(t) for triple in graph for t in triple if isinstance(t, rdflib.BNode)})
    node_id = {b: f"b{i + 1}" for i, b in enumerate(bnodes)}

    def ref(term) -> str:
        if isinstance(term, rdflib.BNode):
            return f"rdf:nodeID={quoteattr(node_id[str(term)])}"
        return f"rdf:about={quoteattr(str(term))}"

    def subject_key(s):
        types = {qname(str(t)) for t in graph.objects(s, RDF.type)}
        rank = min((TYPE_ORDER.index(t) for t in types if t in TYPE_ORDER), default=len(TYPE_ORDER))
        if isinstance(s, rdflib.BNode):
            return (1, rank, int(node_id[str(s)][1:]), "")
        return (0, rank, 0, str(s))

    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             "<!-- GENERATED from resgraph.ttl by Ontology/tools/build_owl.py; do not edit. -->",
             "<rdf:RDF"]
    lines += [f"  xmlns:{p}={quoteattr(ns)}" for p, ns in PREFIXES.items()]
    lines[-1] += ">"
    for s in sorted(set(graph.subjects()), key=subject_key):
        types = sorted(qname(str(t)) or str(t) for t in graph.objects(s, RDF.type))
        element = next((t for t in TYPE_ORDER if t in types), "rdf:Description")
        lines.append(f"  <{element} {ref(s)}>")
        rows = []
        for p, o in graph.predicate_objects(s):
            if p == RDF.type and qname(str(o)) == element:
                continue
            name = qname(str(p))
            if name is None:
                raise SystemExit(f"build_owl.py: predicate {p} has no prefix in PREFIXES")
            if isinstance(o, rdflib.Literal):
                attr = (f" xml:lang={quoteattr(o.language)}" if o.language
                        else f" rdf:datatype={quoteattr(str(o.datatype))}" if o.datatype else "")
                rows.append((name, 1, str(o), f"    <{name}{attr}>{escape(str(o))}</{name}>"))
            elif isinstance(o, rdflib.BNode):
                rows.append((name, 0, node_id[str(o)], f"    <{name} rdf:nodeID={quoteattr(node_id[str(o)])}/>"))
            else:
                rows.append((name, 0, str(o), f"    <{name} rdf:resource={quoteattr(str(o))}/>"))
        lines += [row[3] for row in sorted(rows)]
        lines.append(f"  </{element}>")
    lines.append("</rdf:RDF>")
    text = "\n".join(lines) + "\n"
    check = rdflib.Graph()
    check.parse(data=text, format="xml")
    if not isomorphic(check, source):
        raise SystemExit("build_owl.py: internal error: the RDF/XML written is not isomorphic to the Turtle")
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ttl", default=str(HERE / "resgraph.ttl"))
    ap.add_argument("--owl", default=str(HERE / "resgraph.owl"))
    ap.add_argument("--check", action="store_true", help="only check that the .owl is up to date")
    args = ap.parse_args()
    text = build(Path(args.ttl))
    owl = Path(args.owl)
    if args.check:
        if not owl.is_file() or owl.read_text(encoding="utf-8") != text:
            print(f"build_owl.py: {owl} is out of date; run python3 Ontology/tools/build_owl.py", file=sys.stderr)
            return 1
        print(f"build_owl.py: {owl} is up to date")
        return 0
    owl.write_text(text, encoding="utf-8")
    print(f"build_owl.py: wrote {owl} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
