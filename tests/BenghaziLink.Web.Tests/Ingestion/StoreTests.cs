using BenghaziLink.Web.Data;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

public sealed class StoreTests
{
    [Fact]
    public async Task Start_NewStore_UsesWalAndRecordsSchemaVersion()
    {
        using var app = new AppFactory();
        _ = app.Services; // starts the host

        var mode = await app.QueryAsync(db => db.Database.SqlQueryRaw("PRAGMA journal_mode"));
        var version = await app.QueryAsync(db => db.StoreInfo.Where(i => i.Key == "schema_version").Select(i => i.Value).SingleAsync());

        Assert.Equal("wal", mode);
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), version);
    }

    [Fact]
    public async Task Start_AlreadyIngestedStore_ReingestsNothing()
    {
        string database;
        List<DateTime> before;
        using (var first = new AppFactory())
        {
            before = await first.QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.IngestedAtUtc).ToListAsync());
            database = first.DatabasePath;
            File.Copy(database, database + ".copy");
            if (File.Exists(database + "-wal")) File.Copy(database + "-wal", database + ".copy-wal");
        }
        using var second = new ReusingFactory(database + ".copy");

        var after = await second.QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.IngestedAtUtc).ToListAsync());

        Assert.Equal(5, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Start_StoreOfAnotherSchemaVersion_IsRebuiltKeepingItsArticles()
    {
        using var app = new AppFactory();
        var extra = Path.Combine(Path.GetTempPath(), $"extra-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(extra, "An Extra Headline\n\nAn article ingested by hand, not a seed.\n");
        await app.WithScopeAsync(sp => sp.GetRequiredService<BenghaziLink.Web.Ingestion.IngestionRunner>().IngestPathsAsync([extra], null, CancellationToken.None));
        File.Delete(extra);
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE StoreInfo SET Value = '0' WHERE Key = 'schema_version'"));

        var preserved = await app.WithScopeAsync(sp => sp.GetRequiredService<StoreInitializer>().InitializeAsync(CancellationToken.None));
        await app.WithScopeAsync(sp => sp.GetRequiredService<BenghaziLink.Web.Ingestion.IngestionRunner>().IngestPreservedAsync(preserved, CancellationToken.None));

        Assert.Equal(6, preserved.Count);
        Assert.Equal(6, await app.QueryAsync(db => db.Articles.CountAsync()));
        Assert.True(await app.QueryAsync(db => db.Articles.AnyAsync(a => a.Headline == "An Extra Headline")));
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), await app.QueryAsync(db => db.StoreInfo.Where(i => i.Key == "schema_version").Select(i => i.Value).SingleAsync()));
    }

    /// <summary>An app over an existing database file, as a second start of the app would be.</summary>
    private sealed class ReusingFactory(string path) : AppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:BenghaziLink", $"Data Source={path}");
        }
    }
}

internal static class SqlExtensions
{
    public static async Task<string> SqlQueryRaw(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, string sql)
    {
        var connection = database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
