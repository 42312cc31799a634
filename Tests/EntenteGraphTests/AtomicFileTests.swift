import EntenteGraph
import Foundation
import Testing

/// AtomicFile never loses or exposes a file: it keeps modes, writes through links, writes to
/// devices in place, refuses to overwrite an input and leaves no temporary file behind.
@Suite struct AtomicFileTests {
    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test func modeIsKeptAndNoTemporaryFileRemains() throws {
        let dir = try directory()
        let file = dir.appendingPathComponent("g.json")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try AtomicFile.write(Data("new".utf8), to: file)
        #expect(try mode(file) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.json"])
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let dir = try directory()
        let real = dir.appendingPathComponent("real.json"), link = dir.appendingPathComponent("link.json")
        try Data("old".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        #expect(try String(contentsOf: real, encoding: .utf8) == "new")
    }

    @Test func aPlantedLinkAtTheOldTemporaryNameIsNotFollowed() throws {
        let dir = try directory()
        let victim = dir.appendingPathComponent("victim"), file = dir.appendingPathComponent("out.svg")
        try Data("keep".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent(".out.svg.\(getpid()).tmp").path, withDestinationPath: victim.path)
        try AtomicFile.write(Data("new".utf8), to: file)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
    }

    @Test func aDeviceIsWrittenToNotReplaced() throws {
        try AtomicFile.write(Data("discarded".utf8), to: URL(fileURLWithPath: "/dev/null"))
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func anInputAndADirectoryAreRefused() throws {
        let dir = try directory()
        let input = dir.appendingPathComponent("a.txt")
        try Data("article".utf8).write(to: input)
        let error = try #require(throws: AtomicWriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: input, inputs: [URL(fileURLWithPath: dir.path + "/./a.txt")])
        }
        #expect(error.description.contains("one of the inputs"))
        #expect(try String(contentsOf: input, encoding: .utf8) == "article")
        let directoryError = try #require(throws: AtomicWriteError.self) { try AtomicFile.write(Data(), to: dir) }
        #expect(directoryError.description.contains("is a directory"))
    }

    @Test func fullDiskIsNamed() {
        #expect(AtomicWriteError(path: "o.svg", step: .write, code: EFBIG).description.contains("disk full or file size limit"))
        #expect(AtomicWriteError(path: "o.svg", step: .write, code: ENOSPC).description.contains("disk full or file size limit"))
    }
}
