using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Cli;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>Claims survive the store unchanged, and the stored groups are what the grouper makes of the pipeline's claims.</summary>
public sealed class ClaimStoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<(string Slug, string? Published, ArticleDocument Document)>> ExtractSeedsAsync() => app.WithScopeAsync(async services =>
    {
        var files = ExtractVerb.Create(services, withoutCatalog: false);
        var slugs = await app.QueryAsync(db => db.Articles.Select(a => new { a.SourceName, a.Slug, a.Published }).ToListAsync());
        return slugs.OrderBy(a => a.SourceName, StringComparer.Ordinal).Select(a =>
        {
            Assert.True(files.TryExtract(Path.Combine(RepoPaths.SeedArticles, a.SourceName), out ArticleDocument? document, out var reason), reason);
            return (a.Slug, a.Published, document);
        }).ToList();
    });

    [Fact]
    public async Task Ingest_Seeds_StoresEveryClaimWithItsChainHedgeAndQuantities()
    {
        var extracted = await ExtractSeedsAsync();

        var stored = await app.QueryAsync(db => db.ArticleClaims.Include(c => c.Chain).Include(c => c.Quantities)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { a.Slug, Claim = c }).ToListAsync());

        Assert.Equal(extracted.Sum(e => e.Document.Claims.Length), stored.Count);
        foreach (var (slug, _, document) in extracted)
        {
            var mine = stored.Where(s => s.Slug == slug).Select(s => s.Claim).OrderBy(c => c.Ordinal).ToList();
            Assert.Equal(document.Claims.Select(c => (c.Span.Start, c.Span.End, c.Surface, c.Hedge)), mine.Select(c => (c.Start, c.End, c.Surface, c.Hedge)));
            Assert.Equal(document.Claims.Select(c => string.Join(" > ", c.Chain.Select(s => $"{s.Name}/{s.Class}"))),
                mine.Select(c => string.Join(" > ", c.Chain.OrderBy(s => s.Position).Select(s => $"{s.Name}/{s.Class}"))));
            Assert.Equal(document.Claims.Select(c => c.Quantities.Length), mine.Select(c => c.Quantities.Count));
        }
    }

    [Fact]
    public async Task Ingest_Seeds_StoresTheGroupsTheGrouperMakes()
    {
        var extracted = await ExtractSeedsAsync();
        var voices = await app.QueryAsync(db => db.Articles.ToDictionaryAsync(a => a.Slug, a => ClaimLinker.VoiceOf(a.Outlet, a.Headline)));
        var expected = ClaimGrouper.Group([.. extracted.Select(e => new ArticleClaims(e.Slug, e.Published, e.Document.Claims) { Voice = voices[e.Slug] })]);

        var stored = await app.QueryAsync(db => db.ClaimGroups.Select(g => new
        {
            g.Status, g.ArticleCount, g.OriginCount, g.Summary,
            Members = g.Members.Join(db.ArticleClaims, m => m.ClaimId, c => c.Id, (m, c) => new { c.Surface, m.Echo, m.Origin }).ToList(),
            Origins = g.Origins.OrderBy(o => o.Origin).Select(o => new { o.Origin, o.Label, o.Basis }).ToList(),
        }).ToListAsync());

        string Key(IEnumerable<string> quotes) => string.Join(" | ", quotes.Order(StringComparer.Ordinal));
        string Origins(IEnumerable<(int Origin, string Label, string Basis)> origins) => string.Join(" | ", origins.Select(o => $"{o.Origin}: {o.Label} ({o.Basis})"));
        var bySlug = extracted.ToDictionary(e => e.Slug, e => e.Document);
        Assert.Contains(expected, g => g.Status == GroupStatus.Related);
        Assert.Contains(expected, g => g.Summary is not null && g.OriginDetails.Length > 0);
        // An article's own voice is named as a reader knows it (its outlet or headline), never by its file or slug.
        Assert.Contains(stored, g => g.Origins.Any(o => o.Label.EndsWith(" in its own voice", StringComparison.Ordinal)));
        Assert.DoesNotContain(stored, g => g.Origins.Any(o => extracted.Any(e => o.Label.Contains(e.Slug, StringComparison.Ordinal))));
        Assert.Equal(
            expected.Select(g => (Key(g.Members.Select(m => $"{bySlug[m.Article].Claims[m.Claim].Surface} #{m.Origin}")), g.Status, g.Articles, g.Origins, g.Members.Count(m => m.Echo),
                g.Summary, Origins(g.OriginDetails.Select(o => (o.Origin, o.Label, o.Basis))))).OrderBy(g => g.Item1, StringComparer.Ordinal),
            stored.Select(g => (Key(g.Members.Select(m => $"{m.Surface} #{m.Origin}")), g.Status, g.ArticleCount, g.OriginCount, g.Members.Count(m => m.Echo),
                g.Summary, Origins(g.Origins.Select(o => (o.Origin, o.Label, o.Basis))))).OrderBy(g => g.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public async Task IngestUnchangedSeeds_GroupsFromAnotherGrouperVersion_AreRebuiltWithoutExtractingAgain()
    {
        var groups = await app.QueryAsync(db => db.ClaimGroups.CountAsync());
        var ingested = await app.QueryAsync(db => db.Articles.Select(a => a.IngestedAtUtc).ToListAsync());
        Task<IngestSummary> IngestSeedsAsync() => app.WithScopeAsync(services =>
            services.GetRequiredService<IngestionRunner>().IngestPathsAsync([RepoPaths.SeedArticles], null, CancellationToken.None));
        Task<int> CountGroupsAsync() => app.QueryAsync(db => db.ClaimGroups.CountAsync());
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM ClaimGroups"));

        // Nothing changed and the groups are the current grouper's: nothing is regrouped.
        var unchanged = await IngestSeedsAsync();
        var afterUnchanged = await CountGroupsAsync();
        // The stored groups come from an older grouper: they are made again, the articles left as they are.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync($"UPDATE StoreInfo SET Value = 'older' WHERE Key = '{StoreSchema.ClaimGroupingKey}'"));
        var upgraded = await IngestSeedsAsync();

        Assert.True(groups > 0);
        Assert.Equal(5, unchanged.Unchanged);
        Assert.Equal(0, afterUnchanged);
        Assert.Equal(5, upgraded.Unchanged);
        Assert.Equal(groups, await CountGroupsAsync());
        Assert.Equal(BenghaziLink.Extraction.Claims.ClaimGrouper.Version,
            await app.QueryAsync(db => db.StoreInfo.Where(i => i.Key == StoreSchema.ClaimGroupingKey).Select(i => i.Value).SingleAsync()));
        Assert.Equal(ingested, await app.QueryAsync(db => db.Articles.Select(a => a.IngestedAtUtc).ToListAsync()));
    }

    private static string Describe(Claim c) => string.Join(" | ",
        $"{c.Span.Start}-{c.Span.End}", c.Mood, c.Content is { } content ? $"{content.Start}-{content.End}" : "whole",
        c.Proposition is { } p ? $"{p.Subject} / {p.Predicate} / {p.Object} / {p.Negated}" : "no proposition",
        string.Join(", ", c.Entities), string.Join(", ", c.Events),
        string.Join(", ", c.Mentions.Select(m => $"{m.Name}@{m.Span.Start}-{m.Span.End}")));

    [Fact]
    public async Task Ingest_Seeds_ReadsBackEachClaimsMoodContentPropositionNamesEventsAndMentions()
    {
        var extracted = await ExtractSeedsAsync();

        var stored = await app.QueryAsync(db => db.ArticleClaims.AsNoTracking().Include(c => c.Chain).Include(c => c.Quantities).Include(c => c.Mentions)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { a.Slug, Claim = c }).ToListAsync());

        var claims = extracted.SelectMany(e => e.Document.Claims).ToList();
        Assert.Contains(claims, c => c.Content is not null);
        Assert.Contains(claims, c => c.Proposition is not null);
        Assert.Contains(claims, c => c.Mentions.Length > 1);
        foreach (var (slug, _, document) in extracted)
        {
            var mine = stored.Where(s => s.Slug == slug).Select(s => s.Claim).OrderBy(c => c.Ordinal).Select(ClaimLinker.ToClaim);
            Assert.Equal(document.Claims.Select(Describe), mine.Select(Describe));
        }
    }

    [Fact]
    public async Task StoreClaims_EveryMoodANegatedPropositionAndAContentSpan_ReadBackTheSame()
    {
        var document = (await ExtractSeedsAsync())[0].Document;
        var moods = Enum.GetValues<ClaimMood>();
        var written = document with
        {
            Claims = [.. document.Claims.Select((c, i) => c with
            {
                Mood = moods[i % moods.Length],
                Content = i % 2 == 0 ? new TextSpan(c.Span.Start + 1, c.Span.End - 1) : null,
                Proposition = i % 3 == 0 ? null : new BenghaziLink.Extraction.Claims.Matching.Proposition($"subject {i}", "deny", i % 2 == 0 ? null : "object", Negated: i % 2 == 0),
            })],
        };

        var read = await app.QueryAsync(async db =>
        {
            var articleId = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.ArticleClaims.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync();
            ClaimLinker.AddClaims(db, articleId, written);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var claims = await db.ArticleClaims.AsNoTracking().Include(c => c.Chain).Include(c => c.Quantities).Include(c => c.Mentions)
                .Where(c => c.ArticleId == articleId).OrderBy(c => c.Ordinal).ToListAsync();
            // The seeds stay as the other tests expect them.
            await transaction.RollbackAsync();
            return claims;
        });

        Assert.True(written.Claims.Length >= moods.Length);
        Assert.Equal(written.Claims.Select(Describe), read.Select(ClaimLinker.ToClaim).Select(Describe));
    }
}
