using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Claims;

/// <summary>What adding articles to a <see cref="ClaimGrouping"/> changed: the groups that are new or changed, and those that are gone.</summary>
/// <remarks>A group that changed (a member more, another status or summary) is in both: the old one removed, the new one added.</remarks>
public sealed record GroupChanges(ImmutableArray<ClaimGroup> Added, ImmutableArray<ClaimGroup> Removed)
{
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty;
}

/// <summary>
/// A grouping of a corpus that grows article by article, as the app ingests them: <see cref="Add"/> gives the same
/// groups as <see cref="ClaimGrouper.Group"/> over all the articles added so far, in the order added, and says which
/// groups changed. Pure, and not thread-safe. What it keeps between calls (<see cref="ClaimGrouper.Cache"/>): each
/// statement's reading, the index of shared runs of words, every pair of statements already judged and every group
/// already built, so one more article costs the reading of its own statements, the judging of its candidates (posting
/// lists capped at <see cref="ClaimGrouper.PostingCap"/>) and the building of the groups it changes; each claim's origin
/// and framings and each statement's topic candidates are read once. What still runs over the corpus each time:
/// assembling the topic groups from the kept candidates (an anchor's share of the statements decides whether it founds
/// topics), rebuilding each changed group from all its members, and listing and keying the groups; the walk over the
/// statements goes on from where it stopped unless an earlier statement's topics changed (then it walks them all again,
/// with their cached judgements).
/// Articles already added never change; to change one, start a new grouping.
/// </summary>
public sealed class ClaimGrouping
{
    private readonly List<ArticleClaims> articles = [];
    private readonly ClaimGrouper.Cache cache = new();
    private readonly IReadOnlyDictionary<string, float[]>? meanings;
    private readonly double commonShare;
    private List<ClaimGroup> groups = [];

    /// <param name="meanings">Meaning vectors as <see cref="ClaimGrouper.Group"/> takes them; they must cover the articles to be added (new vectors mean a new grouping).</param>
    /// <param name="commonShare">See <see cref="ClaimGrouper.CommonShare"/>.</param>
    public ClaimGrouping(IReadOnlyDictionary<string, float[]>? meanings = null, double commonShare = ClaimGrouper.CommonShare)
    {
        this.meanings = meanings;
        this.commonShare = commonShare;
    }

    /// <summary>The articles added, in the order added.</summary>
    public IReadOnlyList<ArticleClaims> Articles => articles;

    /// <summary>The groups of every article added, numbered as <see cref="ClaimGrouper.Group"/> numbers them.</summary>
    public ImmutableArray<ClaimGroup> Groups => ClaimGrouper.Numbered(groups);

    /// <summary>
    /// The groups in the order <see cref="Groups"/> numbers them, unnumbered: a group an add left unchanged is the same
    /// object before and after it, so a host that stored the groups can tell which of its rows still stand.
    /// </summary>
    public IReadOnlyList<ClaimGroup> Current => groups.AsReadOnly();

    /// <summary>How many adds resumed the same-claim walk where the one before stopped, rather than walking every statement again.</summary>
    internal int WalksResumed => cache.WalksResumed;

    /// <summary>Adds one article's claims (after every article added before) and returns the groups that changed.</summary>
    public GroupChanges Add(ArticleClaims article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return AddRange([article]);
    }

    /// <summary>Adds articles' claims in order and returns the groups that changed, all at once.</summary>
    public GroupChanges AddRange(IEnumerable<ArticleClaims> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var before = groups;
        articles.AddRange(added);
        groups = ClaimGrouper.Grouped(articles, meanings, commonShare, cache);
        // A group unchanged is the object made before (the cache hands it out again).
        var kept = new HashSet<ClaimGroup>(before, ReferenceEqualityComparer.Instance);
        var now = new HashSet<ClaimGroup>(groups, ReferenceEqualityComparer.Instance);
        return new GroupChanges([.. groups.Where(g => !kept.Contains(g))], [.. before.Where(g => !now.Contains(g))]);
    }
}
