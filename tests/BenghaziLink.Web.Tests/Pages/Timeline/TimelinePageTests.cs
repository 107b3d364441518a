using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Extraction.Dates;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Timeline;

public sealed class TimelinePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<string> BelmokhtarSlugAsync() => app.QueryAsync(db => db.EntityAliases.Where(a => a.Name == "Belmokhtar")
        .Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e.Slug).SingleAsync());

    /// <summary>The stored dates that lie in page furniture: the article, the date as written and the sentence that holds it.</summary>
    private static async Task<List<(string Slug, string Surface, int? Sentence)>> DatesInFurnitureAsync(BenghaziLink.Web.Data.BenghaziLinkDb db)
    {
        var furniture = await db.ArticleFurniture.Select(f => new { f.ArticleId, f.Start, f.End }).ToListAsync();
        var sentences = await db.ArticleSentences.Select(s => new { s.ArticleId, s.Ordinal, s.Start, s.End }).ToListAsync();
        var dates = await db.ArticleDates.Join(db.Articles, d => d.ArticleId, a => a.Id, (d, a) => new { d.ArticleId, a.Slug, d.Start, d.End, d.Surface }).ToListAsync();
        return [.. dates.Where(d => furniture.Any(f => f.ArticleId == d.ArticleId && f.Start <= d.Start && d.End <= f.End))
            .Select(d => (d.Slug, d.Surface, sentences.FirstOrDefault(s => s.ArticleId == d.ArticleId && s.Start <= d.Start && d.End <= s.End)?.Ordinal))];
    }

    [Fact]
    public async Task Get_Timeline_ListsEveryDateOfTheStoriesInDateOrder()
    {
        var stored = await app.QueryAsync(async db => (await db.ArticleDates.CountAsync()) - (await DatesInFurnitureAsync(db)).Count);

        var document = await app.GetDocumentAsync("/timeline");

        var entries = document.QuerySelectorAll("li.timeline-entry").ToList();
        Assert.Equal(stored, entries.Count);
        var starts = entries.Select(e => DatePeriod.Parse(e.GetAttribute("data-value"))?.Start).ToList();
        var placed = starts.TakeWhile(s => s is not null).ToList();
        Assert.True(placed.Count > 10);
        Assert.Equal(placed.Order().ToList(), placed);
        Assert.All(starts.Skip(placed.Count), s => Assert.Null(s));
    }

    [Fact]
    public async Task Get_Timeline_LeavesOutDatesInPageFurniture()
    {
        // A seed lists other articles with their publication lines ("Published on 2024 October 22, Tuesday"): stored as
        // dates of the text, but they date the page's sidebar, not the story.
        var inFurniture = await app.QueryAsync(DatesInFurnitureAsync);
        Assert.Contains(inFurniture, d => d.Surface == "2024 October 22, Tuesday");

        var document = await app.GetDocumentAsync("/timeline");

        var shown = document.QuerySelectorAll("li.timeline-entry")
            .Select(e => (e.QuerySelector("blockquote a")!.GetAttribute("href"), e.QuerySelector(".timeline-surface")!.TextContent)).ToList();
        Assert.All(inFurniture, d => Assert.DoesNotContain(($"/articles/{d.Slug}#s{d.Sentence}", $"“{d.Surface}”"), shown));
    }

    [Fact]
    public async Task Get_Timeline_KeepsTheDatesPrecision()
    {
        var document = await app.GetDocumentAsync("/timeline");

        var years = document.QuerySelectorAll("li.timeline-entry[data-granularity=year]").ToList();
        var months = document.QuerySelectorAll("li.timeline-entry[data-granularity=month]").ToList();

        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.Equal(y.GetAttribute("data-value"), y.QuerySelector(".timeline-date")!.TextContent.Trim()));
        Assert.NotEmpty(months);
        Assert.All(months, m => Assert.Matches(@"^[A-Z][a-z]+ \d{4}$", m.QuerySelector(".timeline-date")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_Timeline_RelativeDatesSayWhatTheyWereResolvedAgainst()
    {
        var inFurniture = await app.QueryAsync(DatesInFurnitureAsync);
        var published = (await app.QueryAsync(db => db.ArticleDates.Where(d => d.Relative && d.Anchor!.StartsWith("reference date"))
            .Join(db.Articles, d => d.ArticleId, a => a.Id, (d, a) => new { d.Surface, a.Slug, a.Published }).ToListAsync()))
            .Where(d => !inFurniture.Any(f => f.Slug == d.Slug && f.Surface == d.Surface)).ToList();
        Assert.NotEmpty(published);

        var document = await app.GetDocumentAsync("/timeline");

        foreach (var date in published)
        {
            var entry = document.QuerySelectorAll("li.timeline-entry")
                .First(e => e.QuerySelector(".timeline-surface")!.TextContent == $"“{date.Surface}”" && e.QuerySelector($"a[href^='/articles/{date.Slug}#']") is not null);
            Assert.Contains($"relative, resolved against the article's date, {DatePeriod.Parse(date.Published)!.Label}", Html.Squash(entry.QuerySelector(".resolution")!.TextContent), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Timeline_EachEntryLinksToTheSentenceThatCarriesTheDate()
    {
        var document = await app.GetDocumentAsync("/timeline");
        var entry = document.QuerySelectorAll("li.timeline-entry").Skip(3).First();
        var href = entry.QuerySelector("blockquote a")!.GetAttribute("href")!;

        var article = await app.GetDocumentAsync(href.Split('#')[0]);

        var sentence = article.GetElementById(href.Split('#')[1]);
        Assert.NotNull(sentence);
        var surface = entry.QuerySelector("mark.date-hit")!.TextContent;
        Assert.Contains(surface, Html.VisibleText(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TimelineForAMisspeltEntity_ShowsOnlyDatesInSentencesAboutIt()
    {
        var slug = await BelmokhtarSlugAsync();
        var all = await app.GetDocumentAsync("/timeline");

        var document = await app.GetDocumentAsync("/timeline?entity=Belmoktar");

        Assert.Contains("Mokhtar Belmokhtar", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var entries = document.QuerySelectorAll("li.timeline-entry").ToList();
        Assert.NotEmpty(entries);
        Assert.True(entries.Count < all.QuerySelectorAll("li.timeline-entry").Length);
        Assert.All(entries, e => Assert.NotNull(e.QuerySelector("mark.mention-hit")));
        var bySlug = await app.GetDocumentAsync($"/timeline?entity={slug}");
        Assert.Equal(entries.Count, bySlug.QuerySelectorAll("li.timeline-entry").Length);
    }

    [Fact]
    public async Task Get_TimelineForAnUnknownName_SaysSo()
    {
        var document = await app.GetDocumentAsync("/timeline?entity=zzqxv");

        Assert.Empty(document.QuerySelectorAll("li.timeline-entry"));
        Assert.Contains("zzqxv", document.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EntityProfile_ShowsItsTimeline()
    {
        var slug = await BelmokhtarSlugAsync();
        var filtered = await app.GetDocumentAsync($"/timeline?entity={slug}");

        var profile = await app.GetDocumentAsync($"/entities/{slug}");

        var values = profile.QuerySelectorAll("section[aria-labelledby=timeline-heading] li.timeline-entry").Select(e => e.GetAttribute("data-value")).ToList();
        Assert.Equal(filtered.QuerySelectorAll("li.timeline-entry").Select(e => e.GetAttribute("data-value")).ToList(), values);
    }

    [Fact]
    public async Task GetApiTimeline_MatchesThePageAndRejectsUnknownEntities()
    {
        var slug = await BelmokhtarSlugAsync();
        using var client = app.CreateClient();
        var page = await app.GetDocumentAsync($"/timeline?entity={slug}");

        var json = (await client.GetFromJsonAsync<JsonElement>($"/api/timeline?entity={slug}")).EnumerateArray().ToList();
        using var unknown = await client.GetAsync(new Uri("/api/timeline?entity=nobody-at-all", UriKind.Relative));

        Assert.Equal(page.QuerySelectorAll("li.timeline-entry").Select(e => e.GetAttribute("href") ?? e.QuerySelector("blockquote a")!.GetAttribute("href")).ToList(),
            json.Select(e => e.GetProperty("url").GetString()).ToList());
        Assert.All(json, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("sentenceText").GetString())));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
