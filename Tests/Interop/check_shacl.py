#!/usr/bin/env python3
"""Validates an RDF export against the SHACL shapes with pySHACL.

    check_shacl.py DATA.ttl|DATA.rdf|DATA.nt --shapes Ontology/shapes.ttl [--ontology Ontology/resgraph.ttl]

Without --ontology the data is validated as written (no inference). With --ontology the ontology is mixed
into the data graph and RDFS inference runs first, so every rdfs:domain / rdfs:range types its nodes and
the shapes that keep kinds apart catch a predicate used between the wrong kinds of node.

Prints a one-line JSON summary and exits 0 when the data conforms; prints the first violations (one
`FAIL:` line each, with focus node, path, value and message) on stderr and exits 1 otherwise; exits 2 when
pyshacl / rdflib is missing or a file does not exist.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _interop import Problems, require_file, require_module  # noqa: E402

FORMATS = {".ttl": "turtle", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".nt": "nt"}
SHOWN = 20


def rdf_format(path: Path) -> str:
    return FORMATS.get(path.suffix.lower(), "turtle")


def short(term, graph) -> str:
    if term is None:
        return "-"
    try:
        return graph.namespace_manager.normalizeUri(term) if not hasattr(term, "language") else term.n3()
    except Exception:
        return str(term)


def main() -> None:
    ap = argparse.ArgumentParser(description="Validate an RDF export against SHACL shapes (pySHACL).")
    ap.add_argument("data", help="the export: .ttl, .rdf (RDF/XML) or .nt")
    ap.add_argument("--shapes", default="Ontology/shapes.ttl")
    ap.add_argument("--ontology", help="the ontology (Turtle or RDF/XML): enables RDFS inference over it")
    ap.add_argument("--max", type=int, default=SHOWN, help=f"violations to print (default {SHOWN})")
    args = ap.parse_args()

    rdflib = require_module("rdflib")
    pyshacl = require_module("pyshacl")
    from rdflib.namespace import RDF, SH

    data_path, shapes_path = require_file(args.data), require_file(args.shapes)
    ont_path = require_file(args.ontology) if args.ontology else None
    problems = Problems(str(data_path))

    data = rdflib.Graph()
    shapes = rdflib.Graph()
    ontology = rdflib.Graph() if ont_path else None
    for graph, path in ((data, data_path), (shapes, shapes_path), (ontology, ont_path)):
        if graph is None:
            continue
        try:
            graph.parse(path, format=rdf_format(path))
        except Exception as error:  # a parse error is a failed check, not a crash
            problems.add(f"cannot parse {path}: {type(error).__name__}: {error}")
            problems.finish({})

    conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs" if ontology is not None else "none",
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
    )
    results = list(report.subjects(RDF.type, SH.ValidationResult))
    severities = {}
    for r in results:
        sev = short(report.value(r, SH.resultSeverity), report).split(":")[-1].split("#")[-1]
        severities[sev] = severities.get(sev, 0) + 1

    summary = {
        "conforms": bool(conforms),
        "triples": len(data),
        "node_shapes": len(set(shapes.subjects(RDF.type, SH.NodeShape))),
        "inference": "rdfs" if ontology is not None else "none",
        "results": len(results),
    }
    if not conforms:
        data.namespace_manager.bind("rg", "https://w3id.org/resgraph/ontology#", replace=True)

        def describe(r) -> str:
            focus = report.value(r, SH.focusNode)
            path = report.value(r, SH.resultPath)
            value = report.value(r, SH.value)
            shape = report.value(r, SH.sourceShape)
            messages = sorted(str(m) for m in report.objects(r, SH.resultMessage))
            component = report.value(r, SH.sourceConstraintComponent)
            text = f"{focus}"
            if path is not None:
                text += f" {short(path, data) if not isinstance(path, rdflib.BNode) else '(complex path)'}"
            if value is not None:
                v = value.n3() if isinstance(value, rdflib.Literal) else str(value)
                text += f" = {v[:200]}"
            text += f": {messages[0] if messages else '(no message)'}"
            text += f" [{short(component, report).split('#')[-1]}"
            if shape is not None and not isinstance(shape, rdflib.BNode):
                text += f", shape {str(shape).split('#')[-1]}"
            return text + "]"

        lines = sorted(describe(r) for r in results)
        for line in lines[: args.max]:
            problems.add(line)
        if len(lines) > args.max:
            problems.add(f"… and {len(lines) - args.max} more violation(s) ({summary['results']} in all: {severities})")
    problems.finish(summary)


if __name__ == "__main__":
    main()
