/// Graphviz's attribute vocabulary (https://graphviz.org/doc/info/attrs.html) with the objects
/// each applies to: G graph, C cluster, N node, E edge. Style sheets are checked against it so
/// a typo is an error instead of a silently ignored setting.
enum GraphvizAttributes {
    struct Target: OptionSet, Sendable {
        let rawValue: UInt8
        static let graph = Target(rawValue: 1)
        static let cluster = Target(rawValue: 2)
        static let node = Target(rawValue: 4)
        static let edge = Target(rawValue: 8)

        var names: String {
            var parts: [String] = []
            if contains(.graph) { parts.append("graphs") }
            if contains(.cluster) { parts.append("clusters") }
            if contains(.node) { parts.append("nodes") }
            if contains(.edge) { parts.append("edges") }
            return parts.joined(separator: " and ")
        }
    }

    static let known: [String: Target] = [
        "_background": [.graph],
        "area": [.node, .cluster],
        "arrowhead": [.edge],
        "arrowsize": [.edge],
        "arrowtail": [.edge],
        "bb": [.graph],
        "bgcolor": [.graph, .cluster],
        "center": [.graph],
        "charset": [.graph],
        "class": [.graph, .cluster, .node, .edge],
        "clusterrank": [.graph],
        "color": [.node, .edge, .cluster],
        "colorscheme": [.graph, .cluster, .node, .edge],
        "comment": [.graph, .node, .edge],
        "compound": [.graph],
        "concentrate": [.graph],
        "constraint": [.edge],
        "Damping": [.graph],
        "decorate": [.edge],
        "defaultdist": [.graph],
        "dim": [.graph],
        "dimen": [.graph],
        "dir": [.edge],
        "diredgeconstraints": [.graph],
        "distortion": [.node],
        "dpi": [.graph],
        "edgehref": [.edge],
        "edgetarget": [.edge],
        "edgetooltip": [.edge],
        "edgeURL": [.edge],
        "epsilon": [.graph],
        "esep": [.graph],
        "fillcolor": [.node, .edge, .cluster],
        "fixedsize": [.node],
        "fontcolor": [.graph, .cluster, .node, .edge],
        "fontname": [.graph, .cluster, .node, .edge],
        "fontnames": [.graph],
        "fontpath": [.graph],
        "fontsize": [.graph, .cluster, .node, .edge],
        "forcelabels": [.graph],
        "gradientangle": [.graph, .cluster, .node],
        "group": [.node],
        "headclip": [.edge],
        "headhref": [.edge],
        "headlabel": [.edge],
        "headport": [.edge],
        "headtarget": [.edge],
        "headtooltip": [.edge],
        "headURL": [.edge],
        "height": [.node],
        "href": [.graph, .cluster, .node, .edge],
        "id": [.graph, .cluster, .node, .edge],
        "image": [.node],
        "imagepath": [.graph],
        "imagepos": [.node],
        "imagescale": [.node],
        "inputscale": [.graph],
        "K": [.graph, .cluster],
        "label": [.graph, .cluster, .node, .edge],
        "label_scheme": [.graph],
        "labelangle": [.edge],
        "labeldistance": [.edge],
        "labelfloat": [.edge],
        "labelfontcolor": [.edge],
        "labelfontname": [.edge],
        "labelfontsize": [.edge],
        "labelhref": [.edge],
        "labeljust": [.graph, .cluster],
        "labelloc": [.graph, .cluster, .node],
        "labeltarget": [.edge],
        "labeltooltip": [.edge],
        "labelURL": [.edge],
        "landscape": [.graph],
        "layer": [.node, .edge, .cluster],
        "layerlistsep": [.graph],
        "layers": [.graph],
        "layerselect": [.graph],
        "layersep": [.graph],
        "layout": [.graph],
        "len": [.edge],
        "levels": [.graph],
        "levelsgap": [.graph],
        "lhead": [.edge],
        "lheight": [.graph, .cluster],
        "lp": [.graph, .cluster, .edge],
        "ltail": [.edge],
        "lwidth": [.graph, .cluster],
        "margin": [.graph, .cluster, .node],
        "maxiter": [.graph],
        "mclimit": [.graph],
        "mindist": [.graph],
        "minlen": [.edge],
        "mode": [.graph],
        "model": [.graph],
        "mosek": [.graph],
        "newrank": [.graph],
        "nodesep": [.graph],
        "nojustify": [.graph, .cluster, .node],
        "normalize": [.graph],
        "notranslate": [.graph],
        "nslimit": [.graph],
        "nslimit1": [.graph],
        "ordering": [.graph, .node],
        "orientation": [.graph, .node],
        "outputorder": [.graph],
        "overlap": [.graph],
        "overlap_scaling": [.graph],
        "overlap_shrink": [.graph],
        "pack": [.graph],
        "packmode": [.graph],
        "pad": [.graph],
        "page": [.graph],
        "pagedir": [.graph],
        "pencolor": [.cluster],
        "penwidth": [.cluster, .node, .edge],
        "peripheries": [.node, .cluster],
        "pin": [.node],
        "pos": [.node, .edge],
        "quadtree": [.graph],
        "quantum": [.graph],
        "rank": [.cluster],
        "rankdir": [.graph],
        "ranksep": [.graph],
        "ratio": [.graph],
        "rects": [.node],
        "regular": [.node],
        "remincross": [.graph],
        "repulsiveforce": [.graph],
        "resolution": [.graph],
        "root": [.graph, .node],
        "rotate": [.graph],
        "rotation": [.graph],
        "samehead": [.edge],
        "sametail": [.edge],
        "samplepoints": [.node],
        "scale": [.graph],
        "searchsize": [.graph],
        "sep": [.graph],
        "shape": [.node],
        "shapefile": [.node],
        "showboxes": [.graph, .node, .edge],
        "sides": [.node],
        "size": [.graph],
        "skew": [.node],
        "smoothing": [.graph],
        "sortv": [.graph, .cluster, .node],
        "splines": [.graph],
        "start": [.graph],
        "style": [.graph, .cluster, .node, .edge],
        "stylesheet": [.graph],
        "tailclip": [.edge],
        "tailhref": [.edge],
        "taillabel": [.edge],
        "tailport": [.edge],
        "tailtarget": [.edge],
        "tailtooltip": [.edge],
        "tailURL": [.edge],
        "target": [.graph, .cluster, .node, .edge],
        "tooltip": [.graph, .cluster, .node, .edge],
        "truecolor": [.graph],
        "URL": [.graph, .cluster, .node, .edge],
        "vertices": [.node],
        "viewport": [.graph],
        "voro_margin": [.graph],
        "weight": [.edge],
        "width": [.node],
        "xdotversion": [.graph],
        "xlabel": [.node, .edge],
        "xlp": [.node, .edge],
        "z": [.node],
    ]

    /// Set by the renderer per actor and tie; a style that sets them would be overwritten.
    static let reserved: Set<String> = ["label", "id", "class", "tooltip", "URL", "href", "xlabel", "dir"]

    /// The graph label is the title and caption; the engine comes from the diagram options.
    static let reservedInGraph: Set<String> = ["label", "layout"]

    /// The known attribute closest to a misspelt one, when one is close enough to suggest.
    static func suggestion(for name: String) -> String? {
        let lowered = name.lowercased()
        if let exact = known.keys.first(where: { $0.lowercased() == lowered }) { return exact }
        let scored = known.keys.map { ($0, distance(lowered, $0.lowercased())) }
            .filter { $0.1 <= max(1, name.count / 3) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return scored.first?.0
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
