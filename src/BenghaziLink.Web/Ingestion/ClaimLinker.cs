using System.Collections.Immutable;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// Stores an article's claims (in the article's transaction), and groups the claims of the whole corpus again
/// (<see cref="ClaimGrouper"/>), which the ingest runner does once per run.
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

    /// <summary>Rebuilds every claim group from the stored claims, as the grouper saw them when they were extracted.</summary>
    public static async Task RegroupAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var claims = await db.ArticleClaims.AsNoTracking()
            .Include(c => c.Chain).Include(c => c.Quantities).Include(c => c.Mentions)
            .ToListAsync(ct).ConfigureAwait(false);
        var articles = await db.Articles.Select(a => new { a.Id, a.Slug, a.Published, a.Outlet, a.Headline })
            .ToListAsync(ct).ConfigureAwait(false);

        var byArticle = claims.GroupBy(c => c.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Ordinal).ToList());
        var input = articles.Where(a => byArticle.ContainsKey(a.Id)).OrderBy(a => a.Id).ToList();
        var articleClaims = input.Select(a => new ArticleClaims(a.Slug, a.Published, [.. byArticle[a.Id].Select(ToClaim)]) { Voice = VoiceOf(a.Outlet, a.Headline) }).ToList();
        var groups = ClaimGrouper.Group(articleClaims, await MeaningsAsync(db, claims, ct).ConfigureAwait(false));

        await db.Database.ExecuteSqlRawAsync("DELETE FROM ClaimGroups", ct).ConfigureAwait(false);
        var idOf = input.ToDictionary(a => a.Slug, a => byArticle[a.Id]);
        var opened = new Dictionary<int, int>();
        // Figure groups first, so a claim's count keeps its address when statement groups change around it.
        foreach (var group in groups.OrderBy(g => g.Quantity is null))
        {
            var members = group.Members.Select(m => (Member: m, Claim: idOf[m.Article][m.Claim])).ToList();
            var first = members.Min(m => m.Claim.Id);
            var nth = opened[first] = opened.GetValueOrDefault(first, -1) + 1;
            var values = group.Values.ToDictionary(v => (v.Article, v.Claim));
            if (nth >= GroupsPerClaim) continue;
            db.ClaimGroups.Add(new ClaimGroupRow
            {
                Id = GroupId(first, nth),
                Status = group.Status, Quantity = group.Quantity, Topic = group.Topic, ArticleCount = group.Articles, OriginCount = group.Origins,
                Summary = group.Summary,
                Origins = [.. group.OriginDetails.Select(o => new ClaimGroupOrigin { Origin = o.Origin, Label = o.Label, Basis = o.Basis })],
                Members = [.. members.Select(m =>
                {
                    var value = values.GetValueOrDefault((m.Member.Article, m.Member.Claim));
                    return new ClaimGroupMember
                    {
                        ClaimId = m.Claim.Id, Origin = m.Member.Origin, Echo = m.Member.Echo,
                        Value = value?.Value, Counts = value?.Counts, Qualifier = value?.Qualifier,
                    };
                })],
                Framings = [.. group.Framings.Select(f => new ClaimGroupFraming
                {
                    ClaimId = idOf[f.Article][f.Claim].Id, Dimension = f.Dimension, Pole = f.Pole, Start = f.Span.Start, End = f.Span.End, Surface = f.Text,
                })],
            });
        }
        var version = await db.StoreInfo.SingleOrDefaultAsync(i => i.Key == StoreSchema.ClaimGroupingKey, ct).ConfigureAwait(false);
        if (version is null) db.StoreInfo.Add(new StoreInfo { Key = StoreSchema.ClaimGroupingKey, Value = ClaimGrouper.Version });
        else version.Value = ClaimGrouper.Version;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await db.StoreInfo.Where(i => i.Key == StoreSchema.ClaimGroupsStaleKey).ExecuteDeleteAsync(ct).ConfigureAwait(false);
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

    /// <summary>Records, in the caller's transaction, that claims changed since the groups were made.</summary>
    public static Task MarkStaleAsync(BenghaziLinkDb db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(
        $"INSERT OR IGNORE INTO StoreInfo (Key, Value) VALUES ('{StoreSchema.ClaimGroupsStaleKey}', '1')", ct);

    /// <summary>Whether the stored groups were made by another version of the grouper (or never made), or claims changed since.</summary>
    public static async Task<bool> IsStaleAsync(BenghaziLinkDb db, CancellationToken ct)
    {
        var info = await db.StoreInfo.Where(i => i.Key == StoreSchema.ClaimGroupingKey || i.Key == StoreSchema.ClaimGroupsStaleKey)
            .ToDictionaryAsync(i => i.Key, i => i.Value, ct).ConfigureAwait(false);
        return info.ContainsKey(StoreSchema.ClaimGroupsStaleKey) || info.GetValueOrDefault(StoreSchema.ClaimGroupingKey) != ClaimGrouper.Version;
    }

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
