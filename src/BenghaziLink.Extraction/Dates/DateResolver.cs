using System.Globalization;

namespace BenghaziLink.Extraction.Dates;

/// <summary>
/// The date relative expressions count from: the caller's reference date, or else the publication date
/// the article states. Either may be known only to the month or the year.
/// </summary>
internal readonly record struct DateReference(PartialDate? Value, string Label)
{
    public static DateReference For(PartialDate? given, PartialDate? published) =>
        given is { } reference ? new(reference, $"reference date {reference.ToIso()}")
        : published is { } date ? new(date, $"published {date.ToIso()}")
        : new(null, "the publication date, which is not known");
}

/// <summary>An explicit date of the text that event-anchored expressions can count from.</summary>
internal readonly record struct DateAnchor(int Start, int End, PartialDate Value);

/// <summary>A resolved value, how much of the calendar it pins down, and what it was resolved against.</summary>
internal readonly record struct Resolution(string? Value, DateGranularity Granularity, bool Relative, string? Anchor);

/// <summary>
/// Resolves the date expressions of one block (resolution is kept apart from finding them, as in
/// Recognizers-Text). Calendar dates stand alone; deictic and year-less expressions count from the
/// reference date; event-anchored ones ("a month before", "the following year") from the nearest explicit
/// date, and "N years ago" inside a quotation from a date the quotation itself gives.
/// </summary>
/// <remarks>
/// Anchoring rules, nearest first: an expression with "before"/"after" and an event after it takes a date
/// the rest of its sentence gives that event ("days before he spoke in 2011"); otherwise the closest explicit
/// date before it in its paragraph; otherwise the last one of the previous paragraph. With no such date, the
/// value is null and the anchor says what it depends on. A count the text leaves open ("days before") keeps
/// only what is most likely: the anchor's month for days, its year for weeks and months, nothing for years.
/// </remarks>
internal sealed class DateResolver
{
    private readonly string text;
    private readonly DateReference reference;
    private readonly List<DateCandidate> candidates;
    private readonly BlockLayout layout;
    private readonly List<DateAnchor> anchors;
    private readonly List<DateAnchor> previousParagraph;

    public DateResolver(string text, DateReference reference, List<DateCandidate> candidates, BlockLayout layout, List<DateAnchor> anchors, List<DateAnchor> previousParagraph)
    {
        this.text = text;
        this.reference = reference;
        this.candidates = candidates;
        this.layout = layout;
        this.anchors = anchors;
        this.previousParagraph = previousParagraph;
    }

