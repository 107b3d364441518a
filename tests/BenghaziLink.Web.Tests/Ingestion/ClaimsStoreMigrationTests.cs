using BenghaziLink.Web.Data;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>
/// The migration that gives claims their own rows for names, events and mentions (schema 8 kept them as newline-joined
/// text): every claim of the previous release's store keeps them, in order, read back through the EF model.
/// </summary>
public sealed class ClaimsStoreMigrationTests : IDisposable
{
    private readonly ScratchFolder scratch = new("benghazilink-claims-store-");

    public void Dispose() => scratch.Dispose();

    private sealed record OldClaim(long Id, string Entities, string Events, string Mentions);

    private static List<OldClaim> ReadOldClaims(string path)
    {
        using var connection = StoreFile.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Entities, Events, Mentions FROM ArticleClaims ORDER BY Id";
        using var reader = command.ExecuteReader();
        var claims = new List<OldClaim>();
        while (reader.Read()) claims.Add(new OldClaim(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return claims;
    }

    private static List<string> Lines(string text) => text.Length == 0 ? [] : [.. text.Split('\n')];

    private async Task<(List<OldClaim> Before, List<ArticleClaim> After)> MigrateReleaseAsync(params string[] sql)
    {
        var path = scratch.PathOf("store.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Upgrade", "release-schema8.sqlite3"), path);
        // What StoreInitializer records when it adopts a schema-8 store; the migrations after it are this test's subject.
        StoreFile.Execute(path, [
            "CREATE TABLE \"__EFMigrationsHistory\" (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL)",
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261207130423_Schema8', '10.0.15')",
            .. sql]);
        var before = ReadOldClaims(path);

        var options = new DbContextOptionsBuilder<BenghaziLinkDb>().UseSqlite($"Data Source={path};Pooling=False").Options;
        await using var db = new BenghaziLinkDb(options);
        await db.Database.MigrateAsync();
        var after = await db.ArticleClaims.AsNoTracking().Include(c => c.Mentions).OrderBy(c => c.Id).ToListAsync();
        return (before, after);
    }

    [Fact]
    public async Task Migrate_ClaimsOfThePreviousRelease_KeepEveryNameEventAndMentionInOrder()
    {
        var (before, after) = await MigrateReleaseAsync();

        Assert.Equal(106, before.Count);
        Assert.Contains(before, c => c.Mentions.Contains('\n', StringComparison.Ordinal));
        Assert.Equal(before.Select(c => c.Id), after.Select(c => (long)c.Id));
        foreach (var (old, claim) in before.Zip(after))
        {
            Assert.Equal(Lines(old.Entities), claim.Entities);
            Assert.Equal(Lines(old.Events), claim.Events);
            Assert.Equal(Lines(old.Mentions), claim.Mentions.OrderBy(m => m.Position).Select(m => $"{m.Start} {m.End} {m.Name}"));
        }
    }

    [Fact]
    public async Task Migrate_NamesWithQuotesBackslashesAndSpaces_KeepThemExactly()
    {
        var (_, after) = await MigrateReleaseAsync(
            "UPDATE ArticleClaims SET Entities = 'the \"Signed in Blood\" Battalion' || char(10) || 'C:\\new\\n' || char(10) || ' ', " +
            "Mentions = '3 9 the \"Signed in Blood\" Battalion' || char(10) || '12 14 C:\\new\\n' WHERE Id = 1");

        var claim = after.Single(c => c.Id == 1);
        Assert.Equal(["the \"Signed in Blood\" Battalion", "C:\\new\\n", " "], claim.Entities);
        Assert.Equal([("the \"Signed in Blood\" Battalion", 3, 9), ("C:\\new\\n", 12, 14)],
            claim.Mentions.OrderBy(m => m.Position).Select(m => (m.Name, m.Start, m.End)));
    }

    [Fact]
    public async Task Migrate_ClaimsOfThePreviousRelease_AreStatementsWithoutContentPropositionOrMeaningYet()
    {
        var (_, after) = await MigrateReleaseAsync();

        Assert.All(after, c => Assert.Equal(BenghaziLink.Extraction.Claims.ClaimMood.Statement, c.Mood));
        Assert.All(after, c => Assert.Null(c.ContentStart));
        Assert.All(after, c => Assert.Null(c.PropositionPredicate));
        Assert.All(after, c => Assert.Null(c.MeaningKey));
    }
}
