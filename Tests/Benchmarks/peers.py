#!/usr/bin/env python3
"""resgraph against the tools its users would otherwise use, on the same input, in the same run.

Prints wall times of whole processes and the ratios (peer time / resgraph time: above 1, resgraph is
faster). These machines are shared and noisy; the ratios are what to compare, not the absolute times.

    python3 Tests/Benchmarks/peers.py [--corpus DIR] [--subset N] [--build DIR] [--repeat K]

- Phrase matching, over the whole corpus: `resgraph entities DIR --format json --jobs 1` (read,
  normalize, segment, extract, link) against pyahocorasick, flashtext and spaCy's PhraseMatcher
  (spacy.blank("en"), no model) merely matching resgraph's vocabulary (`resgraph-bench --phrases`:
  every label and alias) over the same texts, case-insensitively, each a whole process.
- RDF/XML, over the first N documents of the corpus (default 100): `resgraph export --format rdfxml
  --jobs 1` (extraction included) against `oxigraph convert`, pyoxigraph, rapper and rdflib turning
  resgraph's own N-Triples of the same graph into RDF/XML.
- GraphML and DOT, same documents: resgraph's writers (timed inside `resgraph-bench`) against igraph's
  and NetworkX's writers (NetworkX's DOT through pydot) writing the same graph, loaded from resgraph's
  GraphML beforehand (only the writing is timed).

A peer that is not installed is reported as missing, not counted. Requirements: requirements.txt here.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

AHO = r'''
import sys, ahocorasick
phrases = [p.lower() for p in open(sys.argv[1], encoding="utf-8").read().splitlines() if p]
A = ahocorasick.Automaton()
for i, p in enumerate(phrases): A.add_word(p, i)
A.make_automaton()
n = 0
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8", errors="replace").read().lower()
    for _ in A.iter(text): n += 1
print(n)
'''

FLASH = r'''
import sys
from flashtext import KeywordProcessor
kp = KeywordProcessor(case_sensitive=False)
for p in open(sys.argv[1], encoding="utf-8").read().splitlines():
    if p: kp.add_keyword(p)
n = 0
for path in sys.argv[2:]:
    n += len(kp.extract_keywords(open(path, encoding="utf-8", errors="replace").read()))
print(n)
'''

SPACY = r'''
import sys, spacy
from spacy.matcher import PhraseMatcher
nlp = spacy.blank("en")
nlp.max_length = 10**8
m = PhraseMatcher(nlp.vocab, attr="LOWER")
phrases = [p for p in open(sys.argv[1], encoding="utf-8").read().splitlines() if p]
m.add("V", list(nlp.tokenizer.pipe(phrases)))
texts = (open(p, encoding="utf-8", errors="replace").read() for p in sys.argv[2:])
n = 0
for doc in nlp.tokenizer.pipe(texts):
    n += len(m(doc))
print(n)
'''

PYOXI = r'''
import sys, pyoxigraph
with open(sys.argv[1], "rb") as f, open(sys.argv[2], "wb") as out:
    pyoxigraph.serialize(pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.N_TRIPLES), out, format=pyoxigraph.RdfFormat.RDF_XML)
'''

RDFLIB = r'''
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="nt")
g.serialize(destination=sys.argv[2], format="xml")
'''

# Loads resgraph's GraphML, then times only the writers; prints "name seconds" lines.
GRAPH_WRITERS = r'''
import sys, time
graphml, out = sys.argv[1], sys.argv[2]
try:
    import igraph
    g = igraph.Graph.Read_GraphML(graphml)
    t = time.perf_counter(); g.write_graphml(out + "/ig.graphml"); print("igraph-graphml", time.perf_counter() - t)
    t = time.perf_counter(); g.write_dot(out + "/ig.dot"); print("igraph-dot", time.perf_counter() - t)
except ImportError:
    print("igraph-graphml missing"); print("igraph-dot missing")
try:
    import networkx as nx
    h = nx.read_graphml(graphml)
    t = time.perf_counter(); nx.write_graphml(h, out + "/nx.graphml"); print("networkx-graphml", time.perf_counter() - t)
    try:
        import pydot  # noqa: F401
        # pydot's Node takes "name" as its own argument: rename that attribute first (not timed).
        for _, d in h.nodes(data=True):
            if "name" in d: d["name_"] = d.pop("name")
        t = time.perf_counter(); nx.nx_pydot.write_dot(h, out + "/nx.dot"); print("pydot-dot", time.perf_counter() - t)
    except ImportError:
        print("pydot-dot missing")
except ImportError:
    print("networkx-graphml missing"); print("pydot-dot missing")
'''


def timed(cmd, repeat=1, **kw):
    """Best wall time of `repeat` runs of a whole process (None if it fails or is missing)."""
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        try:
            r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
        except FileNotFoundError:
            return None, "missing"
        dt = time.perf_counter() - t
        if r.returncode != 0:
            return None, (r.stderr.decode(errors="replace").strip().splitlines() or ["failed"])[-1]
        best = dt if best is None else min(best, dt)
    return best, r.stdout.decode(errors="replace")


def python_has(module):
    return subprocess.run([sys.executable, "-c", "import " + module], capture_output=True).returncode == 0


def row(name, seconds, ours, unit_amount=None, unit=""):
    if seconds is None:
        print(f"  {name:<34} {'—':>9}")
        return
    rate = f"{unit_amount / seconds:10.1f} {unit}" if unit_amount else ""
    ratio = f"{seconds / ours:6.2f}x" if ours else ""
    print(f"  {name:<34} {seconds:8.3f} s {rate}  {ratio}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "bulk", "text")
                    if not os.environ.get("RESGRAPH_CORPUS") else os.path.join(os.environ["RESGRAPH_CORPUS"], "bulk", "text"))
    ap.add_argument("--subset", type=int, default=100, help="documents for the RDF/XML, GraphML and DOT comparisons")
    ap.add_argument("--build", default=os.path.join(REPO, ".build", "release"))
    ap.add_argument("--repeat", type=int, default=1, help="runs per command; the best is kept")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: match,rdf,graph")
    a = ap.parse_args()
    skip = set(a.skip.split(",")) - {""}
    resgraph = os.path.join(a.build, "resgraph")
    bench = os.path.join(a.build, "resgraph-bench")
    for b in (resgraph, bench):
        if not os.access(b, os.X_OK):
            sys.exit(f"peers.py: {b} not found; build it: swift build -c release")
    corpus = os.path.abspath(a.corpus)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".txt"))
    if not files:
        sys.exit(f"peers.py: no .txt documents in {corpus}")
    total = sum(os.path.getsize(f) for f in files)
    tmp = tempfile.mkdtemp(prefix="resgraph-peers-")
    try:
        phrases = os.path.join(tmp, "phrases.txt")
        with open(phrases, "w") as out:
            subprocess.run([bench, "--phrases"], stdout=out, check=True)
        nphrases = sum(1 for _ in open(phrases))

        if "match" not in skip:
            print(f"\nPhrase matching: {len(files)} documents, {total / 1e6:.1f} MB, {nphrases} phrases; whole processes, one core")
            print(f"  {'':<34} {'time':>10} {'rate':>15}  peer/resgraph")
            ours, _ = timed([resgraph, "entities", corpus, "--format", "json", "--jobs", "1", "-q"], a.repeat)
            row("resgraph entities --jobs 1", ours, ours, total / 1e6, "MB/s")
            for name, module, script in (("pyahocorasick (match only)", "ahocorasick", AHO),
                                         ("flashtext (match only)", "flashtext", FLASH),
                                         ("spaCy PhraseMatcher (match only)", "spacy", SPACY)):
                if not python_has(module):
                    print(f"  {name:<34} missing"); continue
                s, _ = timed([sys.executable, "-c", script, phrases] + files, a.repeat)
                row(name, s, ours, total / 1e6, "MB/s")

        sub = os.path.join(tmp, "subset")
        os.makedirs(sub)
        for f in files[:a.subset]:
            shutil.copy(f, sub)
        nt_dir = os.path.join(tmp, "nt")
        subprocess.run([resgraph, "export", sub, "-o", nt_dir, "--format", "ntriples,graphml", "--jobs", "1", "-q"], check=True)
        nt = os.path.join(nt_dir, "corpus.nt")
        triples = sum(1 for _ in open(nt, "rb"))

        if "rdf" not in skip:
            print(f"\nRDF/XML: {a.subset} documents, {triples} triples; resgraph from the texts (extraction included), peers from its N-Triples")
            out = os.path.join(tmp, "out")
            ours, _ = timed([resgraph, "export", sub, "-o", out, "--format", "rdfxml", "--jobs", "1", "-q"], a.repeat)
            row("resgraph export --format rdfxml", ours, ours, triples / 1e3, "k triples/s")
            rdf = os.path.join(tmp, "peer.rdf")
            s, _ = timed(["oxigraph", "convert", "--from-file", nt, "--to-file", rdf], a.repeat)
            row("oxigraph convert", s, ours, triples / 1e3, "k triples/s")
            for name, module, script in (("pyoxigraph", "pyoxigraph", PYOXI), ("rdflib", "rdflib", RDFLIB)):
                if not python_has(module):
                    print(f"  {name:<34} missing"); continue
                s, _ = timed([sys.executable, "-c", script, nt, rdf], a.repeat)
                row(name, s, ours, triples / 1e3, "k triples/s")
            with open(rdf, "w") as o:
                t = time.perf_counter()
                r = subprocess.run(["rapper", "-q", "-i", "ntriples", "-o", "rdfxml", nt], stdout=o, stderr=subprocess.DEVNULL) \
                    if shutil.which("rapper") else None
                s = time.perf_counter() - t if r is not None and r.returncode == 0 else None
            row("rapper", s, ours, triples / 1e3, "k triples/s")

        if "graph" not in skip:
            graphml = os.path.join(nt_dir, "corpus.graphml")
            _, bout = timed([bench, sub, "--formats", "graphml,dot"])
            m = re.search(r"graph: \d+ nodes, (\d+) edges", bout)
            edges = int(m.group(1)) if m else 0
            times = {k: float(v) for k, v in re.findall(r"write_(\w+)=([\d.]+)", bout)}
            print(f"\nGraphML and DOT writers: {a.subset} documents, {edges} edges; writing only, in process")
            _, pout = timed([sys.executable, "-c", GRAPH_WRITERS, graphml, tmp])
            peer = {}
            for k, v in re.findall(r"^([\w-]+) (missing|[\d.e-]+)$", pout or "", re.M):
                peer[k] = None if v == "missing" else float(v)
            for fmt in ("graphml", "dot"):
                ours = times.get(fmt)
                row(f"resgraph {fmt} writer", ours, ours, edges / 1e3, "k edges/s")
                for name in (f"igraph-{fmt}", "networkx-graphml" if fmt == "graphml" else "pydot-dot"):
                    row(name.replace("-", " ") + " writer", peer.get(name), ours, edges / 1e3, "k edges/s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
