using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>
/// Date matching by surface: a gold date is found when a predicted date's text equals it (white space
/// normalised) or one contains the other on word boundaries, so "Sept. 11" and "Sept. 11, 2012" still meet:
/// where an expression ends is a matter of taste, its value is not. The value is then checked on the best
/// match: an equal text before a containing one, an equal value before another.
/// </summary>
public static class DateScorer
{
    public static DateScore Score(ImmutableArray<DateAnnotation> gold, ImmutableArray<DateAnnotation> predicted)
    {
        var goldTexts = gold.Select(d => Squash(d.Text)).ToArray();
        var predictedTexts = predicted.Select(d => Squash(d.Text)).ToArray();

        var best = gold.Select((d, g) => Enumerable.Range(0, predicted.Length)
            .Select(p => (p, rank: Rank(goldTexts[g], predictedTexts[p])))
            .Where(m => m.rank > 0)
            .OrderByDescending(m => m.rank).ThenByDescending(m => predicted[m.p].Value == d.Value).ThenBy(m => m.p)
            .Select(m => (int?)m.p)
            .FirstOrDefault()).ToArray();
        var matched = Enumerable.Range(0, predicted.Length)
            .Select(p => goldTexts.Any(g => Rank(g, predictedTexts[p]) > 0)).ToArray();

        var found = Enumerable.Range(0, gold.Length).Where(g => best[g] is not null).ToList();
        var wrongValue = found.Where(g => predicted[best[g]!.Value].Value != gold[g].Value).ToList();
        var tally = new DateTally(gold.Length, found.Count, predicted.Length, matched.Count(m => m), found.Count - wrongValue.Count);
        return new DateScore(
            tally,
            [.. Enumerable.Range(0, gold.Length).Where(g => best[g] is null).Select(g => gold[g])],
            [.. Enumerable.Range(0, predicted.Length).Where(p => !matched[p]).Select(p => predicted[p])],
            [.. wrongValue.Select(g => new DateValueError(gold[g], predicted[best[g]!.Value]))]);
    }

    /// <summary>2: the same text; 1: one contains the other on word boundaries; 0: no match.</summary>
    internal static int Rank(string gold, string predicted) =>
        gold.Length == 0 || predicted.Length == 0 ? 0
        : gold == predicted ? 2
        : ContainsWord(gold, predicted) || ContainsWord(predicted, gold) ? 1
        : 0;

    private static bool ContainsWord(string outer, string inner)
    {
        for (var i = outer.IndexOf(inner, StringComparison.Ordinal); i >= 0; i = outer.IndexOf(inner, i + 1, StringComparison.Ordinal))
        {
            var end = i + inner.Length;
            if ((i == 0 || !char.IsLetterOrDigit(outer[i - 1])) && (end == outer.Length || !char.IsLetterOrDigit(outer[end]))) return true;
        }
        return false;
    }

    /// <summary>Runs of white space (no-break spaces too: the sources have them) become one space.</summary>
    internal static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
