using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>Claim counts: gold claims and how many were found, found claims whose chain is right, predicted claims and how many overlap a gold quote.</summary>
public sealed record ClaimTally(int Gold, int Found, int ChainCorrect, int Predicted, int Matched)
{
    public static ClaimTally Zero { get; } = new(0, 0, 0, 0, 0);

    public double? Recall => Ratio.Of(Found, Gold);

    /// <summary>Of the gold claims found, how many have the gold chain: the same sources in the same order.</summary>
    public double? ChainAccuracy => Ratio.Of(ChainCorrect, Found);

    /// <summary>Predicted claims that overlap some gold quote. Gold claims are a selection, so this is a floor, not a precision.</summary>
    public double? Overlap => Ratio.Of(Matched, Predicted);

    public static ClaimTally Sum(IEnumerable<ClaimTally> tallies) => tallies.Aggregate(Zero, (a, b) => new(
        a.Gold + b.Gold, a.Found + b.Found, a.ChainCorrect + b.ChainCorrect, a.Predicted + b.Predicted, a.Matched + b.Matched));
}

/// <summary>A gold claim and the predicted claim that stands for it (an index into the article's predicted claims), if any.</summary>
public sealed record ClaimMatch(ClaimAnnotation Gold, int? Predicted, bool ChainCorrect);

/// <summary>Claim scores of one article, with every gold claim's match, for reading and for scoring the grouping.</summary>
public sealed record ClaimScore(ClaimTally Tally, ImmutableArray<ClaimMatch> Matches, ImmutableArray<ClaimAnnotation> Predicted)
{
    public static ClaimScore Empty { get; } = new(ClaimTally.Zero, [], []);
}

