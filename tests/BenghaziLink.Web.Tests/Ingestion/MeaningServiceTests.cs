using System.Collections.Concurrent;
using System.Text.Json;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>
/// The background meaning service (<see cref="MeaningService"/>) with a fake encoder: it fills claims' vectors behind
/// ingestion, embeds a text once, regroups when done, shows its backlog, and survives a model that fails.
/// </summary>
public sealed class MeaningServiceTests : IDisposable
{
    private const string Shared = "Gunmen killed 12 soldiers guarding a fuel convoy near Ghat on Monday, officials said.";

    private static readonly Dictionary<string, string> Articles = new()
    {
        ["convoy-a.txt"] = $"Convoy attacked near Ghat\n\n{Shared} The convoy carried supplies for an oil field in the south, a company spokesman said.\n",
        ["convoy-b.txt"] = $"Fuel convoy hit in the desert\n\n{Shared} Two drivers were wounded in the attack, according to a hospital in Ubari.\n",
    };

    private readonly ScratchFolder scratch = new("benghazilink-meaning-");

    public void Dispose() => scratch.Dispose();

    /// <summary>A deterministic encoder: each text's vector comes from its characters. It can be held, or made to fail.</summary>
    private sealed class FakeEncoder : ISentenceEncoder
    {
        public ConcurrentBag<string> Texts { get; } = [];
        public int Calls;
        public ManualResetEventSlim Open { get; } = new(initialState: true);
        public bool Fails { get; init; }

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
        {
            Interlocked.Increment(ref Calls);
            Open.Wait(TimeSpan.FromSeconds(30));
            if (Fails) throw new InvalidOperationException("invented model failure");
            foreach (var text in texts) Texts.Add(text);
            return [.. texts.Select(VectorOf)];
        }

        /// <summary>An encoder that waits, as a slow model would, until the test opens it.</summary>
        public static FakeEncoder Held()
        {
            var encoder = new FakeEncoder();
            encoder.Open.Reset();
            return encoder;
        }

        public static float[] VectorOf(string text)
        {
            var vector = new float[384];
            for (var i = 0; i < text.Length; i++) vector[(text[i] * 31 + i) % vector.Length] += 1f / (1 + (i % 7));
            return vector;
        }
    }

