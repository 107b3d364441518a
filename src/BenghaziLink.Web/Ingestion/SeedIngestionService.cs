using BenghaziLink.Web.Data;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// At start-up, before the app serves requests: brings the store up to date (<see cref="StoreMaintenance"/>) and
/// ingests the seed articles. On a store that is up to date this only compares hashes, so it re-ingests nothing.
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
            var maintenance = await services.GetRequiredService<StoreMaintenance>().RunAsync(cancellationToken).ConfigureAwait(false);
            if (!options.Value.IngestSeedsAtStartup || maintenance.DiskFull) return;

            var seeds = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);
            var summary = await services.GetRequiredService<IngestionRunner>().IngestPathsAsync([seeds], progress: null, cancellationToken).ConfigureAwait(false);
            if (summary.Ingested == 0 && summary.Failed == 0)
            {
                logger.SeedsUpToDate(summary.Unchanged, seeds, summary.Elapsed.TotalMilliseconds);
            }
            else
            {
                logger.SeedsIngested(seeds, summary.Ingested, summary.Unchanged, summary.Failed, summary.Elapsed.TotalMilliseconds);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
        {
            // The app still starts on what the store holds: pages say what is unavailable and /healthz reports it.
            // An unusable store (StoreUnavailableException) stops the start instead, with its one-line reason.
            logger.StartupIngestionFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
