using System.Globalization;
using System.Text;
using System.Text.Json;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Meaning;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// <c>eval --pairs FILE</c>: the same-claim decision scored on sentence pairs judged equivalent or not, in the
/// tab-separated format of the Microsoft Research Paraphrase corpus (a header, then Quality, #1 ID, #2 ID, #1 String,
/// #2 String; split on tabs only, since the strings hold quotes). Prints the precision, recall and F1 of "same".
/// <c>--held-out</c> scores only the pairs a fit leaves out (every fourth: index % 4 == 0); <c>--fit WEIGHTS</c>
/// fits the model on the others, writes the weights file and scores the held-out pairs with it;
/// <c>--without-meaning</c> decides without vectors; <c>--meaning-cache FILE</c> keeps vectors between runs.
/// </summary>
internal static class PairsEval
{
    public const string Pairs = "--pairs";
    public const string Fit = "--fit";
    public const string HeldOut = "--held-out";
    public const string WithoutMeaning = "--without-meaning";
    public const string MeaningCache = "--meaning-cache";

    /// <summary>The precision the fitted threshold is chosen for, on the fitting pairs (the target is 0.85 on pairs it never saw).</summary>
    public const double FitPrecision = 0.86;

    private static readonly double[] CurveThresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public sealed record Pair(int Index, bool Same, string Id1, string Id2, string Text1, string Text2);

    public sealed record Decision(Pair Pair, PairJudgement Judgement);

    public static int Run(IServiceProvider services, VerbOptions options)
    {
        var path = CallerPath.Resolve(options.Value(Pairs)!);
        var pairs = Read(path, out var malformed);
        if (pairs is null) return 1;
        if (pairs.Count == 0)
        {
            Console.Error.WriteLine($"eval: {path}: no pairs");
            return 1;
        }

        var vectors = options.Has(WithoutMeaning) ? null : Vectors(services, pairs, options.Value(MeaningCache));
        var model = SameClaimModel.Default;
        var scored = options.Has(HeldOut) || options.Value(Fit) is not null ? pairs.Where(IsHeldOut).ToList() : pairs;
        if (options.Value(Fit) is { } weightsPath)
        {
            model = FitModel(pairs.Where(p => !IsHeldOut(p)).ToList(), vectors, path);
            File.WriteAllText(CallerPath.Resolve(weightsPath), model.Format(Header(path, pairs.Count, vectors is not null)));
        }

        var decisions = scored.Select(p => new Decision(p, SameClaim.Judge(
            Statement.FromSentence(p.Text1), Statement.FromSentence(p.Text2), vectors?[p.Text1], vectors?[p.Text2], model))).ToList();
        Console.Out.Write(options.Has(EvalVerb.Json) ? Json(decisions) : Text(decisions, model, vectors is not null));
        return malformed == 0 ? 0 : 1;
    }

    /// <summary>The pairs a fit never sees: every fourth, so the held-out figures estimate another split of the corpus.</summary>
    public static bool IsHeldOut(Pair pair) => pair.Index % 4 == 0;

