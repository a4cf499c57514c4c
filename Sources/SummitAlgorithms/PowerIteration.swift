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
    /// PageRank as NetworkX computes it (`pagerank`, scipy variant): damping `alpha`, uniform
    /// teleport and dangling distribution, stopping when the L1 change is below n·`tolerance`.
    /// - Complexity: O(iterations · (*V* + *E*)).
    public func pageRank(alpha: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        let dangling = (0..<n).filter { outDegree($0) == 0 }
        for _ in 0..<maxIterations {
            var next = [Double](repeating: 0, count: n)
            for u in 0..<n where outDegree(u) > 0 {
                let share = x[u] / Double(outDegree(u))
                for v in successors(u) { next[Int(v)] += share }
            }
            let danglingMass = dangling.reduce(0) { $0 + x[$1] }
            var change = 0.0
            for v in 0..<n {
                next[v] = alpha * (next[v] + danglingMass * uniform) + (1 - alpha) * uniform
                change += abs(next[v] - x[v])
            }
            x = next
            if change < Double(n) * tolerance { return x }
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
