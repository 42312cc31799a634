/// How a drawing prints on an A4 page at 100 %: shrunk (never enlarged) to fit the page
/// either way round, and the size its edge labels, the smallest text, come out at.
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
    /// The size the edge labels print at, in points.
    public var labelSize: Double

    /// - Parameters:
    ///   - width, height: the drawing's size in points, margins included.
    ///   - fontSize: the edge labels' size in the drawing.
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
    /// The size of the smallest edge label, in points (Graphviz's default 14 when unset).
    var edgeLabelFontSize: Double {
        let fallback = edgeDefaults.first { $0.name == "fontsize" }.flatMap { Double($0.value) } ?? 14
        let labelled = (edges + subgraphs.flatMap(\.edges)).filter { edge in
            edge.attributes.contains { $0.name == "label" && !$0.value.isEmpty }
        }
        let sizes = labelled.map { edge in edge.attributes.first { $0.name == "fontsize" }.flatMap { Double($0.value) } ?? fallback }
        return sizes.min() ?? fallback
    }

    /// Room Graphviz adds around the drawing on every side (`pad`, in inches; 4 points by default).
    var padding: Double {
        graphAttributes.first { $0.name == "pad" }.flatMap { Double($0.value) }.map { $0 * 72 } ?? 4
    }

    /// How a drawing of this graph with bounding box `box` prints on A4.
    func printedSize(of box: BoundingBox) -> PrintedSize {
        PrintedSize(width: box.width + 2 * padding, height: box.height + 2 * padding, fontSize: edgeLabelFontSize)
    }
}
