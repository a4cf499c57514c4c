import Foundation

/// Runs `executable` with `arguments` and `environment`, output to /dev/null, and waits for it
/// with a blocking `waitpid`: what `hyperfine` times.
///
/// Not Foundation's `Process`: on Linux its `waitUntilExit()` spins the run loop in 50 ms
/// steps, so every process timed through it takes at least ~51 ms (`/bin/true` measured 51.1 ms
/// that way, 1.1 ms this way).
/// - Returns: the exit status, or -1 when the process could not be started or was signalled.
func spawnAndWait(_ executable: String, _ arguments: [String], environment: [String: String]) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_WRONLY, 0) }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
}
