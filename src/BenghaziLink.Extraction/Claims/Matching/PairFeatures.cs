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
        "length-ratio", "calendar-conflict", "extra-content", "cosine-squared", "subject-agrees", "predicate-agrees", "order",
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
            Math.Min(10, Math.Max(wa.Stems.Count, wb.Stems.Count) - shared) / 10.0, cosine * cosine,
            Agrees(a.Proposition?.Subject, b.Proposition?.Subject), Agrees(a.Proposition?.Predicate, b.Proposition?.Predicate),
            Order(wa, wb),
        ];
    }

    /// <summary>1 when both parts are read and share a content word (or both have none), else 0.</summary>
    internal static int Agrees(string? a, string? b)
    {
        if (a is null || b is null) return 0;
        var sa = Stems(a);
        var sb = Stems(b);
        return sa.Count == 0 && sb.Count == 0 || sa.Overlaps(sb) ? 1 : 0;
    }

    /// <summary>Whether both parts share a content word (two parts of function words only share none).</summary>
    internal static bool SharesContent(string a, string b) => Stems(a).Overlaps(Stems(b));

    /// <summary>The longest common run of content words in order, as a share of the shorter statement's content words.</summary>
    private static double Order(Wording a, Wording b)
    {
        var x = a.Words.Where(Wording.IsContent).Select(w => w.Stem).ToArray();
        var y = b.Words.Where(Wording.IsContent).Select(w => w.Stem).ToArray();
        if (x.Length == 0 || y.Length == 0) return 0;
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return (double)previous[y.Length] / Math.Min(x.Length, y.Length);
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>Names of <paramref name="a"/> that <paramref name="b"/> neither names nor has among its words.</summary>
    private static int Missing(Wording a, Wording b)
    {
        var words = b.Words.Select(w => w.Lower).ToHashSet(StringComparer.Ordinal);
        return a.Names.Count(n => !b.Names.Contains(n) && !n.Split(' ').All(words.Contains));
    }

    /// <summary>
    /// "A beat B" against "B beat A": one predicate, each one's agent wholly within the other's patient, and the agents
    /// apart. A loose parse finds loose swaps, so every part must be read and the words must match whole.
    /// </summary>
    internal static bool Swapped(Proposition? a, Proposition? b)
    {
        if (a is null || b is null || Agrees(a.Predicate, b.Predicate) == 0) return false;
        var (agentA, patientA) = PropositionParser.Roles(a);
        var (agentB, patientB) = PropositionParser.Roles(b);
        var sa = Stems(agentA);
        var pa = Stems(patientA);
        var sb = Stems(agentB);
        var pb = Stems(patientB);
        return sa.Count > 0 && sb.Count > 0 && sa.IsSubsetOf(pb) && sb.IsSubsetOf(pa) && !sa.Overlaps(sb);
    }

    private static HashSet<string> Stems(string text) => [.. Wording.Split(text).Where(Wording.IsContent).Select(w => w.Stem)];
}
