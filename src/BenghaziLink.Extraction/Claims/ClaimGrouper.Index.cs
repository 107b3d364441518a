using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Claims;

public static partial class ClaimGrouper
{
    /// <summary>
    /// What one grouping keeps for the next, when the corpus only grows (<see cref="ClaimGrouping"/>): each statement's
    /// reading, the index of shared runs of words, every pair of statements judged and every group built. A statement
    /// is known by its place in the corpus (statements of earlier articles keep theirs when articles are appended), so
    /// any change to the articles already seen, to the places their attacks are put in, to the meaning vectors or to the
    /// share of a common anchor starts the cache afresh.
    /// </summary>
    internal sealed class Cache
    {
        private readonly List<ArticleClaims> articles = [];
        private IReadOnlyDictionary<string, float[]>? meanings;
        private double commonShare;
        private string places = "";

        /// <summary>Statement readings in corpus order, without their topics (those change as the corpus grows).</summary>
        internal List<Reading> Readings { get; } = [];

        internal ReuseIndex Reuse { get; private set; } = new([]);

        /// <summary>Each statement's topic candidates, anchor counts and names (<see cref="TopicIndex"/>).</summary>
        internal TopicIndex Topics { get; } = new();

        /// <summary>Each statement's reading with its topics as last handed out, with the reading, topic numbers and names it was made from (<see cref="WithTopics"/>).</summary>
        internal List<(Reading Base, int[] Numbers, string[] Names, Reading With)> Topical { get; } = [];

        /// <summary>Each member's origin and framings, read once (<see cref="MemberMemo"/>).</summary>
        internal MemberMemo Members { get; } = new();

        /// <summary>Relations of statement pairs (by statement number), with whether the two shared a topic when judged.</summary>
        internal Dictionary<(int, int), (bool Topical, Relation Relation)> Pairs { get; } = [];

        /// <summary>Groups built, by what they were built from (<see cref="BuildKey"/>).</summary>
        internal Dictionary<string, ClaimGroup> Built { get; } = new(StringComparer.Ordinal);

        /// <summary>Groups as handed out (topic and summary set), by what they were made of: the same object while nothing of it changes.</summary>
        internal Dictionary<string, ClaimGroup> Made { get; } = new(StringComparer.Ordinal);

        /// <summary>Where the last same-claim walk stopped (<see cref="SameClaims"/>); null: no walk to resume.</summary>
        internal Walk? Walked { get; set; }

        /// <summary>How many walks resumed where the one before stopped instead of starting over (a diagnostic).</summary>
        internal int WalksResumed { get; set; }

        /// <summary>Keeps what was cached when <paramref name="next"/> only appends articles to those cached, else starts afresh.</summary>
        internal void Check(IReadOnlyList<ArticleClaims> next, IReadOnlyDictionary<string, float[]>? meaningsNow, double commonShareNow, string placesNow)
        {
            var extends = ReferenceEquals(meanings, meaningsNow) && commonShare.Equals(commonShareNow) && places == placesNow && next.Count >= articles.Count;
            for (var i = 0; extends && i < articles.Count; i++) extends = ReferenceEquals(articles[i], next[i]);
            if (!extends)
            {
                articles.Clear();
                Readings.Clear();
                Reuse = new([]);
                Pairs.Clear();
                Built.Clear();
                Made.Clear();
                Members.Clear();
                Topics.Clear();
                Topical.Clear();
                Walked = null;
                (meanings, commonShare, places) = (meaningsNow, commonShareNow, placesNow);
            }
            for (var i = articles.Count; i < next.Count; i++) articles.Add(next[i]);
        }

        /// <summary>Forgets the groups built or made that the last grouping did not use (they no longer exist).</summary>
        internal void Keep(HashSet<string> used)
        {
            foreach (var key in Built.Keys.Where(k => !used.Contains(k)).ToList()) Built.Remove(key);
            foreach (var key in Made.Keys.Where(k => !used.Contains(k)).ToList()) Made.Remove(key);
        }
    }

