using System.Text.Json;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>
/// An ingest run groups only its new articles' claims into the groups kept in memory (<see cref="CorpusGrouping"/>) and
/// writes only the groups that changed; what it stores is what a regrouping of the whole store would store.
/// </summary>
public sealed class IncrementalGroupingTests : IDisposable
{
    private readonly EmptyAppFactory app = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-incremental-");

    /// <summary>An article on nothing the seeds speak of, with a statement attributed to a named source.</summary>
    private const string Unrelated = """
        Harbour town votes to rebuild its old ferry pier

        The town council of Westmarsh voted on Tuesday to rebuild the ferry pier that storms damaged last winter.

        "The pier will reopen to passengers before the summer," the harbour master, Edith Carrow, told reporters after the vote.

        The work will cost 4 million pounds, the council said in a statement.
        """;

    public void Dispose()
    {
        app.Dispose();
        folder.Delete(recursive: true);
    }

    private CorpusGrouping Grouping => app.Services.GetRequiredService<CorpusGrouping>();

    private Task<IngestSummary> IngestAsync(params string[] paths) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync(paths, null, CancellationToken.None));

    /// <summary>The seed articles by name, copied into a folder of their own for one run.</summary>
    private string Seeds(string run, IEnumerable<string> names)
    {
        var target = folder.CreateSubdirectory(run).FullName;
        foreach (var name in names) File.Copy(Path.Combine(RepoPaths.SeedArticles, name), Path.Combine(target, name));
        return target;
    }

    private static List<string> SeedNames() => [.. Directory.GetFiles(RepoPaths.SeedArticles, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every stored group with its address, members, origins and framings, written out to compare.</summary>
    private Task<string> StoredGroupsAsync() => app.QueryAsync(async db => JsonSerializer.Serialize(await db.ClaimGroups.OrderBy(g => g.Id).Select(g => new
    {
        g.Id, g.Status, g.Quantity, g.Topic, g.ArticleCount, g.OriginCount, g.Summary,
        Members = g.Members.OrderBy(m => m.ClaimId).Select(m => new { m.ClaimId, m.Origin, m.Echo, m.Value, m.Counts, m.Qualifier }).ToList(),
        Origins = g.Origins.OrderBy(o => o.Origin).Select(o => new { o.Origin, o.Label, o.Basis }).ToList(),
        Framings = g.Framings.OrderBy(f => f.ClaimId).ThenBy(f => f.Start).Select(f => new { f.ClaimId, f.Dimension, f.Pole, f.Start, f.End, f.Surface }).ToList(),
    }).ToListAsync()));

    /// <summary>The groups a regrouping of the whole store in one batch stores (<see cref="ClaimLinker.RegroupAsync"/>).</summary>
    private async Task<string> BatchRegroupedAsync()
    {
        await app.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ClaimLinker.RegroupAsync(db, CancellationToken.None);
            await transaction.CommitAsync();
            return true;
        });
        return await StoredGroupsAsync();
    }

    [Fact]
    public async Task Ingest_SecondRun_AddsItsArticlesOnlyAndStoresTheGroupsABatchRegroupStores()
    {
        var names = SeedNames();
        await IngestAsync(Seeds("first", names.Take(3)));
        var (full, incremental) = (Grouping.Full, Grouping.Incremental);

        await IngestAsync(Seeds("second", names.Skip(3)));
        var stored = await StoredGroupsAsync();

        Assert.Equal(full, Grouping.Full);
        Assert.Equal(incremental + 1, Grouping.Incremental);
        Assert.Contains("\"Members\":[{", stored, StringComparison.Ordinal);
        Assert.Equal(await BatchRegroupedAsync(), stored);
    }

    [Fact]
    public async Task Ingest_SecondRun_LeavesTheRowsOfGroupsItDoesNotChange()
    {
        await IngestAsync(Seeds("first", SeedNames()));
        // Marked in place: a run that regrouped the corpus would write every group again, without the mark.
        var marked = await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE ClaimGroups SET Summary = COALESCE(Summary, '') || '#kept'"));
        Assert.True(marked > 0);
        var unrelated = folder.CreateSubdirectory("second").FullName;
        await File.WriteAllTextAsync(Path.Combine(unrelated, "pier.txt"), Unrelated);

        await IngestAsync(unrelated);

        var kept = await app.QueryAsync(db => db.ClaimGroups.CountAsync(g => g.Summary!.EndsWith("#kept")));
        Assert.True(kept > 0, "every group was written again");
        Assert.True(await app.QueryAsync(db => db.Articles.AnyAsync(a => a.SourceName == "pier.txt")));
        Assert.False(await app.QueryAsync(db => ClaimLinker.IsStaleAsync(db, CancellationToken.None)));
    }

    [Fact]
    public async Task Ingest_ArticleReplaced_RegroupsTheWholeCorpusAsABatchWould()
    {
        var names = SeedNames();
        var first = Seeds("first", names.Take(4));
        await IngestAsync(first);
        var full = Grouping.Full;
        // New bytes at a known path: the article is extracted again, and the claims the grouping holds are no longer the store's.
        var replaced = Path.Combine(first, names[1]);
        await File.AppendAllTextAsync(replaced, "\n\nThe ministry said on Monday that talks would resume.\n");

        await IngestAsync(first, Seeds("second", names.Skip(4)));

        Assert.Equal(full + 1, Grouping.Full);
        var stored = await StoredGroupsAsync();
        Assert.Equal(await BatchRegroupedAsync(), stored);
    }

    [Fact]
    public async Task Ingest_GroupsWrittenByAnotherWriter_RegroupsTheWholeCorpus()
    {
        var names = SeedNames();
        await IngestAsync(Seeds("first", names.Take(3)));
        // As a second process would: its own regrouping leaves the groups this process kept in memory behind.
        await BatchRegroupedAsync();
        var full = Grouping.Full;

        await IngestAsync(Seeds("second", names.Skip(3)));

        Assert.Equal(full + 1, Grouping.Full);
        var stored = await StoredGroupsAsync();
        Assert.Equal(await BatchRegroupedAsync(), stored);
    }
}
