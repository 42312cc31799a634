#!/usr/bin/env python3
"""Python side of `scripts/bench queries`: runs NetworkX and igraph on the files that
entente-bench generated, with the same query pairs, and compares with Entente's answers.

    bench_queries.py run DIR [--reps N]  print NetworkX and igraph results as JSON
    bench_queries.py compare SWIFT PY    print the table; exit 1 if the answers disagree

Each peer is timed twice where its best form differs from the API a user reaches for first:
  like for like  the same algorithm or the same share of the work as Entente: path counts by
                 neighbour-set intersection (what Entente does) over the library's own adjacency;
                 NetworkX's bidirectional search (igraph has none: its one-sided search is all
                 there is); the library's own C loader or a pre-parsed edge array for loading;
                 the component search alone, its subgraph built outside the timed region;
  as used        the call a user would write (all_simple_paths, csv module + constructor,
                 subgraph + components in one go).
Every timed query runs the same number of times on every side (--reps, default 3; the
fastest run counts), Entente's included (entente-bench queries --reps).
"""
import csv
import json
import os
import sys
import tempfile
import time


def read_inputs(directory):
    with open(f"{directory}/actors.csv", newline="") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    index = {actor: i for i, actor in enumerate(ids)}
    edges, cooperation = [], []
    with open(f"{directory}/relations.csv", newline="") as f:
        for row in csv.DictReader(f):
            edges.append((index[row["source"]], index[row["target"]]))
            cooperation.append(row["polarity"] == "cooperation")
    return ids, index, edges, cooperation


def read_pairs(directory, index):
    pairs = {"path": [], "simple": [], "centre": []}
    with open(f"{directory}/pairs.txt") as f:
        for line in f:
            parts = line.split()
            pairs[parts[0]].append(tuple(index[p] for p in parts[1:]))
    return pairs


REPS = 3


def timed(timings, name, body):
    start = time.perf_counter()
    result = body()
    timings[name] = time.perf_counter() - start
    return result


def best(timings, name, body, reps=None):
    """Fastest of REPS runs: the same count as entente-bench, so neither side gets more
    chances to land a quiet moment on a shared machine."""
    fastest, result = float("inf"), None
    for _ in range(reps or REPS):
        start = time.perf_counter()
        result = body()
        fastest = min(fastest, time.perf_counter() - start)
    timings[name] = fastest
    return result


def count_paths_3(adjacency, s, t):
    """Simple paths of at most three hops from s to t, counted by set intersection (the way
    Entente counts them) over neighbour sets: s-t, s-a-t, s-a-b-t."""
    ns, nt = adjacency[s], adjacency[t]
    count = 1 if t in ns else 0
    count += len(ns & nt)
    targets = nt - {s}
    for a in ns:
        if a != t:
            count += len(adjacency[a] & targets)
    return count


def edge_list_file(edges):
    """The edges as whitespace-separated integers, for a library's own C loader (written
    outside any timed region)."""
    handle, path = tempfile.mkstemp(suffix=".edges")
    with os.fdopen(handle, "w") as f:
        f.write("".join(f"{s} {t}\n" for s, t in edges))
    return path


