namespace BenghaziLink.Extraction.Dates;

/// <summary>How much of the calendar a normalised date value pins down.</summary>
public enum DateGranularity { Day, Week, Month, Year, Interval, Unknown }

/// <summary>
/// A date expression as written ("last week", "Sept. 11, 2012", "the 1990s") and its normalised ISO value:
/// <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>YYYY-Www</c> or an interval <c>start/end</c>.
/// <see cref="Value"/> is null when the expression cannot be resolved ("recent years", a weekday with no
/// reference date). <see cref="Anchor"/> says what a relative expression was resolved against, in words.
/// </summary>
public sealed record DateMention(
    TextSpan Span,
    string Surface,
    string? Value,
    DateGranularity Granularity,
    bool Relative,
    string? Anchor,
    string Processor);
