import SummitGraph

/// A fact read from one sentence, its ends given as entities of the article's ``EntityTable``.
struct Fact: Sendable, Equatable {
    var type: EdgeType
    var source: Int
    var target: Int
    var status: EdgeStatus
    var date: DateSpan? = nil
    var place: Int? = nil
    var role: ParticipationRole? = nil
    var title: String? = nil
    var areas: [String] = []
    var topics: [String] = []
    /// The sentence that states it.
    var sentence: Int
    /// The rule that read it (`office-apposition`, `active:met`).
    var rule: String
    /// How sure the rule is, 0…1.
    var confidence: Double
    /// Whether the date was said in the fact's own sentence (not carried from an earlier one).
    var ownDate = false
    /// Whether its cue is a present-tense form ("travels on to"): a weekday dates it ahead.
    var isPresent = false
    /// The token its verb or noun cue starts at, for a relation read from one.
    var cue: Int? = nil

    /// The fact's identity for "said twice is one candidate": type and ends (either order for
    /// symmetric types).
    var identity: String {
        let (a, b) = type.isSymmetric ? (min(source, target), max(source, target)) : (source, target)
        return "\(type.rawValue)|\(a)|\(b)"
    }
}

/// What a span of a sentence refers to.
struct Mention: Sendable {
    enum Referent: Sendable, Equatable {
        /// One or more entities ("the presidents of Kazakhstan and Uzbekistan" is two).
        case entities([Int])
        /// The participants of the article's current event ("the leaders").
        case group
        /// The article's current event of this subtype ("the summit").
        case currentEvent(String)
        /// An unnamed event of this subtype ("a dinner"), made a node only when a fact needs it.
        case newEvent(String)
        /// A new initiative named by a "for" phrase ("a new framework for cooperation in the AI
        /// sector"), made a node only when a fact needs it: its name and subtype.
        case newInitiative(String, String)
    }
    var tokens: Range<Int>
    var referent: Referent
    /// Its place among the sentence's mentions (a fact's placeholder end for a new event names it).
    var index = 0
    /// A demonym used as an adjective ("Tajik"): it names a state but is no actor.
    var isAdjective = false
    /// For a region's states ("five Central Asian nations"): the states themselves.
    var members: [Int] = []
    /// A role phrase ("the President of Tajikistan, Emomali Rahmon"): an apposition after it
    /// ("… and former Prime Minister of Japan") is about the same person.
    var isRolePhrase = false
    /// For a role phrase, the states or organisations whose office it names, and the office's title.
    var organisations: [Int] = []
    var office: String? = nil

    var entities: [Int] { if case .entities(let e) = referent { e } else { [] } }
}
