import SummitGraph

/// Every entity an article's mentions can refer to, with its names folded as ``NameKey`` folds
/// them, and who holds which office at the article's date.
struct EntityTable: Sendable {
    private(set) var entities: [Entity] = []
    private var bySlug: [String: Int] = [:]
    /// Folded name → the entities with that name or alias, and how the name must be written.
    private(set) var names: [String: [NameEntry]] = [:]
    /// The longest name, in words.
    private(set) var longestName = 1
    /// Every proper prefix of a name's key ("central", "central asia" for "central asia japan"):
    /// a name lookup stops as soon as its words start no name.
    private(set) var prefixes = Set<String>()
    /// A person's last name (folded) → the people who have it.
    private(set) var lastNames: [String: [Int]] = [:]
    /// The first word of each two-word person name → the people: "Ishiba" for "Ishiba Shigeru",
    /// "Xi" for "Xi Jinping", where the family name comes first.
    private(set) var firstNames: [String: [Int]] = [:]
    /// Every person, in table order.
    private(set) var people: [Int] = []
    /// A region's slug → its states.
    private(set) var statesByRegion: [String: [Int]] = [:]
    /// (office-holding entity, folded title) → holders, first known first.
    private(set) var holders: [HolderKey: [Int]] = [:]

    struct NameEntry: Sendable, Equatable {
        let entity: Int
        /// An acronym ("LDP", "US") matches only as written; other names match in any case.
        let exact: String?
        /// The name is an adjective of the entity ("Tajik"), not its name.
        let isDemonym: Bool
        /// Whether the text's first word must be capitalised (the name is).
        let capitalized: Bool
    }
    struct HolderKey: Hashable, Sendable { let organisation: Int, title: String }

    /// The dataset's nodes, then the gazetteer's entries the dataset lacks (a gazetteer entry with
    /// a dataset node's slug, or its name and kind, lends that node its demonyms and capital).
    /// Offices held at `date` come from `head_of` and `holds_role` edges.
    /// - Complexity: O(*V* + *E* + *G*).
    init(graph: Graph, gazetteer: [Entity], date: FuzzyDate) {
        self = Self.base(gazetteer)
        for id in graph.nodeIDs {
            let node = graph[id]
            let entity = Entity(slug: node.slug, kind: node.kind, subtype: node.subtype, name: node.name, aliases: node.aliases, origin: .dataset)
            let sameName = names[NameKey(node.name).text]?.first { entities[$0.entity].kind == node.kind && entities[$0.entity].origin == .gazetteer && !$0.isDemonym }
            if let i = bySlug[node.slug].flatMap({ entities[$0].kind == node.kind && entities[$0].origin == .gazetteer ? $0 : nil }) ?? sameName?.entity {
                // The dataset's node for a gazetteer entry: the dataset's id and names, the gazetteer's demonyms and capital.
                bySlug[entities[i].slug] = nil
                (entities[i].slug, entities[i].subtype, entities[i].name, entities[i].origin) = (node.slug, node.subtype, node.name, .dataset)
                bySlug[node.slug] = i
                for name in [node.name] + node.aliases { register(name, entity: i, isDemonym: false) }
                entities[i].aliases = Array(Set(entities[i].aliases + node.aliases)).sorted()
                continue
            }
            if let taken = bySlug[node.slug] {
                // A gazetteer entry of another kind with the dataset's id gives the id up.
                bySlug[node.slug] = nil
                entities[taken].slug += "-\(entities[taken].kind.rawValue)"
                bySlug[entities[taken].slug] = taken
            }
            add(entity)
        }
        for id in graph.edgeIDs {
            let edge = graph[id]
            guard edge.type == .headOf || edge.type == .holdsRole, edge.status == .ongoing || edge.status == .occurred,
                  edge.date.map({ $0.overlaps(DateSpan(date)) || $0.lastDay < date.firstDay }) ?? true,
                  let title = edge.title, let holder = bySlug[graph[edge.source].slug], let office = bySlug[graph[edge.target].slug] else { continue }
            addHolder(holder, of: office, title: title)
        }
    }

    /// The gazetteer's entries alone, indexed once per process (the same for every article).
    private static let cachedBase: EntityTable = {
        var table = EntityTable()
        for entry in GazetteerEntities.cached { table.add(entry) }
        return table
    }()

    private init() {}

    static func base(_ gazetteer: [Entity]) -> EntityTable {
        if cachedBase.entities.count == gazetteer.count { return cachedBase }
        var table = EntityTable()
        for entry in gazetteer { table.add(entry) }
        return table
    }