    private sealed class MeaningApp(FakeEncoder encoder, bool enabled = true) : EmptyAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Meaning:Enabled", enabled ? "true" : "false");
            builder.UseSetting("Meaning:PollSeconds", "0.2");
            // Small batches, so that the articles' claims take several.
            builder.UseSetting("Meaning:BatchSize", "2");
            builder.ConfigureTestServices(services => services.AddSingleton<ISentenceEncoder>(encoder));
        }

        public Task<IngestSummary> IngestAsync(string folder) => WithScopeAsync(sp =>
            sp.GetRequiredService<IngestionRunner>().IngestPathsAsync([folder], null, CancellationToken.None));

        public Task<(MeaningStatus Status, int Pending)> StateAsync() =>
            WithScopeAsync(sp => sp.GetRequiredService<MeaningBacklog>().StateAsync(CancellationToken.None));

        public Task ReleaseAndDrainAsync(FakeEncoder held)
        {
            held.Open.Set();
            return DrainedAsync();
        }

        public Task DrainedAsync() => WaitUntilAsync((status, pending) => status == MeaningStatus.Idle && pending == 0);

        public async Task WaitUntilAsync(Func<MeaningStatus, int, bool> done)
        {
            for (var waited = 0; waited < 300; waited++)
            {
                var (status, pending) = await StateAsync();
                if (done(status, pending)) return;
                await Task.Delay(100);
            }
            Assert.Fail($"the meaning service did not finish: {await StateAsync()}");
        }
    }

    private string WriteArticles()
    {
        var folder = Directory.CreateDirectory(scratch.PathOf("articles")).FullName;
        foreach (var (name, text) in Articles) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    private static Task<List<ArticleClaim>> ClaimsAsync(MeaningApp app) => app.QueryAsync(db => db.ArticleClaims.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Ingest_ModelHeldBack_IngestionFinishesAndHealthzShowsTheBacklog()
    {
        var encoder = FakeEncoder.Held();
        using var app = new MeaningApp(encoder);
        using var client = app.CreateClient();

        var summary = await app.IngestAsync(WriteArticles());
        var claims = await app.QueryAsync(db => db.ArticleClaims.CountAsync());
        using var during = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        await app.ReleaseAndDrainAsync(encoder);
        using var after = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        Assert.Equal(2, summary.Ingested);
        Assert.True(claims >= 4, $"{claims} claims");
        Assert.Equal(claims, during.RootElement.GetProperty("meaning").GetProperty("pending").GetInt32());
        Assert.Equal("computing", during.RootElement.GetProperty("meaning").GetProperty("status").GetString());
        Assert.Equal(0, after.RootElement.GetProperty("meaning").GetProperty("pending").GetInt32());
        Assert.Equal("idle", after.RootElement.GetProperty("meaning").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_TwoArticlesSharingASentence_EachClaimGetsItsContentsVectorAndEachTextIsEmbeddedOnce()
    {
        var encoder = new FakeEncoder();
        using var app = new MeaningApp(encoder);

        await app.IngestAsync(WriteArticles());
        await app.DrainedAsync();
        var claims = await ClaimsAsync(app);
        var vectors = await app.QueryAsync(db => db.ClaimMeanings.ToDictionaryAsync(m => m.Key, m => m.Vector));

        var contents = claims.Select(c => ClaimLinker.ContentOf(c.Surface, c.Start, c.ContentStart, c.ContentEnd)).ToList();
        Assert.True(contents.Count(c => MeaningKey.Of(c) == MeaningKey.Of(contents.First(x => x.StartsWith("Gunmen killed", StringComparison.Ordinal)))) >= 2,
            "the shared sentence is a claim of both articles");
        Assert.Equal(contents.Select(MeaningKey.Of).Distinct().Count(), encoder.Texts.Count);
        Assert.Equal(encoder.Texts.Count, encoder.Texts.Select(MeaningKey.Of).Distinct().Count());
        foreach (var (claim, content) in claims.Zip(contents))
        {
            Assert.Equal(ClaimMeaning.KeyOf(MeaningKey.Of(content)), claim.MeaningKey);
            Assert.Equal(FakeEncoder.VectorOf(content), ClaimMeaning.ToVector(vectors[claim.MeaningKey!]));
        }
    }

    [Fact]
    public async Task Ingest_QuestionsAndConditionals_AreNeverEmbeddedAndLeaveNoBacklog()
    {
        var encoder = new FakeEncoder();
        using var app = new MeaningApp(encoder);
        var folder = WriteArticles();
        File.WriteAllText(Path.Combine(folder, "convoy-c.txt"), $"Questions after the convoy attack\n\n{Shared} " +
            "Was the convoy attack planned by the same cell that raided the depot in March? " +
            "If the report is confirmed, the attack was planned by the cell that raided the depot, a security source said.\n");

        await app.IngestAsync(folder);
        await app.DrainedAsync();
        var claims = await ClaimsAsync(app);
        var (_, pending) = await app.StateAsync();

        var others = claims.Where(c => c.Mood != Extraction.Claims.ClaimMood.Statement).ToList();
        Assert.Contains(others, c => c.Mood == Extraction.Claims.ClaimMood.Question);
        Assert.Contains(others, c => c.Mood == Extraction.Claims.ClaimMood.Conditional);
        var embedded = encoder.Texts.Select(MeaningKey.Of).ToHashSet(StringComparer.Ordinal);
        Assert.All(others, c => Assert.DoesNotContain(MeaningKey.Of(ClaimLinker.ContentOf(c.Surface, c.Start, c.ContentStart, c.ContentEnd)), embedded));
        Assert.Contains(MeaningKey.Of(Shared.Replace(", officials said.", "", StringComparison.Ordinal)), embedded);
        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task BacklogEmptied_GroupsDroppedMeanwhile_AreMadeAgain()
    {
        var encoder = FakeEncoder.Held();
        using var app = new MeaningApp(encoder);
        await app.IngestAsync(WriteArticles());
        var groups = await app.QueryAsync(db => db.ClaimGroups.CountAsync());

        // Ingestion made the groups without meaning; dropped here, only the meaning service's regrouping brings them back.
        await app.QueryAsync(db => db.ClaimGroups.ExecuteDeleteAsync());
        await app.ReleaseAndDrainAsync(encoder);
        var regrouped = await app.QueryAsync(db => db.ClaimGroups.CountAsync());
        var stale = await app.QueryAsync(db => db.StoreInfo.AnyAsync(i => i.Key == StoreSchema.ClaimGroupsStaleKey));

        Assert.True(groups > 0, "the shared sentence makes a group");
        Assert.Equal(groups, regrouped);
        Assert.False(stale);
    }

    [Fact]
    public async Task Ingest_ClaimsStoredBeforeTheirKeys_AreKeyedAndEmbedded()
    {
        var encoder = FakeEncoder.Held();
        using var app = new MeaningApp(encoder);
        await app.IngestAsync(WriteArticles());

        // As after the migration: claims of an older store have no key yet.
        await app.QueryAsync(db => db.ArticleClaims.ExecuteUpdateAsync(s => s.SetProperty(c => c.MeaningKey, (string?)null)));
        await app.ReleaseAndDrainAsync(encoder);
        var claims = await ClaimsAsync(app);

        Assert.All(claims, c => Assert.Equal(ClaimMeaning.KeyOf(MeaningKey.Of(ClaimLinker.ContentOf(c.Surface, c.Start, c.ContentStart, c.ContentEnd))), c.MeaningKey));
    }

    [Fact]
    public async Task Ingest_ModelFails_IsTriedOnceAndTheAppGoesOnWithGroupsAndNoBacklogShown()
    {
        var encoder = new FakeEncoder { Fails = true };
        using var app = new MeaningApp(encoder);

        var first = await app.IngestAsync(WriteArticles());
        await app.WaitUntilAsync((status, _) => status == MeaningStatus.Failed);
        var shown = await app.WithScopeAsync(sp => sp.GetRequiredService<MeaningBacklog>().CountAsync(CancellationToken.None));
        await File.WriteAllTextAsync(scratch.PathOf("articles/later.txt"), "Talks resume in Tripoli\n\nOfficials met in Tripoli on Tuesday, a spokesman said.\n");
        var second = await app.IngestAsync(scratch.PathOf("articles"));
        await Task.Delay(500);
        var groups = await app.QueryAsync(db => db.ClaimGroups.CountAsync());

        Assert.Equal(2, first.Ingested);
        Assert.Equal(1, second.Ingested);
        Assert.Equal(0, shown);
        Assert.Equal(1, encoder.Calls);
        Assert.True(groups > 0);
    }

    [Fact]
    public async Task Start_MeaningTurnedOff_NeverEmbedsAndShowsNoBacklog()
    {
        var encoder = new FakeEncoder();
        using var app = new MeaningApp(encoder, enabled: false);

        await app.IngestAsync(WriteArticles());
        await Task.Delay(500);
        var (status, pending) = await app.StateAsync();
        var shown = await app.WithScopeAsync(sp => sp.GetRequiredService<MeaningBacklog>().CountAsync(CancellationToken.None));

        Assert.Equal(MeaningStatus.Off, status);
        Assert.True(pending > 0);
        Assert.Equal(0, shown);
        Assert.Equal(0, encoder.Calls);
    }

    [Fact]
    public async Task Drained_Regrouping_GivesTheGrouperEachClaimsVectorUnderTheMeaningKeyOfItsContent()
    {
        var encoder = new FakeEncoder();
        using var app = new MeaningApp(encoder);
        await app.IngestAsync(WriteArticles());
        await app.DrainedAsync();

        var (meanings, claims) = await app.QueryAsync(async db =>
        {
            var claims = await db.ArticleClaims.AsNoTracking().ToListAsync();
            return (await ClaimLinker.MeaningsAsync(db, claims, CancellationToken.None), claims);
        });

        var contents = claims.Select(c => ClaimLinker.ContentOf(c.Surface, c.Start, c.ContentStart, c.ContentEnd)).ToList();
        Assert.NotNull(meanings);
        Assert.Equal(contents.Select(MeaningKey.Of).Distinct().Order(StringComparer.Ordinal), meanings.Keys.Order(StringComparer.Ordinal));
        Assert.All(contents, c => Assert.Equal(FakeEncoder.VectorOf(c), meanings[MeaningKey.Of(c)]));
    }

    [Fact]
    public async Task Regroup_NoVectorYet_GivesTheGrouperNone()
    {
        using var app = new MeaningApp(new FakeEncoder(), enabled: false);
        await app.IngestAsync(WriteArticles());

        var meanings = await app.QueryAsync(async db => await ClaimLinker.MeaningsAsync(db, await db.ArticleClaims.ToListAsync(), CancellationToken.None));

        Assert.Null(meanings);
    }
}
