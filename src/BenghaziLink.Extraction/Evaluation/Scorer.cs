namespace BenghaziLink.Extraction.Evaluation;

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
}
