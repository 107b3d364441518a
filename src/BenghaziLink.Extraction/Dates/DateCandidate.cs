namespace BenghaziLink.Extraction.Dates;

/// <summary>The forms of date expression the scanner finds; each is resolved its own way.</summary>
internal enum DateShape : byte
{
    /// <summary>A date with its year: "17 January 2013", "May 2010", "2011", "the 1990s", "2010-2014".</summary>
    Calendar,
    /// <summary>A day or month without a year: "29 February", "Sept. 11", "16-17 March", "in November", "August of that year".</summary>
    YearLess,
    /// <summary>"on Tuesday", "last Friday", "next Monday".</summary>
    Weekday,
    /// <summary>today, yesterday, tomorrow, tonight, this morning, last night.</summary>
    Day,
    /// <summary>this/last/next week, month, year or weekend; "earlier this year".</summary>
    Period,
    /// <summary>"last September", "next March": a named month counted from the reference date.</summary>
    NamedMonth,
    /// <summary>"last summer", "this spring": a season counted from the reference date.</summary>
    Season,
    /// <summary>"20 years ago", "a month ago", "years ago".</summary>
    Ago,
    /// <summary>"a month before", "two days after", "weeks later", "days before": counted from another event.</summary>
    Offset,
    /// <summary>"the following year", "the day before", "later that month": counted from a date just given.</summary>
    Sequence,
    /// <summary>"the second day of" an event.</summary>
    NthDay,
    /// <summary>"recent years", "coming weeks": relative, but with no value.</summary>
    Vague,
}

/// <summary>
/// One date expression as found, before resolution: where it is and what it says. Which fields matter
/// depends on <see cref="Shape"/>: a calendar date has <see cref="From"/> (and <see cref="To"/> for
/// an interval); a year-less date a <see cref="Month"/>, maybe a <see cref="Day"/> and an
/// <see cref="EndDay"/>; a weekday its <see cref="Weekday"/>; the counted forms a <see cref="Unit"/>
/// and a signed <see cref="Count"/> (0 when the text does not say how many).
/// </summary>
internal readonly record struct DateCandidate(int Start, int End, DateShape Shape)
{
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public int Month { get; init; }
    public int Day { get; init; }
    public int EndDay { get; init; }
    public DayOfWeek Weekday { get; init; }
    /// <summary>"August of that year": the year is that of the date before it, moved by <see cref="Count"/> years.</summary>
    public bool YearFromAnchor { get; init; }
    /// <summary>A year-less date written with its weekday ("Friday, 13 June"): the weekday tells the year.</summary>
    public bool HasWeekday { get; init; }
    public DateUnit Unit { get; init; }
    public int Count { get; init; }
    /// <summary>"last"/"next" before a weekday: strictly before or after the reference day.</summary>
    public int Shift { get; init; }
    /// <summary>The clause speaks of the future ("will meet on Friday"): resolve forwards.</summary>
    public bool Future { get; init; }
    /// <summary>An offset whose count the text leaves open ("days before", "several weeks later").</summary>
    public bool Vague { get; init; }
    /// <summary>"before"/"after" with the event after it, which may carry its own date.</summary>
    public bool NamesEvent { get; init; }
}