    /// <summary>The pairs of a file, or null when it cannot be read; a malformed line is reported and skipped.</summary>
    public static List<Pair>? Read(string path, out int malformed)
    {
        malformed = 0;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"eval: {path}: {ex.Message}");
            return null;
        }
        var pairs = new List<Pair>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || (i == 0 && line.StartsWith("Quality", StringComparison.OrdinalIgnoreCase))) continue;
            var cells = line.Split('\t');
            if (cells.Length != 5 || cells[0] is not ("0" or "1") || cells[3].Length == 0 || cells[4].Length == 0)
            {
                Console.Error.WriteLine($"eval: {Path.GetFileName(path)}:{i + 1}: not a pair (expected Quality 0 or 1, #1 ID, #2 ID, #1 String, #2 String separated by tabs); skipped");
                malformed++;
                continue;
            }
            pairs.Add(new Pair(pairs.Count, cells[0] == "1", cells[1], cells[2], cells[3], cells[4]));
        }
        return pairs;
    }

    private static Dictionary<string, float[]> Vectors(IServiceProvider services, List<Pair> pairs, string? cachePath)
    {
        var texts = pairs.SelectMany(p => new[] { p.Text1, p.Text2 }).Distinct(StringComparer.Ordinal).ToList();
        var cache = cachePath is null ? [] : MeaningCacheFile.Read(CallerPath.Resolve(cachePath));
        var missing = texts.Where(t => !cache.ContainsKey(MeaningKey.Of(t))).ToList();
        if (missing.Count > 0)
        {
            var encoder = services.GetRequiredService<ISentenceEncoder>();
            var vectors = encoder.Encode(missing);
            for (var i = 0; i < missing.Count; i++) cache[MeaningKey.Of(missing[i])] = vectors[i];
            if (cachePath is not null) MeaningCacheFile.Write(CallerPath.Resolve(cachePath), cache);
        }
        return texts.ToDictionary(t => t, t => cache[MeaningKey.Of(t)], StringComparer.Ordinal);
    }

    private static SameClaimModel FitModel(List<Pair> pairs, Dictionary<string, float[]>? vectors, string path)
    {
        var examples = pairs.Select(p => (Features: SameClaim.Features(Statement.FromSentence(p.Text1), Statement.FromSentence(p.Text2),
            vectors?[p.Text1], vectors?[p.Text2]).ToArray(), p.Same)).ToList();
        Console.Error.WriteLine($"eval: fitting on {examples.Count} pairs of {Path.GetFileName(path)}");
        return SameClaimModel.Fit(examples, FitPrecision);
    }

    private static string Header(string path, int count, bool meaning) =>
        $"Weights of the same-claim model (SameClaimModel), fitted by `eval --pairs FILE --fit WEIGHTS` on {Path.GetFileName(path)}\n" +
        $"({count} pairs; fitted on the {count - (count + 3) / 4} whose index % 4 != 0, the others held out), " +
        $"{(meaning ? "with" : "without")} all-MiniLM-L6-v2 cosines: full-batch logistic regression, L2 1e-4;\n" +
        $"the threshold is the lowest probability at which precision on the fitting pairs reaches {FitPrecision.ToString(CultureInfo.InvariantCulture)}.";

    public static (double Precision, double Recall, double F1) Score(IEnumerable<(bool Gold, bool Predicted)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, predicted) in outcomes)
        {
            if (gold && predicted) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
        }
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static (double, double, double) Score(List<Decision> decisions) =>
        Score(decisions.Select(d => (d.Pair.Same, d.Judgement.Relation == ClaimRelation.Same)));

    private static string Text(List<Decision> decisions, SameClaimModel model, bool meaning)
    {
        var (p, r, f) = Score(decisions);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"pairs {decisions.Count} ({decisions.Count(d => d.Pair.Same)} same), meaning {(meaning ? "all-MiniLM-L6-v2" : "not compared")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"same: precision {p:0.000} recall {r:0.000} F1 {f:0.000}");
        foreach (var relation in Enum.GetValues<ClaimRelation>().Reverse())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Name(relation)}: {decisions.Count(d => d.Judgement.Relation == relation)}");
        }
        if (meaning)
        {
            text.AppendLine("threshold  precision  recall  F1");
            foreach (var threshold in CurveThresholds.Append(model.Threshold).Distinct().Order())
            {
                // Bare sentences carry no events or event dates, so a pair is "same" at a threshold when it is not disputed
                // and its probability reaches it.
                var (tp, tr, tf) = Score(decisions.Select(d => (d.Pair.Same, d.Judgement.Relation != ClaimRelation.Disputed && d.Judgement.Score >= threshold)));
                text.AppendLine(CultureInfo.InvariantCulture, $"{threshold,9:0.000}  {tp,9:0.000}  {tr,6:0.000}  {tf:0.000}{(threshold == model.Threshold ? "  (chosen)" : "")}");
            }
        }
        return text.ToString();
    }

    private static string Json(List<Decision> decisions)
    {
        var (p, r, f) = Score(decisions);
        var report = new
        {
            precision = p,
            recall = r,
            f1 = f,
            pairs = decisions.Select(d => new { id1 = d.Pair.Id1, id2 = d.Pair.Id2, decision = Name(d.Judgement.Relation), score = Math.Round(d.Judgement.Score, 4), reason = d.Judgement.Reason }),
        };
        return JsonSerializer.Serialize(report, Indented) + "\n";
    }

    private static string Name(ClaimRelation relation) => relation.ToString().ToLowerInvariant();
}
