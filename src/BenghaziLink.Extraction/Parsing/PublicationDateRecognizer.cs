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
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture;
    public Annotations Produces => Annotations.PublishedDate;

    public void Process(DocumentBuilder document)
    {
        (int Rank, TextSpan Span, PartialDate Value)? best = null;
        foreach (var line in document.Furniture.Where(f => f.Kind == FurnitureKind.PublicationLine).OrderBy(f => f.Span.Start))
        {
            foreach (var (rank, index, date) in Candidates(line.Surface))
            {
                if (best is null || rank < best.Value.Rank)
                {
                    best = (rank, new TextSpan(line.Span.Start + index, line.Span.Start + index + date.Length), date.Value);
                }
            }
        }
        if (best is { } found) document.PublishedDate = document.Fact(found.Value, found.Span, this);
    }

    /// <summary>Each date on the line with how much it says about publication: 0 published, 1 a bare date, 2 updated.</summary>
    private static IEnumerable<(int Rank, int Index, DateExpressions.DateMatch Date)> Candidates(string line)
    {
        foreach (var date in DateExpressions.Find(line))
        {
            var before = line[..date.Index];
            var keyword = LastKeyword(before);
            var rank = keyword switch
            {
                null => 1,
                "updated" or "modified" => 2,
                _ => 0,
            };
            yield return (rank, date.Index, date);
        }
    }

    private static string? LastKeyword(string before)
    {
        var keywords = Keyword().Matches(before);
        return keywords.Count == 0 ? null : keywords[^1].Value.ToLowerInvariant();
    }

    [GeneratedRegex(@"\b(?:published|posted|dated?|updated|modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
