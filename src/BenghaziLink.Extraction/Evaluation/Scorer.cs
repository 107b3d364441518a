using System.Collections.Immutable;
using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>One article to score: its gold, the pipeline's output in gold form, and the document behind it (for claim spans and grouping).</summary>
public sealed record ScoredArticle(ArticleAnnotations Gold, ArticleAnnotations Predicted, ArticleDocument Document);

/// <summary>
/// Scores predicted annotations against gold annotations, article by article. Pure: the host reads the
/// gold files and runs the pipeline; this only compares.
/// </summary>
public static class Scorer
{
    public static ArticleScore Score(ArticleAnnotations gold, ArticleAnnotations predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return new(gold.Article, EntityScorer.Score(gold.Entities, predicted.Entities), DateScorer.Score(gold.Dates, predicted.Dates));
    }

    public static EvaluationReport Score(IEnumerable<(ArticleAnnotations Gold, ArticleAnnotations Predicted)> articles) =>
        new([.. articles.Select(a => Score(a.Gold, a.Predicted))]);

    /// <summary>
    /// Every section, claims too: each article's claims against its gold, then the predicted claims of all the
    /// articles grouped (<see cref="ClaimGrouper"/>, with the claims' meaning vectors when the host gives them, keyed by
    /// <c>MeaningKey.Of(ClaimContent.Of(claim))</c>, as the app groups once its background embedding is done) and the
    /// grouping scored against the gold clusters, if any.
    /// </summary>
    public static EvaluationReport Score(IReadOnlyList<ScoredArticle> articles, ImmutableArray<GoldCluster> clusters,
        IReadOnlyDictionary<string, float[]>? meanings = null, double commonShare = ClaimGrouper.CommonShare)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var scores = articles.Select(a => Score(a.Gold, a.Predicted) with { Claims = ClaimScorer.Score(a.Gold, a.Predicted, a.Document.Text) }).ToList();
        var groups = ClaimGrouper.Group([.. articles.Select(a => new ArticleClaims(a.Predicted.Article, a.Predicted.Published, a.Document.Claims))], meanings, commonShare);
        var matches = new Dictionary<string, (string Article, int Claim)>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            foreach (var match in score.Claims.Matches)
            {
                if (match.Gold.Id is { } id && match.Predicted is { } claim) matches[id] = (score.Article, claim);
            }
        }
        var claims = articles.Select(a => new ArticleClaims(a.Predicted.Article, a.Predicted.Published, a.Document.Claims)).ToList();
        // Related groups are "see also": they say their claims differ, so they group no pair.
        var grouping = clusters.IsDefaultOrEmpty ? null : GroupingScorer.Score(clusters, matches, [.. groups.Where(g => g.Status != GroupStatus.Related)]);
        if (grouping is not null)
        {
            // Each missed or spurious pair with the grouper's judgement of its two claims: what to look at when recall or precision is low.
            grouping = grouping with
            {
                Why = grouping.Missed.Concat(grouping.Spurious).Where(p => matches.ContainsKey(p.A) && matches.ContainsKey(p.B) && matches[p.A] != matches[p.B]).ToList() is var missed
                    ? missed.Zip(ClaimGrouper.Explain(claims, meanings, [.. missed.Select(p => (matches[p.A], matches[p.B]))], commonShare)).ToImmutableDictionary(x => x.First, x => x.Second)
                    : [],
            };
        }
        return new EvaluationReport([.. scores]) { Groups = groups, Grouping = grouping };
    }
}
