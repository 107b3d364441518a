using System.Globalization;

namespace BenghaziLink.Extraction.Dates;

/// <summary>
/// The stretch of calendar a normalised date value covers, for ordering and display: "2012" covers the
/// whole year and is shown as "2012", never as 1 January 2012. <see cref="Start"/> orders a timeline;
/// <see cref="End"/> (inclusive) lets a coarse date sort before the finer dates inside it.
/// </summary>
public sealed record DatePeriod(DateOnly Start, DateOnly End, DateGranularity Granularity, string Label)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Reads the values <see cref="DateMention.Value"/> holds; null for anything else.</summary>
    public static DatePeriod? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return ParseSingle(value);
        var from = ParseSingle(value[..slash]);
        var to = ParseSingle(value[(slash + 1)..]);
        if (from is null || to is null || to.End < from.Start) return null;
        return new DatePeriod(from.Start, to.End, DateGranularity.Interval, IntervalLabel(from, to));
    }

    private static DatePeriod? ParseSingle(string value)
    {
        if (value.Length == 8 && value[4] == '-' && value[5] == 'W'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var weekYear)
            && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && weekYear is >= 1 and <= 9998 && week >= 1 && week <= ISOWeek.GetWeeksInYear(weekYear))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
            var sunday = monday.AddDays(6);
            return new DatePeriod(monday, sunday, DateGranularity.Week, $"the week of {RangeLabel(monday, sunday)}");
        }
        if (!PartialDate.TryParseIso(value, out var date)) return null;
        return date.Precision switch
        {
            DatePrecision.Day => Day(new DateOnly(date.Year, date.Month!.Value, date.Day!.Value)),
            DatePrecision.Month => new DatePeriod(new DateOnly(date.Year, date.Month!.Value, 1),
                new DateOnly(date.Year, date.Month.Value, DateTime.DaysInMonth(date.Year, date.Month.Value)),
                DateGranularity.Month, new DateOnly(date.Year, date.Month.Value, 1).ToString("MMMM yyyy", English)),
            _ => new DatePeriod(new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31), DateGranularity.Year,
                date.Year.ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static DatePeriod Day(DateOnly day) => new(day, day, DateGranularity.Day, day.ToString("d MMMM yyyy", English));

    /// <summary>"14–20 January 2013", "28 January – 3 February 2013", "30 December 2012 – 5 January 2013".</summary>
    private static string RangeLabel(DateOnly from, DateOnly to) =>
        from.Year != to.Year ? $"{from.ToString("d MMMM yyyy", English)} – {to.ToString("d MMMM yyyy", English)}"
        : from.Month != to.Month ? $"{from.ToString("d MMMM", English)} – {to.ToString("d MMMM yyyy", English)}"
        : $"{from.Day.ToString(CultureInfo.InvariantCulture)}–{to.ToString("d MMMM yyyy", English)}";

    private static string IntervalLabel(DatePeriod from, DatePeriod to) => (from.Granularity, to.Granularity) switch
    {
        (DateGranularity.Day, DateGranularity.Day) => RangeLabel(from.Start, to.End),
        (DateGranularity.Year, DateGranularity.Year) when from.Start.Year % 10 == 0 && to.End.Year == from.Start.Year + 9
            => $"the {from.Start.Year.ToString(CultureInfo.InvariantCulture)}s",
        (DateGranularity.Year, DateGranularity.Year) => $"{from.Label}–{to.Label}",
        _ => $"{from.Label} – {to.Label}",
    };
}
