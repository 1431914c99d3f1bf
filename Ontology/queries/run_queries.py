#!/usr/bin/env python3
"""Runs the example SPARQL queries (*.rq in this folder) with rdflib over an RDF export and prints each
result as a text table (or a Markdown table with --markdown, for queries/README.md).

    python3 Ontology/queries/run_queries.py OUT/corpus.ttl [--queries DIR] [--only NAME ...]
                                            [--markdown] [--width N]

The export may be Turtle (.ttl), RDF/XML (.rdf) or N-Triples (.nt). Queries run in file-name order.
IRIs are shortened with the export's prefixes (rg:, id: for instance data). Exit status: 0 when every
query ran, 1 when one failed to parse or run, 2 when rdflib is missing or a file does not exist.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    import rdflib
except ImportError as error:  # pragma: no cover
    print(f"run_queries.py: missing tool: python module rdflib ({error}), install with "
          "`pip install -r Tests/Interop/requirements.txt`", file=sys.stderr)
    sys.exit(2)

FORMATS = {".ttl": "turtle", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".nt": "nt"}
PREFIXES = {
    "rg": "https://w3id.org/resgraph/ontology#",
    "id": "https://w3id.org/resgraph/id/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def cell(term, width: int) -> str:
    if term is None:
        text = ""
    elif isinstance(term, rdflib.URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns):
                text = f"{prefix}:{text[len(ns):]}"
                break
        else:
            text = f"<{text}>"
    else:
        text = str(term)
    text = " ".join(text.split())
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "…"


def description(query: str) -> str:
    lines = []
    for line in query.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(lines)


def table(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        esc = lambda s: s.replace("|", "\\|")  # noqa: E731
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
        return "\n".join(out)
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def main() -> int:
    ap = argparse.ArgumentParser(description="Run the example SPARQL queries over an export.")
    ap.add_argument("data", help="the export: .ttl, .rdf or .nt")
    ap.add_argument("--queries", default=str(Path(__file__).resolve().parent), help="folder of *.rq files")
    ap.add_argument("--only", nargs="*", default=[], help="query names (without .rq) to run")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--width", type=int, default=100, help="truncate cells to N characters (0: never)")
    args = ap.parse_args()

    data = Path(args.data)
    if not data.is_file():
        print(f"run_queries.py: no such file: {data}", file=sys.stderr)
        return 2
    graph = rdflib.Graph()
    graph.parse(data, format=FORMATS.get(data.suffix.lower(), "turtle"))
    files = sorted(Path(args.queries).glob("*.rq"))
    if args.only:
        files = [f for f in files if f.stem in set(args.only)]
    if not files:
        print(f"run_queries.py: no queries found in {args.queries}", file=sys.stderr)
        return 2

    failed = 0
    heading = "###" if args.markdown else "==="
    print(f"{len(graph)} triples in {data.name}; {len(files)} queries\n")
    for f in files:
        query = f.read_text(encoding="utf-8")
        print(f"{heading} {f.name}" + ("" if args.markdown else " ==="))
        print(("" if args.markdown else "# ") + description(query) + "\n")
        try:
            result = graph.query(query)
            header = [str(v) for v in result.vars]
            rows = [[cell(row[v], args.width) for v in result.vars] for row in result]
        except Exception as error:
            print(f"run_queries.py: {f.name} failed: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
            continue
        print(table(header, rows, args.markdown))
        print(f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
