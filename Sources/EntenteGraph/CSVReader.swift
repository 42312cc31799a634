/// A small RFC 4180 reader over bytes: comma-separated, double-quoted fields with `""` for a
/// quote, LF or CRLF line ends, quoted fields may span lines. Fields are handed out as byte
/// ranges so that a million-row file is read without a String per field.
struct CSVReader {
    struct Field {
        var start: Int
        var end: Int
        /// Quoted fields exclude their quotes and may contain doubled quotes to undo.
        var quoted: Bool
    }

    enum Failure: Error {
        case unterminatedQuote(line: Int)
    }

    /// Calls `row` with the fields of each non-empty record and the line it starts on (from 1).
    /// - Throws: `Failure` for a quote that never closes, or whatever `row` throws.
    static func read(
        _ bytes: UnsafeRawBufferPointer, row: (_ fields: [Field], _ line: Int) throws -> Void
    ) throws {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var fields: [Field] = []
        fields.reserveCapacity(8)
        var i = 0
        var line = 1
        let count = bytes.count
        // A UTF-8 byte order mark is not part of the first column name.
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        while i < count {
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            while true {
                if i < count && bytes[i] == quote {
                    let start = i + 1
                    var j = start
                    var closed = false
                    while j < count {
                        if bytes[j] == quote {
                            if j + 1 < count && bytes[j + 1] == quote {
                                j += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if bytes[j] == newline { line += 1 }
                        j += 1
                    }
                    guard closed else { throw Failure.unterminatedQuote(line: recordLine) }
                    fields.append(Field(start: start, end: j, quoted: true))
                    i = j + 1
                    // Anything between the closing quote and the separator is dropped.
                    while i < count && bytes[i] != comma && bytes[i] != newline { i += 1 }
                } else {
                    let start = i
                    while i < count && bytes[i] != comma && bytes[i] != newline { i += 1 }
                    var end = i
                    if end > start && bytes[end - 1] == carriageReturn { end -= 1 }
                    fields.append(Field(start: start, end: end, quoted: false))
                }
                if i < count && bytes[i] == comma {
                    i += 1
                    continue
                }
                break
            }
            if i < count { i += 1 }  // the newline
            line += 1
            let blank = fields.count == 1 && fields[0].start == fields[0].end && !fields[0].quoted
            if !blank { try row(fields, recordLine) }
        }
    }

    static func string(_ field: Field, in bytes: UnsafeRawBufferPointer) -> String {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
        return field.quoted ? text.replacing("\"\"", with: "\"") : text
    }
}
