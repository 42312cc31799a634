import Foundation

/// Readers for the export formats, strict enough that a quoting mistake fails a test.
enum ExportReaders {
    /// RFC 4180: fields separated by commas, records by CRLF, `"` quoting with `""` inside.
    static func csv(_ data: Data) throws -> [[String]] {
        let text = try utf8Text(data)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if next < text.endIndex, text[next] == "\"" {
                        field.append("\"")
                        index = text.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    field.append(character)
                }
            } else {
                switch character {
                case "\"" where field.isEmpty: quoted = true
                case "\"": throw ReaderError.malformed("quote inside an unquoted field: \(field)")
                case ",":
                    record.append(field)
                    field = ""
                case "\r\n":
                    record.append(field)
                    records.append(record)
                    record = []
                    field = ""
                case "\n", "\r": throw ReaderError.malformed("bare line break after \(field)")
                default: field.append(character)
                }
            }
            index = next
        }
        if quoted { throw ReaderError.malformed("unterminated quote") }
        if !field.isEmpty || !record.isEmpty { throw ReaderError.malformed("last record without CRLF") }
        return records
    }

    /// The single-quoted string literals of one Cypher statement, unescaped; throws on a
    /// literal left open or an unknown escape.
    static func cypherLiterals(_ line: String) throws -> [String] {
        var literals: [String] = []
        var scalars = Array(line.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "'" else { continue }
            var literal = String.UnicodeScalarView()
            var closed = false
            while let inner = scalars.popFirst() {
                if inner == "'" {
                    closed = true
                    break
                }
                if inner == "\\" {
                    guard let escaped = scalars.popFirst() else { throw ReaderError.malformed("trailing backslash") }
                    switch escaped {
                    case "\\", "'", "\"": literal.append(escaped)
                    case "n": literal.append("\n")
                    case "r": literal.append("\r")
                    case "t": literal.append("\t")
                    default: throw ReaderError.malformed("unknown escape \\\(escaped)")
                    }
                } else {
                    literal.append(inner)
                }
            }
            guard closed else { throw ReaderError.malformed("literal left open in \(line)") }
            literals.append(String(literal))
        }
        return literals
    }

    enum ReaderError: Error {
        case malformed(String)
    }

    private static func utf8Text(_ data: Data) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw ReaderError.malformed("not UTF-8") }
        return text
    }
}
