using AngleSharp;
using AngleSharp.Dom;
using BenghaziLink.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a private SQLite file, with the seed articles ingested through the real pipeline
/// at start-up (see <see cref="EmptyAppFactory"/> for an empty store). Runs in the Production environment so
/// tests see what users see (no developer exception pages).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly bool ingestSeeds;

    public AppFactory() : this(ingestSeeds: true) { }

    protected AppFactory(bool ingestSeeds) => this.ingestSeeds = ingestSeeds;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"benghazilink-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:BenghaziLink", $"Data Source={DatabasePath}");
        builder.UseSetting("Ingestion:SeedsPath", RepoPaths.SeedArticles);
        builder.UseSetting("Ingestion:IngestSeedsAtStartup", ingestSeeds ? "true" : "false");
        // No meaning vectors in the background: groups stay as ingestion made them (MeaningServiceTests turn it on).
        builder.UseSetting("Meaning:Enabled", "false");
        // Tests are quiet: what a test expects to go wrong is asserted, not read from the console.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Fatal");
    }

    /// <summary>
    /// xunit runs tests on a synchronization context with one thread per core, and the factory starts the
    /// host synchronously on the calling thread. When every one of those threads is blocked starting a host,
    /// a continuation queued to that context waits forever; starting the host on the thread pool cannot.
    /// </summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder) =>
        Task.Run(() => base.CreateHost(builder)).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="work"/> with a fresh scoped service provider of the running app.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<BenghaziLinkDb, Task<T>> query) =>
        WithScopeAsync(sp => query(sp.GetRequiredService<BenghaziLinkDb>()));

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await Html.ParseAsync(response);
    }

    public async Task<List<string>> SlugsAsync() => await QueryAsync(db => db.Articles.OrderBy(a => a.SourceName).Select(a => a.Slug).ToListAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(DatabasePath + suffix); } catch (IOException) { /* the OS may still hold it; temp is cleaned eventually */ }
        }
    }
}

/// <summary>The real app over an empty store: tests ingest exactly what they need.</summary>
public class EmptyAppFactory() : AppFactory(ingestSeeds: false);

/// <summary>Parses a response with AngleSharp, keeping the status code for assertions.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Status(response.StatusCode)
            .Header("Content-Type", response.Content.Headers.ContentType?.ToString() ?? "text/html"));
        return document;
    }

    /// <summary>The text a sighted reader sees: without screen-reader-only and aria-hidden additions.</summary>
    public static string VisibleText(AngleSharp.Dom.IElement? element)
    {
        if (element is null) return "";
        var clone = (AngleSharp.Dom.IElement)element.Clone(deep: true);
        foreach (var hidden in clone.QuerySelectorAll(".visually-hidden, [aria-hidden=true]").ToList()) hidden.Remove();
        return clone.TextContent;
    }

    public static string Squash(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string SeedArticles => Path.Combine(Root, "seeds", "articles");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BenghaziLink.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("BenghaziLink.sln not found above " + AppContext.BaseDirectory);
    }
}
