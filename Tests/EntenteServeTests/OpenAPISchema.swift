import Foundation

/// Checks a decoded JSON value against a schema of `docs/openapi.json`: types, required keys,
/// properties, array items, `$ref` and `additionalProperties`. Enough of JSON Schema to catch
/// a response and its document drifting apart; returns what does not match.
struct OpenAPISchema {
    let document: [String: Any]

    init() throws {
        let url = ServeFixture.packageRoot.appendingPathComponent("docs/openapi.json")
        document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    var paths: [String: Any] { document["paths"] as? [String: Any] ?? [:] }

    func operation(_ path: String) -> [String: Any]? {
        (paths[path] as? [String: Any])?["get"] as? [String: Any]
    }

    /// The schema of the 200 (or other) response of `path` for a content type.
    func responseSchema(_ path: String, status: String = "200", type: String = "application/json") -> [String: Any]? {
        let responses = operation(path)?["responses"] as? [String: Any]
        let content = (responses?[status] as? [String: Any])?["content"] as? [String: Any]
        return (content?[type] as? [String: Any])?["schema"] as? [String: Any]
    }

    func problems(_ value: JSONValue, _ schema: [String: Any], at where: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            guard let target = schemas?[name] as? [String: Any] else { return ["\(`where`): unknown $ref \(ref)"] }
            return problems(value, target, at: `where`)
        }
        switch (schema["type"] as? String, value) {
        case ("object", .object(let object)):
            var found: [String] = []
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(`where`): missing required '\(key)'")
            }
            let properties = schema["properties"] as? [String: Any]
            for (key, item) in object {
                if let property = properties?[key] as? [String: Any] {
                    found += problems(item, property, at: "\(`where`).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    found += problems(item, additional, at: "\(`where`).\(key)")
                } else {
                    found.append("\(`where`): '\(key)' is not in the document")
                }
            }
            return found
        case ("array", .array(let array)):
            let items = schema["items"] as? [String: Any] ?? [:]
            return array.enumerated().flatMap { problems($0.element, items, at: "\(`where`)[\($0.offset)]") }
        case ("string", .string), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
            (nil, _):
            return []
        case (let type?, _):
            return ["\(`where`): expected \(type), found \(value.typeName)"]
        }
    }
}

/// JSON as parsed, keeping booleans, integers and fractions apart (JSONSerialization's
/// NSNumber blurs them on Linux).
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var array: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
