using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Pages.Articles;
using Microsoft.AspNetCore.Html;
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
    /// <summary>What kind of utterance it is; only a statement can corroborate.</summary>
    public ClaimMood Mood { get; init; } = ClaimMood.Statement;
    /// <summary>The words stated, without the attribution and hedge; null when they are the whole span.</summary>
    public (int Start, int End)? Content { get; init; }

    /// <summary>The sentence with the claim marked and, inside it, the words stated apart from who says them.</summary>
    public IHtmlContent InSentence() => ArticleMarkup.Render(ArticleText, SentenceStart, SentenceEnd,
        Content is { } content && (content.Start, content.End) != (Start, End)
            ? [new Mark(Start, End, "mark", "claim-hit", []), new Mark(content.Start, content.End, "span", "claim-content", [])]
            : [new Mark(Start, End, "mark", "claim-hit", [])]);
}

/// <summary>
/// A claim as a list of many shows it, read without its article's text: where it stands (article, sentence, span),
/// its quote, hedge, cue and chain.
/// </summary>
public sealed record ClaimRef(int Id, int ArticleId, string Slug, string Headline, string? Outlet, string? Published,
    int Start, int End, string Quote, int Sentence, Hedge Hedge, string? Cue, IReadOnlyList<ChainLink> Chain)
{
    public string Url => $"/articles/{Slug}#s{Sentence}";
    /// <summary>Who the article has it from, in a few words: the innermost source, or the article (its outlet) itself.</summary>
    public string Source => Chain.Count > 0 ? Chain[^1].Name : Outlet ?? Headline;
    /// <summary>Subject – predicate – object read from the claim's content, when one was read.</summary>
    public string? Proposition { get; init; }
}

/// <summary>A claim of a group: the origin it goes back to (numbered from 1 within the group), whether it echoes an earlier report, its value.</summary>
public sealed record MemberView(ClaimRef Claim, int Origin, bool Echo, decimal? Value, string? Counts, string? Qualifier);

/// <summary>How a member of a disputed group frames it: the dimension, the pole and the words (their span in the member's article).</summary>
public sealed record FramingView(ClaimView Claim, string Dimension, string Pole, int Start, int End, string Text);

/// <summary>
/// One independent origin of a group, numbered from 1 in the order the reports appear: who it is in words, why its
/// reports count as one origin, and how many reports and articles relay it.
/// </summary>
public sealed record OriginView(int Number, string Label, string Basis, int Reports, int Articles);

public sealed record GroupView(int Id, GroupStatus Status, string? Quantity, string? Topic, int ArticleCount, int OriginCount,
    IReadOnlyList<MemberView> Members, IReadOnlyList<FramingView> Framings, IReadOnlyList<OriginView> Origins)
{
    /// <summary>The claim in short form as the grouper words it (subject – predicate – object/value), when it does.</summary>
    public string? Summary { get; init; }

    /// <summary>The earliest report's words stand for the group (members come earliest first).</summary>
    public ClaimRef Representative => Members[0].Claim;

    /// <summary>For a disputed figure: each value with the articles that give it, side by side.</summary>
    public IReadOnlyList<(decimal Value, string? Qualifier, IReadOnlyList<ClaimRef> Claims)> Values => [.. Members
        .Where(m => m.Value is not null)
        .GroupBy(m => (m.Value!.Value, m.Qualifier))
        .OrderBy(g => g.Key.Value)
        .Select(g => (g.Key.Value, g.Key.Qualifier, (IReadOnlyList<ClaimRef>)[.. g.Select(m => m.Claim)]))];

    /// <summary>For a group disputed by framing: each dimension with its poles side by side, each pole with the framings that take it.</summary>
    public IReadOnlyList<(string Dimension, IReadOnlyList<(string Pole, IReadOnlyList<FramingView> Framings)> Poles)> FramingsByDimension => [.. Framings
        .GroupBy(f => f.Dimension)
        .Select(d => (d.Key, (IReadOnlyList<(string, IReadOnlyList<FramingView>)>)[.. d.GroupBy(f => f.Pole).Select(p => (p.Key, (IReadOnlyList<FramingView>)[.. p]))]))];

    /// <summary>The claim in short form (subject – predicate – object or value), as <see cref="ClaimWords.ShortForm"/> words it.</summary>
    public string ShortForm => ClaimWords.ShortForm(this);

    /// <summary>The status in words: who the independent origins are and how many articles relay each, or what is disputed.</summary>
    public string StatusInWords => ClaimWords.Status(this);
}

