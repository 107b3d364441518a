using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// The corpus's claim grouping, kept in memory for the life of the process (one per process, a singleton), so an
/// ingest run groups only its new articles' claims (<see cref="ClaimGrouping.AddRange"/>) and writes only the groups
/// that changed, instead of regrouping the whole corpus. It is built from the store the first time it is needed, by a
/// regrouping of the whole corpus, and built again whenever the store no longer matches it (<see cref="WhyFull"/>).
/// The stored groups are the same either way: those <see cref="ClaimLinker.RegroupAsync"/> would store.
/// Callers hold the store's write lock (<see cref="StoreWriter"/>), so one update runs at a time.
/// </summary>
public sealed class CorpusGrouping(ILogger<CorpusGrouping> logger)
{
    /// <summary>What the stored groups were made from, and at which addresses they are stored.</summary>
    private sealed class State
    {
        public required ClaimGrouping Grouping { get; init; }
        /// <summary>The meaning vectors the grouping judges with (null: none was stored), fixed when it was built.</summary>
        public required Dictionary<string, float[]>? Meanings { get; init; }
        public required Dictionary<string, int[]> ClaimIds { get; init; }
        public required Dictionary<int, ClaimGroup> Addresses { get; set; }
        public required int LastArticleId { get; set; }
        public required StoredClaims Claims { get; set; }
        public required int MeaningRows { get; init; }
        public required string Written { get; set; }
    }

    /// <summary>The grouped articles' claims as the store holds them: a claim deleted, replaced or added among them changes it.</summary>
    private sealed record StoredClaims(int Claims, int Articles, long IdSum);

    private State? current;
    private State? pending;

    /// <summary>How many updates grouped only the new articles; how many regrouped the whole corpus.</summary>
    public int Incremental { get; private set; }

    /// <inheritdoc cref="Incremental"/>
    public int Full { get; private set; }

