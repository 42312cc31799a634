import EntenteGraph
import Foundation

enum EntenteGraphFileWriter {
    static func write(_ data: Data, to url: URL) throws {
        try AtomicFile.write(data, to: url)
    }
}
