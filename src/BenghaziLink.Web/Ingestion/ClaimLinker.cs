using System.Collections.Immutable;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// Stores an article's claims (in the article's transaction), reads them back for the grouper, and writes the groups
/// it makes (<see cref="CorpusGrouping"/> decides which).
/// </summary>
internal static class ClaimLinker
{
    public static void AddClaims(BenghaziLinkDb db, int articleId, ArticleDocument document) =>
        db.ArticleClaims.AddRange(document.Claims.Select((c, i) => new ArticleClaim
        {
            ArticleId = articleId, Ordinal = i, Start = c.Span.Start, End = c.Span.End, Surface = c.Surface, Hedge = c.Hedge,
            Cue = c.Cue?.Kind, CueStart = c.Cue?.Span.Start, CueEnd = c.Cue?.Span.End, EventDate = c.EventDate, Processor = c.Processor,
            Mood = c.Mood, ContentStart = c.Content?.Start, ContentEnd = c.Content?.End,
            PropositionSubject = c.Proposition?.Subject, PropositionPredicate = c.Proposition?.Predicate,
            PropositionObject = c.Proposition?.Object, PropositionNegated = c.Proposition?.Negated ?? false,
            MeaningKey = ClaimMeaning.KeyOf(MeaningKey.Of(ContentOf(c.Surface, c.Span.Start, c.Content?.Start, c.Content?.End))),
            Entities = [.. c.Entities], Events = [.. c.Events],
            Mentions = [.. c.Mentions.Select((m, p) => new ClaimMentionRow { Position = p, Name = m.Name, Start = m.Span.Start, End = m.Span.End })],
            Chain = [.. c.Chain.Select((s, p) => new ClaimSourceLink
            {
                Position = p, Name = s.Name, Class = s.Class, Start = s.Span.Start, End = s.Span.End, Surface = s.Surface,
            })],
            Quantities = [.. c.Quantities.Select(q => new ClaimQuantity
            {
                Value = q.Value, Counts = q.Counts, Qualifier = q.Qualifier, Outcome = q.Outcome, Part = q.Part,
                Start = q.Span.Start, End = q.Span.End, Surface = q.Surface,
            })],
        }));