/// <summary>The filters of the claims list; each one left null takes every group.</summary>
public sealed record ClaimFilter(int? EntityId = null, GroupStatus? Status = null, string? Text = null);

/// <summary>A claim on the same topic that states something else: shown apart ("See also"), never as support.</summary>
public sealed record SeeAlsoView(ClaimRef Claim, int? GroupId);

/// <summary>A claim page: the group, one page of its reports (each in its sentence) and one page of its related claims.</summary>
public sealed record GroupPage(GroupView Group, Paged<(MemberView Member, ClaimView Claim)> Reports, Paged<SeeAlsoView> SeeAlso);

/// <summary>
/// Claims and claim groups read from the store, shared by the claims pages, the article page, the entity profile
/// and the API. A claim is about an entity when a mention of the entity lies inside the claim's span; the entity
/// said it when a link of the claim's chain is the entity.
/// Every list is read a page at a time, ordered in the store.
/// </summary>
public sealed class ClaimQuery(BenghaziLinkDb db, Microsoft.Extensions.Options.IOptions<ClaimListOptions> options)
{
    /// <summary>Items per page of every claims list.</summary>
    public int PageSize { get; } = options.Value.PageSize;

    /// <summary>The statuses a group of one claim can have; any other (related claims) is never listed as support.</summary>
    public static readonly IReadOnlyList<GroupStatus> Listed = [GroupStatus.Corroborated, GroupStatus.SingleOrigin, GroupStatus.Disputed];

    private static readonly GroupStatus[] ListedArray = [.. Listed];

    private IQueryable<ArticleClaim> AboutEntity(int entityId) =>
        db.ArticleClaims.Where(c => db.ArticleMentions.Any(m => m.EntityId == entityId && m.ArticleId == c.ArticleId && m.Start >= c.Start && m.End <= c.End));

    /// <summary>
    /// Claims with the entity in their chain: a link named by its canonical name or an alias, or whose words are
    /// exactly a mention of it. A mention inside a longer source ("a senior Algerian official") is not the entity speaking.
    /// </summary>
    private IQueryable<ArticleClaim> SaidBy(int entityId, string canonical) =>
        db.ArticleClaims.Where(c => c.Chain.Any(l => l.Name == canonical
            || db.EntityAliases.Any(a => a.EntityId == entityId && a.Name == l.Name)
            || db.ArticleMentions.Any(m => m.EntityId == entityId && m.ArticleId == c.ArticleId && m.Start == l.Start && m.End == l.End)));

    /// <summary>Claims carried by other articles first (those have a claim page), then in reading order.</summary>
    private IQueryable<int> InOrder(IQueryable<ArticleClaim> claims) => claims
        .OrderByDescending(c => db.ClaimGroupMembers.Any(m => m.ClaimId == c.Id && db.ClaimGroups.Any(g => g.Id == m.GroupId && ListedArray.Contains(g.Status))))
        .ThenBy(c => c.ArticleId).ThenBy(c => c.Ordinal).Select(c => c.Id);

    public async Task<Paged<ClaimView>> OfArticleAsync(int articleId, int page, CancellationToken ct) =>
        await ViewsAsync(db.ArticleClaims.Where(c => c.ArticleId == articleId).OrderBy(c => c.Ordinal).Select(c => c.Id), page, ct).ConfigureAwait(false);

    /// <summary>Claims the entity made itself: it is a source in their chain.</summary>
    public async Task<Paged<ClaimView>> SaidByEntityAsync(int entityId, string canonical, int page, CancellationToken ct) =>
        await ViewsAsync(InOrder(SaidBy(entityId, canonical)), page, ct).ConfigureAwait(false);

    /// <summary>Claims whose words stated (their content, without who says them) name the entity, and that it did not make.</summary>
    public async Task<Paged<ClaimView>> AboutEntityAsync(int entityId, string canonical, int page, CancellationToken ct)
    {
        var said = SaidBy(entityId, canonical).Select(c => c.Id);
        var naming = db.ArticleClaims.Where(c => db.ArticleMentions.Any(m => m.EntityId == entityId && m.ArticleId == c.ArticleId
            && m.Start >= (c.ContentStart ?? c.Start) && m.End <= (c.ContentEnd ?? c.End)));
        return await ViewsAsync(InOrder(naming.Where(c => !said.Contains(c.Id))), page, ct).ConfigureAwait(false);
    }