/// <summary>
/// Claim matching: a gold claim is found when a predicted claim's span overlaps its quote (placed by finding the
/// quote in the article's text). When several overlap, the one that stands for it is, in turn: the one with the
/// gold chain, the one whose quantities are the numbers the gold paraphrase gives, the one with the larger overlap. Gold
/// claims that share one quote (a sentence stating two facts, which the pipeline may read as two clauses) are told
/// apart by their paraphrases first: the claim whose words are most those of the paraphrase stands for it.
/// Chains compare link by link: two sources are the same when they share a name as entities do (<see cref="MatchKey"/>,
/// counting the names of the article's entities of that name), or, for unnamed sources, when every word of one
/// label is in the other ("senior Algerian official" = "a senior Algerian official with the ministry").
/// </summary>
public static partial class ClaimScorer
{
    public static ClaimScore Score(ArticleAnnotations gold, ArticleAnnotations predicted, string? text)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var spans = predicted.Claims.Select(c => c.Span ?? Locate(text, c.Quote)).ToList();
        var goldNames = Names(gold.Entities);
        var predictedNames = Names(predicted.Entities);
        var matched = new bool[predicted.Claims.Length];
        var matches = new List<ClaimMatch>();
        foreach (var claim in gold.Claims)
        {
            var quote = Locate(text, claim.Quote);
            var numbers = Numbers(claim.Paraphrase ?? claim.Quote);
            HashSet<string>? said = gold.Claims.Count(c => c.Quote == claim.Quote) > 1 ? ContentWords(claim.Paraphrase ?? claim.Quote) : null;
            var candidates = Enumerable.Range(0, predicted.Claims.Length)
                .Select(p => (p, overlap: Overlap(quote, spans[p], claim.Quote, predicted.Claims[p].Quote)))
                .Where(x => x.overlap > 0)
                .Select(x => (x.p, x.overlap, chain: SameChain(claim.Chain, predicted.Claims[x.p].Chain, goldNames, predictedNames),
                    numbers: predicted.Claims[x.p].Quantities.Sum(q => numbers.Contains(q.Value) ? 1 : -1),
                    likeness: said is null ? 0 : Likeness(said, ContentWords(predicted.Claims[x.p].Quote))))
                .OrderByDescending(x => x.chain).ThenByDescending(x => x.numbers).ThenByDescending(x => x.likeness).ThenByDescending(x => x.overlap).ThenBy(x => x.p)
                .ToList();
            foreach (var (p, _, _, _, _) in candidates) matched[p] = true;
            matches.Add(candidates.Count == 0 ? new ClaimMatch(claim, null, false) : new ClaimMatch(claim, candidates[0].p, candidates[0].chain));
        }
        var found = matches.Count(m => m.Predicted is not null);
        var tally = new ClaimTally(gold.Claims.Length, found, matches.Count(m => m.ChainCorrect), predicted.Claims.Length, matched.Count(m => m));
        return new ClaimScore(tally, [.. matches], predicted.Claims);
    }

    /// <summary>Where a quote stands in the text: exactly, else with white space runs compared as one space; null when it is not there.</summary>
    private static TextSpan? Locate(string? text, string quote)
    {
        if (text is null) return null;
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        if (at >= 0) return new TextSpan(at, at + quote.Length);
        var pattern = string.Join(@"\s+", quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? new TextSpan(match.Index, match.Index + match.Length) : null;
    }

    /// <summary>Characters shared by the two spans; without spans, whether one quote contains the other (white space folded).</summary>
    private static int Overlap(TextSpan? gold, TextSpan? predicted, string goldQuote, string predictedQuote)
    {
        if (gold is { } g && predicted is { } p) return Math.Max(0, Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start));
        var a = DateScorer.Squash(goldQuote);
        var b = DateScorer.Squash(predictedQuote);
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal) ? Math.Min(a.Length, b.Length) : 0;
    }

    internal static bool SameChain(ImmutableArray<string> gold, ImmutableArray<string> predicted,
        IReadOnlyDictionary<string, HashSet<string>> goldNames, IReadOnlyDictionary<string, HashSet<string>> predictedNames) =>
        gold.Length == predicted.Length && gold.Zip(predicted).All(p => SameSource(p.First, p.Second, goldNames, predictedNames));

    internal static bool SameSource(string gold, string predicted,
        IReadOnlyDictionary<string, HashSet<string>> goldNames, IReadOnlyDictionary<string, HashSet<string>> predictedNames)
    {
        var goldKeys = goldNames.TryGetValue(gold, out var g) ? g : [MatchKey.Of(gold)];
        var predictedKeys = predictedNames.TryGetValue(predicted, out var p) ? p : [MatchKey.Of(predicted)];
        if (goldKeys.Overlaps(predictedKeys)) return true;
        // Unnamed sources have no entity to share names with: their labels compare word by word.
        if (goldNames.ContainsKey(gold) || predictedNames.ContainsKey(predicted)) return false;
        var a = Words(gold);
        var b = Words(predicted);
        return a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a));
    }

    private static HashSet<string> Words(string label) =>
        [.. LabelWord().Matches(label).Select(m => MatchKey.Of(m.Value)).Where(w => w.Length > 0 && w is not ("a" or "an" or "the"))];

    /// <summary>Every entity's names (canonical and mentions) by canonical name, as match keys.</summary>
    private static Dictionary<string, HashSet<string>> Names(ImmutableArray<EntityAnnotation> entities)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!names.TryGetValue(entity.Canonical, out var keys)) names[entity.Canonical] = keys = new HashSet<string>(StringComparer.Ordinal);
            keys.UnionWith(entity.Names.Select(MatchKey.Of).Where(k => k.Length > 0));
        }
        return names;
    }

    /// <summary>The words of a text that say something (three letters or more, as match keys), for comparing a paraphrase with a quote.</summary>
    private static HashSet<string> ContentWords(string text) =>
        [.. LabelWord().Matches(text).Select(m => MatchKey.Of(m.Value)).Where(w => w.Length >= 3 && !FunctionWords.Contains(w))];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "the", "and", "that", "who", "which", "was", "were", "are", "for", "with", "has", "had", "have", "its", "his", "her", "their", "from", "this", "these", "those", "been" };

    /// <summary>Dice's coefficient of two word sets, rounded so that near-equal likenesses fall to the next criterion.</summary>
    private static double Likeness(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : Math.Round(2.0 * a.Count(b.Contains) / (a.Count + b.Count), 2);

    /// <summary>The numbers a text gives, in digits or in words ("38", "Thirty-nine").</summary>
    internal static HashSet<decimal> Numbers(string text) =>
        [.. Claims.QuantityRecognizer.Numbers(text)];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex LabelWord();
}
