using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Ingestion;

public sealed class StoreTests
{
    [Fact]
    public async Task Start_NewStore_UsesWalAndAppliesEveryMigration()
    {
        using var app = new AppFactory();
        _ = app.Services; // starts the host

        var mode = await app.QueryAsync(db => db.Database.SqlQueryRaw("PRAGMA journal_mode"));
        var pending = await app.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        var applied = await app.QueryAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).Count());

        Assert.Equal("wal", mode);
        Assert.Empty(pending);
        Assert.True(applied >= 2);
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

    /// <summary>An app over an existing database file, as a second start of the app would be.</summary>
    internal sealed class ReusingFactory(string path) : AppFactory
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