    private async Task<Paged<ClaimView>> ViewsAsync(IQueryable<int> orderedIds, int page, CancellationToken ct)
    {
        var ids = await Paging.PageAsync(orderedIds, page, PageSize, ct).ConfigureAwait(false);
        var views = (await LoadAsync(db.ArticleClaims.Where(c => ids.Items.Contains(c.Id)), ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
        return new Paged<ClaimView>([.. ids.Items.Select(id => views[id])], ids.Page, ids.PageSize, ids.Total);
    }

    private IQueryable<ClaimGroupRow> Filtered(ClaimFilter filter)
    {
        // A group left without members (its claims went with a replaced article before the next regrouping) is not shown.
        var groups = db.ClaimGroups.Where(g => ListedArray.Contains(g.Status) && g.Members.Any());
        if (filter.EntityId is { } id)
        {
            var about = AboutEntity(id).Select(c => c.Id);
            groups = groups.Where(g => g.Members.Any(m => about.Contains(m.ClaimId)));
        }
        foreach (var word in SearchWords(filter.Text))
        {
            var pattern = $"%{Escape(word)}%";
            groups = groups.Where(g => g.Members.Any(m => db.ArticleClaims.Any(c => c.Id == m.ClaimId && EF.Functions.Like(c.Surface, pattern, "\\"))));
        }
        return filter.Status is { } status ? groups.Where(g => g.Status == status) : groups;
    }

    /// <summary>The words of a text filter: every one must appear in one claim of the group (in any case).</summary>
    public static IReadOnlyList<string> SearchWords(string? text) =>
        [.. (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 0).Take(8)];

    private static string Escape(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Groups per listed status under the other filters, so a status choice can say what it would give.</summary>
    public async Task<IReadOnlyDictionary<GroupStatus, int>> CountsAsync(ClaimFilter filter, CancellationToken ct) =>
        await Filtered(filter with { Status = null }).GroupBy(g => g.Status).Select(s => new { s.Key, Count = s.Count() })
            .ToDictionaryAsync(s => s.Key, s => s.Count, ct).ConfigureAwait(false);

    /// <summary>One page of the groups the filter keeps: disputed and corroborated before single-origin, then most articles first.</summary>
    public async Task<Paged<GroupView>> GroupsAsync(ClaimFilter filter, int page, CancellationToken ct)
    {
        var ordered = Filtered(filter)
            .OrderBy(g => g.Status == GroupStatus.SingleOrigin).ThenByDescending(g => g.ArticleCount).ThenByDescending(g => g.OriginCount).ThenBy(g => g.Id)
            .Select(g => g.Id);
        var ids = await Paging.PageAsync(ordered, page, PageSize, ct).ConfigureAwait(false);
        var groups = (await GroupsWhereAsync(ids.Items, ct).ConfigureAwait(false)).ToDictionary(g => g.Id);
        return new Paged<GroupView>([.. ids.Items.Where(groups.ContainsKey).Select(id => groups[id])], ids.Page, ids.PageSize, ids.Total);
    }

    public async Task<GroupView?> GroupAsync(int id, CancellationToken ct) =>
        (await GroupsWhereAsync([id], ct).ConfigureAwait(false)).SingleOrDefault(g => Listed.Contains(g.Status));

    /// <summary>A claim page: the group, one page of its reports with their sentences, one page of related claims.</summary>
    public async Task<GroupPage?> GroupPageAsync(int id, int reportsPage, int seeAlsoPage, CancellationToken ct)
    {
        if (await GroupAsync(id, ct).ConfigureAwait(false) is not { } group) return null;
        var page = Paging.Clamp(reportsPage, group.Members.Count, PageSize);
        var members = group.Members.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var ids = members.Select(m => m.Claim.Id).ToArray();
        var views = (await LoadAsync(db.ArticleClaims.Where(c => ids.Contains(c.Id)), ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
        var reports = new Paged<(MemberView, ClaimView)>([.. members.Select(m => (m, views[m.Claim.Id]))], page, PageSize, group.Members.Count);
        return new GroupPage(group, reports, await SeeAlsoAsync(group, seeAlsoPage, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// The claims that share a related group (same topic, another claim) with one of this group's members, one per
    /// claim page they have (or per claim when they have none); never this group's own claims.
    /// </summary>
    public async Task<Paged<SeeAlsoView>> SeeAlsoAsync(GroupView group, int page, CancellationToken ct)
    {
        var own = group.Members.Select(m => m.Claim.Id).ToArray();
        var related = db.ClaimGroups.Where(g => !ListedArray.Contains(g.Status) && g.Members.Any(m => own.Contains(m.ClaimId))).Select(g => g.Id);
        var others = await db.ClaimGroupMembers.Where(m => related.Contains(m.GroupId) && !own.Contains(m.ClaimId))
            .Select(m => m.ClaimId).Distinct().OrderBy(c => c).ToListAsync(ct).ConfigureAwait(false);
        var homes = await HomesAsync(others, ct).ConfigureAwait(false);
        var distinct = others.Where(c => homes.GetValueOrDefault(c) != group.Id)
            .GroupBy(c => homes.TryGetValue(c, out var g) ? -g : c).Select(g => g.First()).ToList();
        page = Paging.Clamp(page, distinct.Count, PageSize);
        var shown = distinct.Skip((page - 1) * PageSize).Take(PageSize).ToArray();
        var refs = (await RefsAsync(shown, ct).ConfigureAwait(false)).ToDictionary(r => r.Id);
        return new Paged<SeeAlsoView>([.. shown.Select(c => new SeeAlsoView(refs[c], homes.TryGetValue(c, out var g) ? g : null))], page, PageSize, distinct.Count);
    }

    /// <summary>For each claim that has one, the claim page it belongs to: the lowest id among its listed groups.</summary>
    private async Task<Dictionary<int, int>> HomesAsync(IReadOnlyCollection<int> claimIds, CancellationToken ct) =>
        (await db.ClaimGroupMembers.Where(m => claimIds.Contains(m.ClaimId) && db.ClaimGroups.Any(g => g.Id == m.GroupId && ListedArray.Contains(g.Status)))
            .Select(m => new { m.ClaimId, m.GroupId }).ToListAsync(ct).ConfigureAwait(false))
        .GroupBy(m => m.ClaimId).ToDictionary(g => g.Key, g => g.Min(m => m.GroupId));

    private async Task<IReadOnlyList<GroupView>> GroupsWhereAsync(IReadOnlyCollection<int> groupIds, CancellationToken ct)
    {
        var groups = await db.ClaimGroups.Where(g => groupIds.Contains(g.Id) && g.Members.Any())
            .Select(g => new
            {
                g.Id, g.Status, g.Quantity, g.Topic, g.ArticleCount, g.OriginCount, g.Summary,
                Origins = g.Origins.Select(o => new { o.Origin, o.Label, o.Basis }).ToList(),
                Members = g.Members.Select(m => new { m.ClaimId, m.Origin, m.Echo, m.Value, m.Counts, m.Qualifier }).ToList(),
                Framings = g.Framings.OrderBy(f => f.Id).Select(f => new { f.ClaimId, f.Dimension, f.Pole, f.Start, f.End, f.Surface }).ToList(),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var claims = (await RefsAsync([.. groups.SelectMany(g => g.Members).Select(m => m.ClaimId).Distinct()], ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
        var framed = groups.SelectMany(g => g.Framings).Select(f => f.ClaimId).Distinct().ToArray();
        var framedViews = framed.Length == 0 ? [] : (await LoadAsync(db.ArticleClaims.Where(c => framed.Contains(c.Id)), ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
        return [.. groups.Select(g =>
        {
            var members = g.Members.Select(m => new MemberView(claims[m.ClaimId], m.Origin, m.Echo, m.Value, m.Counts, m.Qualifier))
                .OrderBy(m => m.Claim.Published ?? "9999", StringComparer.Ordinal).ThenBy(m => m.Claim.Id).ToList();
            var details = g.Origins.GroupBy(o => o.Origin).ToDictionary(o => o.Key, o => (o.First().Label, o.First().Basis));
            var (renumbered, origins) = Origins(members, details);
            return new GroupView(g.Id, g.Status, g.Quantity, g.Topic, g.ArticleCount, g.OriginCount, renumbered,
                [.. g.Framings.Select(f => new FramingView(framedViews[f.ClaimId], f.Dimension, f.Pole, f.Start, f.End, f.Surface))], origins)
            { Summary = string.IsNullOrWhiteSpace(g.Summary) ? null : g.Summary };
        })];
    }

    /// <summary>
    /// Origins numbered 1, 2, … in the order the reports appear, whatever numbers the grouper used, each said in
    /// words: as the grouper labels it and says why it is one origin (<paramref name="details"/>, by the grouper's
    /// number), else by its innermost source (the first report's), or the article's own voice.
    /// </summary>
    private static (List<MemberView> Members, IReadOnlyList<OriginView> Origins) Origins(List<MemberView> members, Dictionary<int, (string Label, string Basis)> details)
    {
        var numbers = new Dictionary<int, int>();
        foreach (var m in members) numbers.TryAdd(m.Origin, numbers.Count + 1);
        var renumbered = members.Select(m => m with { Origin = numbers[m.Origin] }).ToList();
        IReadOnlyList<OriginView> origins = [.. members.GroupBy(m => m.Origin).OrderBy(o => numbers[o.Key]).Select(o =>
        {
            var first = o.First().Claim;
            var (label, basis) = details.TryGetValue(o.Key, out var detail) && !string.IsNullOrWhiteSpace(detail.Label)
                ? detail
                : first.Chain.Count == 0
                ? ($"{Ingestion.ClaimLinker.VoiceOf(first.Outlet, first.Headline)} in its own voice", "an article's own voice is its own origin")
                : (first.Chain[^1].Name, $"the innermost source its reports name ({ClaimQuery.Name(first.Chain[^1].Class)})");
            return new OriginView(numbers[o.Key], label, basis, o.Count(), o.Select(m => m.Claim.ArticleId).Distinct().Count());
        })];
        return (renumbered, origins);
    }

    /// <summary>Claims as lists of many show them: no article text is read.</summary>
    private async Task<List<ClaimRef>> RefsAsync(int[] ids, CancellationToken ct)
    {
        if (ids.Length == 0) return [];
        var rows = await db.ArticleClaims.Where(c => ids.Contains(c.Id))
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new
            {
                c.Id, c.ArticleId, a.Slug, a.Headline, a.Outlet, a.Published, c.Start, c.End, c.Surface, c.Hedge, c.Cue,
                c.PropositionSubject, c.PropositionPredicate, c.PropositionObject, c.PropositionNegated,
                Sentence = db.ArticleSentences.Where(s => s.ArticleId == c.ArticleId && s.Start <= c.Start && c.Start < s.End).Select(s => (int?)s.Ordinal).FirstOrDefault(),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var chains = (await db.Set<ClaimSourceLink>().Where(l => ids.Contains(l.ClaimId))
            .Select(l => new { l.ClaimId, l.Position, l.Name, l.Class, l.Surface }).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(l => l.ClaimId);
        return [.. rows.Select(c => new ClaimRef(c.Id, c.ArticleId, c.Slug, c.Headline, c.Outlet, c.Published, c.Start, c.End, c.Surface, c.Sentence ?? 0, c.Hedge, c.Cue,
            [.. chains[c.Id].OrderBy(l => l.Position).Select(l => new ChainLink(l.Name, l.Class, l.Surface))])
        {
            Proposition = ClaimWords.Proposition(c.PropositionSubject, c.PropositionPredicate, c.PropositionObject, c.PropositionNegated),
        })];
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
        var groupOf = await HomesAsync([.. claims.Select(c => c.Id)], ct).ConfigureAwait(false);
        return [.. claims.OrderBy(c => c.ArticleId).ThenBy(c => c.Ordinal).Select(c =>
        {
            var a = articles[c.ArticleId];
            var sentence = sentences[c.ArticleId].FirstOrDefault(s => s.Start <= c.Start && c.Start < s.End);
            return new ClaimView(c.Id, c.ArticleId, a.Slug, a.Headline, a.Outlet, a.Published,
                c.Start, c.End, c.Surface, sentence?.Ordinal ?? 0, Math.Min(sentence?.Start ?? c.Start, c.Start), Math.Max(sentence?.End ?? c.End, c.End), a.Text,
                c.Hedge, c.Cue, c.EventDate,
                [.. c.Chain.OrderBy(s => s.Position).Select(s => new ChainLink(s.Name, s.Class, s.Surface))],
                [.. c.Quantities.OrderBy(q => q.Id).Select(q => new QuantityView(q.Value, q.Counts, q.Qualifier, q.Outcome, q.Part, q.Surface))],
                groupOf.TryGetValue(c.Id, out var g) ? g : null)
            {
                Mood = c.Mood,
                Content = c.ContentStart is { } from && c.ContentEnd is { } to && c.Start <= from && from < to && to <= c.End ? (from, to) : null,
            };
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

    /// <summary>A claim that is no statement, in words: it is shown, but it corroborates nothing.</summary>
    public static string Name(ClaimMood mood) => mood switch
    {
        ClaimMood.Question => "a question: corroborates nothing",
        ClaimMood.Conditional => "a conditional: corroborates nothing",
        ClaimMood.Exclamation => "an exclamation: corroborates nothing",
        ClaimMood.Headline => "a headline repeating the text: corroborates nothing",
        ClaimMood.Caption => "a caption repeating the text: corroborates nothing",
        _ => "a statement",
    };

    public static string Name(GroupStatus status) => status switch
    {
        GroupStatus.Corroborated => "corroborated",
        GroupStatus.SingleOrigin => "single origin",
        GroupStatus.Disputed => "disputed",
        _ => status.ToString(),
    };
}
