using System.Globalization;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// Whether two statements are the same claim, a disputed one, related ones or different ones. Meaning is one feature,
/// not the decision: with vectors, a fitted logistic model (<see cref="SameClaimModel"/>) weighs their cosine with the
/// agreement of numbers, dates, names, negation and who-did-what; without vectors only near-identical content is the
/// same claim (precision first: shared words are not a shared meaning).
/// </summary>
public static class SameClaim
{
    /// <summary>Without vectors, the content-word agreement (Dice and coverage both) from which two statements are one claim.</summary>
    public const double NearIdentical = 0.9;

    /// <summary>Content-word agreement from which two statements with a conflicting value are the same fact disputed.</summary>
    public const double DisputedOverlap = 0.6;

    /// <summary>Content-word agreement or cosine from which two statements are on one topic.</summary>
    public const double RelatedOverlap = 0.25;

    public const double RelatedCosine = 0.5;

    public static PairJudgement Judge(Statement a, Statement b, float[]? meaningA = null, float[]? meaningB = null) =>
        Judge(a, b, meaningA, meaningB, SameClaimModel.Default);

    public static PairJudgement Judge(Statement a, Statement b, float[]? meaningA, float[]? meaningB, SameClaimModel model)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(model);
        var wa = Wording.Read(a);
        var wb = Wording.Read(b);
        var cosine = meaningA is null || meaningB is null ? (double?)null : Cosine(meaningA, meaningB);
        var features = PairFeatures.Of(a, b, wa, wb, cosine ?? 0);
        var conflict = Conflict(a, b, features);
        // Who did what to whom is not a matter of degree: agent and patient swapped rule "same" out. (Subjects naming
        // other parties are left to the model's names feature: on development pairs a rule cost recall, no precision.)
        var otherEvent = OtherEvent(a, b) ?? (features[PairFeatures.Swap] > 0 ? "who did what to whom differs" : null);

        if (cosine is { } c)
        {
            var p = model.Probability(features);
            var agreed = (double[])features.Clone();
            foreach (var i in (ReadOnlySpan<int>)[PairFeatures.NumbersConflict, PairFeatures.NumbersExtra, PairFeatures.Negation, PairFeatures.CalendarConflict]) agreed[i] = 0;
            var pAgreed = model.Probability(agreed);
            if (otherEvent is null && conflict is not null && pAgreed >= model.Threshold)
                return new PairJudgement(ClaimRelation.Disputed, pAgreed, $"{conflict}; otherwise the same (p {Format(pAgreed)}, cosine {Format(c)})");
            if (otherEvent is null && p >= model.Threshold)
                return new PairJudgement(ClaimRelation.Same, p, $"same meaning (p {Format(p)}, cosine {Format(c)})");
            return Weaker(wa, wb, features, p, otherEvent ?? $"not the same (p {Format(p)}, cosine {Format(c)})", c);
        }

        var dice = features[PairFeatures.Dice];
        var agreement = Math.Min(dice, features[PairFeatures.Coverage]);
        if (otherEvent is null && conflict is not null && agreement >= DisputedOverlap)
            return new PairJudgement(ClaimRelation.Disputed, agreement, $"{conflict}; the same words otherwise ({Format(agreement)})");
        if (otherEvent is null && conflict is null && agreement >= NearIdentical && features[PairFeatures.NamesExtra] == 0 && features[PairFeatures.Swap] == 0)
            return new PairJudgement(ClaimRelation.Same, agreement, $"near-identical content ({Format(agreement)}), meaning not compared");
        return Weaker(wa, wb, features, agreement, otherEvent ?? "meaning not compared, content differs", null);
    }

    /// <summary>The features of a pair, in <see cref="SameClaimModel.FeatureNames"/> order: what a model is fitted on.</summary>
    public static IReadOnlyList<double> Features(Statement a, Statement b, float[]? meaningA, float[]? meaningB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var cosine = meaningA is null || meaningB is null ? 0 : Cosine(meaningA, meaningB);
        return PairFeatures.Of(a, b, Wording.Read(a), Wording.Read(b), cosine);
    }

    public static double Cosine(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length) throw new ArgumentException("Meaning vectors of different lengths.", nameof(b));
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static PairJudgement Weaker(Wording wa, Wording wb, double[] features, double score, string reason, double? cosine)
    {
        var related = wa.Names.Overlaps(wb.Names) || features[PairFeatures.Dice] >= RelatedOverlap || cosine >= RelatedCosine;
        return new PairJudgement(related ? ClaimRelation.Related : ClaimRelation.Different, score, reason);
    }

    /// <summary>What the two state in conflict: the same thing counted differently, other figures, or one negated.</summary>
    private static string? Conflict(Statement a, Statement b, double[] features)
    {
        foreach (var qa in a.Quantities)
        {
            foreach (var qb in b.Quantities)
            {
                if (Wording.Stem(qa.Counts) == Wording.Stem(qb.Counts) && qa.Value != qb.Value && !qa.Part && !qb.Part
                    && !b.Quantities.Any(q => q.Value == qa.Value) && !a.Quantities.Any(q => q.Value == qb.Value))
                {
                    return $"{qa.Counts}: {qa.Value.ToString(CultureInfo.InvariantCulture)} against {qb.Value.ToString(CultureInfo.InvariantCulture)}";
                }
            }
        }
        // A negation elsewhere in the sentence ("having no death penalty", "I don't see") is not a denial of the claim:
        // only a negation the other statement lacks, on the predicate both propositions share, is.
        if (features[PairFeatures.Negation] > 0 && a.Proposition is { } pa && b.Proposition is { } pb && pa.Negated != pb.Negated
            && PairFeatures.Agrees(pa.Predicate, pb.Predicate) == 1)
        {
            return "one denies what the other states";
        }
        return null;
    }

    /// <summary>Two statements about events on different dates, or about different events, are not one claim.</summary>
    private static string? OtherEvent(Statement a, Statement b)
    {
        if (a.EventDate is { } da && b.EventDate is { } db && !da.StartsWith(db, StringComparison.Ordinal) && !db.StartsWith(da, StringComparison.Ordinal))
            return $"events of other dates ({da}, {db})";
        if (!a.Events.IsDefaultOrEmpty && !b.Events.IsDefaultOrEmpty && !a.Events.Intersect(b.Events).Any())
            return "other events";
        return null;
    }

    private static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
