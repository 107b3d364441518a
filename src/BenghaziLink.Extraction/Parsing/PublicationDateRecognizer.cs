using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// The date the article says it was published, read only from its own publication lines ("Published on
/// 2016 March 19, Saturday", "Posted: March 19, 2016", "Updated 3:45 PM ET, Mon November 23, 2015", a line
/// that is only a date). Dates in the body are events, and dates in a related-articles list belong to other
/// articles: neither is read. The fact's span covers the date expression only, without weekday or time.
/// Must run after furniture recognition, which finds the publication lines.
/// </summary>
/// <remarks>
/// When a line gives both, the publication date wins over the last update: it is the date the story
/// describes events as of, which is what later date resolution anchors to.
/// </remarks>
public sealed partial class PublicationDateRecognizer : IDocumentProcessor
{
    public string Name => "publication-date";
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture | Annotations.Dateline;
    public Annotations Produces => Annotations.PublishedDate;

    public void Process(DocumentBuilder document)
    {
        (int Rank, TextSpan Span, PartialDate Value)? best = null;
        void Consider(int rank, TextSpan span, PartialDate value)
        {
            if (best is null || rank < best.Value.Rank) best = (rank, span, value);
        }
        var lines = document.Furniture.Where(f => f.Kind == FurnitureKind.PublicationLine).OrderBy(f => f.Span.Start).ToList();
        foreach (var line in lines)
        {
            foreach (var date in DateExpressions.Find(line.Surface))
            {
                Consider(Rank(line.Surface, date.Index), new TextSpan(line.Span.Start + date.Index, line.Span.Start + date.Index + date.Length), date.Value);
            }
            foreach (var numeric in DateExpressions.FindNumeric(line.Surface))
            {
                if (Settle(numeric, line.Surface, document.Text) is { } value)
                {
                    Consider(Rank(line.Surface, numeric.Index), new TextSpan(line.Span.Start + numeric.Index, line.Span.Start + numeric.Index + numeric.Length), value);
                }
            }
        }
        if (best is null && InDateline(document) is { } dated) Consider(1, dated.Span, dated.Value);
        if (best is { } found) document.PublishedDate = document.Fact(found.Value, found.Span, this);
    }

    /// <summary>How much a date on the line says about publication: 0 published, 1 a bare date, 2 updated.</summary>
    private static int Rank(string line, int index) => LastKeyword(line[..index]) switch
    {
        null => 1,
        "updated" or "modified" => 2,
        _ => 0,
    };

    /// <summary>
    /// Which reading of an all-numeric date the article means, from its own evidence, in order: the weekday on the
    /// line ("Sunday 03/04/2016" is 3 April); the article's other numeric dates, where a part above 12 shows the
    /// outlet's order ("03/15/2016" writes the month first); a month the article names with a day ("on April 2"),
    /// when it names only one reading's month. Null when nothing settles it: a wrong date is worse than none.
    /// </summary>
    private static PartialDate? Settle(DateExpressions.NumericMatch date, string line, string text)
    {
        var readings = date.Readings();
        if (readings.Count <= 1) return readings.Count == 1 ? readings[0] : null;
        var (dayFirst, monthFirst) = (readings[0], readings[1]);
        if (DateExpressions.WeekdayIn(line) is { } weekday)
        {
            var matching = readings.Where(r => new DateOnly(r.Year, r.Month!.Value, r.Day!.Value).DayOfWeek == weekday).ToList();
            if (matching.Count == 1) return matching[0];
        }
        var orders = DateExpressions.FindNumeric(text).Select(n => n.First > 12 ? "day" : n.Second > 12 ? "month" : null).OfType<string>().Distinct().ToList();
        if (orders.Count == 1) return orders[0] == "day" ? dayFirst : monthFirst;
        var named = DateExpressions.MonthsWithDay(text).ToHashSet();
        var dayMonth = named.Contains(dayFirst.Month!.Value);
        var monthMonth = named.Contains(monthFirst.Month!.Value);
        return dayMonth == monthMonth ? null : dayMonth ? dayFirst : monthFirst;
    }

    /// <summary>
    /// A date an agency sets in its dateline, between the place and the dash ("ATHENS, March 4, 2009 (Reuters) -"):
    /// the day it filed. Only a date with its year; "March 4" alone would have to guess it.
    /// </summary>
    private static (TextSpan Span, PartialDate Value)? InDateline(DocumentBuilder document)
    {
        if (document.Dateline is not { } dateline) return null;
        var end = document.Text.IndexOfAny(['(', '-', '\u2013', '\u2014', '\n'], dateline.Span.End);
        if (end < 0 || end - dateline.Span.End > 40) return null;
        var between = document.Text[dateline.Span.End..end];
        return DateExpressions.First(between) is { } date
            ? (new TextSpan(dateline.Span.End + date.Index, dateline.Span.End + date.Index + date.Length), date.Value)
            : null;
    }

    private static string? LastKeyword(string before)
    {
        var keywords = Keyword().Matches(before);
        return keywords.Count == 0 ? null : keywords[^1].Value.ToLowerInvariant();
    }

    [GeneratedRegex(@"\b(?:published|posted|dated?|updated|modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
