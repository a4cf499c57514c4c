import SummitGraph

/// Something a mention can refer to: a node of the dataset, an entry of the base gazetteer not
/// yet in the dataset, or a node this article proposes.
struct Entity: Sendable {
    enum Origin: Sendable, Equatable { case dataset, gazetteer, proposed }
    var slug: String
    var kind: NodeKind
    var subtype: String?
    var name: String
    var aliases: [String]
    var origin: Origin
    /// Gazetteer facts: adjectives ("Tajik"), the capital's slug, the enclosing unit's slug.
    var demonyms: [String] = []
    var capital: String? = nil
    var partOf: String? = nil
    /// Where a proposed node was first read: sentence index and token range.
    var firstMention: (sentence: Int, tokens: Range<Int>)? = nil

    var isEventLike: Bool { kind == .initiative && (subtype == "summit" || subtype == "meeting" || subtype == "forum") }
}

/// The base gazetteer: states with their demonyms and capitals, capitals, regions, continents.
enum GazetteerEntities {
    /// The gazetteer's entities, read once per process.
    static let cached: [Entity] = read()

    static func entities() -> [Entity] { cached }

    /// SummitGraph's gazetteer as the extractor's entities, in its order.
    private static func read() -> [Entity] {
        Gazetteer.standard.entries.map { entry in
            var entity = Entity(slug: entry.slug, kind: entry.kind, subtype: entry.subtype, name: entry.name, aliases: entry.aliases,
                                origin: .gazetteer)
            entity.demonyms = entry.demonyms
            entity.capital = entry.capital.map(Slugs.make)
            entity.partOf = entry.partOf
            return entity
        }
    }
}

/// Slugs made from names.
enum Slugs {
    /// `name` folded to a slug (`"Tokyo Declaration"` → `tokyo-declaration`).
    static func make(_ name: String) -> String {
        let words = NameKey.tokens(of: name).map { word in
            String(String.UnicodeScalarView(word.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }))
        }.filter { !$0.isEmpty }
        return words.isEmpty ? "node" : words.joined(separator: "-")
    }
}
