using System.Text.Json;
using BenghaziLink.Extraction.Claims.Matching;

namespace BenghaziLink.Extraction.Tests.Claims.Matching;

/// <summary>
/// The examples in <c>Specs/Matching/relations.json</c>: each pair of invented statements is judged with meaning
/// vectors at the stated cosine (or none) and must get the stated relation.
/// </summary>
public class SameClaimSpecTests
{
    private const string File = "relations.json";

    public static TheoryData<string> CaseNames() => [.. MatchingSpecFiles.Cases(File).Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Judge_Case_MatchesSpec(string name)
    {
        var spec = MatchingSpecFiles.Cases(File)[name];
        var a = Statement.FromSentence(spec.GetProperty("a").GetString()!) with { EventDate = Optional(spec, "dateA") };
        var b = Statement.FromSentence(spec.GetProperty("b").GetString()!) with { EventDate = Optional(spec, "dateB") };
        var (va, vb) = spec.TryGetProperty("cosine", out var cosine) ? AtCosine(cosine.GetDouble()) : (null, null);

        var judgement = SameClaim.Judge(a, b, va, vb);

        Assert.True(Enum.Parse<ClaimRelation>(spec.GetProperty("relation").GetString()!, ignoreCase: true) == judgement.Relation,
            $"Got {judgement.Relation} ({judgement.Score:0.00}: {judgement.Reason}).");
    }

    [Fact]
    public void Relations_EveryRelation_HasACase()
    {
        var relations = MatchingSpecFiles.Cases(File).Values.Select(c => Enum.Parse<ClaimRelation>(c.GetProperty("relation").GetString()!, ignoreCase: true)).ToHashSet();

        Assert.Equal(Enum.GetValues<ClaimRelation>().Length, relations.Count);
    }

    [Fact]
    public void Judge_SwappedStatements_GiveTheSameRelation()
    {
        var a = Statement.FromSentence("Gunmen killed 12 guards at the depot on the hill.");
        var b = Statement.FromSentence("Gunmen killed 15 guards at the depot on the hill.");

        Assert.Equal(SameClaim.Judge(a, b).Relation, SameClaim.Judge(b, a).Relation);
    }

    [Theory]
    [InlineData("The  Convoy’s route\n", "the convoy's route")]
    [InlineData("A – B", "a - b")]
    [InlineData("  lead and trail  ", "lead and trail")]
    public void MeaningKey_Text_IsNormalised(string text, string key)
    {
        Assert.Equal(key, MeaningKey.Of(text));
    }

    [Fact]
    public void Cosine_VectorsAtAnAngle_GiveItsCosine()
    {
        var (a, b) = AtCosine(0.3);

        Assert.Equal(0.3, SameClaim.Cosine(a!, b!), 6);
    }

    [Fact]
    public void Default_WeightsFile_NamesEveryFeatureAndAThreshold()
    {
        var model = SameClaimModel.Default;

        Assert.Equal(SameClaimModel.FeatureNames.Count, model.Weights.Count);
        Assert.Contains(model.Weights, w => w != 0);
        Assert.InRange(model.Threshold, 0.5, 1);
    }

    [Fact]
    public void Fit_SeparablePairs_LearnsTheFeatureThatSeparatesThem()
    {
        var n = SameClaimModel.FeatureNames.Count;
        var pairs = Enumerable.Range(0, 40).Select(i =>
        {
            var features = new double[n];
            features[0] = 1;
            features[1] = i / 40.0;
            return (features, i >= 20);
        }).ToList();

        var model = SameClaimModel.Fit(pairs, precision: 1);

        Assert.True(model.Weights[1] > 0);
        Assert.All(pairs, p => Assert.Equal(p.Item2, model.Probability(p.features) >= model.Threshold));
    }

    /// <summary>Two unit vectors at the given cosine.</summary>
    private static (float[]?, float[]?) AtCosine(double cosine) =>
        ([1f, 0f], [(float)cosine, (float)Math.Sqrt(Math.Max(0, 1 - cosine * cosine))]);

    private static string? Optional(JsonElement spec, string property) => spec.TryGetProperty(property, out var value) ? value.GetString() : null;
}
