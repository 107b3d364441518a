using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Pages.Claims;

public sealed record ChainLink(string Name, SourceClass Class, string Surface);

public sealed record QuantityView(decimal Value, string Counts, string? Qualifier, string? Outcome, bool Part, string Surface);

/// <summary>
/// One claim as pages and the API show it: its article and the date of that report, the quote and the sentence
/// it stands in (text and ordinal, for the <c>#s{n}</c> anchor), hedge, cue, chain and quantities.
/// </summary>
public sealed record ClaimView(
    int Id, int ArticleId, string Slug, string Headline, string? Outlet, string? Published,
    int Start, int End, string Quote, int Sentence, int SentenceStart, int SentenceEnd, string ArticleText,
    Hedge Hedge, string? Cue, string? EventDate, IReadOnlyList<ChainLink> Chain, IReadOnlyList<QuantityView> Quantities, int? GroupId)
{
    public string Url => $"/articles/{Slug}#s{Sentence}";
    public string SentenceText => ArticleText[SentenceStart..SentenceEnd];
}

/// <summary>A claim of a group: the origin it goes back to (numbered from 1 within the group), whether it echoes an earlier report, its value.</summary>
public sealed record MemberView(ClaimView Claim, int Origin, bool Echo, decimal? Value, string? Counts, string? Qualifier);

/// <summary>How a member of a disputed group frames it: the dimension, the pole and the words (their span in the member's article).</summary>
public sealed record FramingView(ClaimView Claim, string Dimension, string Pole, int Start, int End, string Text);

public sealed record GroupView(int Id, GroupStatus Status, string? Quantity, string? Topic, int ArticleCount, int OriginCount, IReadOnlyList<MemberView> Members,
    IReadOnlyList<FramingView> Framings)
{
    /// <summary>The earliest report's words stand for the group.</summary>
    public ClaimView Representative => Members.Select(m => m.Claim).OrderBy(c => c.Published ?? "9999", StringComparer.Ordinal).ThenBy(c => c.Id).First();

    /// <summary>For a disputed figure: each value with the articles that give it, side by side.</summary>
    public IReadOnlyList<(decimal Value, string? Qualifier, IReadOnlyList<ClaimView> Claims)> Values => [.. Members
        .Where(m => m.Value is not null)
        .GroupBy(m => (m.Value!.Value, m.Qualifier))
        .OrderBy(g => g.Key.Value)
        .Select(g => (g.Key.Value, g.Key.Qualifier, (IReadOnlyList<ClaimView>)[.. g.Select(m => m.Claim)]))];

    /// <summary>For a group disputed by framing: each dimension with its poles side by side, each pole with the framings that take it.</summary>
    public IReadOnlyList<(string Dimension, IReadOnlyList<(string Pole, IReadOnlyList<FramingView> Framings)> Poles)> FramingsByDimension => [.. Framings
        .GroupBy(f => f.Dimension)
        .Select(d => (d.Key, (IReadOnlyList<(string, IReadOnlyList<FramingView>)>)[.. d.GroupBy(f => f.Pole).Select(p => (p.Key, (IReadOnlyList<FramingView>)[.. p]))]))];
}

/// <summary>
/// Claims and claim groups read from the store, shared by the claims pages, the article page, the entity profile
/// and the API. A claim is about an entity when a mention of the entity lies inside the claim's span.
/// </summary>
public sealed class ClaimQuery(BenghaziLinkDb db)
{
    private IQueryable<ArticleClaim> AboutEntity(int entityId) =>
        db.ArticleClaims.Where(c => db.ArticleMentions.Any(m => m.EntityId == entityId && m.ArticleId == c.ArticleId && m.Start >= c.Start && m.End <= c.End));

