using System.Globalization;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Dates;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// Finds calendar dates written out in English news text and resolves them to a <see cref="PartialDate"/>:
/// <c>2016 March 19</c>, <c>March 19, 2016</c>, <c>19 March 2016</c>, <c>Sept. 11, 2012</c>,
/// <c>2016-03-19</c> and <c>March 2016</c>. Weekdays and times around a date are not part of it.
/// All-numeric forms such as <c>03/04/2016</c> are not read as dates here: whether that is March or
/// April depends on the outlet, and a wrong date is worse than none. <see cref="FindNumeric"/> finds them
/// with both readings, for a reader that has other evidence to settle the order (a publication line).
/// </summary>
internal static partial class DateExpressions
{
    private const string Month =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?!\p{L})\.?";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\p{L}\d])";
    private const string Year = @"(?<year>(?:19|20)\d\d)(?![\p{L}\d])";
    private const string Weekday =
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)(?!\p{L})\.?";
    private const string Time =
        @"(?:\d{1,2}(?:[:.]\d\d){1,2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:[A-Z]{1,4}T|UTC|GMT|ET|PT|CT|MT|Z)(?:[+-]\d{1,2}(?::?\d\d)?)?)?(?![\p{L}\d])";

    public readonly record struct DateMatch(int Index, int Length, PartialDate Value);

    /// <summary>Every well-formed date in <paramref name="text"/>, in text order; impossible dates (31 June) are skipped.</summary>
    public static IEnumerable<DateMatch> Find(string text)
    {
        foreach (Match match in DateRegex().Matches(text))
        {
            if (TryResolve(match, out var date)) yield return new DateMatch(match.Index, match.Length, date);
        }
    }

    /// <summary>
    /// An all-numeric date ("25/08/2013", "1/19/2014", "03.04.2016") with its two leading parts in text order;
    /// which of them is the month is for the caller to settle (<see cref="Readings"/>).
    /// </summary>
    public readonly record struct NumericMatch(int Index, int Length, int First, int Second, int Year)
    {
        /// <summary>The real dates it can be, day first then month first; one when a part cannot be a month or both read alike.</summary>
        public IReadOnlyList<PartialDate> Readings()
        {
            var readings = new List<PartialDate>(2);
            var year = Year;
            void Add(int month, int day)
            {
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && !readings.Contains(new PartialDate(year, month, day)))
                {
                    readings.Add(new PartialDate(year, month, day));
                }
            }
            Add(Second, First);
            Add(First, Second);
            return readings;
        }
    }

    /// <summary>Every all-numeric date with a four-digit year in <paramref name="text"/>, in text order.</summary>
    public static IEnumerable<NumericMatch> FindNumeric(string text)
    {
        foreach (Match match in NumericRegex().Matches(text))
        {
            int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
            yield return new NumericMatch(match.Index, match.Length, Part("a"), Part("b"), Part("year"));
        }
    }

    /// <summary>A line that is just an all-numeric date, optionally with a weekday and a time ("Sunday - 1/19/2014").</summary>
    public static NumericMatch? NumericAsWholeLine(string text)
    {
        foreach (var found in FindNumeric(text))
        {
            return IsDateFiller(text[..found.Index]) && IsDateFiller(text[(found.Index + found.Length)..].TrimEnd('.')) ? found : null;
        }
        return null;
    }

    /// <summary>The weekday a line names, if it names one.</summary>
    public static DayOfWeek? WeekdayIn(string text)
    {
        var match = WeekdayRegex().Match(text);
        if (!match.Success) return null;
        var name = match.Value.TrimEnd('.').ToLowerInvariant();
        string[] days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
        return (DayOfWeek)Array.FindIndex(days, d => name.StartsWith(d, StringComparison.Ordinal));
    }

    /// <summary>The months named with a day in <paramref name="text"/> ("April 2", "2 April", "April 2, 2016"), as numbers.</summary>
    public static IEnumerable<int> MonthsWithDay(string text)
    {
        foreach (Match match in MonthDayRegex().Matches(text)) yield return MonthNumber(match.Groups["month"].Value);
    }

    /// <summary>The first date in <paramref name="text"/>, if any.</summary>
    public static DateMatch? First(string text)
    {
        foreach (var date in Find(text)) return date;
        return null;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds nothing but weekdays, times, time zones and separators:
    /// what may stand around a date on a dateline such as <c>Updated 3:45 PM ET, Mon</c>.
    /// </summary>
    public static bool IsDateFiller(string text) => DateFiller().IsMatch(text);

    /// <summary>A line that is just a date, optionally with a weekday and a time ("Saturday, March 19, 2016 10:45").</summary>
    public static DateMatch? AsWholeLine(string text)
    {
        var date = First(text);
        if (date is not { } found) return null;
        var before = text[..found.Index];
        var after = text[(found.Index + found.Length)..];
        return IsDateFiller(before) && IsDateFiller(after.TrimEnd('.')) ? found : null;
    }

    /// <summary>
    /// Opens with a digit, a month or a weekday: something meant as a date even when it is not one we can
    /// read ("03/04/2016", "2016 February 30").
    /// </summary>
    public static bool StartsLikeDate(string text) => DateStart().IsMatch(text);

    private static bool TryResolve(Match match, out PartialDate date)
    {
        date = default;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["month"].Success)
        {
            month = MonthNumber(match.Groups["month"].Value);
        }
        else
        {
            month = int.Parse(match.Groups["monthNumber"].Value, CultureInfo.InvariantCulture);
        }
        int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12) return false;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    // One lexicon of month names for publication lines and body dates alike.
    private static int MonthNumber(string name) => CalendarWords.MonthNumber(name);

    // Alternatives in order of specificity: ISO, year-month-day (as some outlets write it),
    // month-day-year (US), day-month-year (UK), then month-year alone.
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:" +
        @"(?<year>(?:19|20)\d\d)-(?<monthNumber>[01]\d)-(?<day>[0-3]\d)(?!\d)" +
        "|" + Year + @"\s+" + Month + @"\s+" + Day +
        "|" + Month + @"\s+" + Day + @",?\s+" + Year +
        "|" + Day + @"\s+(?:of\s+)?" + Month + @",?\s+" + Year +
        "|" + Month + @",?\s+" + Year +
        ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    // Day and month as one or two digits in either order, then the year; no longer run of digits and slashes around it.
    [GeneratedRegex(@"(?<![\p{L}\d/.])(?<a>[0-3]?\d)(?<sep>[/.])(?<b>[0-3]?\d)\k<sep>(?<year>(?:19|20)\d\d)(?![\p{L}\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])" + Weekday, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayRegex();

    // Case-sensitive: a capitalised month beside a day number; "may 2" in running text is not a date.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + Month + @"\s+" + Day + "|" + Day + @"\s+(?:of\s+)?" + Month + ")", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"^\s*(?:\d|" + Month + "|" + Weekday + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateStart();

    [GeneratedRegex(@"^(?:[\s,|·•/\-–—]|" + Weekday + "|" + Time + @"|\bat\b|\bon\b)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateFiller();
}