    /// <summary>
    /// Brings the stored groups up to date, in the caller's transaction: only the new articles' claims when the grouping
    /// in memory still matches the store, else the whole corpus. Call <see cref="Committed"/> once the transaction is.
    /// </summary>
    public async Task UpdateAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        // Until the transaction commits, nothing in memory stands for the store: a failure leaves no grouping behind,
        // and the next update regroups the whole corpus.
        var state = current;
        current = null;
        pending = null;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var why = await WhyFull(db, state, ct).ConfigureAwait(false);
        ClaimLinker.Loaded? added = null;
        if (why is null)
        {
            added = await ClaimLinker.LoadAsync(db, state!.LastArticleId, ct).ConfigureAwait(false);
            why = await WhyNotAddable(db, state, added, ct).ConfigureAwait(false);
        }
        if (why is not null)
        {
            logger.FullRegroup(why);
            pending = await RegroupAsync(db, ct).ConfigureAwait(false);
            Full++;
            logger.ClaimsRegrouped(pending.Claims.Claims, pending.Claims.Articles, pending.Addresses.Count, stopwatch.Elapsed.TotalMilliseconds);
            return;
        }
        var (removed, written) = await AddAsync(db, state!, added!, ct).ConfigureAwait(false);
        pending = state;
        Incremental++;
        logger.ClaimsGroupedIncrementally(added!.Articles.Count, removed, written, state!.Addresses.Count, stopwatch.Elapsed.TotalMilliseconds);
    }

    /// <summary>The update's transaction committed: the grouping in memory now stands for the stored groups.</summary>
    public void Committed()
    {
        current = pending;
        pending = null;
    }

    /// <summary>
    /// Why the stored groups cannot simply grow by the new articles, or null when they can. Each reason is a change the
    /// increment cannot express, since <see cref="ClaimGrouping"/> only ever appends articles to those it grouped.
    /// </summary>
    private static async Task<string?> WhyFull(BenghaziLinkDb db, State? state, CancellationToken ct)
    {
        // Built from the store on first use: the process starts knowing nothing of the groups it finds.
        if (state is null) return "no grouping in memory yet (first update of this process, or the last one failed)";
        var info = await ClaimLinker.GroupingInfoAsync(db, ct).ConfigureAwait(false);
        // Another grouper made the stored groups (or none was made): every group may differ.
        if (info.GetValueOrDefault(StoreSchema.ClaimGroupingKey) != ClaimGrouper.Version) return "the stored groups are of another grouper version";
        // An article replaced or extracted again, or meaning vectors computed for claims already grouped: claims the
        // grouping holds changed, and the groups they are in (and the pairs judged with them) with them.
        if (info.ContainsKey(StoreSchema.ClaimGroupsStaleKey)) return "claims already grouped changed (an article replaced or extracted again, or new meaning vectors)";
        // Another process (a second ingest) wrote the groups since: the rows are not those this grouping wrote.
        if (info.GetValueOrDefault(StoreSchema.ClaimGroupsWrittenKey) != state.Written) return "the groups were written by another process since";
        // New vectors can change the judgement of pairs already judged; the background service marks the store stale
        // once it is done, but an ingest run may come between two of its batches.
        if (await db.ClaimMeanings.CountAsync(ct).ConfigureAwait(false) != state.MeaningRows) return "meaning vectors arrived since the groups were made";
        // An article removed (its claims go with it) or changed outside the app: the grouping would keep claims the store lost.
        if (await StoredClaimsAsync(db, state.LastArticleId, ct).ConfigureAwait(false) != state.Claims) return "the claims of grouped articles are no longer those grouped";
        return null;
    }

    /// <summary>Why the new articles cannot be added to the grouping as they are, or null when they can.</summary>
    private static async Task<string?> WhyNotAddable(BenghaziLinkDb db, State state, ClaimLinker.Loaded added, CancellationToken ct)
    {
        // The grouping was built with the vectors stored then. A new claim whose words already have a vector stored
        // (a text another claim shares, whose vector came after the grouping was built) would be judged with it by a
        // regrouping, and not by the grouping.
        var keys = added.Rows.Where(c => c.MeaningKey is not null).Select(c => c.MeaningKey!).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0) return null;
        var vectors = await db.ClaimMeanings.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct).ConfigureAwait(false);
        var withVector = vectors.ToHashSet(StringComparer.Ordinal);
        var unknown = added.Rows.Any(c => c.MeaningKey is { } key && withVector.Contains(key)
            && state.Meanings?.ContainsKey(MeaningKey.Of(ClaimLinker.ContentOf(c.Surface, c.Start, c.ContentStart, c.ContentEnd))) != true);
        return unknown ? "a new claim has a meaning vector the grouping was built without" : null;
    }

    /// <summary>Groups the whole corpus into a new grouping and stores every group, replacing all stored before.</summary>
    private static async Task<State> RegroupAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var loaded = await ClaimLinker.LoadAsync(db, 0, ct).ConfigureAwait(false);
        var meanings = await ClaimLinker.MeaningsAsync(db, loaded.Rows, ct).ConfigureAwait(false);
        var grouping = new ClaimGrouping(meanings);
        grouping.AddRange(loaded.Articles);
        var addresses = ClaimLinker.Addresses(grouping.Current, loaded.ClaimIds);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ClaimGroups", ct).ConfigureAwait(false);
        foreach (var (id, group) in addresses) db.ClaimGroups.Add(ClaimLinker.Row(id, group, loaded.ClaimIds));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new State
        {
            Grouping = grouping, Meanings = meanings, ClaimIds = loaded.ClaimIds, Addresses = addresses, LastArticleId = loaded.LastArticleId,
            Claims = new StoredClaims(loaded.Rows.Count, loaded.Articles.Count, loaded.Rows.Sum(c => (long)c.Id)),
            MeaningRows = await db.ClaimMeanings.CountAsync(ct).ConfigureAwait(false),
            Written = await ClaimLinker.GroupsWrittenAsync(db, ct).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Adds the new articles to the grouping and stores what changed: a group at an address where another (or none)
    /// stood is written, a stored group whose address now holds another (or none) is deleted; the rest stay as they are.
    /// </summary>
    private static async Task<(int Removed, int Written)> AddAsync(BenghaziLinkDb db, State state, ClaimLinker.Loaded added, CancellationToken ct)
    {
        foreach (var (slug, ids) in added.ClaimIds) state.ClaimIds[slug] = ids;
        state.Grouping.AddRange(added.Articles);
        // Addresses are recomputed for every group (cheap, in memory) since one depends on the groups its first claim
        // opens before it; an unchanged group is the same object (ClaimGrouping.Current), so comparing references finds
        // exactly the rows to replace.
        var addresses = ClaimLinker.Addresses(state.Grouping.Current, state.ClaimIds);
        var gone = state.Addresses.Where(a => !addresses.TryGetValue(a.Key, out var now) || !ReferenceEquals(now, a.Value)).Select(a => a.Key).ToList();
        var fresh = addresses.Where(a => !state.Addresses.TryGetValue(a.Key, out var before) || !ReferenceEquals(before, a.Value)).ToList();
        if (gone.Count > 0) await db.ClaimGroups.Where(g => gone.Contains(g.Id)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        foreach (var (id, group) in fresh) db.ClaimGroups.Add(ClaimLinker.Row(id, group, state.ClaimIds));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        state.Addresses = addresses;
        state.LastArticleId = added.LastArticleId;
        state.Claims = state.Claims with
        {
            Claims = state.Claims.Claims + added.Rows.Count, Articles = state.Claims.Articles + added.Articles.Count,
            IdSum = state.Claims.IdSum + added.Rows.Sum(c => (long)c.Id),
        };
        state.Written = await ClaimLinker.GroupsWrittenAsync(db, ct).ConfigureAwait(false);
        return (gone.Count, fresh.Count);
    }

    private static async Task<StoredClaims> StoredClaimsAsync(BenghaziLinkDb db, int lastArticleId, CancellationToken ct)
    {
        var claims = db.ArticleClaims.Where(c => c.ArticleId <= lastArticleId);
        return new StoredClaims(
            await claims.CountAsync(ct).ConfigureAwait(false),
            await claims.Select(c => c.ArticleId).Distinct().CountAsync(ct).ConfigureAwait(false),
            await claims.SumAsync(c => (long)c.Id, ct).ConfigureAwait(false));
    }
}
