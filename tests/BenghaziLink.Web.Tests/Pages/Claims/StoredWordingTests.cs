using System.Net.Http.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Pages.Claims;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Pages.Claims;

/// <summary>The seeds, whose stored groups these tests word and relate by hand, each test on a group of its own.</summary>
public sealed class EditedClaims : AppFactory;

/// <summary>
/// What the grouper stores beside a group (its summary, each origin's label and basis, related groups) and what the
/// extraction stores beside a claim (its content span) as the claim pages show them.
/// </summary>
public sealed class StoredWordingTests(EditedClaims app) : IClassFixture<EditedClaims>
{
    /// <summary>The grouper's status for claims on one topic that state different things ("See also", never support).</summary>
    private const GroupStatus Related = GroupStatus.Related;

    /// <summary>Listed groups with their members' claim ids, most members first.</summary>
    private Task<List<(int Id, List<int> Claims, List<int> Origins)>> GroupsAsync(GroupStatus? status = null) => app.QueryAsync(async db =>
        (await db.ClaimGroups.Where(g => ClaimQuery.Listed.Contains(g.Status) && (status == null || g.Status == status))
            .Select(g => new { g.Id, Claims = g.Members.Select(m => m.ClaimId).ToList(), Origins = g.Members.Select(m => m.Origin).ToList() }).ToListAsync())
        .OrderByDescending(g => g.Claims.Count).ThenBy(g => g.Id).Select(g => (g.Id, g.Claims, g.Origins)).ToList());

    [Fact]
    public async Task Get_ClaimWithASummary_LeadsWithTheSummary()
    {
        var group = (await GroupsAsync())[0];
        await app.QueryAsync(db => db.ClaimGroups.Where(g => g.Id == group.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Summary, "Ruritanian rebels – seized – the northern fuel depot")));

        var document = await app.GetDocumentAsync($"/claims/{group.Id}");
        var list = await Pages.WalkAsync(app, "/claims");

