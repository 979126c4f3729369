"""Loads a GraphML and a GEXF export with networkx and python-igraph; prints what each read as JSON.

Usage: load_graph.py FILE.graphml FILE.gexf EDGE_JSON
EDGE_JSON names one edge: {"id", "source", "target", "type", "lever"}. Prints {"networkx_graphml": {...},
"igraph_graphml": {...}, "networkx_gexf": {...}}, each with the node and edge counts and the `citations` and
`evidence_json` attributes of that edge. igraph does not keep GraphML edge ids, so there the edge is found by its
ends, type and lever.
"""

import json
import sys

import igraph
import networkx


def from_networkx(g, want):
    edge_id = want["id"]
    edge = next((d for _s, _t, d in g.edges(data=True) if d.get("id") == edge_id), None)
    if edge is None and g.is_multigraph():
        edge = next((d for _s, _t, k, d in g.edges(keys=True, data=True) if k == edge_id), None)
    edge = edge or {}
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "citations": edge.get("citations"),
        "evidence_json": edge.get("evidence_json"),
    }


def from_igraph(g, want):
    names = g.vs["id"]
    edge = next(
        (
            e
            for e in g.es
            if names[e.source] == want["source"]
            and names[e.target] == want["target"]
            and e["type"] == want["type"]
            and (e["lever"] or None) == want.get("lever")
        ),
        None,
    )
    return {
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "citations": edge["citations"] if edge is not None else None,
        "evidence_json": edge["evidence_json"] if edge is not None else None,
    }


def main():
    graphml, gexf, edge = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    out = {
        "networkx_graphml": from_networkx(networkx.read_graphml(graphml, force_multigraph=True), edge),
        "igraph_graphml": from_igraph(igraph.Graph.Read_GraphML(graphml), edge),
        "networkx_gexf": from_networkx(networkx.read_gexf(gexf), edge),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
