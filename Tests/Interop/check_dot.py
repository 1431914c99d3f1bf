#!/usr/bin/env python3
"""Checks a DOT export by laying it out with Graphviz.

Usage: check_dot.py FILE.dot [--engines dot,sfdp] [--timeout SECONDS]

Passes when, for every engine (default: dot), `dot -K<engine> -Tsvg FILE` exits 0 and prints nothing at
all on stderr (a warning fails too: a syntax error, an unknown attribute value, a bad label, a font
that cannot be found, a layout that gives up), the SVG it writes parses as XML, and every engine draws
the same number of nodes and edges (> 0 nodes; patchwork draws no edges).
Prints {"engines": [...], "nodes": N, "edges": M, "svg_bytes": {"dot": B, ...}}.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _interop import EXIT_MISSING, Problems, prog, require_command, require_file, run  # noqa: E402

ENGINES = ("dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork")
NO_EDGES = {"patchwork"}  # draws nodes as a treemap, never edges
SVG = "{http://www.w3.org/2000/svg}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dot_file", metavar="FILE.dot")
    parser.add_argument("--engines", default="dot", help="comma-separated Graphviz layout engines (default: dot)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed per engine (default: 300)")
    args = parser.parse_args()

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINES]
    if unknown or not engines:
        print(f"{prog()}: unknown engine(s) {unknown or args.engines!r}; choose from {', '.join(ENGINES)}",
              file=sys.stderr)
        sys.exit(EXIT_MISSING)

    dot = require_command("dot")
    path = require_file(args.dot_file)
    problems = Problems(str(path))
    counts: dict[str, tuple[int, int]] = {}
    sizes: dict[str, int] = {}

    for engine in engines:
        result = run([dot, f"-K{engine}", "-Tsvg", str(path)], timeout=args.timeout)
        if result.stderr.strip():
            lines = result.stderr.strip().splitlines()
            more = f"\n    ... ({len(lines) - 20} more lines)" if len(lines) > 20 else ""
            problems.add(f"{engine}: stderr is not empty:\n    " + "\n    ".join(lines[:20]) + more)
        if result.returncode != 0:
            problems.add(f"{engine}: exited with {result.returncode}")
            continue
        sizes[engine] = len(result.stdout.encode("utf-8"))
        try:
            root = ET.fromstring(result.stdout)
        except ET.ParseError as error:
            problems.add(f"{engine}: the SVG does not parse as XML: {error}")
            continue
        if root.tag != f"{SVG}svg":
            problems.add(f"{engine}: the output's root element is {root.tag}, not svg")
            continue
        groups = [g.get("class", "") for g in root.iter(f"{SVG}g")]
        counts[engine] = (groups.count("node"), groups.count("edge"))

    node_counts = {n for n, _ in counts.values()}
    edge_counts = {m for e, (_, m) in counts.items() if e not in NO_EDGES}
    if len(node_counts) > 1 or len(edge_counts) > 1:
        problems.add("engines draw different node/edge counts: "
                     + ", ".join(f"{e} {n}/{m}" for e, (n, m) in counts.items()))
    nodes = next(iter(node_counts), 0)
    edges = next(iter(edge_counts), 0)
    if counts and nodes == 0:
        problems.add("the drawing has no nodes")

    problems.finish({"engines": engines, "nodes": nodes, "edges": edges, "svg_bytes": sizes})


if __name__ == "__main__":
    main()
