import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Foundation's file errors in plain words. Its own texts are raw codes ("NSCocoaErrorDomain
/// error 256") or misleading ("You don't have permission" for a FIFO while running as root).
public enum FileErrorText {
    /// Why reading or writing `path` failed, without the path: "it is a directory",
    /// "permission denied; check its permissions"...
    public static func reason(_ error: any Error, path: String) -> String {
        if let kind = specialFileKind(path) { return "it is \(kind), not a regular file" }
        let ns = error as NSError
        var code: Int32?
        if ns.domain == NSPOSIXErrorDomain { code = Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        }
        if let code { return String(cString: strerror(code)).lowercased() + advice(code) }
        guard ns.domain == NSCocoaErrorDomain else { return "\(error)" }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteFileExists: return "it already exists; remove it or choose another name"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or directory"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied" + advice(EACCES)
        case .fileWriteOutOfSpace: return "disk full or file size limit reached; free some space"
        case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding, .fileReadCorruptFile:
            return "not valid UTF-8 text; convert it, e.g. 'iconv -f WINDOWS-1252 -t UTF-8'"
        default:
            var status = stat()
            if stat(path, &status) != 0 { return String(cString: strerror(errno)).lowercased() }
            return "it could not be read or written (Foundation error \(ns.code))"
        }
    }

    /// The path's problem when Foundation gives no path: a special file, or nil.
    public static func specialFileKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return nil
        }
    }

    private static func advice(_ code: Int32) -> String {
        switch code {
        case EISDIR: return "; give a file, not a directory"
        case EACCES, EPERM: return "; check its permissions"
        case ENOSPC, EFBIG, EDQUOT: return " (disk full or file size limit); free some space"
        case EEXIST: return "; remove it or choose another name"
        default: return ""
        }
    }
}
