using System.Globalization;
using BenghaziLink.Extraction.Dates;

namespace BenghaziLink.Web.Links;

/// <summary>How much one shared entity or date says about two articles being related, and the reason in words.</summary>
public static class RelatedScoring
{
    /// <summary>
    /// A smoothed inverse document frequency (the probabilistic form BM25 uses, kept positive by the
    /// <c>1 +</c>): a name only two articles share weighs most, one every article mentions (Libya) weighs
    /// little but not nothing, so it still breaks ties between otherwise unrelated articles.
    /// </summary>
    /// <param name="articlesWithIt">How many articles of the corpus mention it.</param>
    /// <param name="articles">How many articles the corpus holds.</param>
    public static double Weight(int articlesWithIt, int articles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articlesWithIt);
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, articlesWithIt);
        return Math.Log(1 + (articles - articlesWithIt + 0.5) / (articlesWithIt + 0.5));
    }

    public static double Score(IEnumerable<double> sharedWeights) => sharedWeights.Sum();

    /// <summary>"Both mention A, B and C (and 2 more); both date events to 16 January 2013."</summary>
    /// <param name="entities">Shared names, heaviest first; the first three are named.</param>
    /// <param name="dates">Shared dates as ISO values (<c>2013-01-16</c>, <c>2013-01</c>); the first three are named.</param>
    /// <param name="claims">Quotes of the claim groups both carry, heaviest first; the first one is quoted.</param>
    public static string Reason(IReadOnlyList<string> entities, IReadOnlyList<string> dates, IReadOnlyList<string>? claims = null)
    {
        const int Named = 3;
        var parts = new List<string>();
        if (entities.Count > 0)
        {
            var more = entities.Count > Named ? $" (and {entities.Count - Named} more)" : "";
            parts.Add($"both mention {List(entities.Take(Named).ToList())}{more}");
        }
        if (dates.Count > 0)
        {
            var more = dates.Count > Named ? $" (and {dates.Count - Named} more)" : "";
            parts.Add($"both date events to {List(dates.Take(Named).Select(FormatDate).ToList())}{more}");
        }
        if (claims is { Count: > 0 })
        {
            var quote = claims[0].Length > 90 ? claims[0][..claims[0].LastIndexOf(' ', 89)] + "…" : claims[0];
            var more = claims.Count > 1 ? $" (and {claims.Count - 1} more {(claims.Count == 2 ? "claim" : "claims")})" : "";
            parts.Add($"both carry the claim “{quote}”{more}");
        }
        if (parts.Count == 0) return "";
        var sentence = string.Join("; ", parts);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    /// <summary>Only day and month precision: a shared year ("2012") is too coarse to be one event.</summary>
    public static bool IsEventDate(DateGranularity granularity) => granularity is DateGranularity.Day or DateGranularity.Month;

    /// <summary><c>2013-01-16</c> → "16 January 2013", <c>2013-01</c> → "January 2013"; anything else as it is.</summary>
    public static string FormatDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }
        return value;
    }

    private static string List(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
