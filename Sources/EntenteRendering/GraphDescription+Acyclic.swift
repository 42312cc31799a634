extension GraphDescription {
    /// The same drawing with every edge that closes a cycle written the other way round and
    /// `dir` flipped, so arrows still point where they did.
    ///
    /// `dot` breaks cycles itself by reversing edges, and Graphviz 2.43 leaks the virtual
    /// edges it builds for a reversed edge that spans ranks (about 1.7 kB per layout of a
    /// 30-actor diagram). Reversing them here first, with the same depth-first rule `dot`
    /// uses (nodes in order, out-edges in order), gives `dot` a graph with no cycles to break
    /// and the same ranking. Only for layouts: a DOT export keeps every edge as it was.
    func breakingCycles() -> GraphDescription {
        var copy = self
        let all = allEdges
        var outgoing: [String: [Int]] = [:]
        for (index, edge) in all.enumerated() where edge.tail != edge.head {
            outgoing[edge.tail, default: []].append(index)
        }
        var state: [String: Bool] = [:]  // false: on the current path; true: finished
        var reversed: Set<Int> = []
        for root in allNodeNames where state[root] == nil {
            // Iterative depth-first search: a path of thousands of actors must not overflow the stack.
            var stack: [(node: String, next: Int)] = [(root, 0)]
            state[root] = false
            while let top = stack.last {
                let edges = outgoing[top.node] ?? []
                guard top.next < edges.count else {
                    state[top.node] = true
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let index = edges[top.next]
                let head = all[index].head
                switch state[head] {
                case .some(false): reversed.insert(index)
                case .some(true): break
                case .none:
                    state[head] = false
                    stack.append((head, 0))
                }
            }
        }
        guard !reversed.isEmpty else { return copy }
        var position = 0
        func flip(_ edges: inout [Edge]) {
            for offset in edges.indices {
                if reversed.contains(position) { edges[offset] = edges[offset].reversed(defaults: edgeDefaults) }
                position += 1
            }
        }
        flip(&copy.edges)
        func flipSubgraphs(_ subgraphs: inout [Subgraph]) {
            for index in subgraphs.indices {
                flip(&subgraphs[index].edges)
                flipSubgraphs(&subgraphs[index].subgraphs)
            }
        }
        flipSubgraphs(&copy.subgraphs)
        return copy
    }

    /// Top-level edges, then each subgraph's, depth first: the order `breakingCycles` numbers them.
    private var allEdges: [Edge] {
        func collect(_ subgraphs: [Subgraph]) -> [Edge] {
            subgraphs.flatMap { $0.edges + collect($0.subgraphs) }
        }
        return edges + collect(subgraphs)
    }

    private var allNodeNames: [String] {
        func collect(_ subgraphs: [Subgraph]) -> [String] {
            subgraphs.flatMap { $0.nodes.map(\.name) + collect($0.subgraphs) }
        }
        return nodes.map(\.name) + collect(subgraphs)
    }
}

extension GraphDescription.Edge {
    /// The edge written head to tail and drawn as before: `dir` flipped and every head/tail
    /// attribute swapped, the edge defaults included where the edge does not set its own.
    func reversed(defaults: [GraphDescription.Attribute]) -> GraphDescription.Edge {
        var values: [String: GraphDescription.Attribute] = [:]
        for attribute in attributes { values[attribute.name] = attribute }
        let paired = ["arrowhead": "arrowtail", "headlabel": "taillabel", "headport": "tailport",
                      "headclip": "tailclip", "headURL": "tailURL", "headtooltip": "tailtooltip"]
        var swapped = values
        for (head, tail) in paired {
            let headValue = values[head] ?? defaults.first { $0.name == head }
            let tailValue = values[tail] ?? defaults.first { $0.name == tail }
            swapped[tail] = headValue.map { GraphDescription.Attribute(name: tail, value: $0.value, isHTML: $0.isHTML) }
            swapped[head] = tailValue.map { GraphDescription.Attribute(name: head, value: $0.value, isHTML: $0.isHTML) }
        }
        let direction = values["dir"]?.value ?? defaults.first { $0.name == "dir" }?.value ?? "forward"
        let flipped = ["forward": "back", "back": "forward"][direction] ?? direction
        swapped["dir"] = GraphDescription.Attribute(name: "dir", value: flipped)
        let sorted = swapped.keys.sorted().compactMap { swapped[$0] }
        return GraphDescription.Edge(tail: head, head: tail, key: key, attributes: sorted)
    }
}
