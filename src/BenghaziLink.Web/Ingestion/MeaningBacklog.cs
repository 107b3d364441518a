using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>What the background meaning service is doing, for <c>/healthz</c> and the claims pages.</summary>
public enum MeaningStatus
{
    /// <summary>Not started yet (the app is still starting).</summary>
    Waiting,
    /// <summary>Embedding claims' contents; groups may change when it is done.</summary>
    Computing,
    /// <summary>Every claim has its vector (until the next ingest).</summary>
    Idle,
    /// <summary>Turned off (<c>Meaning:Enabled</c>) or no encoder: groups are decided without meaning.</summary>
    Off,
    /// <summary>The model failed (missing, crashed): logged once; groups are decided without meaning.</summary>
    Failed,
}

/// <summary>
/// The state of the background meaning work, shared by <see cref="MeaningService"/> (which sets it and waits on
/// <see cref="Wake"/>) and whoever shows or starts it. A singleton.
/// </summary>
public sealed class MeaningProgress : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public MeaningStatus Status { get; internal set; } = MeaningStatus.Waiting;

    /// <summary>Whether claims without a vector will get one: the backlog is real work to come, not a permanent state.</summary>
    public bool WillCompute => Status is MeaningStatus.Waiting or MeaningStatus.Computing or MeaningStatus.Idle;

    /// <summary>Tells the service that claims were stored; it never makes the caller wait.</summary>
    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken and not yet awake: one wake-up covers every claim stored by then.
        }
        catch (ObjectDisposedException)
        {
            // The app is stopping: nothing will compute any more.
        }
    }

    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => wake.Dispose();
}

/// <summary>
/// Claims whose content has no meaning vector yet (<see cref="ClaimMeaning"/>): the work the background meaning
/// service has left. Pages show it ("Meaning of N claims still being computed; groups may change"); it counts over the
/// claims' <c>MeaningKey</c> index.
/// </summary>
public sealed class MeaningBacklog(BenghaziLinkDb db, MeaningProgress progress)
{
    /// <summary>Claims still to be embedded, or 0 when nothing will embed them (meaning turned off or failed).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        progress.WillCompute ? await Pending(db).CountAsync(cancellationToken).ConfigureAwait(false) : 0;

    /// <summary>What the service is doing and how many claims it has left (those, whatever it is doing).</summary>
    public async Task<(MeaningStatus Status, int Pending)> StateAsync(CancellationToken cancellationToken) =>
        (progress.Status, await Pending(db).CountAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Statements whose content has no vector yet. A question, a conditional, an exclamation, a headline or a caption
    /// never joins a group (only statements corroborate), so no agreement its meaning could decide: it is never embedded.
    /// </summary>
    internal static IQueryable<ArticleClaim> Pending(BenghaziLinkDb db) =>
        db.ArticleClaims.Where(c => c.Mood == ClaimMood.Statement && (c.MeaningKey == null || !db.ClaimMeanings.Any(m => m.Key == c.MeaningKey)));
}
