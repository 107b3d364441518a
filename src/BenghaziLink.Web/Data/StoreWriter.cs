using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Data;

/// <summary>
/// The one connection every write goes through, one writer at a time. SQLite allows a single writer
/// anyway; serialising here avoids busy retries between the app's own writers. Reads use ordinary scoped contexts.
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
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
        gate.Dispose();
    }
}