    /// <summary>
    /// Rebuilds every claim group from the stored claims, as the grouper saw them when they were extracted, in one batch.
    /// The app keeps a <see cref="CorpusGrouping"/> instead, which must store exactly these groups; this is what it is
    /// measured against.
    /// </summary>
    public static async Task RegroupAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var loaded = await LoadAsync(db, 0, ct).ConfigureAwait(false);
        var groups = ClaimGrouper.Group(loaded.Articles, await MeaningsAsync(db, loaded.Rows, ct).ConfigureAwait(false));
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ClaimGroups", ct).ConfigureAwait(false);
        foreach (var (id, group) in Addresses(groups, loaded.ClaimIds)) db.ClaimGroups.Add(Row(id, group, loaded.ClaimIds));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await GroupsWrittenAsync(db, ct).ConfigureAwait(false);
    }

    /// <summary>Stored claims read back for the grouper: the articles in the order they arrived, each claim's id by its index.</summary>
    internal sealed record Loaded(List<ArticleClaims> Articles, Dictionary<string, int[]> ClaimIds, List<ArticleClaim> Rows, int LastArticleId);

    /// <summary>The claims of the articles after <paramref name="afterArticleId"/> (0: all), articles without claims left out.</summary>
    internal static async Task<Loaded> LoadAsync(BenghaziLinkDb db, int afterArticleId, CancellationToken ct)
    {
        var claims = await db.ArticleClaims.AsNoTracking().Where(c => c.ArticleId > afterArticleId)
            .Include(c => c.Chain).Include(c => c.Quantities).Include(c => c.Mentions)
            .ToListAsync(ct).ConfigureAwait(false);
        var byArticle = claims.GroupBy(c => c.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Ordinal).ToList());
        var ids = byArticle.Keys.ToList();
        var input = await db.Articles.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug, a.Published, a.Outlet, a.Headline }).ToListAsync(ct).ConfigureAwait(false);
        return new Loaded(
            [.. input.Select(a => new ArticleClaims(a.Slug, a.Published, [.. byArticle[a.Id].Select(ToClaim)]) { Voice = VoiceOf(a.Outlet, a.Headline) })],
            input.ToDictionary(a => a.Slug, a => byArticle[a.Id].Select(c => c.Id).ToArray(), StringComparer.Ordinal),
            claims, input.Count == 0 ? afterArticleId : input[^1].Id);
    }

    /// <summary>
    /// Each stored group's address (<see cref="GroupId"/>), for the groups in the grouper's order. Figure groups first, so a
    /// claim's count keeps its address when statement groups change around it.
    /// </summary>
    internal static Dictionary<int, ClaimGroup> Addresses(IEnumerable<ClaimGroup> groups, IReadOnlyDictionary<string, int[]> claimIds)
    {
        var addresses = new Dictionary<int, ClaimGroup>();
        var opened = new Dictionary<int, int>();
        foreach (var group in groups.OrderBy(g => g.Quantity is null))
        {
            var first = group.Members.Min(m => claimIds[m.Article][m.Claim]);
            var nth = opened[first] = opened.GetValueOrDefault(first, -1) + 1;
            if (nth < GroupsPerClaim) addresses[GroupId(first, nth)] = group;
        }
        return addresses;
    }

    /// <summary>A group as the store keeps it, at its address.</summary>
    internal static ClaimGroupRow Row(int id, ClaimGroup group, IReadOnlyDictionary<string, int[]> claimIds)
    {
        var values = group.Values.ToDictionary(v => (v.Article, v.Claim));
        return new ClaimGroupRow
        {
            Id = id,
            Status = group.Status, Quantity = group.Quantity, Topic = group.Topic, ArticleCount = group.Articles, OriginCount = group.Origins,
            Summary = group.Summary,
            Origins = [.. group.OriginDetails.Select(o => new ClaimGroupOrigin { Origin = o.Origin, Label = o.Label, Basis = o.Basis })],
            Members = [.. group.Members.Select(m =>
            {
                var value = values.GetValueOrDefault((m.Article, m.Claim));
                return new ClaimGroupMember
                {
                    ClaimId = claimIds[m.Article][m.Claim], Origin = m.Origin, Echo = m.Echo,
                    Value = value?.Value, Counts = value?.Counts, Qualifier = value?.Qualifier,
                };
            })],
            Framings = [.. group.Framings.Select(f => new ClaimGroupFraming
            {
                ClaimId = claimIds[f.Article][f.Claim], Dimension = f.Dimension, Pole = f.Pole, Start = f.Span.Start, End = f.Span.End, Surface = f.Text,
            })],
        };
    }

    /// <summary>
    /// Records that the stored groups are up to date (made by this grouper version, nothing stale or added since) and
    /// who wrote them: the returned value, also in <see cref="StoreSchema.ClaimGroupsWrittenKey"/>.
    /// </summary>
    internal static async Task<string> GroupsWrittenAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var written = Guid.NewGuid().ToString("N");
        await db.StoreInfo.Where(i => i.Key == StoreSchema.ClaimGroupsStaleKey || i.Key == StoreSchema.ClaimGroupsAddedKey)
            .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        foreach (var (key, value) in new[] { (StoreSchema.ClaimGroupingKey, ClaimGrouper.Version), (StoreSchema.ClaimGroupsWrittenKey, written) })
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO StoreInfo (Key, Value) VALUES ({key}, {value}) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value", ct).ConfigureAwait(false);
        }
        return written;
    }

    /// <summary>Who speaks in an article's own voice, as a claim page names it: its outlet, else the article by its headline.</summary>
    public static string VoiceOf(string? outlet, string headline) => outlet ?? $"the article “{headline}”";

    /// <summary>
    /// The stored meaning vectors of the claims, keyed as the grouper looks them up (<see cref="MeaningKey.Of"/> of each
    /// claim's content); null while none is computed (meaning off, failed or not started), so the grouper decides on
    /// agreement alone. A claim whose vector is still missing is simply absent.
    /// </summary>
    internal static async Task<Dictionary<string, float[]>?> MeaningsAsync(BenghaziLinkDb db, List<ArticleClaim> claims, CancellationToken ct)
    {
        var stored = await db.ClaimMeanings.AsNoTracking().Where(m => db.ArticleClaims.Any(c => c.MeaningKey == m.Key))
            .ToDictionaryAsync(m => m.Key, m => m.Vector, StringComparer.Ordinal, ct).ConfigureAwait(false);
        if (stored.Count == 0) return null;
        var meanings = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.MeaningKey is not { } key || !stored.TryGetValue(key, out var vector)) continue;
            meanings.TryAdd(MeaningKey.Of(ContentOf(claim.Surface, claim.Start, claim.ContentStart, claim.ContentEnd)), ClaimMeaning.ToVector(vector));
        }
        return meanings;
    }

    /// <summary>
    /// Records, in the caller's transaction, that claims already grouped changed since the groups were made (an article
    /// replaced or extracted again, new meaning vectors): only a regrouping of the whole corpus makes the groups right again.
    /// </summary>
    public static Task MarkStaleAsync(BenghaziLinkDb db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(
        $"INSERT OR IGNORE INTO StoreInfo (Key, Value) VALUES ('{StoreSchema.ClaimGroupsStaleKey}', '1')", ct);

    /// <summary>Records, in the caller's transaction, that an article was added since the groups were made.</summary>
    public static Task MarkAddedAsync(BenghaziLinkDb db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(
        $"INSERT OR IGNORE INTO StoreInfo (Key, Value) VALUES ('{StoreSchema.ClaimGroupsAddedKey}', '1')", ct);

    /// <summary>Whether the stored groups were made by another version of the grouper (or never made), or claims changed or arrived since.</summary>
    public static async Task<bool> IsStaleAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var info = await GroupingInfoAsync(db, ct).ConfigureAwait(false);
        return info.ContainsKey(StoreSchema.ClaimGroupsStaleKey) || info.ContainsKey(StoreSchema.ClaimGroupsAddedKey)
            || info.GetValueOrDefault(StoreSchema.ClaimGroupingKey) != ClaimGrouper.Version;
    }

    /// <summary>What <c>StoreInfo</c> says of the stored groups: their grouper version, who wrote them, what changed since.</summary>
    internal static Task<Dictionary<string, string>> GroupingInfoAsync(BenghaziLinkDb db, CancellationToken ct) =>
        db.StoreInfo.AsNoTracking().Where(i => i.Key == StoreSchema.ClaimGroupingKey || i.Key == StoreSchema.ClaimGroupsStaleKey
                || i.Key == StoreSchema.ClaimGroupsAddedKey || i.Key == StoreSchema.ClaimGroupsWrittenKey)
            .ToDictionaryAsync(i => i.Key, i => i.Value, StringComparer.Ordinal, ct);

    /// <summary>Groups one claim can open (its count, and the statements it makes, which may overlap).</summary>
    internal const int GroupsPerClaim = 16;

    /// <summary>
    /// A group's address, stable while its first claim stays: the claim's id and the group's place among the groups
    /// that claim opens. Groups past <see cref="GroupsPerClaim"/> for one claim are dropped (none comes close).
    /// </summary>
    internal static int GroupId(int firstClaimId, int nth) => firstClaimId * GroupsPerClaim + nth;

    /// <summary>The words a claim states, as the meaning vector reads them (<see cref="ClaimContent"/>).</summary>
    internal static string ContentOf(string surface, int start, int? contentStart, int? contentEnd) =>
        ClaimContent.Of(surface, start, contentStart, contentEnd);

    /// <summary>
    /// SQLite gives a stored decimal back with a scale of its own (29 reads as 29.0); the pipeline's value had none,
    /// and the grouper writes values into summaries ("killed attackers: 29").
    /// </summary>
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;

    internal static Claim ToClaim(ArticleClaim c) => new(
        new TextSpan(c.Start, c.End), c.Surface,
        [.. c.Chain.OrderBy(s => s.Position).Select(s => new ClaimSource(s.Name, s.Class, new TextSpan(s.Start, s.End), s.Surface))],
        c.Cue is null ? null : new AttributionCue(c.Cue, new TextSpan(c.CueStart ?? c.Start, c.CueEnd ?? c.Start), ""),
        c.Hedge,
        [.. c.Quantities.OrderBy(q => q.Id).Select(q => new Quantity(WithoutTrailingZeros(q.Value), q.Counts, q.Qualifier, q.Outcome, q.Part, new TextSpan(q.Start, q.End), q.Surface))],
        [.. c.Entities], [.. c.Events], c.EventDate, c.Processor)
    {
        Mentions = [.. c.Mentions.OrderBy(m => m.Position).Select(m => new ClaimMention(m.Name, new TextSpan(m.Start, m.End)))],
        Mood = c.Mood,
        Content = c.ContentStart is { } start && c.ContentEnd is { } end ? new TextSpan(start, end) : null,
        Proposition = c.PropositionPredicate is { } predicate
            ? new Proposition(c.PropositionSubject ?? "", predicate, c.PropositionObject, c.PropositionNegated)
            : null,
    };
}
