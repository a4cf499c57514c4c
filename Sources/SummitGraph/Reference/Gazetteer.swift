/// What summitgraph knows of the world before any dataset: the states (with their other names,
/// demonyms, ISO code and capital), their capitals, and the regions and continents they lie in.
/// Generated from Debian's iso-codes and reviewed supplements by `scripts/generate-gazetteer`
/// (``table``); the name resolver reads demonyms from it ("Tajik", "Japanese Emperor") and the
/// article ingester reads every entry.
public struct Gazetteer: Sendable {
    /// One place the gazetteer knows.
    public struct Entry: Hashable, Sendable {
        /// A slug (`tajikistan`).
        public var slug: String
        /// `state` or `place`.
        public var kind: NodeKind
        /// A place's subtype: `city`, `region`, `continent`.
        public var subtype: String?
        public var name: String
        /// Other names (`Republic of Tajikistan`).
        public var aliases: [String]
        /// The adjectives and nouns for its people (`Tajik`, `Tajikistani`).
        public var demonyms: [String]
        /// A state's ISO 3166-1 alpha-2 code.
        public var code: String?
        /// A state's capital, by name.
        public var capital: String?
        /// The slug of what it lies in: a state's region, a region's continent, a capital's state.
        public var partOf: String?
    }

    /// Every entry, states first, in the table's order.
    public let entries: [Entry]
    private let byDemonym: [NameKey: Int]

    /// The generated table, read once per process.
    public static let standard = Gazetteer(tsv: table)

    /// Reads a table in the generated format (a header line, then tab-separated rows; lists `;`-separated).
    /// - Complexity: O(*n*) in the length of `tsv`, split at the bytes of tab and line feed (split
    /// as Characters, it was most of the time this took).
    init(tsv: String) {
        var entries: [Entry] = []
        var columns: [String: Int] = [:]
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard !columns.isEmpty else { columns = Dictionary(fields.enumerated().map { ($1, $0) }) { a, _ in a }; continue }
            func field(_ name: String) -> String? {
                guard let i = columns[name], i < fields.count, !fields[i].isEmpty else { return nil }
                return fields[i]
            }
            func list(_ name: String) -> [String] { field(name)?.split(separator: ";").map(String.init) ?? [] }
            entries.append(Entry(slug: field("id") ?? "", kind: NodeKind(unchecked: field("kind") ?? "place"), subtype: field("subtype"),
                                 name: field("name") ?? "", aliases: list("aliases"), demonyms: list("demonyms"), code: field("code"),
                                 capital: field("capital"), partOf: field("part_of")))
        }
        var byDemonym: [NameKey: Int] = [:]
        for (i, entry) in entries.enumerated() where entry.kind == .state {
            for demonym in entry.demonyms where byDemonym[NameKey(demonym)] == nil { byDemonym[NameKey(demonym)] = i }
        }
        (self.entries, self.byDemonym) = (entries, byDemonym)
    }

    /// The state whose people `word` names (`tajik` → Tajikistan), compared as names are.
    /// - Complexity: O(length of `word`) on average.
    public func state(forDemonym word: String) -> Entry? { byDemonym[NameKey(word)].map { entries[$0] } }
}
