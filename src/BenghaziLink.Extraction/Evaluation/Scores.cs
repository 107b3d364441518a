using System.Collections.Immutable;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>Ratios of counts. A ratio over nothing is null (unknown), never 0 or 1: "no predictions" is not "all wrong".</summary>
public static class Ratio
{
    public static double? Of(int count, int total) => total == 0 ? null : (double)count / total;

    /// <summary>
    /// Harmonic mean of precision and recall. When only one is known the other counts as 0: finding nothing
    /// of something, or predicting only what is not there, scores 0; when neither is known, F1 is unknown.
    /// </summary>
    public static double? F1(double? precision, double? recall)
    {
        if (precision is null && recall is null) return null;
        var (p, r) = (precision ?? 0, recall ?? 0);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

/// <summary>
/// Entity counts of one type (or all types): gold entities and how many were found, predicted entities and
/// how many match a gold entity, kinds checked on found group and place entities, splits and merges.
/// </summary>
public sealed record EntityTally(int Gold, int Found, int Predicted, int Matched, int KindChecked, int KindCorrect, int Splits, int Merges)
{
    public static EntityTally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double? Precision => Ratio.Of(Matched, Predicted);
    public double? Recall => Ratio.Of(Found, Gold);
    public double? F1 => Ratio.F1(Precision, Recall);
    public double? KindAccuracy => Ratio.Of(KindCorrect, KindChecked);

    public static EntityTally Sum(IEnumerable<EntityTally> tallies) => tallies.Aggregate(Zero, (a, b) => new(
        a.Gold + b.Gold, a.Found + b.Found, a.Predicted + b.Predicted, a.Matched + b.Matched,
        a.KindChecked + b.KindChecked, a.KindCorrect + b.KindCorrect, a.Splits + b.Splits, a.Merges + b.Merges));
}

/// <summary>Date counts: gold dates and how many were found, predicted dates and how many match one, found dates with the gold value.</summary>
public sealed record DateTally(int Gold, int Found, int Predicted, int Matched, int ValueCorrect)
{
    public static DateTally Zero { get; } = new(0, 0, 0, 0, 0);

    public double? Precision => Ratio.Of(Matched, Predicted);
    public double? Recall => Ratio.Of(Found, Gold);

    /// <summary>Of the gold dates found, how many were given the gold value.</summary>
    public double? ValueAccuracy => Ratio.Of(ValueCorrect, Found);

    public static DateTally Sum(IEnumerable<DateTally> tallies) => tallies.Aggregate(Zero, (a, b) => new(
        a.Gold + b.Gold, a.Found + b.Found, a.Predicted + b.Predicted, a.Matched + b.Matched, a.ValueCorrect + b.ValueCorrect));
}

/// <summary>A gold entity no predicted entity of its type matches; <see cref="OtherType"/>: predicted entities of another type that share a name with it.</summary>
public sealed record MissedEntity(EntityAnnotation Gold, ImmutableArray<EntityAnnotation> OtherType);

/// <summary>A found entity whose best match has another kind.</summary>
public sealed record KindError(EntityAnnotation Gold, EntityAnnotation Predicted);

/// <summary>A gold entity matched by several predicted entities: mentions of one entity the pipeline did not merge.</summary>
public sealed record SplitEntity(EntityAnnotation Gold, ImmutableArray<EntityAnnotation> Predicted);

/// <summary>A predicted entity that matches several gold entities: entities the pipeline merged wrongly.</summary>
public sealed record MergedEntity(EntityAnnotation Predicted, ImmutableArray<EntityAnnotation> Gold);

/// <summary>A found date whose best match has another value.</summary>
public sealed record DateValueError(DateAnnotation Gold, DateAnnotation Predicted);

/// <summary>Entity scores of one article: a tally per type and what went wrong, for reading.</summary>
public sealed record EntityScore(
    EntityTally Person,
    EntityTally Group,
    EntityTally Place,
    ImmutableArray<MissedEntity> Missed,
    ImmutableArray<EntityAnnotation> Spurious,
    ImmutableArray<KindError> KindErrors,
    ImmutableArray<SplitEntity> Splits,
    ImmutableArray<MergedEntity> Merges)
{
    public EntityTally Overall => EntityTally.Sum([Person, Group, Place]);

    public EntityTally Of(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Group => Group,
        _ => Place,
    };
}

/// <summary>Date scores of one article and what went wrong, for reading.</summary>
public sealed record DateScore(
    DateTally Tally,
    ImmutableArray<DateAnnotation> Missed,
    ImmutableArray<DateAnnotation> Spurious,
    ImmutableArray<DateValueError> ValueErrors);

/// <summary>The scores of one article; claims are scored only where the text is at hand to place quotes.</summary>
public sealed record ArticleScore(string Article, EntityScore Entities, DateScore Dates)
{
    public ClaimScore Claims { get; init; } = ClaimScore.Empty;
}

/// <summary>The scores of a set of articles: each article's, and their totals (counts summed, ratios of the sums).</summary>
public sealed record EvaluationReport(ImmutableArray<ArticleScore> Articles)
{
    public EntityTally Entities(EntityType type) => EntityTally.Sum(Articles.Select(a => a.Entities.Of(type)));

    public EntityTally EntitiesOverall => EntityTally.Sum(Articles.Select(a => a.Entities.Overall));

    public DateTally Dates => DateTally.Sum(Articles.Select(a => a.Dates.Tally));

    public ClaimTally Claims => ClaimTally.Sum(Articles.Select(a => a.Claims.Tally));

    /// <summary>The predicted claim groups across the articles (empty unless claims were scored).</summary>
    public ImmutableArray<Claims.ClaimGroup> Groups { get; init; } = [];

    /// <summary>The grouping against the gold clusters; null without a cluster file.</summary>
    public GroupingScore? Grouping { get; init; }
}
