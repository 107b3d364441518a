using BenghaziLink.Web.Data;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// At start-up, before the app serves requests: builds or upgrades the store and ingests the seed
/// articles. On a store that is up to date this only compares hashes, so it re-ingests nothing.
/// </summary>
public sealed class SeedIngestionService(
    IServiceScopeFactory scopes,
    IOptions<IngestionOptions> options,
    IHostEnvironment environment,
    ILogger<SeedIngestionService> logger) : IHostedService
{
    // ConfigureAwait(false) throughout: hosts are also started synchronously (WebApplicationFactory
    // blocks on StartAsync), and a continuation queued to the caller's busy context would deadlock.
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        try
        {
            var preserved = await services.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var runner = services.GetRequiredService<IngestionRunner>();
            if (preserved.Count > 0)
            {
                var carried = await runner.IngestPreservedAsync(preserved, cancellationToken).ConfigureAwait(false);
                logger.PreservedReingested(carried.Ingested, carried.Failed);
            }
            if (!options.Value.IngestSeedsAtStartup) return;

            var seeds = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);
            var summary = await runner.IngestPathsAsync([seeds], progress: null, cancellationToken).ConfigureAwait(false);
            if (summary.Ingested == 0 && summary.Failed == 0)
            {
                logger.SeedsUpToDate(summary.Unchanged, seeds, summary.Elapsed.TotalMilliseconds);
            }
            else
            {
                logger.SeedsIngested(seeds, summary.Ingested, summary.Unchanged, summary.Failed, summary.Elapsed.TotalMilliseconds);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The app still starts: pages say the store is unavailable and /healthz reports it.
            logger.StartupIngestionFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
