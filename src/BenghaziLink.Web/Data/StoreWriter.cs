using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Data;

/// <summary>
/// The one connection every write goes through, one writer at a time. SQLite allows a single writer
/// anyway; serialising here avoids busy retries between the app's own writers. Reads use ordinary scoped contexts.
/// Writers in other processes (a second <c>ingest</c>) are serialised by SQLite itself: every write transaction is
/// <c>BEGIN IMMEDIATE</c> and decides what to write only once it holds the lock.
/// </summary>
public sealed class StoreWriter(string connectionString) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SqliteConnection? connection;

    public async Task<T> WriteAsync<T>(Func<BenghaziLinkDb, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (connection is null)
            {
                connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            var options = new DbContextOptionsBuilder<BenghaziLinkDb>().UseSqlite(connection).Options;
            // Disposed synchronously: the context does not own the connection, so there is nothing to await.
            using var db = new BenghaziLinkDb(options);
            return await work(db, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // After a failure (a full disk, an I/O error) the connection may still hold a transaction SQLite rolled
            // back on its own; the next write starts on a fresh connection instead of a "nested transaction" error.
            await ResetAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ResetAsync()
    {
        var broken = connection;
        connection = null;
        if (broken is null) return;
        try
        {
            // Not back to the pool either: a pooled connection keeps its state (its pragmas, a half-done transaction).
            SqliteConnection.ClearPool(broken);
            await broken.DisposeAsync().ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // Closing a connection on a full disk can fail too; it is dropped either way.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await ResetAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
