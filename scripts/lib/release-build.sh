# Sourced by scripts/summitgraph and scripts/install: the statically linked release build of summitgraph.
# A release build with the Swift runtime linked in statically starts in ~6 ms instead of ~13 ms
# (no shared Foundation to load), which is most of a query's time on small graphs.

# summitgraph_release_binary ROOT: the path of the release binary (built or not).
summitgraph_release_binary() {
    printf '%s\n' "$1/.build-release/release/summitgraph"
}

# summitgraph_release_is_current ROOT: true when the binary exists and is newer than every source,
# resource, Package.swift and Package.resolved (so no `swift build` need run, not even a no-op one).
summitgraph_release_is_current() {
    local root="$1" binary
    binary="$(summitgraph_release_binary "$root")"
    [[ -x "$binary" ]] || return 1
    local inputs=("$root/Sources" "$root/Package.swift")
    [[ -e "$root/Package.resolved" ]] && inputs+=("$root/Package.resolved")
    [[ -z "$(find "${inputs[@]}" -newer "$binary" -print -quit 2>/dev/null)" ]]
}

# summitgraph_release_build ROOT: builds the release binary when it is not current; build
# messages go to stderr.
summitgraph_release_build() {
    local root="$1"
    summitgraph_release_is_current "$root" && return 0
    swift build --package-path "$root" -c release --static-swift-stdlib --scratch-path "$root/.build-release" \
        --product summitgraph >&2
    # A no-op build leaves the binary's time as it was: touch it so the next run skips the build.
    touch "$(summitgraph_release_binary "$root")"
}