    /// <summary>Resolves every candidate, in text order; fills the block's anchors on the way.</summary>
    public Resolution[] ResolveAll()
    {
        var results = new Resolution[candidates.Count];
        // Explicit dates first: the anchored expressions may count from a date later in their sentence.
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            switch (candidate.Shape)
            {
                case DateShape.Calendar:
                    results[i] = Calendar(candidate);
                    if (candidate.To is null) anchors.Add(new DateAnchor(candidate.Start, candidate.End, candidate.From!.Value));
                    break;
                case DateShape.YearLess when !candidate.YearFromAnchor:
                    results[i] = YearLess(candidate, out var resolved);
                    if (resolved is { } point) anchors.Add(new DateAnchor(candidate.Start, candidate.End, point));
                    break;
            }
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            results[i] = candidate.Shape switch
            {
                DateShape.YearLess when candidate.YearFromAnchor => YearOfAnchor(candidate),
                DateShape.Calendar or DateShape.YearLess => results[i],
                DateShape.Weekday => Anchoring(Weekday(candidate), candidate),
                DateShape.Day => DayShift(candidate),
                DateShape.Period => Period(candidate),
                DateShape.NamedMonth => NamedMonth(candidate),
                DateShape.Season => Season(candidate),
                DateShape.Ago => Ago(candidate),
                DateShape.Offset => Offset(candidate),
                DateShape.Sequence => Sequence(candidate),
                DateShape.NthDay => NthDay(candidate),
                _ => FromReference(null, DateGranularity.Unknown),
            };
        }
        return results;
    }

    /// <summary>
    /// "On Thursday night, helicopters fired on a convoy. The previous day, …": a weekday the reference date pins to a
    /// day is a date later expressions of the paragraph can count from, as an explicit one is.
    /// </summary>
    private Resolution Anchoring(Resolution resolution, DateCandidate candidate)
    {
        if (resolution.Granularity != DateGranularity.Day || resolution.Value is not { } iso || !DateOnly.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, out var day)) return resolution;
        var at = anchors.FindIndex(a => a.Start > candidate.Start);
        anchors.Insert(at < 0 ? anchors.Count : at, new DateAnchor(candidate.Start, candidate.End, new PartialDate(day.Year, day.Month, day.Day)));
        return resolution;
    }

    private static Resolution Calendar(DateCandidate candidate) => candidate.To is { } to
        ? new Resolution($"{candidate.From!.Value.ToIso()}/{to.ToIso()}", DateGranularity.Interval, false, null)
        : new Resolution(candidate.From!.Value.ToIso(), GranularityOf(candidate.From!.Value), false, null);

    /// <summary>The most recent such day or month on or before the reference date (on or after it, in a clause about the future).</summary>
    private Resolution YearLess(DateCandidate candidate, out PartialDate? point)
    {
        point = null;
        if (reference.Value is not { } now) return FromReference(null, DateGranularity.Unknown);
        var month = candidate.Month;
        if (candidate.Day == 0)
        {
            var year = now.Month is not { } nowMonth ? now.Year
                : candidate.Future ? (month >= nowMonth ? now.Year : now.Year + 1)
                : (month <= nowMonth ? now.Year : now.Year - 1);
            point = new PartialDate(year, month);
            return FromReference(point.Value.ToIso(), DateGranularity.Month);
        }
        var last = candidate.EndDay > 0 ? candidate.EndDay : candidate.Day;
        var found = 0;
        // 29 February may be up to eight years back; every other day is found within two.
        for (var k = 0; k <= 8 && found == 0; k++)
        {
            var year = candidate.Future ? now.Year + k : now.Year - k;
            if (last > DateTime.DaysInMonth(year, month)) continue;
            var order = Compare(year, month, candidate.Future ? candidate.Day : last, now);
            if (candidate.Future ? order < 0 : order > 0) continue;
            found = year;
            // "Friday, 13 June": of this year and the one before it, the one where 13 June is a Friday.
            var other = candidate.Future ? year + 1 : year - 1;
            if (candidate.HasWeekday && new DateOnly(year, month, candidate.Day).DayOfWeek != candidate.Weekday
                && last <= DateTime.DaysInMonth(other, month) && new DateOnly(other, month, candidate.Day).DayOfWeek == candidate.Weekday)
            {
                found = other;
            }
        }
        if (found != 0)
        {
            var year = found;
            var from = new PartialDate(year, month, candidate.Day);
            if (candidate.EndDay > 0)
            {
                return FromReference($"{from.ToIso()}/{new PartialDate(year, month, candidate.EndDay).ToIso()}", DateGranularity.Interval);
            }
            point = from;
            return FromReference(from.ToIso(), DateGranularity.Day);
        }
        return FromReference(null, DateGranularity.Unknown);
    }

    /// <summary>"August of that year", "5 May of the following year": the month and day in the year of the date before it.</summary>
    private Resolution YearOfAnchor(DateCandidate candidate)
    {
        if (!FindAnchor(candidate, out var anchor, out var where)) return Unanchored("the year of a date given before; no date nearby");
        var year = anchor.Value.Year + candidate.Count;
        var last = candidate.EndDay > 0 ? candidate.EndDay : candidate.Day;
        if (candidate.Day == 0) return FromAnchor((new PartialDate(year, candidate.Month).ToIso(), DateGranularity.Month), anchor, where);
        if (last > DateTime.DaysInMonth(year, candidate.Month)) return FromAnchor(null, anchor, where);
        var from = new PartialDate(year, candidate.Month, candidate.Day);
        return candidate.EndDay > 0
            ? FromAnchor(($"{from.ToIso()}/{new PartialDate(year, candidate.Month, candidate.EndDay).ToIso()}", DateGranularity.Interval), anchor, where)
            : FromAnchor((from.ToIso(), DateGranularity.Day), anchor, where);
    }

    /// <summary>
    /// The most recent such weekday on or before the reference day (news reports what happened "on
    /// Tuesday"); after it when the clause is about the future; strictly after for "next"; in the week before for "last".
    /// </summary>
    private Resolution Weekday(DateCandidate candidate)
    {
        if (Day() is not { } day) return FromReference(null, DateGranularity.Unknown);
        if (candidate.Shift < 0)
        {
            // "last Wednesday" in Thursday's paper is the Wednesday of the week before, not yesterday, which news calls
            // "Wednesday": the weekday of the previous Monday-to-Sunday week. A Sunday paper looks back on the week it
            // closes: its "last Wednesday" is four days before, and its "last Sunday" a week before.
            var monday = day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-6) : day.AddDays(-(((int)day.DayOfWeek + 6) % 7) - 7);
            var last = monday.AddDays(((int)candidate.Weekday + 6) % 7);
            return FromReference(Iso(last == day ? last.AddDays(-7) : last), DateGranularity.Day);
        }
        var forward = candidate.Shift > 0 || (candidate.Shift == 0 && candidate.Future);
        var step = forward ? 1 : -1;
        var date = candidate.Shift != 0 ? day.AddDays(step) : day;
        while (date.DayOfWeek != candidate.Weekday) date = date.AddDays(step);
        return FromReference(Iso(date), DateGranularity.Day);
    }

    private Resolution DayShift(DateCandidate candidate) =>
        Day() is { } day ? FromReference(Iso(day.AddDays(candidate.Count)), DateGranularity.Day) : FromReference(null, DateGranularity.Unknown);

    /// <summary>this/last/next week (an ISO week), weekend (the ISO week of its Saturday), month or year.</summary>
    private Resolution Period(DateCandidate candidate)
    {
        var shift = candidate.Count;
        switch (candidate.Unit)
        {
            case DateUnit.Week when Day() is { } day:
                return FromReference(IsoWeek(day.AddDays(7 * shift)), DateGranularity.Week);
            case DateUnit.Weekend when Day() is { } day:
                var saturday = shift < 0 ? day.AddDays(-1) : shift > 0 ? day.AddDays(7) : day;
                if (shift < 0) while (saturday.DayOfWeek != DayOfWeek.Saturday) saturday = saturday.AddDays(-1);
                return FromReference(IsoWeek(saturday), DateGranularity.Week);
            case DateUnit.Month when Month() is { } month:
                return FromReference(Iso(month.AddMonths(shift), DatePrecision.Month), DateGranularity.Month);
            case DateUnit.Year when reference.Value is { } now:
                return FromReference(Year(now.Year + shift), DateGranularity.Year);
            default:
                return FromReference(null, DateGranularity.Unknown);
        }
    }

    /// <summary>"last September": the most recent September before the reference month; "next March" the first after it.</summary>
    private Resolution NamedMonth(DateCandidate candidate)
    {
        if (Month() is not { } now) return FromReference(null, DateGranularity.Unknown);
        var year = candidate.Count < 0 ? (candidate.Month < now.Month ? now.Year : now.Year - 1)
            : candidate.Count > 0 ? (candidate.Month > now.Month ? now.Year : now.Year + 1)
            : now.Year;
        return FromReference(new PartialDate(year, candidate.Month).ToIso(), DateGranularity.Month);
    }

    /// <summary>
    /// "last summer": the year of the most recent summer over before the reference month; "next spring" the year
    /// of the first one to start after it. A winter runs over two years, so it gets no single year.
    /// </summary>
    private Resolution Season(DateCandidate candidate)
    {
        if (candidate.Month == 12 || Month() is not { } now) return FromReference(null, DateGranularity.Unknown);
        var start = candidate.Month;
        var year = candidate.Count < 0 ? (start + 2 < now.Month ? now.Year : now.Year - 1)
            : candidate.Count > 0 ? (start > now.Month ? now.Year : now.Year + 1)
            : now.Year;
        return FromReference(Year(year), DateGranularity.Year);
    }

    /// <summary>
    /// "N years ago" counts back from the reference date, except inside a quotation that gives a date of
    /// its own before it: then the speaker's time is that date's, not the article's.
    /// </summary>
    private Resolution Ago(DateCandidate candidate)
    {
        if (layout.QuotationAt(candidate.Start) is { } quotation)
        {
            for (var i = anchors.Count - 1; i >= 0; i--)
            {
                var anchor = anchors[i];
                if (anchor.End <= candidate.Start && anchor.Start >= quotation.Start)
                {
                    return FromAnchor(candidate.Vague ? null : Shift(anchor.Value, -candidate.Count, candidate.Unit), anchor, "earlier in the quotation");
                }
            }
        }
        if (candidate.Vague || reference.Value is not { } now) return FromReference(null, DateGranularity.Unknown);
        var value = Shift(now, -candidate.Count, candidate.Unit);
        return value is { } found ? FromReference(found.Value, found.Granularity) : FromReference(null, DateGranularity.Unknown);
    }

    private Resolution Offset(DateCandidate candidate)
    {
        if (FindAnchor(candidate, out var anchor, out var where) is false) return Unanchored("the event it is counted from; no date nearby");
        if (!candidate.Vague) return FromAnchor(Shift(anchor.Value, candidate.Count, candidate.Unit), anchor, where);
        var date = anchor.Value;
        (string Value, DateGranularity Granularity)? approximate = candidate.Unit switch
        {
            DateUnit.Day when date.Month is { } month => (new PartialDate(date.Year, month).ToIso(), DateGranularity.Month),
            DateUnit.Day or DateUnit.Week or DateUnit.Month => (Year(date.Year), DateGranularity.Year),
            _ => null,
        };
        return FromAnchor(approximate, anchor, where);
    }

    /// <summary>"the following year", "the day before", "later that month": one unit on from (or the same unit as) the date just given.</summary>
    private Resolution Sequence(DateCandidate candidate) =>
        FindAnchor(candidate, out var anchor, out var where)
            ? FromAnchor(Shift(anchor.Value, candidate.Count, candidate.Unit), anchor, where)
            : Unanchored("the date it follows; no date nearby");

    /// <summary>
    /// "17 January, the second day of the siege": the day of an event is the day the same sentence names
    /// with it. Without one, the start of the event is not known.
    /// </summary>
    private Resolution NthDay(DateCandidate candidate)
    {
        var sentence = layout.SentenceOf(candidate.Start);
        DateAnchor? best = null;
        foreach (var anchor in anchors)
        {
            if (anchor.Value.Day is null || layout.SentenceOf(anchor.Start) != sentence) continue;
            if (best is null || Math.Abs(anchor.Start - candidate.Start) < Math.Abs(best.Value.Start - candidate.Start)) best = anchor;
        }
        if (best is not { } found) return Unanchored("the start of the event; no date in the sentence");
        return FromAnchor((found.Value.ToIso(), DateGranularity.Day), found, found.Start < candidate.Start ? "earlier in the sentence" : "later in the sentence");
    }

    private bool FindAnchor(DateCandidate candidate, out DateAnchor anchor, out string where)
    {
        var sentence = layout.SentenceOf(candidate.Start);
        if (candidate.NamesEvent)
        {
            foreach (var later in anchors)
            {
                if (later.Start < candidate.End) continue;
                if (layout.SentenceOf(later.Start) != sentence) break;
                anchor = later;
                where = "later in the sentence";
                return true;
            }
        }
        for (var i = anchors.Count - 1; i >= 0; i--)
        {
            if (anchors[i].End > candidate.Start) continue;
            anchor = anchors[i];
            where = layout.SentenceOf(anchor.Start) == sentence ? "earlier in the sentence" : "earlier in the paragraph";
            return true;
        }
        if (previousParagraph.Count > 0)
        {
            anchor = previousParagraph[^1];
            where = "in the previous paragraph";
            return true;
        }
        anchor = default;
        where = "";
        return false;
    }

    /// <summary>A date moved by whole units, to the unit's precision; null when the date is too coarse for the unit.</summary>
    private static (string Value, DateGranularity Granularity)? Shift(PartialDate date, int count, DateUnit unit)
    {
        switch (unit)
        {
            case DateUnit.Day when date.Day is not null:
                return (Iso(ToDate(date).AddDays(count)), DateGranularity.Day);
            case DateUnit.Week when date.Day is not null:
                return (IsoWeek(ToDate(date).AddDays(7 * count)), DateGranularity.Week);
            case DateUnit.Month when date.Month is { } month:
                return (Iso(new DateOnly(date.Year, month, 1).AddMonths(count), DatePrecision.Month), DateGranularity.Month);
            case DateUnit.Year:
                return (Year(date.Year + count), DateGranularity.Year);
            case DateUnit.Decade:
                return (Year(date.Year + 10 * count), DateGranularity.Year);
            default:
                return null;
        }
    }

    private Resolution FromReference(string? value, DateGranularity granularity) =>
        new(value, value is null ? DateGranularity.Unknown : granularity, true, reference.Label);

    private Resolution FromAnchor((string Value, DateGranularity Granularity)? value, DateAnchor anchor, string where) =>
        new(value?.Value, value?.Granularity ?? DateGranularity.Unknown, true, $"{text[anchor.Start..anchor.End]} ({where})");

    private static Resolution Unanchored(string dependsOn) => new(null, DateGranularity.Unknown, true, dependsOn);

    private DateOnly? Day() => reference.Value is { Day: not null } day ? ToDate(day) : null;

    private DateOnly? Month() => reference.Value is { Month: { } month } now ? new DateOnly(now.Year, month, 1) : null;

    /// <summary>Orders a day against the reference date at the reference's own precision.</summary>
    private static int Compare(int year, int month, int day, PartialDate reference)
    {
        if (year != reference.Year) return year.CompareTo(reference.Year);
        if (reference.Month is not { } referenceMonth) return 0;
        if (month != referenceMonth) return month.CompareTo(referenceMonth);
        return reference.Day is { } referenceDay ? day.CompareTo(referenceDay) : 0;
    }

    private static DateOnly ToDate(PartialDate date) => new(date.Year, date.Month!.Value, date.Day!.Value);

    private static DateGranularity GranularityOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => DateGranularity.Day,
        DatePrecision.Month => DateGranularity.Month,
        _ => DateGranularity.Year,
    };

    private static string Iso(DateOnly date, DatePrecision precision = DatePrecision.Day) => precision switch
    {
        DatePrecision.Day => new PartialDate(date.Year, date.Month, date.Day).ToIso(),
        _ => new PartialDate(date.Year, date.Month).ToIso(),
    };

    private static string Year(int year) => new PartialDate(year).ToIso();

    private static string IsoWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
