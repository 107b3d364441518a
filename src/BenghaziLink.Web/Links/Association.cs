namespace BenghaziLink.Web.Links;

/// <summary>
/// How strongly two entities are associated, from a 2×2 table of sentences: both mentioned, only the
/// first, only the second, neither.
/// </summary>
/// <remarks>
/// Dunning's log-likelihood ratio G², not PMI or raw counts. Raw counts rank whatever is everywhere
/// (Libya, the United States) first. PMI fixes that but, on a corpus of a few articles, scores a pair
/// seen once together as highly as a pair seen together ten times, because it ignores how much evidence
/// there is; even normalised PMI needs an arbitrary minimum count to be usable. G² grows with the evidence
/// and with the surprise, stays stable on small counts, and is symmetric. Only attraction counts as a
/// connection: a pair seen together less often than chance scores 0, as does an independent pair.
/// </remarks>
public static class Association
{
    public static double LogLikelihood(int both, int firstOnly, int secondOnly, int neither)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(both);
        ArgumentOutOfRangeException.ThrowIfNegative(firstOnly);
        ArgumentOutOfRangeException.ThrowIfNegative(secondOnly);
        ArgumentOutOfRangeException.ThrowIfNegative(neither);
        double total = both + firstOnly + secondOnly + neither;
        if (total == 0) return 0;
        double first = both + firstOnly, second = both + secondOnly;
        var expectedBoth = first * second / total;
        if (both <= expectedBoth) return 0;
        var g2 = 2 * (Term(both, first, second, total) + Term(firstOnly, first, total - second, total)
            + Term(secondOnly, total - first, second, total) + Term(neither, total - first, total - second, total));
        // Rounding can leave a hair below zero for a near-independent table.
        return Math.Max(0, g2);
    }

    private static double Term(double observed, double row, double column, double total) =>
        observed == 0 ? 0 : observed * Math.Log(observed * total / (row * column));
}