    /// <summary>The statements' readings: those cached, then the new ones read and added to the cache (and to its reuse index).</summary>
    private static List<Reading> Readings(List<Item> statements, Cache? cache)
    {
        if (cache is null) return Readings(statements);
        for (var s = cache.Readings.Count; s < statements.Count; s++) cache.Readings.Add(Read(statements[s]));
        for (var s = cache.Reuse.Count; s < statements.Count; s++) cache.Reuse.Add(cache.Readings[s]);
        return [.. cache.Readings];
    }

    /// <summary>What a group is built from, as a key: its kind, the anchors whose framings count and its members.</summary>
    private static string BuildKey(List<Item> members, string? quantity, IReadOnlyCollection<string> anchors) =>
        $"{quantity}|{string.Join(',', anchors.Order(StringComparer.Ordinal))}|{string.Join(',', members.Select(m => $"{m.ArticleIndex}.{m.ClaimIndex}"))}";

    /// <summary>
    /// Same-claim groups, claim by claim in corpus order: a claim is compared with the latest claims that share an index
    /// key with it (<see cref="PostingCap"/>), and joins each group of those it is the same as when it is the same as the
    /// group's first members too (<see cref="Joins"/>); otherwise it founds a group. Groups spanning two
    /// articles are kept. Also returns the disputed groups: claims of different articles judged to state one fact with
    /// conflicting values, a negation or opposite framings, each with those it disputes.
    /// </summary>
    private static (List<List<Item>> Same, List<List<Item>> Disputes) SameClaims(List<Reading> readings, IReadOnlyDictionary<string, float[]>? meanings, ReuseIndex reuse, Cache? kept = null)
    {
        // A walk over the statements already walked is replayed only when one of them has other index keys now (a topic
        // gained or lost it, a topic split): its candidates, so its judgements and everything after, may differ. Else the
        // walk resumes where it stopped, in the state the batch would be in there.
        var walk = kept?.Walked is { } last && last.Resumes(readings) ? last : new Walk();
        if (kept is not null)
        {
            if (ReferenceEquals(walk, kept.Walked)) kept.WalksResumed++;
            kept.Walked = walk;
        }
        var (index, at, clustersOf, clusters, disputed) = (walk.Index, walk.At, walk.ClustersOf, walk.Clusters, walk.Disputed);
        var cache = kept?.Pairs ?? [];
        Relation Judged(int a, int b)
        {
            var key = a < b ? (a, b) : (b, a);
            // A pair judged in an earlier call stands while whether the two share a topic does (the one thing of a
            // statement that later articles change).
            var topical = readings[key.Item1].Topics.Overlaps(readings[key.Item2].Topics);
            if (cache.TryGetValue(key, out var known) && known.Topical == topical) return known.Relation;
            var relation = Judge(readings[key.Item1], readings[key.Item2], meanings, reuse);
            cache[key] = (topical, relation);
            return relation;
        }
        for (var i = walk.Keys.Count; i < readings.Count; i++)
        {
            walk.Keys.Add(Walk.KeySet(readings[i]));
            walk.Readings.Add(readings[i]);
            at.TryAdd(ReuseIndex.Key(readings[i].Item), i);
            // A claim stating several propositions (one long sentence) may be the same as the claims of several groups: it joins each.
            clustersOf.Add([]);
            var candidates = new HashSet<int>();
            foreach (var key in readings[i].Keys)
            {
                if (!index.TryGetValue(key, out var posting)) index[key] = posting = [];
                for (var k = Math.Max(0, posting.Count - PostingCap); k < posting.Count; k++) candidates.Add(posting[k]);
                posting.Add(i);
            }
            foreach (var partner in reuse.Partners(readings[i].Item))
            {
                if (at.TryGetValue(partner, out var p) && p < i) candidates.Add(p);
            }
            var hits = new Dictionary<int, int>();
            foreach (var c in candidates)
            {
                var relation = Judged(i, c);
                if (relation == Relation.Same)
                {
                    foreach (var cluster in clustersOf[c]) hits[cluster] = hits.GetValueOrDefault(cluster) + 1;
                }
                else if (relation == Relation.Disputed && readings[c].Item.ArticleIndex != readings[i].Item.ArticleIndex)
                {
                    disputed.Add((c, i));
                }
            }
            foreach (var (cluster, _) in hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key))
            {
                if (!Joins(clusters[cluster].Take(JoinSample).Select(m => Judged(i, m)).ToList())) continue;
                clusters[cluster].Add(i);
                clustersOf[i].Add(cluster);
            }
            if (clustersOf[i].Count == 0)
            {
                clustersOf[i].Add(clusters.Count);
                clusters.Add([i]);
            }
        }
        bool Spans(IEnumerable<int> members) => members.Select(m => readings[m].Item.ArticleIndex).Distinct().Skip(1).Any();
        var same = clusters.Where(Spans).Select(c => c.Select(m => readings[m].Item).ToList()).ToList();