        Assert.Equal("Ruritanian rebels – seized – the northern fuel depot", document.QuerySelector("h1.claim-short-form")!.TextContent);
        Assert.Equal("Ruritanian rebels – seized – the northern fuel depot",
            list.Select(d => d.QuerySelector($"li.claim-group[data-group='{group.Id}'] .short-form")).Single(e => e is not null)!.TextContent);
    }

    [Fact]
    public async Task Get_ClaimWithOriginDetails_SaysEachOriginAsTheGrouperLabelsIt()
    {
        var group = (await GroupsAsync(GroupStatus.Corroborated)).First(g => g.Origins.Distinct().Count() >= 2);
        var origins = group.Origins.Distinct().ToList();
        await app.QueryAsync(async db =>
        {
            await db.ClaimGroupOrigins.Where(o => o.GroupId == group.Id).ExecuteDeleteAsync();
            db.ClaimGroupOrigins.AddRange(origins.Select((o, i) => new ClaimGroupOrigin
            {
                GroupId = group.Id, Origin = o, Label = $"invented origin {i + 1}", Basis = $"invented basis {i + 1}",
            }));
            return await db.SaveChangesAsync();
        });

        var document = await app.GetDocumentAsync($"/claims/{group.Id}");

        var words = Html.Squash(document.QuerySelector(".status-in-words")!.TextContent);
        Assert.StartsWith($"{origins.Count} independent origins: ", words, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, origins.Count), i => Assert.Contains($"invented origin {i}", words, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, origins.Count).Select(i => $"invented basis {i}").Order(),
            document.QuerySelectorAll(".claim-origin .origin-basis").Select(b => b.TextContent).Order());
    }

    [Fact]
    public async Task Get_ClaimWithARelatedGroup_ShowsTheOtherClaimsUnderSeeAlsoAndNeverAsSupport()
    {
        var groups = await GroupsAsync();
        var one = groups[1];
        string Home(int claim) => $"/claims/{groups.Where(g => g.Claims.Contains(claim)).Min(g => g.Id)}";
        static List<(string? Claim, string? Href)> SeeAlso(List<AngleSharp.Dom.IDocument> pages) => [.. pages.SelectMany(d => d.QuerySelectorAll("li.see-also-claim"))
            .Select(li => (li.GetAttribute("data-claim"), li.QuerySelector("a")!.GetAttribute("href")))];
        var before = await Pages.WalkAsync(app, $"/claims/{one.Id}", ".see-also a.pager-next");
        var shownBefore = SeeAlso(before);
        var other = groups.First(g => g.Id != one.Id && !g.Claims.Intersect(one.Claims).Any()
            && Home(g.Claims[0]) != $"/claims/{one.Id}" && shownBefore.All(s => s.Href != Home(g.Claims[0])));
        var relatedId = await app.QueryAsync(async db =>
        {
            var id = await db.ClaimGroups.MaxAsync(g => g.Id) + 1;
            db.ClaimGroups.Add(new ClaimGroupRow
            {
                Id = id, Status = Related, Topic = "invented topic", ArticleCount = 2, OriginCount = 2,
                Members = [new ClaimGroupMember { ClaimId = one.Claims[0], Origin = 0 }, new ClaimGroupMember { ClaimId = other.Claims[0], Origin = 1 }],
            });
            await db.SaveChangesAsync();
            return id;
        });

        var after = await Pages.WalkAsync(app, $"/claims/{one.Id}", ".see-also a.pager-next");
        var relatedPage = await app.GetDocumentAsync($"/claims/{relatedId}");
        using var client = app.CreateClient();
        var api = new List<System.Text.Json.JsonElement>();
        for (var next = $"/api/claims/{one.Id}"; next is not null;)
        {
            api.Add(await client.GetFromJsonAsync<System.Text.Json.JsonElement>(next));
            next = api[^1].GetProperty("seeAlso").GetProperty("next").GetString();
        }
        var list = await Pages.WalkAsync(app, "/claims");

        var added = SeeAlso(after).Except(shownBefore).ToList();
        Assert.Equal([(other.Claims[0].ToString(System.Globalization.CultureInfo.InvariantCulture), Home(other.Claims[0]))], added);
        // Support is what it was: the same reports, origins and status sentence.
        var document = after[0];
        Assert.Equal(before[0].QuerySelector(".status-in-words")!.TextContent, document.QuerySelector(".status-in-words")!.TextContent);
        Assert.Equal(before[0].QuerySelectorAll("li.claim-member").Select(li => li.GetAttribute("data-claim")), document.QuerySelectorAll("li.claim-member").Select(li => li.GetAttribute("data-claim")));
        Assert.Null(document.QuerySelector($"li.claim-member[data-claim='{other.Claims[0]}']"));
        // The API says the same: the other claim under seeAlso, with its own claim page, and not among the members.
        var apiSeeAlso = api.SelectMany(p => p.GetProperty("seeAlso").GetProperty("claims").EnumerateArray()).ToList();
        Assert.Equal(SeeAlso(after).Count, apiSeeAlso.Count);
        Assert.Equal(SeeAlso(after).Count, api[0].GetProperty("seeAlso").GetProperty("total").GetInt32());
        var apiOther = apiSeeAlso.Single(c => c.GetProperty("id").GetInt32() == other.Claims[0]);
        Assert.Equal(Home(other.Claims[0]), apiOther.GetProperty("groupUrl").GetString());
        Assert.DoesNotContain(api[0].GetProperty("members").EnumerateArray(), m => m.GetProperty("id").GetInt32() == other.Claims[0]);
        Assert.Equal(one.Id, api[0].GetProperty("id").GetInt32());
        // A related group is no claim of its own: no page, not in the list.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, relatedPage.StatusCode);
        Assert.DoesNotContain(list.SelectMany(d => d.QuerySelectorAll("li.claim-group")), li => li.GetAttribute("data-group") == relatedId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Get_ClaimWithItsContentApartFromItsSource_MarksTheContentInsideTheClaim()
    {
        var claim = await app.QueryAsync(db => db.ArticleClaims
            .Where(c => c.ContentStart != null && c.ContentStart > c.Start && c.Ordinal < 20)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, a.Slug, a.Text, Start = c.ContentStart!.Value, End = c.ContentEnd!.Value, c.Ordinal })
            .OrderBy(c => c.Id).FirstAsync());
        var rank = await app.QueryAsync(db => db.ArticleClaims.CountAsync(c => c.ArticleId == db.Articles.Single(a => a.Slug == claim.Slug).Id && c.Ordinal < claim.Ordinal));

        var document = await app.GetDocumentAsync($"/articles/{claim.Slug}?claims={rank / 20 + 1}");

        var shown = document.QuerySelector($"li.claim[data-claim='{claim.Id}']")!;
        Assert.Equal(claim.Text[claim.Start..claim.End], shown.QuerySelector("mark.claim-hit span.claim-content")!.TextContent);
    }
}

/// <summary>The claims list while the meaning of claims is still being computed: it says the groups may change.</summary>
public sealed class MeaningBacklogShownTests : IDisposable
{
    private sealed class HeldEncoder : ISentenceEncoder, IDisposable
    {
        public ManualResetEventSlim Open { get; } = new(initialState: false);

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
        {
            Open.Wait(TimeSpan.FromSeconds(30));
            return [.. texts.Select(_ => new float[384])];
        }

        public void Dispose() => Open.Dispose();
    }

    private sealed class HeldMeaning(HeldEncoder encoder) : EmptyAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Meaning:Enabled", "true");
            builder.UseSetting("Meaning:PollSeconds", "0.2");
            builder.ConfigureTestServices(services => services.AddSingleton<ISentenceEncoder>(encoder));
        }
    }

    private readonly ScratchFolder scratch = new("benghazilink-backlog-");
    private readonly HeldEncoder encoder = new();

    public void Dispose()
    {
        encoder.Open.Set();
        scratch.Dispose();
        encoder.Dispose();
    }

    [Fact]
    public async Task Get_Claims_MeaningStillBeingComputed_SaysHowManyClaimsAreWaiting()
    {
        using var app = new HeldMeaning(encoder);
        var folder = Directory.CreateDirectory(scratch.PathOf("articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "depot.txt"), "Depot seized in the north\n\nRebels seized a fuel depot near the border on Tuesday, a regional governor said. The depot supplies three towns, officials said.\n");
        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync([folder], null, CancellationToken.None));
        var pending = await app.QueryAsync(db => db.ArticleClaims.CountAsync());

        var document = await app.GetDocumentAsync("/claims");

        Assert.True(pending > 0);
        Assert.Contains($"The meaning of {pending} claim", document.QuerySelector(".meaning-backlog")!.TextContent, StringComparison.Ordinal);
    }
}
