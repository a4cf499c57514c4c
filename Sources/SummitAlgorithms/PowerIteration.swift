import Foundation

/// Why an iterative measure has no answer.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    case noConvergence(measure: String, iterations: Int)
    public var description: String {
        switch self {
        case .noConvergence(let measure, let iterations): "\(measure) did not converge in \(iterations) iterations"
        }
    }
}

extension AnalysisGraph {
    /// When an iteration has converged.
    public enum Convergence: Sendable {
        /// The L1 change is below *n* · tolerance: NetworkX's rule, so values equal NetworkX's.
        /// On a million nodes it stops after very few iterations.
        case networkX
        /// The L1 change is below the tolerance itself, as exact solvers are checked.
        case absolute
    }

    /// PageRank as NetworkX computes it (`pagerank`, scipy variant): damping `alpha`, uniform
    /// teleport and dangling distribution, stopping by `convergence` (NetworkX's rule by default).
    ///
    /// Each iteration pulls every node's score from its predecessors, in node order, so the
    /// sums are the same on any number of threads; graphs of 50,000 nodes or more are shared out
    /// over every core.
    /// - Complexity: O(iterations · (*V* + *E*)).
    public func pageRank(alpha: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100,
                         convergence: Convergence = .networkX) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var share = [Double](repeating: 0, count: n), next = [Double](repeating: 0, count: n)
        let dangling = (0..<n).filter { outDegree($0) == 0 }
        let blocks = n >= 50_000 ? max(1, ProcessInfo.processInfo.activeProcessorCount) * 4 : 1
        let limit = convergence == .networkX ? Double(n) * tolerance : tolerance
        for _ in 0..<maxIterations {
            for u in 0..<n { let d = outDegree(u); share[u] = d > 0 ? x[u] / Double(d) : 0 }
            let danglingMass = dangling.reduce(0) { $0 + x[$1] }
            let spread = danglingMass * uniform, teleport = (1 - alpha) * uniform
            share.withUnsafeBufferPointer { share in
                next.withUnsafeMutableBufferPointer { next in
                    nonisolated(unsafe) let (out, share) = (next, share)
                    DispatchQueue.concurrentPerform(iterations: blocks) { block in
                        for v in n * block / blocks..<n * (block + 1) / blocks {
                            var sum = 0.0
                            for u in predecessors(v) { sum += share[Int(u)] }
                            out[v] = alpha * (sum + spread) + teleport
                        }
                    }
                }
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < limit { return x }
        }
        throw .noConvergence(measure: "PageRank", iterations: maxIterations)
    }

    /// Eigenvector centrality by NetworkX's power iteration on A + I (scores flow along arcs,
    /// so a directed graph ranks by in-arcs), L2-normalised, stopping below n·`tolerance`.
    /// - Complexity: O(iterations · (*V* + *E*)).
    public func eigenvectorCentrality(tolerance: Double = 1e-6, maxIterations: Int = 100) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            var next = x
            for u in 0..<n { for v in successors(u) { next[Int(v)] += x[u] } }
            var norm = sqrt(next.reduce(0) { $0 + $1 * $1 })
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n { next[v] /= norm; change += abs(next[v] - x[v]) }
            x = next
            if change < Double(n) * tolerance { return x }
        }
        throw .noConvergence(measure: "eigenvector centrality", iterations: maxIterations)
    }
}
