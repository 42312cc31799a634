public import EntenteGraph

/// An article as read from disk, before extraction: its metadata and its text.
public struct SourceDocument: Sendable {
    public var info: DocumentInfo
    public var text: String

    public init(info: DocumentInfo, text: String) {
        self.info = info
        self.text = InvisibleCharacters.removed(from: text)
    }
}
