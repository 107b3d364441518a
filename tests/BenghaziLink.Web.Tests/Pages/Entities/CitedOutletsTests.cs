using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

/// <summary>
/// Two invented articles that cite one news agency and share nothing else: one about a port director in Misrata,
/// one about a bank in Tunis whose governor is never named beside the agency.
/// </summary>
public sealed class OutletCorpus() : InventedCorpus(Articles)
{
    public static readonly Dictionary<string, string> Articles = new(StringComparer.Ordinal)
    {
        ["harbour.txt"] = "Harbour closed after storm\n\nReuters reported that Karim Haddad, the port director, inspected the harbour in Misrata. "
            + "Karim Haddad told Reuters the damage was severe. Reuters said the port would stay closed.\n",
        ["bank.txt"] = "Bank raises rates\n\nReuters reported that the central bank in Tunis raised interest rates. Reuters said traders were surprised. "
            + "Governor Leila Mansour spoke to bankers in Tunis.\n",
    };

    public Task<string> SlugOfAsync(string canonical) => QueryAsync(db => db.Entities.Where(e => e.Canonical == canonical).Select(e => e.Slug).SingleAsync());

    public Task<string> ArticleAsync(string source) => QueryAsync(db => db.Articles.Where(a => a.SourceName == source).Select(a => a.Slug).SingleAsync());
}

public sealed class CitedOutletsTests(OutletCorpus app) : IClassFixture<OutletCorpus>
{
    [Fact]
    public async Task GetProfile_PersonQuotingAnOutlet_RanksTheOutletApartFromTheConnectedEntities()
    {
        var person = await app.SlugOfAsync("Karim Haddad");
        var outlet = await app.QueryAsync(db => db.Entities.Where(e => e.Kind == EntityKind.Media).Select(e => e.Slug).SingleAsync());
        var place = await app.SlugOfAsync("Misrata");
        using var client = app.CreateClient();

        var page = await app.GetDocumentAsync($"/entities/{person}");
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{person}");

        var connected = page.QuerySelectorAll("table.connected-table tbody tr").Select(r => r.GetAttribute("data-slug")).ToList();
        Assert.Contains(place, connected);
        Assert.DoesNotContain(outlet, connected);
        Assert.Equal([outlet], page.QuerySelectorAll("table.outlets-table tbody tr").Select(r => r.GetAttribute("data-slug")));
        Assert.Equal($"/entities/{outlet}", page.QuerySelector("table.outlets-table a.cited-outlet")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("table.outlets-table mark.mention-partner"));
        Assert.Equal(connected, json.GetProperty("connected").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        Assert.Equal([outlet], json.GetProperty("outlets").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task GetProfile_NoOutletInItsSentences_ShowsNoOutletList()
    {
        var person = await app.SlugOfAsync("Leila Mansour");

        var page = await app.GetDocumentAsync($"/entities/{person}");

        Assert.NotEmpty(page.QuerySelectorAll("table.connected-table tbody tr"));
        Assert.Null(page.QuerySelector("#outlets-heading"));
        Assert.Null(page.QuerySelector("table.outlets-table"));
    }

    [Fact]
    public async Task GetRelated_ArticlesSharingOnlyAnOutlet_AreNotRelated()
    {
        var harbour = await app.ArticleAsync("harbour.txt");
        var bank = await app.ArticleAsync("bank.txt");
        using var client = app.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{harbour}/related");
        var page = await app.GetDocumentAsync($"/articles/{bank}");

        Assert.DoesNotContain(bank, json.EnumerateArray().Select(r => r.GetProperty("slug").GetString()));
        Assert.DoesNotContain(harbour, page.QuerySelectorAll("ol.related-articles > li").Select(li => li.GetAttribute("data-slug")));
    }
}
