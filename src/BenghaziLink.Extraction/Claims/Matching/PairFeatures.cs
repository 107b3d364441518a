namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// What two statements agree and disagree on, as numbers a linear model weighs. Meaning (the cosine of their
/// vectors) is one of them; the others catch what a sentence vector blurs: a different figure, date or name, a
/// negation, the agent and patient swapped.
/// </summary>
internal static class PairFeatures
{
    /// <summary>The features in the order of <see cref="Of"/>; the weights file names them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "bias", "cosine", "dice", "coverage", "bigrams", "numbers-conflict", "numbers-extra", "names-extra", "negation", "swap",
        "length-ratio", "calendar-conflict",
    ];

    public const int Cosine = 1;
    public const int Dice = 2;
    public const int Coverage = 3;
    public const int NumbersConflict = 5;
    public const int NumbersExtra = 6;
    public const int NamesExtra = 7;
    public const int Negation = 8;
    public const int Swap = 9;
    public const int CalendarConflict = 11;

    public static double[] Of(Statement a, Statement b, Wording wa, Wording wb, double cosine)
    {
        var shared = wa.Stems.Count(wb.Stems.Contains);
        var dice = wa.Stems.Count + wb.Stems.Count == 0 ? 1 : 2.0 * shared / (wa.Stems.Count + wb.Stems.Count);
        var coverage = Math.Min(Share(shared, wa.Stems.Count), Share(shared, wb.Stems.Count));
        var sharedBigrams = wa.Bigrams.Count(wb.Bigrams.Contains);
        var bigrams = wa.Bigrams.Count + wb.Bigrams.Count == 0 ? 1 : 2.0 * sharedBigrams / (wa.Bigrams.Count + wb.Bigrams.Count);
        var numbersOnlyA = wa.Numbers.Count(n => !wb.Numbers.Contains(n));
        var numbersOnlyB = wb.Numbers.Count(n => !wa.Numbers.Contains(n));
        var numbersConflict = numbersOnlyA > 0 && numbersOnlyB > 0 ? 1 : 0;
        var namesExtra = Missing(wa, wb) + Missing(wb, wa);
        var negation = wa.Negated != wb.Negated ? 1 : 0;
        var calendar = wa.Calendar.Count > 0 && wb.Calendar.Count > 0 && !wa.Calendar.Overlaps(wb.Calendar) ? 1 : 0;
        var length = (double)Math.Min(wa.Words.Count, wb.Words.Count) / Math.Max(1, Math.Max(wa.Words.Count, wb.Words.Count));
        return
        [
            1, cosine, dice, coverage, bigrams, numbersConflict, Math.Min(3, numbersOnlyA + numbersOnlyB), Math.Min(3, namesExtra), negation,
            Swapped(a.Proposition, b.Proposition) ? 1 : 0, length, calendar,
        ];
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>Names of <paramref name="a"/> that <paramref name="b"/> neither names nor has among its words.</summary>
    private static int Missing(Wording a, Wording b)
    {
        var words = b.Words.Select(w => w.Lower).ToHashSet(StringComparer.Ordinal);
        return a.Names.Count(n => !b.Names.Contains(n) && !n.Split(' ').All(words.Contains));
    }

    /// <summary>"A beat B" against "B beat A": each one's agent is the other's patient, and the agents differ.</summary>
    internal static bool Swapped(Proposition? a, Proposition? b)
    {
        if (a is null || b is null) return false;
        var (agentA, patientA) = PropositionParser.Roles(a);
        var (agentB, patientB) = PropositionParser.Roles(b);
        var sa = Stems(agentA);
        var pa = Stems(patientA);
        var sb = Stems(agentB);
        var pb = Stems(patientB);
        return sa.Overlaps(pb) && pa.Overlaps(sb) && !sa.Overlaps(sb);
    }

    private static HashSet<string> Stems(string text) => [.. Wording.Split(text).Where(Wording.IsContent).Select(w => w.Stem)];
}
