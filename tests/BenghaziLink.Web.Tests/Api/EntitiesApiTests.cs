using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Api;

public sealed class EntitiesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Types = ["person", "group", "place"];

    private async Task<List<JsonElement>> EntitiesAsync()
    {
        using var client = app.CreateClient();
        return (await client.GetFromJsonAsync<JsonElement>("/api/entities")).EnumerateArray().ToList();
    }

    [Fact]
    public async Task GetEntities_ListsCanonicalEntitiesWithTypeKindAliasesAndCounts()
    {
        var entities = await EntitiesAsync();

        Assert.All(entities, e =>
        {
            Assert.Contains(e.GetProperty("type").GetString(), Types);
            Assert.True(e.GetProperty("mentionCount").GetInt32() >= 1);
            Assert.True(e.GetProperty("articleCount").GetInt32() >= 1);
            Assert.NotEmpty(e.GetProperty("aliases").EnumerateArray());
        });
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "group" && e.GetProperty("kind").GetString() == "militant");
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "place" && e.GetProperty("kind").GetString() == "country");
        Assert.All(entities.Where(e => e.GetProperty("type").GetString() == "person"), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("kind").ValueKind));
    }

    [Fact]
    public async Task GetEntities_ResolvesOneActorAcrossEveryArticle()
    {
        var entities = await EntitiesAsync();

        var belmokhtar = entities.Where(e => e.GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == "Belmokhtar")).ToList();

        var entity = Assert.Single(belmokhtar);
        Assert.Equal("person", entity.GetProperty("type").GetString());
        Assert.Equal(5, entity.GetProperty("articleCount").GetInt32());
        var aliases = entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("Mokhtar Belmokhtar", aliases);
        Assert.Contains("ben mokhtar", aliases.Select(a => a!.ToLowerInvariant()));
    }

    [Fact]
    public async Task GetArticle_IncludesMentionsAndDatesWithExactSpans()
    {
        using var client = app.CreateClient();
        var slug = (await client.GetFromJsonAsync<JsonElement>("/api/articles")).EnumerateArray().First().GetProperty("slug").GetString();

        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");

        var text = article.GetProperty("text").GetString()!;
        var mentions = article.GetProperty("mentions").EnumerateArray().ToList();
        var dates = article.GetProperty("dates").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.NotEmpty(dates);
        Assert.All(mentions, m => Assert.Equal(m.GetProperty("surface").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]));
        Assert.All(dates, d => Assert.Equal(d.GetProperty("text").GetString(), text[d.GetProperty("start").GetInt32()..d.GetProperty("end").GetInt32()]));
        Assert.All(mentions, m => Assert.StartsWith("/entities/", m.GetProperty("entity").GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Belmoktar", "Mokhtar Belmokhtar")]
    [InlineData("Bel Mokhtar", "Mokhtar Belmokhtar")]
    [InlineData("Gadafi", "Muammar Gaddafi")]
    [InlineData("Qaddafi", "Muammar Gaddafi")]
    [InlineData("al-Mourabitoun", "Al Murabitoon")]
    [InlineData("Al Qaida", "Al-Qaeda")]
    [InlineData("aqim", "Al-Qaeda in the Islamic Maghreb")]
    public async Task GetEntitiesByName_TypoOrVariant_RanksTheIntendedEntityFirst(string query, string expected)
    {
        using var client = app.CreateClient();

        var hits = (await client.GetFromJsonAsync<JsonElement>($"/api/entities?q={Uri.EscapeDataString(query)}")).EnumerateArray().ToList();

        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].GetProperty("canonical").GetString());
        Assert.False(string.IsNullOrEmpty(hits[0].GetProperty("matchedName").GetString()));
        Assert.StartsWith("/entities/", hits[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEntity_ReturnsTheProfileWithEveryMentionTiedToItsSentence()
    {
        var slug = await app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
            .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());
        var page = await app.GetDocumentAsync($"/entities/{slug}");
        using var client = app.CreateClient();

        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{slug}");
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/timeline?entity={slug}");

        Assert.Equal("Mokhtar Belmokhtar", profile.GetProperty("canonical").GetString());
        Assert.Equal("person", profile.GetProperty("type").GetString());
        var mentions = profile.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(profile.GetProperty("mentionCount").GetInt32(), mentions.Count);
        Assert.Equal(page.QuerySelectorAll("ul.mention-context mark.mention-hit").Length, mentions.Count);
        Assert.All(mentions, m => Assert.Contains(m.GetProperty("surface").GetString()!, m.GetProperty("sentenceText").GetString()!, StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.Matches(@"^/articles/[a-z0-9-]+#s\d+$", m.GetProperty("url").GetString()));
        Assert.Equal(page.QuerySelectorAll("ul.aliases li strong").Select(a => a.TextContent).Order(StringComparer.Ordinal),
            profile.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(page.QuerySelectorAll("a.connected-entity").Select(a => a.GetAttribute("href")),
            profile.GetProperty("connected").EnumerateArray().Select(c => c.GetProperty("url").GetString()));
        var roles = profile.GetProperty("roles").EnumerateArray().ToList();
        Assert.Equal(page.QuerySelectorAll("mark.role-hit").Length, roles.Count);
        Assert.All(roles, r => Assert.Contains(r.GetProperty("text").GetString()!, r.GetProperty("sentenceText").GetString()!, StringComparison.Ordinal));
        Assert.Equal(timeline.EnumerateArray().Select(t => t.GetProperty("url").GetString()),
            profile.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task GetEntity_APlace_SaysWhereItIsAndOnWhatBasis()
    {
        using var client = app.CreateClient();
        var benghazi = (await client.GetFromJsonAsync<JsonElement>("/api/entities?q=Benghazi"))[0].GetProperty("slug").GetString();
        var person = (await client.GetFromJsonAsync<JsonElement>("/api/entities?q=Belmokhtar"))[0].GetProperty("slug").GetString();

        var place = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{benghazi}");
        var someone = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{person}");

        var location = place.GetProperty("location");
        // Inside Libya's extent, from the city's own GeoNames point.
        Assert.InRange(location.GetProperty("latitude").GetDouble(), 19.5, 33.2);
        Assert.InRange(location.GetProperty("longitude").GetDouble(), 9.3, 25.2);
        Assert.Equal("GeoNames", location.GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, someone.GetProperty("location").ValueKind);
    }

    [Fact]
    public async Task GetEntity_UnknownSlug_Returns404Problem()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/entities/nobody-at-all", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