def run_networkx(directory):
    import networkx as nx

    timings = {}

    def load():
        ids, index, edges, cooperation = read_inputs(directory)
        graph = nx.Graph()  # paths are sequences of actors: parallel relations are one hop
        graph.add_nodes_from(range(len(ids)))
        graph.add_edges_from(edges)
        return ids, index, edges, cooperation, graph

    ids, index, edges, cooperation, graph = timed(timings, "load", load)

    def build():
        g = nx.Graph()
        g.add_nodes_from(range(len(ids)))
        g.add_edges_from(edges)
        return g

    best(timings, "load_like", build)
    pairs = read_pairs(directory, index)

    def shortest():
        out = []
        for s, t in pairs["path"]:
            try:
                out.append(nx.shortest_path_length(graph, s, t))
            except nx.NetworkXNoPath:
                out.append(-1)
        return out

    def shortest_bidirectional():
        out = []
        for s, t in pairs["path"]:
            try:
                out.append(len(nx.bidirectional_shortest_path(graph, s, t)) - 1)
            except nx.NetworkXNoPath:
                out.append(-1)
        return out

    def simple():
        return [sum(1 for _ in nx.all_simple_paths(graph, s, t, cutoff=3)) for s, t in pairs["simple"]]

    adjacency = timed(timings, "adjacency_sets", lambda: {v: set(graph.adj[v]) for v in graph})

    def simple_counted():
        return [count_paths_3(adjacency, s, t) for s, t in pairs["simple"]]

    def neighbourhood():
        return [len(nx.single_source_shortest_path_length(graph, c, cutoff=2)) for (c,) in pairs["centre"]]

    def coop_subgraph():
        coop = nx.Graph()
        coop.add_nodes_from(range(len(ids)))
        coop.add_edges_from(e for e, c in zip(edges, cooperation) if c)
        return coop

    def components():
        return sorted((len(c) for c in nx.connected_components(coop_subgraph())), reverse=True)

    coop = timed(timings, "coop_subgraph", coop_subgraph)

    def components_alone():
        return sorted((len(c) for c in nx.connected_components(coop)), reverse=True)

    return {
        "version": nx.__version__,
        "path_lengths": best(timings, "shortest_paths", shortest),
        "path_lengths_like": best(timings, "shortest_paths_like", shortest_bidirectional),
        "simple_path_counts": best(timings, "simple_paths_3", simple),
        "simple_path_counts_like": best(timings, "simple_paths_3_like", simple_counted),
        "neighbourhood_sizes": best(timings, "neighbourhood_2", neighbourhood),
        "coop_component_sizes": best(timings, "coop_components", components),
        "coop_component_sizes_like": best(timings, "coop_components_like", components_alone),
        "timings": timings,
        "methods": {
            "load": "csv module + Graph.add_edges_from / add_edges_from on a pre-parsed edge array",
            "shortest_paths": "shortest_path_length (bidirectional inside) / bidirectional_shortest_path",
            "simple_paths_3": "all_simple_paths(cutoff=3) / set-intersection count over G.adj",
            "neighbourhood_2": "single_source_shortest_path_length(cutoff=2)",
            "coop_components": "subgraph + connected_components / connected_components alone",
        },
    }


def run_igraph(directory):
    import igraph as ig

    timings = {}

    def load():
        ids, index, edges, cooperation = read_inputs(directory)
        multigraph = ig.Graph(n=len(ids), edges=edges, edge_attrs={"coop": cooperation})
        # Traversals walk actors, not relations: collapse parallel relations as Entente does.
        simple = multigraph.copy()
        simple.simplify(multiple=True, loops=True, combine_edges="first")
        return ids, index, edges, multigraph, simple

    ids, index, edges, multigraph, graph = timed(timings, "load", load)
    edge_file = edge_list_file(edges)

    def load_c():
        g = ig.Graph.Read_Edgelist(edge_file, directed=False)
        g.simplify(multiple=True, loops=True)
        return g

    try:
        best(timings, "load_like", load_c)
    finally:
        os.unlink(edge_file)
    pairs = read_pairs(directory, index)

    def shortest():
        out = []
        for s, t in pairs["path"]:
            path = graph.get_shortest_path(s, to=t)
            out.append(len(path) - 1 if path else -1)
        return out

    def simple():
        return [len(graph.get_all_simple_paths(s, to=t, maxlen=3)) for s, t in pairs["simple"]]

    adjacency = timed(timings, "adjacency_sets", lambda: [set(n) for n in graph.get_adjlist()])

    def simple_counted():
        return [count_paths_3(adjacency, s, t) for s, t in pairs["simple"]]

    def neighbourhood():
        return [graph.neighborhood_size(c, order=2) for (c,) in pairs["centre"]]

    def coop_subgraph():
        return multigraph.subgraph_edges(multigraph.es.select(coop=True), delete_vertices=False)

    def components():
        return sorted(coop_subgraph().connected_components().sizes(), reverse=True)

    coop = timed(timings, "coop_subgraph", coop_subgraph)

    def components_alone():
        return sorted(coop.connected_components().sizes(), reverse=True)

    lengths = best(timings, "shortest_paths", shortest)
    timings["shortest_paths_like"] = timings["shortest_paths"]
    return {
        "version": ig.__version__,
        "path_lengths": lengths,
        "path_lengths_like": lengths,
        "simple_path_counts": best(timings, "simple_paths_3", simple),
        "simple_path_counts_like": best(timings, "simple_paths_3_like", simple_counted),
        "neighbourhood_sizes": best(timings, "neighbourhood_2", neighbourhood),
        "coop_component_sizes": best(timings, "coop_components", components),
        "coop_component_sizes_like": best(timings, "coop_components_like", components_alone),
        "timings": timings,
        "methods": {
            "load": "csv module + Graph() + simplify / Read_Edgelist (C loader) + simplify",
            "shortest_paths": "get_shortest_path, one-sided (igraph has no bidirectional search)",
            "simple_paths_3": "get_all_simple_paths(maxlen=3) / set-intersection count over get_adjlist",
            "neighbourhood_2": "neighborhood_size(order=2)",
            "coop_components": "subgraph_edges + connected_components / connected_components alone",
        },
    }


