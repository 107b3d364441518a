using BenghaziLink.Web.Data;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>The migration that gives the previous release's full-text index Porter stemming keeps every indexed article.</summary>
public sealed class SearchStemmingMigrationTests : IDisposable
{
    private readonly ScratchFolder scratch = new("benghazilink-search-stemming-");

    public void Dispose() => scratch.Dispose();

    private static long Count(string path, string sql)
    {
        using var connection = StoreFile.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Migrate_IndexOfThePreviousRelease_KeepsEveryArticleAndFindsWordForms()
    {
        var path = scratch.PathOf("store.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Upgrade", "release-schema8.sqlite3"), path);
        StoreFile.Execute(path, [
            "CREATE TABLE \"__EFMigrationsHistory\" (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL)",
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261207130423_Schema8', '10.0.15')"]);
        var indexed = Count(path, "SELECT count(*) FROM ArticleSearch");
        var weaponBefore = Count(path, "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH '\"weapon\"'");
        var weaponsBefore = Count(path, "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH '\"weapons\"'");

        var options = new DbContextOptionsBuilder<BenghaziLinkDb>().UseSqlite($"Data Source={path};Pooling=False").Options;
        await using (var db = new BenghaziLinkDb(options)) await db.Database.MigrateAsync();

        Assert.True(indexed > 0);
        Assert.Equal(indexed, Count(path, "SELECT count(*) FROM ArticleSearch"));
        Assert.True(weaponsBefore > weaponBefore, "before stemming the singular finds fewer articles than the plural");
        Assert.True(Count(path, "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH '\"weapon\"'") >= weaponsBefore);
        Assert.Equal(0, Count(path, "SELECT count(*) FROM sqlite_master WHERE name = 'ArticleSearchKept'"));
    }
}
