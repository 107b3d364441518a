using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Cli;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Pages.Claims;

/// <summary>
/// Invented articles, one calling a brigade an affiliate of a network and one calling it an independent faction,
/// ingested into an empty store: the group they make is disputed by framing, and the store, the claims pages and the
/// API set the framings side by side.
/// </summary>
public sealed class FramingCorpus() : InventedCorpus(Articles)
{
    public static readonly Dictionary<string, string> Articles = new(StringComparer.Ordinal)
    {
        ["a.txt"] = "Brigade joins the network\n\nOfficials said that the Desert Hawks Brigade is an affiliate of the Sahel Jihad Network.\n",
        ["b.txt"] = "A faction on its own\n\nAnalysts said that the Desert Hawks Brigade has become an independent faction.\n",
        ["c.txt"] = "Rates rise in Tunis\n\nThe central bank in Tunis raised interest rates on Monday.\n",
    };
}

public sealed class FramingDisputeTests(FramingCorpus app) : IClassFixture<FramingCorpus>
{
    private Task<int> DisputedGroupAsync() => app.QueryAsync(db => db.ClaimGroups.Where(g => g.Status == GroupStatus.Disputed && g.Framings.Count > 0).Select(g => g.Id).SingleAsync());

    [Fact]
    public async Task Ingest_OppositeFramings_StoresTheFramingsTheGrouperSetsSideBySide()
    {
        var slugs = await app.QueryAsync(db => db.Articles.Select(a => new { a.SourceName, a.Slug, a.Published }).ToListAsync());
        var extracted = app.WithScopeAsync(services =>
        {
            var files = ExtractVerb.Create(services, withoutCatalog: false);
            return Task.FromResult(slugs.OrderBy(a => a.SourceName, StringComparer.Ordinal).Select(a =>
            {
                Assert.True(files.TryExtract(Path.Combine(app.Folder.FullName, a.SourceName), out ArticleDocument? document, out var reason), reason);
                return new ArticleClaims(a.Slug, a.Published, document.Claims);
            }).ToList());
        });
        var expected = ClaimGrouper.Group(await extracted).SelectMany(g => g.Framings).Select(f => (f.Dimension, f.Pole, f.Text, f.Span.Start, f.Span.End));

        var stored = await app.QueryAsync(db => db.ClaimGroupFramings.Select(f => new { f.Dimension, f.Pole, f.Surface, f.Start, f.End }).ToListAsync());

        Assert.NotEmpty(stored);
        Assert.Equal(expected.Order(), stored.Select(f => (f.Dimension, f.Pole, f.Surface, f.Start, f.End)).Order());
        var texts = await app.QueryAsync(db => db.ClaimGroupFramings.Join(db.ArticleClaims, f => f.ClaimId, c => c.Id, (f, c) => new { f.Start, f.End, f.Surface, c.ArticleId })
            .Join(db.Articles, f => f.ArticleId, a => a.Id, (f, a) => new { f.Start, f.End, f.Surface, a.Text }).ToListAsync());
        Assert.All(texts, f => Assert.Equal(f.Surface, f.Text[f.Start..f.End]));
    }

    [Fact]
    public async Task Get_ClaimGroupDisputedByFraming_ShowsTheFramingsSideBySideLinkedToTheirSentences()
    {
        var id = await DisputedGroupAsync();

        var document = await app.GetDocumentAsync($"/claims/{id}");

        Assert.Equal("disputed", document.QuerySelector("p.lead")!.GetAttribute("data-status"));
        var table = document.QuerySelector("table.framings-table[data-dimension=allegiance]");
        Assert.NotNull(table);
        Assert.Equal(["independent", "inside-network"], table.QuerySelectorAll("tr.framing-pole").Select(r => r.GetAttribute("data-pole")!).Order());
        Assert.Equal("affiliate", table.QuerySelector("tr[data-pole=inside-network] mark.framing-hit")!.TextContent);
        Assert.Equal("independent", table.QuerySelector("tr[data-pole=independent] mark.framing-hit")!.TextContent);
        Assert.All(table.QuerySelectorAll("figure.framing blockquote a"), a => Assert.Matches(@"^/articles/[^/#]+#s\d+$", a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_DisputedClaims_ListsTheGroupWithItsOpposingFramings()
    {
        var id = await DisputedGroupAsync();

        var document = await app.GetDocumentAsync("/claims?status=disputed");

        var group = document.QuerySelector($"li.claim-group[data-group='{id}']");
        Assert.NotNull(group);
        Assert.Equal("disputed", group.GetAttribute("data-status"));
        var poles = group.QuerySelectorAll(".disputed-framings li[data-dimension=allegiance] .pole").Select(p => p.TextContent).ToList();
        Assert.Equal(["independent", "inside the network"], poles.Order());
    }

    [Fact]
    public async Task GetApiClaim_DisputedByFraming_ReturnsTheFramings()
    {
        var id = await DisputedGroupAsync();
        using var client = app.CreateClient();

        var one = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}");
        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/claims?status=disputed")).GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetInt32() == id);

        Assert.Equal("disputed", one.GetProperty("status").GetString());
        var framings = one.GetProperty("framings").EnumerateArray().ToList();
        Assert.Equal([("allegiance", "independent", "independent"), ("allegiance", "inside-network", "affiliate")],
            framings.Select(f => (f.GetProperty("dimension").GetString()!, f.GetProperty("pole").GetString()!, f.GetProperty("text").GetString()!)).Order());
        var slugs = await app.SlugsAsync();
        Assert.All(framings, f => Assert.Contains(f.GetProperty("article").GetString(), slugs));
        Assert.All(framings, f => Assert.True(f.GetProperty("claim").GetInt32() > 0));
        Assert.Equal(framings.Count, listed.GetProperty("framings").GetArrayLength());
    }
}
