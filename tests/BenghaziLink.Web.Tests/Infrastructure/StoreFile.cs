using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>A store file read or changed from outside the app, as another program (or an older release) would.</summary>
public static class StoreFile
{
    public static void Execute(string path, params string[] statements)
    {
        using var connection = Open(path);
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }

    public static long Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static SqliteConnection Open(string path)
    {
        // Unpooled: the test may delete or copy the file right after.
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
