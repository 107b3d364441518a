using BenghaziLink.Web.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>
/// The real app over an empty store holding only a few invented articles (file name → text), ingested through the
/// real pipeline, so a test can name what the articles say instead of what the seeds happen to hold.
/// </summary>
public abstract class InventedCorpus(IReadOnlyDictionary<string, string> articles) : AppFactory(ingestSeeds: false), IAsyncLifetime
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("benghazilink-invented-");

    public async Task InitializeAsync()
    {
        foreach (var (name, text) in articles) await File.WriteAllTextAsync(Path.Combine(Folder.FullName, name), text);
        await WithScopeAsync(sp => sp.GetRequiredService<IngestionRunner>().IngestPathsAsync([Folder.FullName], null, CancellationToken.None));
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
