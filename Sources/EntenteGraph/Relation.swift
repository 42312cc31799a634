/// Where a claim comes from: the sentence that states it, in the document that holds it.
public struct Evidence: Codable, Sendable, Hashable {
    /// Document id: a file name, or the `id` of a JSON Lines record.
    public var document: String
    /// Index of the sentence within the document, from 0.
    public var sentence: Int
    /// Character offsets of the sentence within the document's text, `start..<end`.
    public var start: Int
    public var end: Int
    /// The sentence as written in the article.
    public var text: String
    /// The document's date (ISO 8601, `yyyy-MM-dd`) when known.
    public var date: String?
    /// The document's URL when known.
    public var url: String?

    public init(
        document: String, sentence: Int, start: Int, end: Int, text: String,
        date: String? = nil, url: String? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.url = url
    }
}

/// One claim from one sentence: `source` does `kind` to `target`.
public struct Relation: Codable, Sendable, Hashable {
    /// Actor ids.
    public var source: String
    public var target: String
    public var kind: RelationKind
    /// The CAMEO event code the text supports, finer than the kind ("0311", "042", "195");
    /// nil when the kind's own code is all that is known.
    public var code: String?
    public var certainty: Certainty
    /// Actor id of who made the claim, for reported relations.
    public var speaker: String?
    public var evidence: Evidence

    public init(
        source: String, target: String, kind: RelationKind, code: String? = nil,
        certainty: Certainty = .asserted, speaker: String? = nil, evidence: Evidence
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.code = code
        self.certainty = certainty
        self.speaker = speaker
        self.evidence = evidence
    }

    public var polarity: Polarity { kind.polarity }

    /// The CAMEO event code: the text's own when extraction found one, else the kind's.
    public var eventCode: String { code ?? kind.cameoCode }
}

/// What is known about an article apart from its text.
public struct DocumentInfo: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var date: String?
    public var url: String?

    public init(id: String, title: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
    }
}

/// What extraction hands to the graph for one document.
public struct DocumentExtraction: Codable, Sendable {
    public var document: DocumentInfo
    public var actors: [Actor]
    public var relations: [Relation]

    public init(document: DocumentInfo, actors: [Actor], relations: [Relation]) {
        self.document = document
        self.actors = actors
        self.relations = relations
    }
}
