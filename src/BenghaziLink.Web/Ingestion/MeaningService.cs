using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// Embeds, behind ingestion, the content of every statement that has no meaning vector yet (<see cref="MeaningBacklog"/>; questions, conditionals, headlines and captions never corroborate, so are never embedded):
/// a batch of distinct contents at a time, each distinct text once (keyed by <see cref="MeaningKey"/>), stored in
/// <see cref="ClaimMeaning"/>. When the backlog empties after some work, the claim groups are marked stale and made
/// again, now with meaning. Ingestion never waits on it: it only wakes it (<see cref="MeaningProgress.Wake"/>), and the
/// store is looked at every <see cref="MeaningOptions.PollSeconds"/> for claims another process stored. A model that is
/// missing or fails is logged once; the app goes on with groups decided without meaning.
/// </summary>
public sealed class MeaningService(
    IServiceScopeFactory scopes,
    StoreWriter writer,
    MeaningProgress progress,
    IOptions<MeaningOptions> options,
    ILogger<MeaningService> logger) : BackgroundService
{
    /// <summary>Thrown around a failure of the encoder itself, which stops the service (a store failure does not).</summary>
    private sealed class EncoderFailedException(string message, Exception? inner = null) : Exception(message, inner);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            progress.Status = MeaningStatus.Off;
            return;
        }
        // Off the host's start: loading a model takes seconds, and the app serves pages meanwhile.
        await Task.Yield();
        var encoder = Resolve();
        if (encoder is null) return;
        var model = encoder.GetType().FullName ?? encoder.GetType().Name;
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var forgetOtherModels = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (forgetOtherModels)
                {
                    // Vectors of another model are not comparable with this one's: their claims are embedded again.
                    await writer.WriteAsync((db, ct) => db.ClaimMeanings.Where(m => m.Model != model).ExecuteDeleteAsync(ct), stoppingToken).ConfigureAwait(false);
                    forgetOtherModels = false;
                }
                await DrainAsync(encoder, model, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (EncoderFailedException ex)
            {
                progress.Status = MeaningStatus.Failed;
                logger.MeaningModelFailed(ex.InnerException ?? ex, ex.Message);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The store failed (a full disk, a lock held too long), or the regrouping did: what is stored stays, the
                // next wake-up goes on, and the app keeps serving (an exception leaving here would stop the host).
                logger.MeaningStoreFailed(ex.Message);
            }
            try
            {
                await progress.WaitAsync(poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private ISentenceEncoder? Resolve()
    {
        try
        {
            var encoder = scopes.CreateScope().ServiceProvider.GetService<ISentenceEncoder>();
            if (encoder is null)
            {
                progress.Status = MeaningStatus.Off;
                logger.MeaningModelMissing("no sentence encoder is registered");
            }
            return encoder;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A model file missing or unreadable: the constructor of the encoder throws whatever its runtime throws.
            progress.Status = MeaningStatus.Failed;
            logger.MeaningModelFailed(ex, ex.Message);
            return null;
        }
    }

    private sealed record Pending(int Id, int Start, string Surface, int? ContentStart, int? ContentEnd, string? MeaningKey);

    /// <summary>Embeds batches until no claim lacks a vector; then, if it did anything, regroups the claims.</summary>
    private async Task DrainAsync(ISentenceEncoder encoder, string model, CancellationToken ct)
    {
        var (embedded, claims) = (0, 0);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            progress.Status = MeaningStatus.Computing;
            var batch = await ReadBatchAsync(ct).ConfigureAwait(false);
            if (batch.Count == 0) break;
            var keyed = batch.Select(c =>
            {
                var text = ClaimLinker.ContentOf(c.Surface, c.Start, c.ContentStart, c.ContentEnd);
                return (Claim: c, Text: text, Key: ClaimMeaning.KeyOf(MeaningKey.Of(text)));
            }).ToList();
            var keys = keyed.Select(k => k.Key).Distinct().ToList();
            var known = await ReadAsync(db => db.ClaimMeanings.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct)).ConfigureAwait(false);
            var missing = keyed.Where(k => !known.Contains(k.Key)).DistinctBy(k => k.Key).ToList();
            var vectors = missing.Count == 0 ? [] : await EncodeAsync(encoder, [.. missing.Select(m => m.Text)], ct).ConfigureAwait(false);
            await writer.WriteAsync(async (db, token) =>
            {
                var transaction = await db.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                await using var _ = transaction.ConfigureAwait(false);
                foreach (var (entry, vector) in missing.Zip(vectors))
                {
                    // Another process may have stored the same text meanwhile: its vector stands.
                    await db.Database.ExecuteSqlInterpolatedAsync(
                        $"INSERT INTO ClaimMeanings (\"Key\", \"Model\", \"Vector\") VALUES ({entry.Key}, {model}, {ClaimMeaning.ToBytes(vector)}) ON CONFLICT DO NOTHING", token).ConfigureAwait(false);
                }
                foreach (var entry in keyed.Where(k => k.Claim.MeaningKey != k.Key))
                {
                    await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE ArticleClaims SET MeaningKey = {entry.Key} WHERE Id = {entry.Claim.Id}", token).ConfigureAwait(false);
                }
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return true;
            }, ct).ConfigureAwait(false);
            embedded += missing.Count;
            claims += keyed.Count;
            if (missing.Count == 0 && keyed.All(k => k.Claim.MeaningKey == k.Key))
            {
                // Nothing this batch could do (its vectors vanished between reading and writing): wait for the next wake-up.
                break;
            }
        }
        if (claims > 0)
        {
            logger.MeaningComputed(claims, embedded, stopwatch.Elapsed.TotalMilliseconds);
            await writer.WriteAsync(async (db, token) =>
            {
                // Stale, not merely added to: new vectors can change the judgement of pairs already grouped, so the
                // whole corpus is grouped again (CorpusGrouping).
                await ClaimLinker.MarkStaleAsync(db, token).ConfigureAwait(false);
                // Vectors no claim uses any more (their articles were replaced or extracted again) go.
                return await db.ClaimMeanings.Where(m => !db.ArticleClaims.Any(c => c.MeaningKey == m.Key)).ExecuteDeleteAsync(token).ConfigureAwait(false);
            }, ct).ConfigureAwait(false);
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ArticleIngestor>().RegroupClaimsAsync(ct).ConfigureAwait(false);
        }
        progress.Status = MeaningStatus.Idle;
    }

    private Task<List<Pending>> ReadBatchAsync(CancellationToken ct) => ReadAsync(db => MeaningBacklog.Pending(db).OrderBy(c => c.Id)
        .Select(c => new Pending(c.Id, c.Start, c.Surface, c.ContentStart, c.ContentEnd, c.MeaningKey))
        .Take(options.Value.BatchSize).ToListAsync(ct));

    private async Task<T> ReadAsync<T>(Func<BenghaziLinkDb, Task<T>> query)
    {
        using var scope = scopes.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<BenghaziLinkDb>()).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<float[]>> EncodeAsync(ISentenceEncoder encoder, List<string> texts, CancellationToken ct)
    {
        IReadOnlyList<float[]> vectors;
        try
        {
            // The model runs on the CPU for seconds: on the thread pool, never on a request's or the host's thread.
            vectors = await Task.Run(() => encoder.Encode(texts), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new EncoderFailedException($"the sentence encoder failed on a batch of {texts.Count} texts: {ex.Message}", ex);
        }
        if (vectors.Count != texts.Count || vectors.Any(v => v is null || v.Length == 0))
        {
            throw new EncoderFailedException($"the sentence encoder returned {vectors.Count} vectors for {texts.Count} texts");
        }
        return vectors;
    }
}
