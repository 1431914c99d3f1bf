#!/usr/bin/env python3
"""Loads N-Triples exports of parts of a corpus into one store and compares them with the export of the
whole run: the "extraction across machines" check.

    python3 Tests/Interop/check_merge.py --whole whole.nt part1.nt part2.nt [...]

The parts are loaded into one pyoxigraph store (as a triple store would load them); the whole into
another. Prints JSON: triple counts of the whole, of the loaded parts, and of what only one side has
(with up to 5 examples each, and the predicates of the missing triples), and whether the two graphs are
isomorphic (rdflib.compare). Exit 0 when the counts are equal and the graphs isomorphic, 1 otherwise,
2 when a library or file is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

try:
    import pyoxigraph as ox
    import rdflib
    from rdflib.compare import isomorphic
except ImportError as error:  # pragma: no cover
    print(f"check_merge.py: {error}; python3 -m pip install -r Tests/Interop/requirements.txt", file=sys.stderr)
    sys.exit(2)


def load(paths: list[str]) -> "ox.Store":
    store = ox.Store()
    for path in paths:
        store.bulk_load(path=path, format=ox.RdfFormat.N_TRIPLES)
    return store


def triples(store: "ox.Store") -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads_for_pattern(None, None, None, None)}


def as_rdflib(store: "ox.Store") -> "rdflib.Graph":
    graph = rdflib.Graph()
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    graph.parse(data=data.decode("utf-8"), format="nquads")
    # N-Quads of the default graph parse into rdflib's default context: flatten to one graph.
    flat = rdflib.Graph()
    for t in graph.triples((None, None, None)):
        flat.add(t)
    return flat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--whole", required=True)
    parser.add_argument("parts", nargs="+")
    args = parser.parse_args()
    try:
        merged, whole = load(args.parts), load([args.whole])
    except OSError as error:
        print(f"check_merge.py: {error}", file=sys.stderr)
        return 2
    a, b = triples(merged), triples(whole)
    only_parts, only_whole = a - b, b - a
    result = {
        "whole": len(b),
        "parts": len(a),
        "only_in_parts": len(only_parts),
        "only_in_whole": len(only_whole),
        "only_in_whole_predicates": dict(Counter(t[1] for t in only_whole)),
        "examples_only_in_parts": sorted(only_parts)[:5],
        "examples_only_in_whole": sorted(only_whole)[:5],
    }
    result["isomorphic"] = isomorphic(as_rdflib(merged), as_rdflib(whole)) if not only_parts and not only_whole else False
    print(json.dumps(result, indent=1))
    return 0 if result["isomorphic"] and len(a) == len(b) else 1


if __name__ == "__main__":
    sys.exit(main())
