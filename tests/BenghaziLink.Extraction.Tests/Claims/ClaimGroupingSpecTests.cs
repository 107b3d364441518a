using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// The examples in <c>Specs/Grouping/statements.json</c>: each case's articles (invented, published a day apart) run
/// through the default pipeline and are grouped; claims listed under <c>together</c> (by a piece of their text)
/// must share a statement group, those under <c>apart</c> must not. Claims under <c>disputed</c> must share a disputed
/// group that sets a framing of each side by side; those under <c>agreeing</c> must share a group, and no group holding
/// both may be disputed.
/// </summary>
public class ClaimGroupingSpecTests
{
    private const string File = "statements.json";

    public static TheoryData<string> CaseNames() => [.. Cases().Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Statements_Case_MatchesSpec(string name)
    {
        var spec = Cases()[name];
        var articles = spec.GetProperty("articles").EnumerateArray().Select((a, i) => Article(i, a.GetString()!)).ToList();

        var groups = ClaimGrouper.Group(articles).Where(g => g.Quantity is null).ToList();

        var listing = string.Join("\n", groups.Select(g => $"group ({g.Status}, {g.Topic}): " + string.Join(" | ", g.Members.Select(m => Text(articles, m)))
            + string.Concat(g.Framings.Select(f => $"\n  {f.Dimension}/{f.Pole} “{f.Text}” ({f.Article})"))));
        foreach (var (a, b) in Pairs(spec, "together"))
        {
            Assert.True(groups.Any(g => Holds(articles, g, a) && Holds(articles, g, b)), $"No group holds “{a}” and “{b}”.\n{listing}");
        }
        foreach (var (a, b) in Pairs(spec, "apart"))
        {
            Assert.False(groups.Any(g => Holds(articles, g, a) && Holds(articles, g, b)), $"A group holds “{a}” and “{b}”.\n{listing}");
        }
        foreach (var (a, b) in Pairs(spec, "disputed"))
        {
            Assert.True(groups.Any(g => Holds(articles, g, a) && Holds(articles, g, b) && g.Status == GroupStatus.Disputed
                && Framed(articles, g, a) && Framed(articles, g, b)), $"No disputed group sets framings of “{a}” and “{b}” side by side.\n{listing}");
        }
        foreach (var (a, b) in Pairs(spec, "agreeing"))
        {
            var holding = groups.Where(g => Holds(articles, g, a) && Holds(articles, g, b)).ToList();
            Assert.True(holding.Count > 0, $"No group holds “{a}” and “{b}”.\n{listing}");
            Assert.False(holding.Any(g => g.Status == GroupStatus.Disputed), $"A group holding “{a}” and “{b}” is disputed.\n{listing}");
        }
        // Each statement group says what it is about: its anchors, named as its claims name them (not as comparison
        // keys), and the kind of thing said; only a group joined by shared wording alone may lack one.
        var topical = groups.Where(g => g.Topic is not null).ToList();
        Assert.All(topical, g => Assert.Matches(@"^.+: [a-z ]+$", g.Topic));
        Assert.All(topical, g => Assert.All(g.Topic!.Split(": ")[0].Split(" and "), anchor => Assert.Contains(anchor, KnownNames(articles))));
    }

    private static ArticleClaims Article(int index, string text)
    {
        var published = $"2013-01-{10 + index:00}";
        Assert.True(PartialDate.TryParseIso(published, out var date));
        var document = SpecFiles.Pipeline.Process(text, new ExtractionContext($"grouping/{index}.txt", date));
        return new ArticleClaims($"{index}.txt", published, document.Claims);
    }

    /// <summary>The names a topic may use: the claims' entities, countries, and attacks by country.</summary>
    private static HashSet<string> KnownNames(List<ArticleClaims> articles) =>
    [
        .. articles.SelectMany(a => a.Claims).SelectMany(c => c.Entities.Concat(c.Events)),
        .. BenghaziLink.Extraction.Gazetteer.PlaceGazetteer.Default.Countries.Select(c => c.Canonical),
    ];

    private static string Text(List<ArticleClaims> articles, GroupMember member) =>
        articles.Single(a => a.Article == member.Article).Claims[member.Claim].Surface;

    private static bool Framed(List<ArticleClaims> articles, ClaimGroup group, string piece) =>
        group.Framings.Any(f => articles.Single(a => a.Article == f.Article).Claims[f.Claim].Surface.Contains(piece, StringComparison.Ordinal));

    private static bool Holds(List<ArticleClaims> articles, ClaimGroup group, string piece) =>
        group.Members.Any(m => Text(articles, m).Contains(piece, StringComparison.Ordinal));

    private static IEnumerable<(string, string)> Pairs(JsonElement spec, string property) =>
        spec.TryGetProperty(property, out var pairs)
            ? pairs.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!))
            : [];

    private static Dictionary<string, JsonElement> Cases()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Grouping", File)));
        return document.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone(), StringComparer.Ordinal);
    }
}
