extension FuzzyDate {
    /// The day `number` days after 1970-01-01 (proleptic Gregorian), after H. Hinnant's
    /// `civil_from_days`; `nil` outside years 1…9999.
    /// - Complexity: O(1).
    public init?(dayNumber number: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }
}
