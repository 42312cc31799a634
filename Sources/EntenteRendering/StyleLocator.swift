public import Foundation

extension StyleSheet {
    /// The sheet a user asked for: nil means `default`; a bare name (`dark`) is looked up as
    /// `NAME.yaml` in `styleDirectories()`, first match wins; anything with a `/` or a
    /// `.yaml`/`.yml` suffix is a path.
    public static func resolve(_ nameOrPath: String?) throws(StyleError) -> StyleSheet {
        let requested = nameOrPath ?? "default"
        if StyleLocator.isPath(requested) {
            var sheet = try load(contentsOf: URL(fileURLWithPath: requested))
            sheet.name = StyleSheetParser.name(of: requested)
            return sheet
        }
        let directories = StyleLocator.directories()
        for directory in directories {
            let file = directory.appendingPathComponent("\(requested).yaml")
            if FileManager.default.isReadableFile(atPath: file.path) {
                var sheet = try load(contentsOf: file)
                sheet.name = requested
                return sheet
            }
        }
        throw .notFound(name: requested, searched: directories.map(\.path))
    }

    /// Styles found in the style directories, by name; a name found twice is the first one
    /// `resolve` would pick. A sheet that does not parse is listed with its error.
    public static func availableStyles() -> [(name: String, path: String, description: String)] {
        var seen: [String: (path: String, description: String)] = [:]
        for directory in StyleLocator.directories() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".yaml") {
                let name = String(file.dropLast(".yaml".count))
                guard seen[name] == nil else { continue }
                let url = directory.appendingPathComponent(file)
                let description: String
                do {
                    description = try load(contentsOf: url).description
                } catch {
                    description = "(invalid: \(error.description))"
                }
                seen[name] = (url.path, description)
            }
        }
        return seen.keys.sorted().compactMap { name in
            seen[name].map { (name: name, path: $0.path, description: $0.description) }
        }
    }

    /// Where named styles are looked up, in order: `$ENTENTE_STYLES`, `./Styles`, the
    /// repository's `Styles` above the running executable, `<prefix>/share/entente/Styles`.
    public static func styleDirectories() -> [URL] {
        StyleLocator.directories()
    }
}

enum StyleLocator {
    static func isPath(_ text: String) -> Bool {
        text.contains("/") || text.hasSuffix(".yaml") || text.hasSuffix(".yml")
    }

    static func directories() -> [URL] {
        var candidates: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["ENTENTE_STYLES"], !custom.isEmpty {
            candidates.append(URL(fileURLWithPath: custom, isDirectory: true))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Styles"))
        for executable in executables() {
            // A build tree puts the tool at .build/<config>/entente or
            // .build/<triple>/<config>/entente; the repository's Styles sits above .build.
            var directory = executable.deletingLastPathComponent()
            for _ in 0..<4 {
                directory = directory.deletingLastPathComponent()
                let styles = directory.appendingPathComponent("Styles")
                if FileManager.default.fileExists(atPath: styles.appendingPathComponent("default.yaml").path) {
                    candidates.append(styles)
                    break
                }
            }
            candidates.append(
                executable.deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("share/entente/Styles"))
        }
        var unique: [URL] = []
        var seen: Set<String> = []
        for candidate in candidates {
            let path = candidate.standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                seen.insert(path).inserted
            else { continue }
            unique.append(URL(fileURLWithPath: path, isDirectory: true))
        }
        return unique
    }

    /// The running executable as invoked and with symlinks resolved; either may lead to the
    /// repository (a symlinked `.build/debug`, an installed copy).
    private static func executables() -> [URL] {
        var result: [URL] = []
        if let first = CommandLine.arguments.first, first.contains("/") {
            result.append(URL(fileURLWithPath: first).standardizedFileURL)
        }
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            result.append(URL(fileURLWithPath: resolved))
        }
        if let bundled = Bundle.main.executableURL { result.append(bundled.resolvingSymlinksInPath()) }
        return result
    }
}