    subscript(index: Int) -> Entity { entities[index] }
    func index(ofSlug slug: String) -> Int? { bySlug[slug] }

    /// Adds `entity` and its names; a slug already taken gets a numbered suffix.
    @discardableResult
    mutating func add(_ entity: Entity) -> Int {
        var entity = entity
        if bySlug[entity.slug] != nil {
            var n = 2
            while bySlug["\(entity.slug)-\(n)"] != nil { n += 1 }
            entity.slug = "\(entity.slug)-\(n)"
        }
        let i = entities.count
        entities.append(entity)
        bySlug[entity.slug] = i
        for name in [entity.name] + entity.aliases { register(name, entity: i, isDemonym: false) }
        for demonym in entity.demonyms { register(demonym, entity: i, isDemonym: true) }
        if entity.kind == .state, let region = entity.partOf { statesByRegion[region, default: []].append(i) }
        if entity.kind == .person { people.append(i) }
        return i
    }

    mutating func addAlias(_ alias: String, to i: Int) {
        guard !entities[i].aliases.contains(alias), NameKey(alias) != NameKey(entities[i].name) else { return }
        entities[i].aliases.append(alias)
        register(alias, entity: i, isDemonym: false)
    }

    mutating func addHolder(_ holder: Int, of office: Int, title: String) {
        let key = HolderKey(organisation: office, title: NameKey(title).text)
        if !(holders[key] ?? []).contains(holder) { holders[key, default: []].append(holder) }
    }

    /// Who holds `title` of `office`; with `anyHeadTitle`, whoever heads it under any title.
    func holder(of office: Int, title: String?, headTitles: [String]) -> Int? {
        if let title { return holders[HolderKey(organisation: office, title: NameKey(title).text)]?.first }
        for t in headTitles { if let h = holders[HolderKey(organisation: office, title: NameKey(t).text)]?.first { return h } }
        return nil
    }

    /// The offices `holder` holds: (organisation, folded title).
    func offices(of holder: Int) -> [HolderKey] { holders.filter { $0.value.contains(holder) }.map(\.key).sorted { ($0.organisation, $0.title) < ($1.organisation, $1.title) } }

    private mutating func register(_ name: String, entity: Int, isDemonym: Bool) {
        let words = NameKey.tokens(of: name)
        guard !words.isEmpty else { return }
        let key = words.joined(separator: " ")
        if entities[entity].kind == .person, !isDemonym, let last = words.last, !(lastNames[last] ?? []).contains(entity) {
            lastNames[last, default: []].append(entity)
        }
        // "Luiz Inácio Lula da Silva": after two given names, the word before a short lower-case
        // particle is a surname too ("Lula"); not after one ("Ursula von der Leyen").
        let parts = name.split(separator: " ")
        if entities[entity].kind == .person, !isDemonym,
           let k = parts.firstIndex(where: { $0.count <= 3 && $0.allSatisfy { $0.isLetter && $0.isLowercase } }), k >= 2, k < parts.count - 1,
           let word = NameKey.tokens(of: String(parts[k - 1])).last, !(lastNames[word] ?? []).contains(entity) {
            lastNames[word, default: []].append(entity)
        }
        if entities[entity].kind == .person, !isDemonym, words.count == 2, !(firstNames[words[0]] ?? []).contains(entity) {
            firstNames[words[0], default: []].append(entity)
        }
        let capitalized = name.unicodeScalars.first.map { $0.properties.isUppercase || !$0.properties.isAlphabetic } ?? false
        let entry = NameEntry(entity: entity, exact: Self.acronym(name), isDemonym: isDemonym, capitalized: capitalized)
        if !(names[key] ?? []).contains(entry) { names[key, default: []].append(entry) }
        longestName = max(longestName, words.count)
        var prefix = ""
        for word in words.dropLast() {
            prefix = prefix.isEmpty ? word : prefix + " " + word
            prefixes.insert(prefix)
        }
    }

    /// The letters of `name` when they are an acronym (one to five letters, all capitals: "SCO",
    /// "U.N."), which must then match as written; else nil.
    /// - Complexity: O(*n*).
    static func acronym(_ name: String) -> String? {
        var letters = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            guard s.isLetter else { continue }
            guard letters.count < 5, s.isUppercaseLetter else { return nil }
            letters.append(s)
        }
        return letters.isEmpty ? nil : String(letters)
    }
}
