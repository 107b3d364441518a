using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Data;

/// <summary>The store's connection string, its database file resolved under the content root.</summary>
public sealed record StoreConnection(string ConnectionString)
{
    public const string Name = "BenghaziLink";
    public const string Default = "Data Source=App_Data/benghazilink.db";

    /// <summary>Read when first needed, so configuration added by a host builder (or a test) is seen.</summary>
    public static StoreConnection FromServices(IServiceProvider services) => new(Resolve(
        services.GetRequiredService<IConfiguration>().GetConnectionString(Name),
        services.GetRequiredService<IHostEnvironment>().ContentRootPath));

    public static string Resolve(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? Default : configured);
        var dataSource = builder.DataSource;
        var inMemory = dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory)
        {
            // A relative path would depend on the directory the app was started from.
            var path = Path.GetFullPath(dataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        // Another process (the ingest verb) may hold the write lock for a moment: wait, don't fail.
        if (builder.DefaultTimeout == 30) builder.DefaultTimeout = 60;
        return builder.ToString();
    }
}
