/// How a drawing prints on an A4 page at 100 %: shrunk (never enlarged) to fit the page
/// either way round, and the size its smallest text (edge labels, actor names, the legend)
/// comes out at.
///
/// A diagram goes into a report or onto a printer; a label that prints below about 6 pt
/// cannot be read, however crisp the SVG is on a screen.
public struct PrintedSize: Sendable, Equatable {
    /// The printable part of an A4 page (210 × 297 mm less 10 mm margins), in points.
    public static let pageLong = 841.89 - 2 * 28.35
    public static let pageShort = 595.28 - 2 * 28.35
    /// Below this many points a printed label cannot be read.
    public static let legible = 6.0

    /// How much the drawing is shrunk to fit the page (1 when it fits as it is).
    public var scale: Double
    /// The size the smallest text prints at, in points.
    public var labelSize: Double

    /// - Parameters:
    ///   - width, height: the drawing's size in points, margins included.
    ///   - fontSize: the smallest text's size in the drawing.
    public init(width: Double, height: Double, fontSize: Double) {
        func fit(_ pageWidth: Double, _ pageHeight: Double) -> Double {
            min(pageWidth / max(width, 1), pageHeight / max(height, 1))
        }
        scale = min(1, max(fit(Self.pageLong, Self.pageShort), fit(Self.pageShort, Self.pageLong)))
        labelSize = fontSize * scale
    }

    public var isLegible: Bool { labelSize >= Self.legible - 0.005 }

    /// "4.1 pt".
    public var labelSizeText: String { String(format: "%.1f pt", labelSize) }
}

extension GraphDescription {
    /// The size of the smallest text drawn: edge labels, actor names and bloc names (the panel
    /// is set no smaller, `SidePanel.withText(atLeast:)`), in points; Graphviz's default is 14.
    var smallestTextSize: Double {
        func size(_ attributes: [Attribute], _ fallback: Double) -> Double {
            attributes.first { $0.name == "fontsize" }.flatMap { Double($0.value) } ?? fallback
        }
        func labelled(_ attributes: [Attribute]) -> Bool {
            attributes.contains { $0.name == "label" && !$0.value.isEmpty }
        }
        let edgeFallback = size(edgeDefaults, 14), nodeFallback = size(nodeDefaults, 14)
        func sizes(in subgraph: Subgraph) -> [Double] {
            subgraph.edges.filter { labelled($0.attributes) }.map { size($0.attributes, edgeFallback) }
                + subgraph.nodes.map { size($0.attributes, nodeFallback) }
                + (labelled(subgraph.attributes) ? [size(subgraph.attributes, size(graphAttributes, 14))] : [])
                + subgraph.subgraphs.flatMap(sizes(in:))
        }
        let top = edges.filter { labelled($0.attributes) }.map { size($0.attributes, edgeFallback) }
            + nodes.map { size($0.attributes, nodeFallback) }
        return (top + subgraphs.flatMap(sizes(in:))).min() ?? edgeFallback
    }

    /// Room Graphviz adds around the drawing on every side (`pad`, in inches; 4 points by default).
    var padding: Double {
        graphAttributes.first { $0.name == "pad" }.flatMap { Double($0.value) }.map { $0 * 72 } ?? 4
    }

    /// How a drawing of this graph with bounding box `box` prints on A4.
    func printedSize(of box: BoundingBox) -> PrintedSize {
        PrintedSize(width: box.width + 2 * padding, height: box.height + 2 * padding, fontSize: smallestTextSize)
    }
}
