#!/usr/bin/env python3
"""Checks an RDF/XML export with three independent parsers: rdflib, Oxigraph and Raptor.

Usage: check_rdf.py FILE.rdf [--ntriples FILE.nt] [--turtle FILE.ttl]

Passes when
  - rdflib, pyoxigraph and `rapper -i rdfxml -c` all parse FILE.rdf, rapper prints no warning or error,
    and all three count the same number of triples (> 0); a duplicated triple shows up here, because
    rapper and Oxigraph count every triple written while rdflib keeps a set;
  - the graph rdflib read is isomorphic to the graph Oxigraph read;
  - every IRI (subjects, predicates, objects, datatypes) is absolute and contains no space, control
    character or any of  < > " { } | ^ ` \\ , and every % starts a %XX escape;
  - every rdfs:label and skos:prefLabel value is a literal tagged with language `en`;
  - each of --ntriples / --turtle parses with all three parsers to the same count, and is isomorphic
    to the RDF/XML graph (blank nodes matched by colour refinement; rdflib.compare.isomorphic as a
    fallback for symmetric graphs).
Prints {"triples": N, "rdflib": N, "oxigraph": N, "rapper": N} (plus "ntriples"/"turtle" counts).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _interop import Problems, require_command, require_file, require_module, run  # noqa: E402

# Any relative IRI in the file resolves against this base in rdflib, so it can be found afterwards.
SENTINEL_BASE = "http://relative-iri.invalid/"

RAPPER_SYNTAX = {"rdfxml": "rdfxml", "ntriples": "ntriples", "turtle": "turtle"}
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
ILLEGAL_IRI_CHARS = set('<>"{}|^`\\ ')
BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
RAPPER_INFO = re.compile(r"^rapper: Parsing URI \S+ with parser \S+$")
RAPPER_COUNT = re.compile(r"^rapper: Parsing returned (\d+) triples?$")

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def iri_problem(iri: str) -> str | None:
    if iri.startswith(SENTINEL_BASE):
        return "relative IRI"
    if not SCHEME.match(iri):
        return "not absolute (no scheme)"
    for ch in iri:
        if ch in ILLEGAL_IRI_CHARS:
            return f"illegal character {ch!r}"
        if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            return f"control character U+{ord(ch):04X}"
    if BAD_PERCENT.search(iri):
        return "'%' not followed by two hex digits"
    return None


def normalized(graph, rdflib):
    """A copy where "x"^^xsd:string is the plain literal "x" (the same term in RDF 1.1; not in rdflib)."""
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype is not None and str(o.datatype) == XSD_STRING:
            o = rdflib.Literal(str(o))
        out.add((s, p, o))
    return out


def isomorphic(g1, g2, rdflib) -> bool:
    """Graph isomorphism that stays fast with thousands of blank nodes.

    Ground triples must match exactly. Blank nodes are coloured by refinement over their neighbourhood
    (an isomorphism-invariant colouring, so different coloured-triple multisets prove the graphs differ);
    blank nodes of the same colour are then paired, and if that pairing maps one graph onto the other
    the graphs are isomorphic. Only when that pairing fails with equal colourings (highly symmetric
    graphs) does this fall back to rdflib.compare.isomorphic, which is exact but can take minutes.
    """
    if len(g1) != len(g2):
        return False
    BNode = rdflib.BNode

    def split(g):
        ground, blank = set(), []
        for t in g:
            if any(isinstance(x, BNode) for x in t):
                blank.append(t)
            else:
                ground.add(t)
        return ground, blank

    ground1, blank1 = split(g1)
    ground2, blank2 = split(g2)
    if ground1 != ground2 or len(blank1) != len(blank2):
        return False
    if not blank1:
        return True

    def colours(blank):
        nodes = {x for t in blank for x in t if isinstance(x, BNode)}
        colour = {b: 0 for b in nodes}
        count = 1
        for _ in range(len(nodes) + 1):
            sig = {b: [] for b in nodes}
            for s, p, o in blank:
                cs = colour[s] if isinstance(s, BNode) else s
                co = colour[o] if isinstance(o, BNode) else o
                if isinstance(s, BNode):
                    sig[s].append(("out", p, co))
                if isinstance(o, BNode):
                    sig[o].append(("in", p, cs))
            new = {b: hash((colour[b], tuple(sorted(sig[b], key=repr)))) for b in nodes}
            new_count = len(set(new.values()))
            colour = new
            if new_count == count:
                break
            count = new_count
        return colour

    # Both graphs are refined by the same deterministic function, so equal structure gets equal colours.
    c1, c2 = colours(blank1), colours(blank2)

    def coloured(blank, c):
        return sorted((repr(c.get(s, s)), repr(p), repr(c.get(o, o))) for s, p, o in blank)

    if coloured(blank1, c1) != coloured(blank2, c2):
        return False
    classes: dict[int, list] = {}
    for b, col in sorted(c1.items(), key=repr):
        classes.setdefault(col, []).append(b)
    mapping = {}
    for b, col in sorted(c2.items(), key=repr):
        if not classes.get(col):
            return False
        mapping[b] = classes[col].pop()
    mapped = {(mapping.get(s, s), p, mapping.get(o, o)) for s, p, o in blank2}
    if mapped == set(blank1):
        return True
    from rdflib.compare import isomorphic as exact

    return exact(g1, g2)


def parse_rdflib(rdflib, path: Path, fmt: str, problems: Problems, label: str):
    graph = rdflib.Graph()
    try:
        graph.parse(str(path), format=fmt, publicID=SENTINEL_BASE)
    except Exception as error:  # rdflib raises many types (SAXParseException, BadSyntax, ...)
        problems.add(f"rdflib cannot parse {label}: {type(error).__name__}: {error}")
        return None
    return graph


def parse_oxigraph(ox, rdflib, path: Path, fmt, problems: Problems, label: str):
    """Parses with pyoxigraph (no base IRI, so a relative IRI is an error); returns (raw count, graph)."""
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except Exception as error:
        problems.add(f"pyoxigraph cannot parse {label}: {type(error).__name__}: {error}")
        return None, None

    def term(t):
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return rdflib.Literal(t.value, lang=t.language)
            if t.datatype.value == XSD_STRING:
                return rdflib.Literal(t.value)
            return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
        raise TypeError(f"unexpected term {t!r}")

    graph = rdflib.Graph()
    for q in quads:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            problems.add(f"pyoxigraph found a named graph in {label}: {q.graph_name}")
            return len(quads), None
        graph.add((term(q.subject), term(q.predicate), term(q.object)))
    return len(quads), graph


def count_rapper(rapper: str, path: Path, syntax: str, problems: Problems, label: str):
    result = run([rapper, "-i", syntax, "-c", str(path)])
    count = None
    unexpected = []
    for line in result.stderr.splitlines():
        if RAPPER_INFO.match(line):
            continue
        m = RAPPER_COUNT.match(line)
        if m:
            count = int(m.group(1))
            continue
        if line.strip():
            unexpected.append(line.strip())
    if unexpected:
        problems.add(f"rapper reported on {label}:\n    " + "\n    ".join(unexpected[:20]))
    if result.returncode != 0:
        problems.add(f"rapper exited with {result.returncode} on {label}")
    if count is None:
        problems.add(f"rapper printed no triple count for {label} (stderr: {result.stderr.strip()!r})")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rdfxml", metavar="FILE.rdf")
    parser.add_argument("--ntriples", metavar="FILE.nt")
    parser.add_argument("--turtle", metavar="FILE.ttl")
    args = parser.parse_args()

    # Tools first: a missing one is exit 2 whatever the input.
    rdflib = require_module("rdflib")
    require_module("rdflib.compare")
    ox = require_module("pyoxigraph")
    rapper = require_command("rapper")
    from rdflib.namespace import RDFS, SKOS

    rdf_path = require_file(args.rdfxml)
    extra = []
    if args.ntriples:
        extra.append(("ntriples", require_file(args.ntriples), "nt", ox.RdfFormat.N_TRIPLES))
    if args.turtle:
        extra.append(("turtle", require_file(args.turtle), "turtle", ox.RdfFormat.TURTLE))

    problems = Problems(str(rdf_path))
    label = rdf_path.name

    graph = parse_rdflib(rdflib, rdf_path, "xml", problems, label)
    ox_count, ox_graph = parse_oxigraph(ox, rdflib, rdf_path, ox.RdfFormat.RDF_XML, problems, label)
    rapper_count = count_rapper(rapper, rdf_path, "rdfxml", problems, label)

    rdflib_count = len(graph) if graph is not None else None
    counts = {"rdflib": rdflib_count, "oxigraph": ox_count, "rapper": rapper_count}
    if None not in counts.values():
        if len(set(counts.values())) != 1:
            detail = ", ".join(f"{k} {v}" for k, v in counts.items())
            if ox_graph is not None and len(ox_graph) != ox_count:
                detail += f" ({ox_count - len(ox_graph)} duplicate triples in the file)"
            problems.add(f"triple counts differ: {detail}")
        elif rdflib_count == 0:
            problems.add("the graph is empty (0 triples)")

    norm = normalized(graph, rdflib) if graph is not None else None
    if graph is not None:
        if ox_graph is not None and not isomorphic(norm, ox_graph, rdflib):
            only_rdflib = len(set(norm) - set(ox_graph))
            problems.add(
                f"rdflib and pyoxigraph read different graphs from {label} "
                f"({only_rdflib} triples of rdflib's not in Oxigraph's, ignoring blank-node labels)"
            )

        bad_iris: dict[str, str] = {}
        for triple in graph:
            for t in triple:
                if isinstance(t, rdflib.URIRef):
                    iri = str(t)
                elif isinstance(t, rdflib.Literal) and t.datatype is not None:
                    iri = str(t.datatype)
                else:
                    continue
                if iri not in bad_iris:
                    bad_iris[iri] = iri_problem(iri)
        problems.add_examples(
            "bad IRIs", [f"<{iri}>: {why}" for iri, why in sorted(bad_iris.items()) if why]
        )

        bad_labels = []
        for prop, name in ((RDFS.label, "rdfs:label"), (SKOS.prefLabel, "skos:prefLabel")):
            for s, o in sorted(graph.subject_objects(prop)):
                if not isinstance(o, rdflib.Literal):
                    bad_labels.append(f"{name} of <{s}> is not a literal: {o}")
                elif o.language != "en":
                    tag = f"@{o.language}" if o.language else "no language tag"
                    bad_labels.append(f'{name} of <{s}> "{o}" has {tag}, expected @en')
        problems.add_examples("labels not tagged @en", bad_labels)

    summary = {"triples": rdflib_count, "rdflib": rdflib_count, "oxigraph": ox_count, "rapper": rapper_count}

    for key, path, rdflib_fmt, ox_fmt in extra:
        other = parse_rdflib(rdflib, path, rdflib_fmt, problems, path.name)
        other_ox_count, other_ox = parse_oxigraph(ox, rdflib, path, ox_fmt, problems, path.name)
        other_rapper = count_rapper(rapper, path, key, problems, path.name)
        other_count = len(other) if other is not None else None
        summary[key] = other_count
        got = {"rdflib": other_count, "oxigraph": other_ox_count, "rapper": other_rapper}
        if None not in got.values() and len(set(got.values())) != 1:
            detail = ", ".join(f"{k} {v}" for k, v in got.items())
            if other_ox is not None and len(other_ox) != other_ox_count:
                detail += f" ({other_ox_count - len(other_ox)} duplicate triples in the file)"
            problems.add(f"triple counts differ for {path.name}: {detail}")
        other_norm = normalized(other, rdflib) if other is not None else None
        if other_norm is not None and norm is not None:
            if not isomorphic(norm, other_norm, rdflib):
                missing = len(set(norm) - set(other_norm))
                added = len(set(other_norm) - set(norm))
                problems.add(
                    f"{path.name} is not isomorphic to {label}: {len(other_norm)} vs {len(graph)} triples "
                    f"({missing} only in {label}, {added} only in {path.name}, blank nodes compared by label)"
                )
        if other_ox is not None and other_norm is not None and not isomorphic(other_norm, other_ox, rdflib):
            problems.add(f"rdflib and pyoxigraph read different graphs from {path.name}")

    problems.finish(summary)


if __name__ == "__main__":
    main()
