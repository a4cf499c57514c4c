import SummitGraph

extension ArticleState {
    /// The offices the dataset keeps as `position` nodes that this article's new people hold,
    /// person → position.
    ///
    /// An earlier source left an office unnamed ("the presidents of Kazakhstan, …, Turkmenistan
    /// and Uzbekistan"); this article names a new person by a title alone, with no state or body
    /// anywhere ("President Serdar Berdimuhamedov"). Such a person is of the state the article is
    /// about: among the states it names that have an office of that title (state-heads.tsv:
    /// Japan has no President) whose holder the dataset does not know by name, the one named in
    /// the most sentences that name no more than one other state (a list says nothing of it), at
    /// least one and twice as many as any other. When the dataset keeps that
    /// state's office as a `position` node, the two never share a sentence or a fact (two
    /// people, then) and the person holds no office the article states, the person is its
    /// holder: the office's facts are the person's, as a curator merges them.
    /// - Complexity: O(*n* · *s* log *s*) for *n* people named by a title alone and *s* states named.
    func filledOffices(in facts: [Fact]) -> [Int: Int] {
        let table = reader.table
        let headTitles = Set(reader.headTitles.map { NameKey($0).text })
        let states = mentionSentences.filter { table[$0.key].kind == .state }
        // A sentence naming three states or more lists them: it says nothing of the article's own.
        var statesIn: [Int: Int] = [:]
        for (_, sentences) in states { for s in sentences { statesIn[s, default: 0] += 1 } }
        var fills: [Int: Int] = [:]
        for (person, title) in reader.titledOnly where fills[person] == nil && table[person].origin == .proposed {
            guard !facts.contains(where: { $0.source == person && ($0.type == .headOf || $0.type == .holdsRole) }) else { continue }
            let key = NameKey(title).text
            var candidates: [(state: Int, sentences: Int)] = [], open: [Int: Int] = [:]
            for (state, sentences) in states {
                if headTitles.contains(key), let titles = lexicon.stateHeads[table[state].slug], !titles.contains(key) { continue }
                let holders = table.holders[EntityTable.HolderKey(organisation: state, title: key)] ?? []
                guard !holders.contains(where: { table[$0].kind == .person }) else { continue }
                candidates.append((state, sentences.filter { statesIn[$0]! <= 2 }.count))
                if let p = holders.first(where: { table[$0].kind == .position && table[$0].origin == .dataset }) { open[state] = p }
            }
            candidates.sort { ($0.sentences, table[$1.state].slug) > ($1.sentences, table[$0.state].slug) }
            guard let home = candidates.first, home.sentences > 0, candidates.count == 1 || home.sentences >= 2 * candidates[1].sentences,
                  let position = open[home.state], !fills.values.contains(position) else { continue }
            let together = !(mentionSentences[position] ?? []).isDisjoint(with: mentionSentences[person] ?? [])
            let related = facts.contains { ($0.source == person && $0.target == position) || ($0.source == position && $0.target == person) }
            guard !together, !related else { continue }
            fills[person] = position
        }
        return fills
    }
}
