#!/usr/bin/env python3
"""Checks that an RDF export uses only terms the ontology declares, with the declared kinds and datatypes.

    check_ontology.py DATA.ttl|DATA.rdf|DATA.nt --ontology Ontology/resgraph.ttl [--owl Ontology/resgraph.owl]

Fails when
  - the data uses a class (an rdf:type object outside the rdf:/rdfs:/owl: namespaces, in particular every
    rg: class) that the ontology does not declare as owl:Class;
  - the data uses a predicate (any namespace; rdf:type aside) that the ontology does not declare as an
    owl:ObjectProperty, owl:DatatypeProperty or owl:AnnotationProperty;
  - an object property has a literal object, or a datatype property an IRI / blank node object;
  - a datatype property's literal does not have the datatype its rdfs:range names (a plain literal counts
    as xsd:string, a language-tagged one as rdf:langString);
  - the ontology declares a term with two kinds (punning), or an rg: term without an @en rdfs:label and
    rdfs:comment;
  - the RDF/XML ontology (--owl; default: the .ttl with the suffix .owl) is not isomorphic to the Turtle;
  - the data together with the ontology is inconsistent under OWL 2 RL (owlrl; skip with --no-reasoning):
    for instance a predicate used between the wrong kinds of node makes a node both an rg:TextUnit and an
    rg:NamedEntity, which the ontology declares disjoint.

Prints a one-line JSON summary and exits 0 when every check passes; one `FAIL:` line per problem on stderr
and exit 1 otherwise; exit 2 when rdflib is missing or a file does not exist.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _interop import Problems, require_file, require_module  # noqa: E402

FORMATS = {".ttl": "turtle", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".nt": "nt"}
RG = "https://w3id.org/resgraph/ontology#"
BUILTIN_NS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
              "http://www.w3.org/2002/07/owl#")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def main() -> None:
    ap = argparse.ArgumentParser(description="Check an RDF export against the ResolutionGraph ontology.")
    ap.add_argument("data", help="the export: .ttl, .rdf (RDF/XML) or .nt")
    ap.add_argument("--ontology", default="Ontology/resgraph.ttl", help="the ontology in Turtle")
    ap.add_argument("--owl", help="the ontology in RDF/XML (default: --ontology with the suffix .owl)")
    ap.add_argument("--no-reasoning", action="store_true", help="skip the OWL 2 RL consistency check")
    args = ap.parse_args()

    rdflib = require_module("rdflib")
    from rdflib import OWL, RDF, RDFS, Literal, URIRef
    from rdflib.compare import isomorphic

    data_path, ttl_path = require_file(args.data), require_file(args.ontology)
    owl_path = require_file(args.owl or str(Path(args.ontology).with_suffix(".owl")))
    problems = Problems(str(data_path))

    def load(path: Path):
        g = rdflib.Graph()
        try:
            g.parse(path, format=FORMATS.get(path.suffix.lower(), "turtle"))
        except Exception as error:
            problems.add(f"cannot parse {path}: {type(error).__name__}: {error}")
            problems.finish({})
        return g

    data, onto, owl = load(data_path), load(ttl_path), load(owl_path)

    # --- the ontology itself -------------------------------------------------------------------------
    owl_isomorphic = isomorphic(onto, owl)
    if not owl_isomorphic:
        only_ttl = len(set(onto) - set(owl))
        problems.add(f"{owl_path} is not isomorphic to {ttl_path} (about {only_ttl} triple(s) only in the .ttl); "
                     "regenerate it: python3 Ontology/tools/build_owl.py")

    kinds = {OWL.Class: "class", OWL.ObjectProperty: "object", OWL.DatatypeProperty: "datatype",
             OWL.AnnotationProperty: "annotation"}
    declared: dict[URIRef, set[str]] = defaultdict(set)
    for kind_iri, kind in kinds.items():
        for s in onto.subjects(RDF.type, kind_iri):
            if isinstance(s, URIRef):
                declared[s].add(kind)
    punned = sorted(f"{t} ({', '.join(sorted(k))})" for t, k in declared.items() if len(k) > 1)
    problems.add_examples("term(s) declared with more than one kind", punned)

    def has_en(term, prop) -> bool:
        return any(isinstance(o, Literal) and o.language == "en" and str(o).strip() for o in onto.objects(term, prop))

    undocumented = sorted(str(t) for t in declared if str(t).startswith(RG)
                          and not (has_en(t, RDFS.label) and has_en(t, RDFS.comment)))
    problems.add_examples("rg: term(s) without an @en rdfs:label and rdfs:comment", undocumented)

    classes = {t for t, k in declared.items() if "class" in k}
    properties = {t for t, k in declared.items() if k & {"object", "datatype", "annotation"}}
    ranges = {p: {str(r) for r in onto.objects(p, RDFS.range) if isinstance(r, URIRef)}
              for p, k in declared.items() if "datatype" in k}

    # --- the data ------------------------------------------------------------------------------------
    used_classes = {o for o in data.objects(None, RDF.type)}
    undeclared_classes = sorted(str(c) for c in used_classes
                                if not (isinstance(c, URIRef) and str(c).startswith(BUILTIN_NS))
                                and c not in classes)
    problems.add_examples("class(es) used in the data but not declared as owl:Class", undeclared_classes)

    used_predicates = {p for p in data.predicates() if p != RDF.type}
    undeclared_predicates = sorted(str(p) for p in used_predicates if p not in properties)
    problems.add_examples("predicate(s) used in the data but not declared as a property", undeclared_predicates)

    wrong_object = defaultdict(list)
    wrong_datatype = defaultdict(list)
    for s, p, o in data:
        kind = declared.get(p, set())
        if "object" in kind and isinstance(o, Literal):
            wrong_object[p].append(f"{s} {o.n3()[:80]}")
        elif "datatype" in kind:
            if not isinstance(o, Literal):
                wrong_object[p].append(f"{s} {o}")
                continue
            actual = str(o.datatype) if o.datatype else (LANG_STRING if o.language else XSD_STRING)
            expected = ranges.get(p, set())
            if expected and actual not in expected:
                wrong_datatype[p].append(f"{s} {o.n3()[:80]}")
    for p, examples in sorted(wrong_object.items()):
        k = "object" if "object" in declared[p] else "datatype"
        problems.add_examples(f"triple(s) whose object does not fit {k} property {p}", examples, limit=3)
    for p, examples in sorted(wrong_datatype.items()):
        problems.add_examples(f"literal(s) of {p} not of its range {', '.join(sorted(ranges[p]))}", examples, limit=3)

    # --- OWL 2 RL consistency of data + ontology ------------------------------------------------------
    consistent = None
    if not args.no_reasoning:
        owlrl = require_module("owlrl")
        merged = rdflib.Graph()
        for triple in onto:
            merged.add(triple)
        for triple in data:
            merged.add(triple)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(merged)
        # owlrl records each inconsistency as a triple in its "agent-ont" error namespace.
        errors = sorted({str(o) for _s, p, o in merged if "agent-ont" in str(p)})
        consistent = not errors
        problems.add_examples("OWL 2 RL inconsistency(ies) in the data with the ontology", errors, limit=5)

    problems.finish({
        "triples": len(data),
        "classes_used": len(used_classes),
        "predicates_used": len(used_predicates),
        "declared_classes": len(classes),
        "declared_properties": len(properties),
        "unused_declared": len((classes - used_classes) | (properties - used_predicates)),
        "ontology_triples": len(onto),
        "owl_isomorphic": owl_isomorphic,
        "owl_rl_consistent": consistent,
    })


if __name__ == "__main__":
    main()
