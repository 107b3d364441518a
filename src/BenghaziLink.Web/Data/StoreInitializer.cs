using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BenghaziLink.Web.Data;

/// <summary>An article kept from a store of an older schema, to be extracted again into the new one.</summary>
public sealed record PreservedArticle(string SourceName, string? SourcePath, string Text);

/// <summary>
/// Builds the schema from the model, switches the file to WAL, and rebuilds a store whose schema
/// version differs, handing back the articles it held so nothing ingested is lost.
/// </summary>
public sealed class StoreInitializer(StoreWriter writer, ILogger<StoreInitializer> logger)
{
    public Task<IReadOnlyList<PreservedArticle>> InitializeAsync(CancellationToken cancellationToken) =>
        writer.WriteAsync(async (db, ct) =>
        {
            var connection = db.Database.GetDbConnection();
            // WAL lets pages read while an ingest writes; it is a property of the file and persists.
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct).ConfigureAwait(false);
            var tables = await QueryStringsAsync(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct).ConfigureAwait(false);

            IReadOnlyList<PreservedArticle> preserved = [];
            if (tables.Count > 0)
            {
                var version = tables.Contains(nameof(BenghaziLinkDb.StoreInfo))
                    ? (await QueryStringsAsync(connection, $"SELECT Value FROM StoreInfo WHERE Key = '{StoreSchema.VersionKey}'", ct).ConfigureAwait(false)).FirstOrDefault()
                    : null;
                if (version == StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    return preserved;
                }
                preserved = await ReadArticlesAsync(connection, ct).ConfigureAwait(false);
                logger.StoreRebuilding(version ?? "(none)", StoreSchema.Version, preserved.Count);
                await DropAllTablesAsync(connection, ct).ConfigureAwait(false);
            }

            // Not EnsureCreated: it skips a database that still has sqlite_sequence, which cannot be dropped.
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(ct).ConfigureAwait(false);
            await ExecuteAsync(connection, StoreSchema.CreateSearchIndex, ct).ConfigureAwait(false);
            db.StoreInfo.Add(new StoreInfo { Key = StoreSchema.VersionKey, Value = StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            logger.StoreCreated(StoreSchema.Version);
            return preserved;
        }, cancellationToken);

    private static async Task<IReadOnlyList<PreservedArticle>> ReadArticlesAsync(DbConnection connection, CancellationToken ct)
    {
        var articles = new List<PreservedArticle>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT SourceName, SourcePath, Text FROM Articles";
            using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                articles.Add(new PreservedArticle(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
            }
        }
        catch (SqliteException)
        {
            // A store too old to have these columns holds nothing we can carry over; seeds are re-ingested anyway.
        }
        return articles;
    }

    private static async Task DropAllTablesAsync(DbConnection connection, CancellationToken ct)
    {
        await ExecuteAsync(connection, "PRAGMA foreign_keys=OFF", ct).ConfigureAwait(false);
        // Virtual tables first: dropping one drops its shadow tables, which then must not be dropped again.
        var tables = await QueryStringsAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC", ct).ConfigureAwait(false);
        foreach (var table in tables)
        {
            var stillThere = await QueryStringsAsync(connection, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{table.Replace("'", "''", StringComparison.Ordinal)}'", ct).ConfigureAwait(false);
            if (stillThere.Count > 0)
            {
                await ExecuteAsync(connection, $"DROP TABLE \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct).ConfigureAwait(false);
            }
        }
        await ExecuteAsync(connection, "PRAGMA foreign_keys=ON", ct).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<List<string>> QueryStringsAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        var values = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
