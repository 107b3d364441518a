using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;

namespace BenghaziLink.Extraction.Tests.Evaluation;

public class ReportTests
{
    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(0, 4, 0.0)]
    [InlineData(3, 4, 0.75)]
    public void Of_CountAndTotal_IsUnknownOverNothing(int count, int total, double? expected)
    {
        var ratio = Ratio.Of(count, total);

        Assert.Equal(expected, ratio);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, 0.0, 0.0)]
    [InlineData(0.0, null, 0.0)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(1.0, 0.5, 0.6667)]
    [InlineData(0.5, 0.5, 0.5)]
    public void F1_PrecisionAndRecall_IsTheirHarmonicMean(double? precision, double? recall, double? expected)
    {
        var f1 = Ratio.F1(precision, recall);

        Assert.Equal(expected, f1 is { } v ? Math.Round(v, 4) : null);
    }

    [Fact]
    public void Totals_TwoArticles_AreRatiosOfSummedCounts()
    {
        var first = Scorer.Score(
            Annotations("a.txt", [Person("Chris Stevens"), Place("Benghazi")], [new DateAnnotation("2012", "2012")]),
            Annotations("a.txt", [Person("Chris Stevens")], [new DateAnnotation("2012", "2012")]));
        var second = Scorer.Score(
            Annotations("b.txt", [Person("Hillary Clinton")], []),
            Annotations("b.txt", [Person("Hillary Clinton"), Person("Jane Doe"), Place("Benghazi")], [new DateAnnotation("Monday", null)]));

        var report = new EvaluationReport([first, second]);

        Assert.Equal(new EntityTally(3, 2, 4, 2, 0, 0, 0, 0), report.EntitiesOverall);
        Assert.Equal(0.5, report.EntitiesOverall.Precision);
        Assert.Equal(2.0 / 3, report.EntitiesOverall.Recall);
        Assert.Equal(new EntityTally(2, 2, 3, 2, 0, 0, 0, 0), report.Entities(EntityType.Person));
        Assert.Equal(new EntityTally(1, 0, 1, 0, 0, 0, 0, 0), report.Entities(EntityType.Place));
        Assert.Null(report.Entities(EntityType.Group).F1);
        Assert.Equal(new DateTally(1, 1, 2, 1, 1), report.Dates);
    }

    private static ArticleAnnotations Annotations(string article, EntityAnnotation[] entities, DateAnnotation[] dates) => new(article, null, [.. entities], [.. dates]);

    private static EntityAnnotation Person(string name) => new(EntityType.Person, null, name, [name]);

    private static EntityAnnotation Place(string name) => new(EntityType.Place, EntityKind.City, name, [name]);
}