        // Disputes: the claims on each side of a conflict, joined (not their whole groups: two groups that disagree on one
        // pair of claims would otherwise merge every claim of both).
        var parent = Enumerable.Range(0, readings.Count).ToArray();
        int Find(int c) => parent[c] == c ? c : parent[c] = Find(parent[c]);
        foreach (var (a, b) in disputed) parent[Find(a)] = Find(b);
        var disputes = disputed.SelectMany(d => new[] { d.Item1, d.Item2 }).Distinct().GroupBy(Find)
            .Select(g => g.Order().ToList()).Where(Spans).Select(g => g.Select(m => readings[m].Item).ToList()).ToList();
        return (same, disputes);
    }

    /// <summary>
    /// The state of the same-claim walk after its first <c>Keys.Count</c> statements: the index's posting lists, where
    /// each claim first appears, the clusters and which each statement joined, the disputed pairs, and the index keys
    /// each statement was walked with. The walk of a statement depends only on the statements before it, their keys,
    /// their judged relations (cached with whether they shared a topic, which their keys say) and the reuse index.
    /// </summary>
    internal sealed class Walk
    {
        internal Dictionary<string, List<int>> Index { get; } = new(StringComparer.Ordinal);
        internal Dictionary<(int, int, int), int> At { get; } = [];
        internal List<List<int>> ClustersOf { get; } = [];
        internal List<List<int>> Clusters { get; } = [];
        internal List<(int, int)> Disputed { get; } = [];
        internal List<string[]> Keys { get; } = [];

        /// <summary>The readings walked: the same object again has the same keys (<see cref="WithTopics"/> hands out a reading again while its topics are unchanged).</summary>
        internal List<Reading> Readings { get; } = [];

        /// <summary>
        /// A statement's keys in ordinal order. Their order does not matter to the walk: the candidates are those of the
        /// keys' posting lists whatever the order they are read in, and it only orders the disputed pairs of one
        /// statement, which all hold that statement and so fall in one dispute.
        /// </summary>
        internal static string[] KeySet(Reading reading)
        {
            var keys = reading.Keys.ToArray();
            Array.Sort(keys, StringComparer.Ordinal);
            return keys;
        }

        /// <summary>Whether the walk can go on over <paramref name="readings"/>: every statement walked is still there with the same keys.</summary>
        internal bool Resumes(List<Reading> readings)
        {
            if (readings.Count < Keys.Count) return false;
            for (var i = 0; i < Keys.Count; i++)
            {
                if (ReferenceEquals(Readings[i], readings[i])) continue;
                if (!Keys[i].AsSpan().SequenceEqual(KeySet(readings[i]))) return false;
                Readings[i] = readings[i];
            }
            return true;
        }
    }
}
