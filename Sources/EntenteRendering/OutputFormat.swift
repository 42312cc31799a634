/// What `DiagramRenderer.render` can produce.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, dot, png, pdf, json

    /// The format a file name asks for: `gv` is DOT's other extension.
    public init?(fileExtension: String) {
        let lowered = fileExtension.lowercased()
        switch lowered {
        case "gv": self = .dot
        default: self.init(rawValue: lowered)
        }
    }

    public var fileExtension: String { rawValue }
}
