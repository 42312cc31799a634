import Foundation

/// The Graphviz attributes a style sheet may set, each with the values it may take. Style
/// sheets come from other people, so this is an allow-list: an attribute that could read a file
/// (`image`, `shapefile`, `imagepath`, `fontpath`), link out (`stylesheet`, `target`), or put
/// text into the SVG (`comment`, `class`) is not on it, and every value is checked for type and
/// range so that Graphviz is never asked to draw a 10^10-inch node or a 10^8-sided polygon.
enum StyleValueRules {
    enum Rule {
        /// One number, or up to `count` comma-separated numbers (`margin: "0.1,0.05"`).
        case number(ClosedRange<Double>, count: Int = 1)
        case integer(ClosedRange<Int>)
        case choice([String])
        /// Comma-separated words, each from the list (`style: "rounded,filled"`).
        case words([String])
        case boolean
        /// A colour name, `#rrggbb[aa]`, or a Graphviz colour list (`red:blue;0.3`).
        case color
        case fontName
        case arrow
        /// A web link: only http:// or https://.
        case webLink
    }

    static let shapes = [
        "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain",
        "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon",
        "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse",
        "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none", "underline",
        "cylinder", "note", "tab", "folder", "box3d", "component", "promoter", "cds", "terminator", "utr",
        "primersite", "restrictionsite", "fivepoverhang", "threepoverhang", "noverhang", "assembly",
        "signature", "insulator", "ribosite", "rnastab", "proteasesite", "proteinstab", "rpromoter",
        "rarrow", "larrow", "lpromoter",
    ]
    static let styles = [
        "solid", "dashed", "dotted", "bold", "invis", "filled", "rounded", "diagonals", "striped",
        "wedged", "radial", "tapered",
    ]
    static let arrowShapes = ["box", "crow", "curve", "icurve", "diamond", "dot", "inv", "none", "normal", "tee", "vee"]
    /// Older arrow names Graphviz still reads.
    static let arrowAliases = ["empty", "invempty", "ediamond", "open", "halfopen", "invdot", "invodot"]

    static let rules: [String: Rule] = [
        // Sizes and lengths in inches or points: bounded so that layout and rasterising stay small.
        "width": .number(0.01...20), "height": .number(0.01...20),
        "fontsize": .number(1...144), "labelfontsize": .number(1...144),
        "penwidth": .number(0...20), "arrowsize": .number(0...10),
        "sides": .integer(3...64), "peripheries": .integer(0...8),
        "distortion": .number(-100...100), "skew": .number(-100...100), "orientation": .number(-360...360),
        "ranksep": .number(0.02...20), "nodesep": .number(0.02...20),
        "pad": .number(0...10, count: 2), "margin": .number(0...10, count: 2),
        "weight": .integer(0...1000), "minlen": .integer(0...100), "len": .number(0.01...100),
        "labelangle": .number(-180...180), "labeldistance": .number(0...20),
        "fixedsize": .choice(["true", "false", "shape"]),
        "regular": .boolean, "center": .boolean, "constraint": .boolean, "headclip": .boolean,
        "tailclip": .boolean, "concentrate": .boolean, "compound": .boolean, "newrank": .boolean,
        "forcelabels": .boolean, "decorate": .boolean, "labelfloat": .boolean, "nojustify": .boolean,
        // Appearance.
        "color": .color, "fillcolor": .color, "fontcolor": .color, "bgcolor": .color, "pencolor": .color,
        "labelfontcolor": .color,
        "fontname": .fontName, "labelfontname": .fontName,
        "shape": .choice(shapes), "style": .words(styles),
        "arrowhead": .arrow, "arrowtail": .arrow,
        "gradientangle": .integer(0...360),
        // Layout choices.
        "splines": .choice(["true", "false", "none", "line", "polyline", "curved", "ortho", "spline", "compound"]),
        "overlap": .choice(["true", "false", "scale", "prism", "compress", "vpsc", "ortho", "orthoxy", "orthoyx", "portho", "porthoxy", "porthoyx", "ipsep"]),
        "labelloc": .choice(["t", "b", "c"]), "labeljust": .choice(["l", "r", "c"]),
        "outputorder": .choice(["breadthfirst", "nodesfirst", "edgesfirst"]),
        "rankdir": .choice(["TB", "LR", "BT", "RL"]),
        "ordering": .choice(["in", "out"]),
        "ratio": .choice(["fill", "compress", "expand", "auto"]),
        // Links, on every object they apply to.
        "edgeURL": .webLink, "edgehref": .webLink, "headURL": .webLink, "headhref": .webLink,
        "tailURL": .webLink, "tailhref": .webLink, "labelURL": .webLink, "labelhref": .webLink,
        "URL": .webLink, "href": .webLink,
    ]

