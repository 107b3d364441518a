using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BenghaziLink.Web.Data;

/// <summary>
/// Brings the store to this release's schema with EF Core migrations, which keep every row. A store from before
/// migrations is adopted: schema 8 (the last release without them) is the first migration, so it is only recorded as
/// applied; an older store keeps its articles' text in <see cref="StoreSchema.LegacyArticles"/>, from which
/// <c>StoreMaintenance</c> ingests them again one by one. Every step is a transaction, so a kill at any point leaves a
/// store that the next start finishes.
/// </summary>
public sealed class StoreInitializer(StoreWriter writer, ILogger<StoreInitializer> logger)
{
    /// <summary>The first migration: exactly the schema version 8 that stores made before migrations have.</summary>
    private const string BaselineMigration = "20261207130423_Schema8";
    private const string BaselineSchemaVersion = "8";

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        writer.WriteAsync(async (db, ct) =>
        {
            var connection = db.Database.GetDbConnection();
            try
            {
                // WAL lets pages read while an ingest writes; it is a property of the file and persists.
                await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct).ConfigureAwait(false);
                // Rewriting the header's user version with its own value is the cheapest write there is: a read-only
                // store is refused here, once, rather than failing every article of a run one by one.
                var userVersion = (await QueryStringsAsync(connection, "SELECT CAST(user_version AS TEXT) FROM pragma_user_version()", ct).ConfigureAwait(false))[0];
                await ExecuteAsync(connection, $"PRAGMA user_version = {int.Parse(userVersion, CultureInfo.InvariantCulture)}", ct).ConfigureAwait(false);
                var tables = await QueryStringsAsync(connection,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct).ConfigureAwait(false);
                if (!tables.Contains(HistoryTable) && tables.Any(t => t != StoreSchema.LegacyArticles))
                {
                    await AdoptAsync(db, connection, tables, ct).ConfigureAwait(false);
                }

                var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
                var applied = await db.Database.GetAppliedMigrationsAsync(ct).ConfigureAwait(false);
                var unknown = applied.FirstOrDefault(m => !known.Contains(m));
                if (unknown is not null)
                {
                    throw new StoreUnavailableException(
                        $"the store at {connection.DataSource} was made by a newer release of BenghaziLink (migration {unknown}); " +
                        "run that release, or point ConnectionStrings:BenghaziLink at another file");
                }
                var pending = (await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).ToList();
                if (pending.Count > 0)
                {
                    logger.StoreMigrating(pending.Count, string.Join(", ", pending));
                    await db.Database.MigrateAsync(ct).ConfigureAwait(false);
                }
            }
            catch (SqliteException ex) when (StoreErrors.Describe(ex, connection.DataSource) is { } problem)
            {
                throw new StoreUnavailableException(problem, ex);
            }
            return true;
        }, cancellationToken);

    private static string HistoryTable => HistoryRepository.DefaultTableName;

    /// <summary>A store made before migrations: record schema 8 as the baseline, or keep an older store's texts and start afresh.</summary>
    private async Task AdoptAsync(BenghaziLinkDb db, DbConnection connection, List<string> tables, CancellationToken ct)
    {
        var version = tables.Contains(nameof(BenghaziLinkDb.StoreInfo))
            ? (await QueryStringsAsync(connection, $"SELECT Value FROM StoreInfo WHERE Key = '{StoreSchema.VersionKey}'", ct).ConfigureAwait(false)).FirstOrDefault()
            : null;
        var history = db.GetService<IHistoryRepository>();
        // SQLite runs DDL inside transactions: either all of an adoption happens or none of it.
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct).ConfigureAwait(false);
        if (version == BaselineSchemaVersion)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(BaselineMigration, ProductInfo.GetVersion())), ct).ConfigureAwait(false);
            logger.StoreAdopted(version);
        }
        else
        {
            var kept = await KeepLegacyArticlesAsync(connection, tables, ct).ConfigureAwait(false);
            await DropTablesAsync(connection, except: [StoreSchema.LegacyArticles, HistoryTable], ct).ConfigureAwait(false);
            logger.StoreRebuilding(version ?? "(none)", kept);
        }
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Moves an old store's article texts aside, in the same transaction that drops its other tables.</summary>
    private static async Task<int> KeepLegacyArticlesAsync(DbConnection connection, List<string> tables, CancellationToken ct)
    {
        if (!tables.Contains(nameof(BenghaziLinkDb.Articles)) || tables.Contains(StoreSchema.LegacyArticles)) return 0;
        var columns = await QueryStringsAsync(connection, "SELECT name FROM pragma_table_info('Articles')", ct).ConfigureAwait(false);
        if (!columns.Contains("SourceName") || !columns.Contains("Text")) return 0;
        var path = columns.Contains("SourcePath") ? "SourcePath" : "NULL";
        await ExecuteAsync(connection,
            $"CREATE TABLE {StoreSchema.LegacyArticles} AS SELECT SourceName, {path} AS SourcePath, Text FROM Articles", ct).ConfigureAwait(false);
        return int.Parse((await QueryStringsAsync(connection, $"SELECT CAST(COUNT(*) AS TEXT) FROM {StoreSchema.LegacyArticles}", ct).ConfigureAwait(false))[0], CultureInfo.InvariantCulture);
    }

    private static async Task DropTablesAsync(DbConnection connection, string[] except, CancellationToken ct)
    {
        // Virtual tables first: dropping one drops its shadow tables, which then must not be dropped again.
        var tables = await QueryStringsAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC", ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA defer_foreign_keys=ON", ct).ConfigureAwait(false);
        foreach (var table in tables.Where(t => !except.Contains(t)))
        {
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct).ConfigureAwait(false);
        }
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

/// <summary>SQLite errors that mean the store itself cannot be used, in words a user can act on.</summary>
public static class StoreErrors
{
    public const int Full = 13;

    private const string Elsewhere = "or point ConnectionStrings:BenghaziLink elsewhere";

    /// <summary>The one line a user reads when the store cannot be used, or null when the error is not about the store itself.</summary>
    public static string? Describe(SqliteException exception, string? path)
    {
        var at = string.IsNullOrEmpty(path) ? "the store" : $"the store at {path}";
        // The primary result code: the low byte, whether or not extended codes are on.
        return (exception.SqliteErrorCode & 0xFF) switch
        {
            26 => $"{at} is not a SQLite database (file is not a database); move it away {Elsewhere}",
            11 => $"{at} is corrupt (database disk image is malformed); move it away and ingest again, restore a copy, {Elsewhere}",
            8 => $"{at} is read-only (attempt to write a readonly database); make it writable {Elsewhere}",
            14 => $"{at} cannot be opened (unable to open database file); check that its folder exists and can be written, {Elsewhere}",
            Full => $"the disk holding {at} is full (database or disk is full); free some space {Elsewhere}",
            _ => null,
        };
    }

    public static bool IsDiskFull(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) == Full) return true;
        }
        return false;
    }
}
