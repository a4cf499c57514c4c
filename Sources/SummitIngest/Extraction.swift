import SummitGraph

/// What one article says: the entities it refers to (with the nodes it proposes) and its
/// facts, each fact once, in the order the article states them.
public struct Extraction: Sendable {
    public let article: Article
    /// The graph it was read against.
    public let graph: Graph
    var table: EntityTable
    var facts: [Fact]
    /// New surface forms of known nodes: (entity, alias, sentence).
    var aliases: [(entity: Int, alias: String, sentence: Int)]
    /// New people who hold an office the dataset keeps as a `position` node: person → position.
    var fills: [Int: Int] = [:]
}

/// Reads articles against a dataset: the graph's nodes and the base gazetteer are what
/// mentions can refer to; `head_of` edges say who holds an office.
public struct Extractor: Sendable {
    public let graph: Graph
    let gazetteer: [Entity]
    /// The words for the graph's cooperation areas, from its schema.
    let areaSynonyms: [Lexicon.AreaSynonym]

    public init(graph: Graph) throws(IngestError) {
        self.graph = graph
        gazetteer = GazetteerEntities.entities()
        areaSynonyms = Lexicon.areaSynonyms(in: graph.schema)
    }

    /// Reads `article`.
    /// - Complexity: O(*s* · *t* · (*L* + *c*)) for *s* sentences of *t* tokens, names of at most
    ///   *L* words and *c* cues, plus O(*V* + *E*) to index the graph.
    public func extract(_ article: Article) -> Extraction {
        var state = ArticleState(article: article, graph: graph,
                                 reader: MentionReader(lexicon: article.lexicon, date: article.published,
                                                       table: EntityTable(graph: graph, gazetteer: gazetteer, date: article.published)),
                                 areaSynonyms: areaSynonyms)
        state.summitOrdinals = ArticleState.summitOrdinals(in: article.sentences, lexicon: article.lexicon)
        for sentence in article.sentences where !article.crossLinks.contains(sentence.index) { state.read(sentence) }
        return state.finish()
    }
}
