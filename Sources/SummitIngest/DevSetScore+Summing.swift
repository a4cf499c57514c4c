/// Scores of several articles, each scored against its own gold, added up (the held-out set).
extension DevSetScore {
    /// The sum of `scores`: counts per type added, misses and false positives kept with their article.
    /// - Complexity: O(total items · log items).
    public init(summing scores: [DevSetScore]) {
        var counts: [String: Count] = [:]
        for c in scores.flatMap(\.byType) {
            var sum = counts[c.type] ?? Count(type: c.type, expected: 0, proposed: 0, correct: 0)
            (sum.expected, sum.proposed, sum.correct) = (sum.expected + c.expected, sum.proposed + c.proposed, sum.correct + c.correct)
            counts[c.type] = sum
        }
        byType = counts.values.sorted { $0.type < $1.type }
        total = Count(type: "all", expected: scores.reduce(0) { $0 + $1.total.expected },
                      proposed: scores.reduce(0) { $0 + $1.total.proposed }, correct: scores.reduce(0) { $0 + $1.total.correct })
        matchedPairs = scores.reduce(0) { $0 + $1.matchedPairs }
        statusRight = scores.reduce(0) { $0 + $1.statusRight }
        misses = scores.flatMap(\.misses).sorted()
        falsePositives = scores.flatMap(\.falsePositives).sorted()
    }

    /// Names `article` on every miss and false positive.
    mutating func label(article: String) {
        for i in misses.indices { misses[i].article = article }
        for i in falsePositives.indices { falsePositives[i].article = article }
    }
}
