@testable import EntenteExtraction
import Testing

/// Cue lists are looked up by position, read from the enum's stored tag: the tag must be the
/// case's place in `allCases` for every case, or a lookup would return another list.
@Test("each cue list's ordinal is its place in allCases")
func cueListOrdinals() {
    for (offset, list) in CueList.allCases.enumerated() {
        #expect(list.ordinal == offset, "\(list) has ordinal \(list.ordinal), place \(offset)")
    }
}
