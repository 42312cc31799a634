import Foundation

/// Calendar days as `yyyy-MM-dd` strings, which compare in date order as plain strings.
/// Reads the forms dates come in: ISO 8601 with or without a time, RFC 822 (feeds),
/// "24/07/2019" (day first, as outside the United States; "07/24/2019" is read month first only
/// when the first number cannot be a month), "July 24, 2019", "24 July 2019", "Jul 24 2019",
/// "2019/07/24" and "20190724". Month names are English, read by Foundation's POSIX locale.
public enum CalendarDate {
    /// Whether `text` is exactly a real day written `yyyy-MM-dd` (2025-13-01 and 2025-02-30 are not).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return make(year: year, month: month, day: day) != nil
    }

    /// The day `text` names, as `yyyy-MM-dd`, or nil when it is no date this reader knows.
    /// `year` is used when the text gives a day and month only ("June 12" in a dateline).
    public static func normalize(_ text: String, year: Int? = nil) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        if let numeric = numeric(trimmed) { return numeric }
        return named(trimmed, year: year)
    }

    /// The year of a `yyyy-MM-dd` day.
    public static func year(of day: String) -> Int? { Int(day.prefix(4)) }

    static func make(year: Int, month: Int, day: Int) -> String? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// ISO 8601 (a time after the day is dropped: the day as written is the article's day),
    /// slashed and dotted days, and eight digits.
    private static func numeric(_ text: String) -> String? {
        let head = text.prefix { $0.isNumber || $0 == "-" || $0 == "/" || $0 == "." }
        let rest = text.dropFirst(head.count)
        // After the day only a time may follow ("T10:00:00Z", " 10:00").
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        if rest.first == " " && !rest.dropFirst().allSatisfy({ $0.isNumber || ":+-.Z ".contains($0) }) { return nil }
        if head.count == 8, head.allSatisfy(\.isNumber), let value = Int(head) {
            return make(year: value / 10000, month: value / 100 % 100, day: value % 100)
        }
        for separator: Character in ["-", "/", "."] {
            let parts = head.split(separator: separator, omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { continue }
            let fields = head.split(separator: separator)
            if fields[0].count == 4 { return make(year: a, month: b, day: c) }
            guard fields[2].count == 4 else { return nil }
            if a > 12 || separator == "." { return make(year: c, month: b, day: a) }
            if b > 12 { return make(year: c, month: a, day: b) }
            return make(year: c, month: b, day: a)
        }
        return nil
    }

    private static let namedForms = [
        "EEE, d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm Z", "EEE, d MMM yyyy",
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy", "EEEE, MMMM d, yyyy", "EEEE d MMMM yyyy",
    ]

    private static func named(_ text: String, year: Int?) -> String? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.isLenient = false
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        formatter.calendar = calendar
        for form in namedForms {
            formatter.dateFormat = form
            if let date = formatter.date(from: text) {
                // The day as written, not as moved to UTC: an RFC 822 time zone only places the hour.
                if form.hasSuffix("Z") || form.hasSuffix("zzz") { return writtenDay(of: text) ?? day(of: date, calendar) }
                return day(of: date, calendar)
            }
        }
        guard let year else { return nil }
        for form in ["MMMM d", "MMM d", "MMM. d", "d MMMM", "d MMM"] {
            formatter.dateFormat = form + " yyyy"
            if let date = formatter.date(from: "\(text) \(year)") { return day(of: date, calendar) }
        }
        return nil
    }

    private static func day(of date: Date, _ calendar: Calendar) -> String? {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return make(year: year, month: month, day: day)
    }

    /// "Wed, 24 Jul 2019 23:30:00 -0500" is the 24th where it was written.
    private static func writtenDay(of text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 4 else { return nil }
        return named(words[1...3].joined(separator: " "), year: nil)
    }
}