def seconds(value):
    """A duration readable at any scale: milliseconds below a tenth of a second."""
    return f"{value * 1000:.3f} ms" if value < 0.1 else f"{value:.3f} s"


ANSWERS = ["path_lengths", "simple_path_counts", "neighbourhood_sizes", "coop_component_sizes"]
QUERIES = ["load", "shortest_paths", "simple_paths_3", "neighbourhood_2", "coop_components"]


def compare(swift_file, python_file):
    with open(swift_file) as f:
        swift = json.load(f)
    with open(python_file) as f:
        python = json.load(f)
    nx, ig = python["networkx"], python["igraph"]
    ok = True
    for key in ANSWERS:
        for name, other in (("NetworkX", nx), ("igraph", ig)):
            for variant in (key, key + "_like"):
                if variant in other and swift[key] != other[variant]:
                    ok = False
                    diffs = [i for i, (a, b) in enumerate(zip(swift[key], other[variant])) if a != b]
                    print(f"MISMATCH {variant} vs {name}: lengths {len(swift[key])}/{len(other[variant])}, "
                          f"first differences at {diffs[:5]}")
    print(f"{swift['actors']} actors, {swift['relations']} relations; NetworkX {nx['version']}, "
          f"igraph {ig['version']}; fastest of {swift.get('repetitions', '?')} runs on every side")
    print(f"entente-bench peak RSS: {swift.get('rss_after_load_bytes', 0) / 2**20:.0f} MiB after load, "
          f"{swift['rss_bytes'] / 2**20:.0f} MiB at the end")
    print(f"{'query':<18}{'form':<15}{'entente':>12}{'igraph':>12}{'networkx':>12}{'ig/ent':>10}{'nx/ent':>10}")
    for query in QUERIES:
        e = swift["timings"][query]
        for form, key in (("like for like", query + "_like"), ("as used", query)):
            i = ig["timings"].get(key, ig["timings"][query])
            n = nx["timings"].get(key, nx["timings"][query])
            if form == "like for like":
                # The peer's best form: its as-used call when that happens to be faster (NetworkX's
                # shortest_path_length is the same bidirectional search as the explicit call).
                i, n = min(i, ig["timings"][query]), min(n, nx["timings"][query])
            print(f"{query if form == 'like for like' else '':<18}{form:<15}{seconds(e):>12}{seconds(i):>12}{seconds(n):>12}"
                  f"{i / e:>9.1f}x{n / e:>9.1f}x")
        print(f"{'':<18}igraph: {ig['methods'][query]}")
        print(f"{'':<18}networkx: {nx['methods'][query]}")
    for name, other in (("igraph", ig), ("networkx", nx)):
        extras = ", ".join(f"{k} {other['timings'][k]:.3f}s" for k in ("adjacency_sets", "coop_subgraph"))
        print(f"{name} work kept outside the like-for-like figures: {extras}")
    for query in ("snapshot_save", "snapshot_load", "graph_file_save", "graph_file_open"):
        if query in swift["timings"]:
            print(f"{query:<18}{seconds(swift['timings'][query]):>12}  (Entente only)")
    for query, duration in swift.get("extra_timings", {}).items():
        print(f"{query:<34}{seconds(duration):>12}  (Entente only, one run)")
    print("answers agree with NetworkX and igraph, both forms" if ok else "ANSWERS DISAGREE")
    return 0 if ok else 1


def main():
    global REPS
    if "--reps" in sys.argv:
        at = sys.argv.index("--reps")
        REPS = int(sys.argv[at + 1])
        del sys.argv[at:at + 2]
    if len(sys.argv) == 3 and sys.argv[1] == "run":
        json.dump({"networkx": run_networkx(sys.argv[2]), "igraph": run_igraph(sys.argv[2])}, sys.stdout)
        return 0
    if len(sys.argv) == 4 and sys.argv[1] == "compare":
        return compare(sys.argv[2], sys.argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