    public async Task<IReadOnlyList<ClaimView>> OfArticleAsync(int articleId, CancellationToken ct) =>
        await LoadAsync(db.ArticleClaims.Where(c => c.ArticleId == articleId), ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<ClaimView>> AboutEntityAsync(int entityId, CancellationToken ct) =>
        await LoadAsync(AboutEntity(entityId), ct).ConfigureAwait(false);

    /// <summary>Every group, or those with a claim about the entity, most articles first; disputed and corroborated before single-origin.</summary>
    public async Task<IReadOnlyList<GroupView>> GroupsAsync(int? entityId, CancellationToken ct)
    {
        var groupIds = db.ClaimGroups.Select(g => g.Id);
        if (entityId is { } id)
        {
            var claimIds = AboutEntity(id).Select(c => c.Id);
            groupIds = db.ClaimGroupMembers.Where(m => claimIds.Contains(m.ClaimId)).Select(m => m.GroupId).Distinct();
        }
        return await GroupsWhereAsync(groupIds, ct).ConfigureAwait(false);
    }

    public async Task<GroupView?> GroupAsync(int id, CancellationToken ct) =>
        (await GroupsWhereAsync(db.ClaimGroups.Where(g => g.Id == id).Select(g => g.Id), ct).ConfigureAwait(false)).SingleOrDefault();

    private async Task<IReadOnlyList<GroupView>> GroupsWhereAsync(IQueryable<int> groupIds, CancellationToken ct)
    {
        // A group left without members (its claims went with a replaced article before the next regrouping) is not shown.
        var groups = await db.ClaimGroups.Where(g => groupIds.Contains(g.Id) && g.Members.Any())
            .Select(g => new
            {
                g.Id, g.Status, g.Quantity, g.Topic, g.ArticleCount, g.OriginCount,
                Members = g.Members.Select(m => new { m.ClaimId, m.Origin, m.Echo, m.Value, m.Counts, m.Qualifier }).ToList(),
                Framings = g.Framings.OrderBy(f => f.Id).Select(f => new { f.ClaimId, f.Dimension, f.Pole, f.Start, f.End, f.Surface }).ToList(),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var claimIds = groups.SelectMany(g => g.Members).Select(m => m.ClaimId).ToArray();
        var claims = (await LoadAsync(db.ArticleClaims.Where(c => claimIds.Contains(c.Id)), ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
        return [.. groups
            .Select(g => new GroupView(g.Id, g.Status, g.Quantity, g.Topic, g.ArticleCount, g.OriginCount, Renumber(
                [.. g.Members.Select(m => new MemberView(claims[m.ClaimId], m.Origin, m.Echo, m.Value, m.Counts, m.Qualifier))
                    .OrderBy(m => m.Claim.Published ?? "9999", StringComparer.Ordinal).ThenBy(m => m.Claim.Id)]),
                [.. g.Framings.Select(f => new FramingView(claims[f.ClaimId], f.Dimension, f.Pole, f.Start, f.End, f.Surface))]))
            .OrderBy(g => g.Status == GroupStatus.SingleOrigin).ThenByDescending(g => g.ArticleCount).ThenByDescending(g => g.OriginCount).ThenBy(g => g.Id)];
    }

    /// <summary>Origins numbered 1, 2, … in the order the reports appear, whatever numbers the grouper used.</summary>
    private static List<MemberView> Renumber(List<MemberView> members)
    {
        var numbers = new Dictionary<int, int>();
        foreach (var m in members) numbers.TryAdd(m.Origin, numbers.Count + 1);
        return [.. members.Select(m => m with { Origin = numbers[m.Origin] })];
    }

    private async Task<List<ClaimView>> LoadAsync(IQueryable<ArticleClaim> query, CancellationToken ct)
    {
        var claims = await query.AsNoTracking().Include(c => c.Chain).Include(c => c.Quantities)
            .ToListAsync(ct).ConfigureAwait(false);
        var articleIds = claims.Select(c => c.ArticleId).Distinct().ToArray();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Headline, a.Outlet, a.Published, a.Text })
            .ToDictionaryAsync(a => a.Id, ct).ConfigureAwait(false);
        var sentences = (await db.ArticleSentences.Where(s => articleIds.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Ordinal, s.Start, s.End })
            .ToListAsync(ct).ConfigureAwait(false)).ToLookup(s => s.ArticleId);
        var ids = claims.Select(c => c.Id).ToArray();
        var grouped = await db.ClaimGroupMembers.Where(m => ids.Contains(m.ClaimId))
            .Select(m => new { m.ClaimId, m.GroupId })
            .ToListAsync(ct).ConfigureAwait(false);
        var groupOf = grouped.GroupBy(m => m.ClaimId).ToDictionary(g => g.Key, g => g.Min(m => m.GroupId));
        return [.. claims.OrderBy(c => c.ArticleId).ThenBy(c => c.Ordinal).Select(c =>
        {
            var a = articles[c.ArticleId];
            var sentence = sentences[c.ArticleId].FirstOrDefault(s => s.Start <= c.Start && c.Start < s.End);
            return new ClaimView(c.Id, c.ArticleId, a.Slug, a.Headline, a.Outlet, a.Published,
                c.Start, c.End, c.Surface, sentence?.Ordinal ?? 0, Math.Min(sentence?.Start ?? c.Start, c.Start), Math.Max(sentence?.End ?? c.End, c.End), a.Text,
                c.Hedge, c.Cue, c.EventDate,
                [.. c.Chain.OrderBy(s => s.Position).Select(s => new ChainLink(s.Name, s.Class, s.Surface))],
                [.. c.Quantities.OrderBy(q => q.Id).Select(q => new QuantityView(q.Value, q.Counts, q.Qualifier, q.Outcome, q.Part, q.Surface))],
                groupOf.TryGetValue(c.Id, out var g) ? g : null);
        })];
    }

    /// <summary>A quote in quotation marks, unless it holds quotation marks of its own (a speaker's words), which would not nest legibly.</summary>
    public static string Quoted(string quote) =>
        quote.AsSpan().IndexOfAny("“”\"") >= 0 ? quote : $"“{quote}”";

    /// <summary>What kind of source the claim goes back to: the innermost source's class, or the article itself when it names none.</summary>
    public static string OriginClass(IReadOnlyList<ChainLink> chain) => chain.Count == 0 ? ArticleItself : Name(chain[^1].Class);

    /// <summary>The source class of a claim made in the article's own voice (its chain is empty).</summary>
    public const string ArticleItself = "the article itself";

    public static string Name(SourceClass kind) => kind switch
    {
        SourceClass.NamedPerson => "named person",
        SourceClass.AnonymousSource => "anonymous source",
        SourceClass.NewsOutlet => "news outlet",
        SourceClass.GovernmentBody => "government body",
        SourceClass.MilitantGroup => "militant group, of its own act",
        SourceClass.Document => "document",
        SourceClass.Organisation => "organisation",
        _ => kind.ToString(),
    };

    public static string Name(Hedge hedge) => hedge switch
    {
        Hedge.Asserted => "asserted in the article's own voice",
        Hedge.Attributed => "attributed to a source",
        Hedge.Reported => "reported with reserve",
        Hedge.Denied => "denied or unconfirmed",
        _ => hedge.ToString(),
    };

    /// <summary>A framing's dimension and pole in words: "allegiance", "inside the network".</summary>
    public static string Words(string framing) => framing switch
    {
        "inside-network" => "inside the network",
        "not-responsible" => "not responsible",
        _ => framing.Replace('-', ' '),
    };

    public static string Name(GroupStatus status) => status switch
    {
        GroupStatus.Corroborated => "corroborated",
        GroupStatus.SingleOrigin => "single origin",
        GroupStatus.Disputed => "disputed",
        _ => status.ToString(),
    };
}
