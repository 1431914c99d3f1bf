#!/usr/bin/env python3
"""Checks a GraphML export against the GraphML 1.1 schema, NetworkX and python-igraph.

Usage: check_graphml.py FILE.graphml [--schema DIR/graphml.xsd]
(--schema defaults to Tests/Fixtures/schemas/graphml/graphml.xsd in this repository)

Passes when
  - `xmllint --nonet --noout --schema SCHEMA FILE` validates the file with no other output (the schema
    also rejects undeclared keys, dangling edge ends, duplicate node ids and bad attr.type values);
  - the file holds exactly one <graph>;
  - every key id is readable (an identifier such as `label`, not `d0`..`dN`: Gephi guesses columns from it);
  - every node id is an NMTOKEN with none of  / # ? % =  (ids are derived; IRIs belong in attributes);
  - every node has non-empty `label` and `kind` attributes, every edge a non-empty `relation`
    (matched by the keys' attr.name);
  - nx.read_graphml and igraph.Graph.Read_GraphML both load it, with the same node and edge counts as
    the file, the same node ids, the same directedness, and the same label/kind/relation values.
Prints {"nodes": N, "edges": M, "keys": K, "networkx": [N, M], "igraph": [N, M]}.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _interop import Problems, require_command, require_file, require_module, run  # noqa: E402

DEFAULT_SCHEMA = Path(__file__).resolve().parent.parent / "Fixtures" / "schemas" / "graphml" / "graphml.xsd"
NS = "{http://graphml.graphdrawing.org/xmlns}"

# XML 1.0 NameChar (fifth edition), used for NMTOKEN.
NAME_CHAR = (
    r"A-Za-z0-9:_.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D"
    r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
    r"\u0300-\u036F\u203F-\u2040"
)
NMTOKEN = re.compile(f"^[{NAME_CHAR}]+$")
FORBIDDEN_ID_CHARS = set("/#?%=")
READABLE_KEY_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
GENERIC_KEY_ID = re.compile(r"^d[0-9]+$")

REQUIRED = {"node": ("label", "kind"), "edge": ("relation",)}


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graphml", metavar="FILE.graphml")
    parser.add_argument("--schema", metavar="DIR/graphml.xsd", default=str(DEFAULT_SCHEMA))
    args = parser.parse_args()

    xmllint = require_command("xmllint")
    nx = require_module("networkx")
    igraph = require_module("igraph")
    path = require_file(args.graphml)
    schema = require_file(args.schema)
    problems = Problems(str(path))

    # 1. Schema validation. xmllint prints "FILE validates" on stderr and nothing else when all is well.
    result = run([xmllint, "--nonet", "--noout", "--schema", str(schema), str(path)])
    other = [line for line in result.stderr.splitlines() if line.strip() and line.strip() != f"{path} validates"]
    if result.returncode != 0 or other:
        problems.add(f"xmllint --schema (exit {result.returncode}):\n    " + "\n    ".join(other[:20]))

    # 2. Our own reading of the file, the reference for everything below.
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        problems.add(f"not well-formed XML: {error}")
        problems.finish({})

    keys = root.findall(f"{NS}key")
    names: dict[str, dict[str, str]] = {"node": {}, "edge": {}}  # domain -> attr.name -> key id
    bad_keys = []
    for key in keys:
        key_id = key.get("id", "")
        if GENERIC_KEY_ID.match(key_id) or not READABLE_KEY_ID.match(key_id):
            bad_keys.append(f"{key_id!r} (attr.name {key.get('attr.name')!r})")
        domain = key.get("for", "all")
        for d in ("node", "edge"):
            if domain in (d, "all") and key.get("attr.name"):
                names[d].setdefault(key.get("attr.name"), key_id)
    problems.add_examples("key ids that are not readable names (use e.g. `label`, not d0..dN)", bad_keys)

    graphs = root.iter(f"{NS}graph")
    graph_elements = list(graphs)
    if len(graph_elements) != 1:
        problems.add(f"expected exactly one <graph>, found {len(graph_elements)}")
        problems.finish({})
    graph = graph_elements[0]
    directed = graph.get("edgedefault") == "directed"
    nodes = graph.findall(f"{NS}node")
    edges = graph.findall(f"{NS}edge")

    def values(element, domain):
        out = {}
        by_id = {key_id: name for name, key_id in names[domain].items()}
        for data in element.findall(f"{NS}data"):
            name = by_id.get(data.get("key"))
            if name is not None:
                out[name] = data.text or ""
        return out

    bad_ids = []
    xml_nodes: dict[str, dict] = {}
    for node in nodes:
        node_id = node.get("id", "")
        if not NMTOKEN.match(node_id) or FORBIDDEN_ID_CHARS & set(node_id):
            bad_ids.append(repr(node_id))
        xml_nodes[node_id] = values(node, "node")
    problems.add_examples("node ids that are not NMTOKENs free of / # ? % =", bad_ids)

    for domain, elements in (("node", nodes), ("edge", edges)):
        for attr in REQUIRED[domain]:
            if attr not in names[domain]:
                problems.add(f"no <key for=\"{domain}\" attr.name=\"{attr}\"> declared")
                continue
            lacking = []
            for element in elements:
                if missing(values(element, domain).get(attr)):
                    who = element.get("id") or f"{element.get('source')}->{element.get('target')}"
                    lacking.append(who)
            problems.add_examples(f"{domain}s without a `{attr}`", lacking)

    def edge_key(source, target, relation):
        ends = (str(source), str(target)) if directed else tuple(sorted((str(source), str(target))))
        return (*ends, str(relation))

    xml_edges = sorted(edge_key(e.get("source"), e.get("target"), values(e, "edge").get("relation")) for e in edges)
    summary = {"nodes": len(nodes), "edges": len(edges), "keys": len(keys)}

    # 3. NetworkX.
    try:
        g = nx.read_graphml(str(path))
    except Exception as error:
        problems.add(f"networkx cannot read the file: {type(error).__name__}: {error}")
        g = None
    if g is not None:
        summary["networkx"] = [g.number_of_nodes(), g.number_of_edges()]
        if summary["networkx"] != [len(nodes), len(edges)]:
            problems.add(f"networkx reads {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
                         f"the file has {len(nodes)}, {len(edges)}")
        if g.is_directed() != directed:
            problems.add(f"networkx reads directed={g.is_directed()}, edgedefault says {directed}")
        if set(g.nodes) != set(xml_nodes):
            problems.add_examples("node ids differ in networkx", sorted(set(g.nodes) ^ set(xml_nodes)))
        diff = []
        for node_id, data in g.nodes(data=True):
            for attr in REQUIRED["node"]:
                expected = xml_nodes.get(node_id, {}).get(attr)
                if expected is not None and str(data.get(attr)) != expected:
                    diff.append(f"{node_id}.{attr}: {data.get(attr)!r} != {expected!r}")
        problems.add_examples("node attributes that networkx reads differently", diff)
        nx_relations = sorted(edge_key(u, v, d.get("relation")) for u, v, d in g.edges(data=True))
        if nx_relations != xml_edges:
            problems.add("networkx reads different edges or relations than the file holds")

    # 4. python-igraph.
    try:
        h = igraph.Graph.Read_GraphML(str(path))
    except Exception as error:
        problems.add(f"igraph cannot read the file: {type(error).__name__}: {error}")
        h = None
    if h is not None:
        summary["igraph"] = [h.vcount(), h.ecount()]
        if summary["igraph"] != [len(nodes), len(edges)]:
            problems.add(f"igraph reads {h.vcount()} nodes, {h.ecount()} edges; "
                         f"the file has {len(nodes)}, {len(edges)}")
        if h.is_directed() != directed:
            problems.add(f"igraph reads directed={h.is_directed()}, edgedefault says {directed}")
        ids = h.vs["id"] if "id" in h.vs.attributes() else []
        if sorted(ids) != sorted(xml_nodes):
            problems.add("igraph reads node ids different from the file's")
        diff = []
        for vertex in h.vs:
            node_id = vertex["id"] if ids else vertex.index
            for attr in REQUIRED["node"]:
                got = vertex[attr] if attr in h.vs.attributes() else None
                expected = xml_nodes.get(node_id, {}).get(attr)
                if expected is not None and got != expected:
                    diff.append(f"{node_id}.{attr}: {got!r} != {expected!r}")
        problems.add_examples("node attributes that igraph reads differently", diff)
        if ids:
            has_relation = "relation" in h.es.attributes()
            ig_relations = sorted(
                edge_key(ids[e.source], ids[e.target], e["relation"] if has_relation else None) for e in h.es
            )
            if ig_relations != xml_edges:
                problems.add("igraph reads different edges or relations than the file holds")

    problems.finish(summary)


if __name__ == "__main__":
    main()
