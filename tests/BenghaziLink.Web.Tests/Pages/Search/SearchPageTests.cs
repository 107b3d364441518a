using System.Net.Http.Json;
using System.Net;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Pages.Search;

public sealed class SearchPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Search_CommonWord_ShowsCountRankedResultsAndHighlightedSnippets()
    {
        var document = await app.GetDocumentAsync("/search?q=Belmokhtar");

        var results = document.QuerySelectorAll("li.search-result");
        Assert.Equal(5, results.Length);
        Assert.Contains("5 articles match", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Contains(r.QuerySelectorAll(".snippet mark"), m => m.TextContent.Equals("Belmokhtar", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Search_HeadlineWord_RanksHeadlineMatchFirst()
    {
        var document = await app.GetDocumentAsync("/search?q=hotel");

        var first = document.QuerySelector("li.search-result h2 a");

        Assert.Contains("Mali Hotel Assault", Html.Squash(first?.TextContent), StringComparison.Ordinal);
        Assert.NotNull(first?.QuerySelector("mark"));
    }

    [Fact]
    public async Task Search_Phrase_MatchesOnlyThePhrase()
    {
        var phrase = await app.GetDocumentAsync("/search?q=%22Sahara+Media%22");
        var words = await app.GetDocumentAsync("/search?q=Sahara+Media");

        Assert.Single(phrase.QuerySelectorAll("li.search-result"));
        Assert.True(words.QuerySelectorAll("li.search-result").Length >= 1);
    }

    [Fact]
    public async Task Search_PrefixOrAndExclusion_Work()
    {
        var prefix = await app.GetDocumentAsync("/search?q=Belmokh*");
        var either = await app.GetDocumentAsync("/search?q=Bamako+OR+Blumenthal");
        var excluded = await app.GetDocumentAsync("/search?q=Belmokhtar+-Bamako");

        Assert.Equal(5, prefix.QuerySelectorAll("li.search-result").Length);
        Assert.Equal(2, either.QuerySelectorAll("li.search-result").Length);
        Assert.Equal(4, excluded.QuerySelectorAll("li.search-result").Length);
    }

    [Fact]
    public async Task Search_DiacriticsAndCase_AreFolded()
    {
        var document = await app.GetDocumentAsync("/search?q=BOUTÉFLIKA");

        Assert.Single(document.QuerySelectorAll("li.search-result"));
    }

    [Fact]
    public async Task Search_FurnitureOnlyWord_DoesNotMatch()
    {
        // "Chengriha" appears only in 003's related-articles list, which is furniture, not the article.
        var document = await app.GetDocumentAsync("/search?q=Chengriha");

        Assert.Empty(document.QuerySelectorAll("li.search-result"));
        Assert.NotNull(document.QuerySelector(".empty-state"));
    }

    [Fact]
    public async Task Search_MisspeltName_ShowsTheEntityAboveTheArticles()
    {
        var document = await app.GetDocumentAsync("/search?q=Belmoktar");

        var first = document.QuerySelector("ul.entity-matches li a");

        Assert.Equal("Mokhtar Belmokhtar", first?.TextContent.Trim());
        Assert.StartsWith("/entities/", first?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("matched", document.QuerySelector("ul.entity-matches li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MisspeltName_ListsTheArticlesThatNameTheEntity()
    {
        var document = await app.GetDocumentAsync("/search?q=Belmoktar");

        var results = document.QuerySelectorAll("li.search-result");
        Assert.Equal(5, results.Length);
        Assert.All(results, r => Assert.Contains(r.QuerySelectorAll("mark"), m => m.TextContent.StartsWith("Belmokhtar", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Search_Transliteration_FindsTheArticlesThatWriteTheNameOtherwise()
    {
        var gaddafi = await app.GetDocumentAsync("/search?q=Gaddafi+OR+Gadhafi+OR+Qaddafi");

        var document = await app.GetDocumentAsync("/search?q=Qaddafi");

        var results = document.QuerySelectorAll("li.search-result");
        Assert.True(results.Length >= 4, $"{results.Length} articles");
        Assert.Equal(gaddafi.QuerySelectorAll("li.search-result").Length, results.Length);
        var marked = results.SelectMany(r => r.QuerySelectorAll("mark")).Select(m => m.TextContent).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(marked, m => m is "Gaddafi" or "Gadhafi");
    }

    [Fact]
    public async Task Search_WordForm_FindsTheOtherFormsOfTheWord()
    {
        var singular = await app.GetDocumentAsync("/search?q=weapon");
        var plural = await app.GetDocumentAsync("/search?q=weapons");

        Assert.True(plural.QuerySelectorAll("li.search-result").Length >= 4);
        Assert.Equal(plural.QuerySelectorAll("li.search-result").Length, singular.QuerySelectorAll("li.search-result").Length);
    }

    [Theory]
    [InlineData("entity")]
    [InlineData("outlet")]
    [InlineData("year")]
    public async Task Search_Facet_NarrowsTheResultsToItsCount(string facet)
    {
        var document = await app.GetDocumentAsync("/search?q=Libya");
        var all = document.QuerySelectorAll("li.search-result").Length;
        var value = document.QuerySelector($"details.facet[data-facet={facet}] li")!;
        var count = int.Parse(value.QuerySelector(".facet-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        var href = value.QuerySelector("a.facet-value")!.GetAttribute("href")!;

        var narrowed = await app.GetDocumentAsync(href);

        Assert.Contains($"{facet}=", href, StringComparison.Ordinal);
        Assert.Equal(count, narrowed.QuerySelectorAll("li.search-result").Length);
        Assert.True(count <= all);
        Assert.NotNull(narrowed.QuerySelector($".active-filter[data-facet={facet}]"));
    }

    [Fact]
    public async Task Search_OutletFacet_ShowsOnlyThatOutletsArticles()
    {
        var document = await app.GetDocumentAsync("/search?q=Belmokhtar");
        var outlet = document.QuerySelector("details.facet[data-facet=outlet] li a")!.TextContent;

        var narrowed = await app.GetDocumentAsync($"/search?q=Belmokhtar&outlet={Uri.EscapeDataString(outlet)}");

        Assert.All(narrowed.QuerySelectorAll("li.search-result .text-muted"), m => Assert.StartsWith(outlet, m.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchApi_SortByDate_ListsNewestFirstAndUndatedLast()
    {
        var results = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=Belmokhtar&sort=date");

        var dates = results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("published").GetString()).ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.True(dated.Count >= 2);
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
        Assert.Equal("date", results.GetProperty("filter").GetProperty("sort").GetString());
        Assert.True(results.GetProperty("facets").GetProperty("entities").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("year=13")]
    [InlineData("sort=oldest")]
    public async Task SearchApi_BadFilter_IsABadRequestInWords(string parameter)
    {
        var response = await app.CreateClient().GetAsync($"/api/search?q=Libya&{parameter}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_NoMatch_ShowsEmptyState()
    {
        var document = await app.GetDocumentAsync("/search?q=zzyzx");

        Assert.Contains("No article matches", document.QuerySelector(".empty-state")?.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"\"", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "a AND", "OR b", "*", "**", "a*b*", "((((", "))", "(a OR", "col:Libya",
        "headline:Libya", "^Libya", "+Libya", "-", "--", "-Libya", "NOT Libya", "'; DROP TABLE Articles; --", "<script>alert(1)</script>",
        "Libya\u0000", "\u0002Libya\u0003", "{}[]", "Libya NEAR/2 weapons", new string('x', 2000), string.Join(' ', Enumerable.Repeat("Libya OR", 400)),
        "\"unbalanced phrase", "%", "\\", "Gaddafi’s", "al-Qaeda", "U.S.", "٣٨", "漢字",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_AnyInput_NeverFails(string query)
    {
        using var client = app.CreateClient();
        var url = "/search?q=" + Uri.EscapeDataString(query);

        using var page = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api" + url, UriKind.Relative));
        var document = await Html.ParseAsync(page);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Null(document.QuerySelector(".alert-warning"));
        Assert.Empty(document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Search_Snippets_ShowTheTextExactlyAroundHighlights()
    {
        using var client = app.CreateClient();
        var api = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=Libya");

        var document = await app.GetDocumentAsync("/search?q=Libya");

        var expected = api.GetProperty("hits").EnumerateArray().Select(h => Html.Squash(h.GetProperty("snippet").GetString())).ToList();
        var shown = document.QuerySelectorAll(".snippet").Select(p => Html.Squash(p.TextContent)).ToList();
        Assert.True(expected.Count >= 3);
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task SearchApi_ReturnsRankedHitsAsJson()
    {
        using var client = app.CreateClient();

        var json = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=hostages");

        Assert.True(json.GetProperty("total").GetInt32() >= 2);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), hits.Count);
        Assert.All(hits, h => Assert.StartsWith("/articles/", h.GetProperty("url").GetString(), StringComparison.Ordinal));
        var ranks = hits.Select(h => h.GetProperty("rank").GetDouble()).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }
}
