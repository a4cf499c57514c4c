import ArgumentParser

/// Every command names itself in its configuration: derived from the type, the name costs a
/// demangling per command at each start (1.7 ms of a 14 ms run).
@main
struct SummitGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summitgraph",
        abstract: "Explore a typed, sourced graph of who met whom, who takes part in what, and on what they cooperate.",
        discussion: """
            Data comes from --data PATH, else $SUMMITGRAPH_DATA, else the project's seeds/ folder.
            Results go to stdout, messages to stderr.

            Exit status: 0 success; 64 usage error; 65 the dataset has errors; \
            66 a name or path matches nothing; 69 Graphviz missing; 3 no path (path, why); 1 any other failure.
            """,
        version: "0.1.0",
        subcommands: [Neighbors.self, Show.self, List.self, Search.self, Sources.self, Stats.self, Validate.self, Export.self, Render.self, Path.self, Why.self, Ego.self, Shared.self, Timeline.self, Rank.self, Components.self, Ingest.self, WriteRows.self]
    )
}
