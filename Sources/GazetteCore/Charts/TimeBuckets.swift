/// Consecutive periods that cover a span of dates, for a timeline: weeks (from Monday) when the
/// span is at most 12 weeks, months up to 4 years, years beyond, so a timeline has a readable
/// number of bars whatever its span.
struct TimeBuckets: Sendable, Equatable {
    enum Unit: Sendable, Equatable { case week, month, year }

    let unit: Unit
    /// The number of the first period (weeks since 1970, months since year 0, or the year).
    let first: Int
    let count: Int

    init(from start: ArticleDate, to end: ArticleDate) {
        if end.daysSinceEpoch - start.daysSinceEpoch < 84 {
            unit = .week
        } else if Self.monthNumber(end) - Self.monthNumber(start) < 48 {
            unit = .month
        } else {
            unit = .year
        }
        let firstNumber = Self.number(start, unit)
        first = firstNumber
        count = Self.number(end, unit) - firstNumber + 1
    }

    /// The period a date falls in, from 0.
    func index(of date: ArticleDate) -> Int { Self.number(date, unit) - first }

    /// The first day of period `index`.
    func start(_ index: Int) -> ArticleDate {
        let number = first + index
        switch unit {
        case .week: return ArticleDate(daysSinceEpoch: number * 7 - 3)
        case .month: return ArticleDate(year: number / 12, month: number % 12 + 1, day: 1)!
        case .year: return ArticleDate(year: number, month: 1, day: 1)!
        }
    }

    /// "Oct 2013", "2013" or "week of 7 Oct 2013".
    func label(_ index: Int) -> String {
        let date = start(index)
        let month = String(ArticleDate.monthNames[date.month - 1].prefix(3))
        switch unit {
        case .week: return "week of \(date.day) \(month) \(date.year)"
        case .month: return "\(month) \(date.year)"
        case .year: return String(date.year)
        }
    }

    /// The archive page that lists period `index`'s articles (a week's: its month's).
    func archivePath(_ index: Int) -> String {
        let date = start(index)
        return SitePaths.archive(date.year, month: unit == .year ? nil : date.month)
    }

    private static func monthNumber(_ date: ArticleDate) -> Int { date.year * 12 + date.month - 1 }

    /// 1970-01-01 was a Thursday: adding 3 days makes weeks start on Monday.
    private static func number(_ date: ArticleDate, _ unit: Unit) -> Int {
        switch unit {
        case .week: return Int((Double(date.daysSinceEpoch + 3) / 7).rounded(.down))
        case .month: return monthNumber(date)
        case .year: return date.year
        }
    }
}