    /// Why `value` may not be given to `name`, or nil when it may.
    static func problem(name: String, value: String) -> String? {
        guard let rule = rules[name] else {
            return "cannot be set in a style sheet: only attributes that cannot read files or add markup are allowed (the list is in SECURITY.md)"
        }
        switch rule {
        case .number(let range, let count):
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            let shape = count == 1 ? "a number" : "a number or \(count) comma-separated numbers"
            guard parts.count <= count, numbers.count == parts.count, numbers.allSatisfy({ range.contains($0) })
            else { return "must be \(shape) from \(show(range.lowerBound)) to \(show(range.upperBound))" }
        case .integer(let range):
            guard let number = Int(value), range.contains(number)
            else { return "must be a whole number from \(range.lowerBound) to \(range.upperBound)" }
        case .choice(let choices):
            guard choices.contains(value) else { return "must be one of: \(choices.joined(separator: ", "))" }
        case .words(let words):
            let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.isEmpty, parts.allSatisfy(words.contains)
            else { return "must be a comma-separated list of: \(words.joined(separator: ", "))" }
        case .boolean:
            guard ["true", "false"].contains(value.lowercased()) else { return "must be true or false" }
        case .color:
            // Graphviz 2.43 crashes on a malformed gradient ("#f4f;f4" reaches findStopColor with
            // a bad weight), so a colour list is checked part by part, not only by character.
            guard value.count <= 200, value.unicodeScalars.allSatisfy(isColorScalar), isColorList(value)
            else { return "must be a colour name, #rrggbb, or a list of them joined by ':' with optional ';weight' from 0 to 1" }
        case .fontName:
            guard value.count <= 80, value.unicodeScalars.allSatisfy(isFontScalar)
            else { return "must be a font name of at most 80 letters, digits, spaces and - _ . ," }
        case .arrow:
            guard isArrow(value) else {
                return "must be an arrow shape such as normal, onormal, lvee, teetee (shapes: \((arrowShapes + arrowAliases).joined(separator: ", ")); prefixes o, l, r)"
            }
        case .webLink:
            guard value.count <= 2000, LabelText.isWebURL(value), !value.unicodeScalars.contains(where: isMarkup)
            else { return "must be a web link starting with http:// or https:// (no spaces, quotes, backslashes or < >)" }
        }
        return nil
    }

    private static func show(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e9 ? String(Int(number)) : String(number)
    }

    /// `color[;weight][:color[;weight]]…`: at most ten parts, each a colour name ("red",
    /// "/blues9/3"), #rgb, #rrggbb or #rrggbbaa, or three HSV numbers; a weight from 0 to 1.
    private static func isColorList(_ value: String) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...10).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let pieces = part.split(separator: ";", omittingEmptySubsequences: false)
            guard pieces.count <= 2, let color = pieces.first, isOneColor(color.trimmingCharacters(in: .whitespaces)) else { return false }
            if pieces.count == 2 {
                guard let weight = Double(pieces[1].trimmingCharacters(in: .whitespaces)), (0...1).contains(weight) else { return false }
            }
            return true
        }
    }

    private static func isOneColor(_ text: String) -> Bool {
        if text.hasPrefix("#") {
            let hex = text.dropFirst()
            return [3, 6, 8].contains(hex.count) && hex.allSatisfy(\.isHexDigit)
        }
        let numbers = text.split(whereSeparator: { $0 == "," || $0 == " " })
        if numbers.count == 3 { return numbers.allSatisfy { Double($0).map { (0...1).contains($0) } ?? false } }
        // A name, or a scheme path such as "/blues9/3".
        let name = text.hasPrefix("/") ? text.split(separator: "/").joined() : text
        return !name.isEmpty && name.count <= 40 && name.first?.isLetter == true && name.allSatisfy { $0.isLetter || $0.isNumber }
    }

    private static func isColorScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "#/:;., ".unicodeScalars.contains(scalar))
    }

    private static func isFontScalar(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " -_.,".unicodeScalars.contains(scalar))
            && !isMarkup(scalar)
    }

    /// Characters that could end an attribute or start an element if a writer forgot to escape them.
    private static func isMarkup(_ scalar: Unicode.Scalar) -> Bool {
        "\"'<>\\".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .control
    }

    /// Up to four arrow shapes in a row, each with optional `o` (open) and `l`/`r` (half) prefixes.
    static func isArrow(_ value: String) -> Bool {
        if arrowAliases.contains(value) { return true }
        var rest = Substring(value)
        var shapes = 0
        while !rest.isEmpty {
            if rest.hasPrefix("o") && !rest.hasPrefix("open") { rest = rest.dropFirst() }
            if rest.hasPrefix("l") || rest.hasPrefix("r") { rest = rest.dropFirst() }
            guard let shape = arrowShapes.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(shape.count)
            shapes += 1
            if shapes > 4 { return false }
        }
        return shapes > 0
    }
}
