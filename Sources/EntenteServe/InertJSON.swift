import Foundation

/// Markup characters out of JSON responses.
enum InertJSON {
    /// JSON with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`: the same text to a
    /// parser, but no markup (`<img onerror=…>` from an article) anywhere in a response, whatever
    /// a browser or proxy might sniff it as. Outside strings JSON has none of these bytes.
    static func escape(_ data: Data) -> Data {
        guard data.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") })
        else { return data }
        var out = Data()
        out.reserveCapacity(data.count + 64)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("\\u0026".utf8))
            default: out.append(byte)
            }
        }
        return out
    }
}
