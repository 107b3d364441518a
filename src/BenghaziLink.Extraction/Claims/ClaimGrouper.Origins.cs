using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Claims;

public static partial class ClaimGrouper
{
    /// <summary>
    /// Which statements of different articles share a run of <see cref="ReuseWords"/> words (wire copy, syndication,
    /// one article copying another), found through an index of the runs whose posting lists are read only for their
    /// latest <see cref="PostingCap"/> entries. Claims are known by article and span, so the claims a sentence yields
    /// per count share the sentence's reuse.
    /// </summary>
    internal sealed class ReuseIndex
    {
        private readonly Dictionary<(int, int, int), List<(int, int, int)>> partners = [];
        private readonly Dictionary<((int, int, int), (int, int, int)), int> shared = [];
        private readonly Dictionary<(int, int, int), int> words = [];

        private readonly Dictionary<string, List<(int, int, int)>> index = new(StringComparer.Ordinal);

        public ReuseIndex(List<Reading> readings)
        {
            foreach (var reading in readings) Add(reading);
        }

        /// <summary>How many readings the index holds (they are added in corpus order, so more can follow later).</summary>
        public int Count { get; private set; }

        /// <summary>Adds the next statement of the corpus: its runs meet those of the latest statements that hold them.</summary>
        public void Add(Reading reading)
        {
            var me = Key(reading.Item);
            words[me] = reading.Words;
            foreach (var run in reading.Runs)
            {
                if (!index.TryGetValue(run, out var posting)) index[run] = posting = [];
                for (var k = Math.Max(0, posting.Count - PostingCap); k < posting.Count; k++)
                {
                    var other = posting[k];
                    if (other.Item1 == me.Item1) continue;
                    var pair = Ordered(me, other);
                    if (!shared.TryGetValue(pair, out var count)) Partner(me, other);
                    shared[pair] = count + 1;
                }
                posting.Add(me);
            }
            Count++;
        }

        private void Partner((int, int, int) a, (int, int, int) b)
        {
            if (!partners.TryGetValue(a, out var x)) partners[a] = x = [];
            if (!partners.TryGetValue(b, out var y)) partners[b] = y = [];
            x.Add(b);
            y.Add(a);
        }

        internal static (int, int, int) Key(Item item) => (item.ArticleIndex, item.Claim.Span.Start, item.Claim.Span.End);

        private static ((int, int, int), (int, int, int)) Ordered((int, int, int) a, (int, int, int) b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

        /// <summary>The claims (article, span start) of other articles that share a run of words with this one.</summary>
        public List<(int, int, int)> Partners(Item item) => partners.TryGetValue(Key(item), out var list) ? list : [];

        public bool Reused(Item a, Item b) => shared.ContainsKey(Ordered(Key(a), Key(b)));

        /// <summary>About how much of the shorter content the shared runs cover (overlapping runs of one passage count its words once).</summary>
        public double Cover(Reading a, Reading b)
        {
            if (!shared.TryGetValue(Ordered(Key(a.Item), Key(b.Item)), out var runs)) return 0;
            var shorter = Math.Min(a.Words, b.Words);
            return shorter == 0 ? 0 : Math.Min(1.0, (runs + ReuseWords - 1) / (double)shorter);
        }
    }

    private static ReuseIndex ReusedPairs(List<Reading> readings) => new(readings);

    /// <summary>
    /// The origin of each member, numbered from 0, and each origin in words. The innermost public source decides: the
    /// same named source, or the same outlet's unnamed source ("a senior official told the Times"), is one origin however
    /// many articles relay it, and the sources an unnamed source heard it from are hidden behind it. An outlet speaking in
    /// its own voice is one origin with its unnamed sources; an unnamed source no outlet stands behind, described alike
    /// ("a senior Algerian official"), is the one an outlet quoted, and a vague one ("officials") is one origin only
    /// within its article. The unnamed sources one outlet cites in one article ("a source told Reuters", "a second
    /// source", "a third source") are that outlet's reporting, one origin, and a label that only counts sources ("second
    /// source", "one of the sources") describes no one outside its article. A claim in an article's own voice is that article's origin. Text reuse joins origins too:
    /// claims of two articles that share a run of words go back to one origin, whoever they name.
    /// </summary>
    private static (int[] Origins, ImmutableArray<GroupOrigin> Details) Origins(List<Item> members, ReuseIndex reuse, MemberMemo memo)
    {
        var parent = Enumerable.Range(0, members.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var sources = members.Select(memo.Origin).ToList();
        var active = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var passive = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            foreach (var key in sources[i].Keys) Add(active, key, i);
            foreach (var key in sources[i].Joins) Add(passive, key, i);
        }
        var shared = new HashSet<int>();
        // A key some member holds as its own joins everyone who holds it, as their own or as a way in.
        foreach (var (key, holders) in active)
        {
            var all = holders.Concat(passive.GetValueOrDefault(key) ?? []).ToList();
            if (all.Count < 2) continue;
            foreach (var i in all)
            {
                parent[Find(i)] = Find(all[0]);
                shared.Add(i);
            }
        }
        var at = members.Select((m, i) => (Key: ReuseIndex.Key(m), i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList());
        // The members another member shares text with: the two are one origin, so an origin's "shared verbatim with" names
        // are those of its members marked here, gathered once the origins are known (copies of one wire story share runs
        // with every other copy: a set of names per member would hold the same names many times over).
        var copied = new bool[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var me = ReuseIndex.Key(members[i]);
            foreach (var partner in reuse.Partners(members[i]))
            {
                // Partners are mutual: each pair is met once, from its lower claim (half the look-ups in a large group).
                if (partner.CompareTo(me) < 0 || !at.TryGetValue(partner, out var others)) continue;
                foreach (var j in others)
                {
                    parent[Find(i)] = Find(j);
                    copied[j] = true;
                    copied[i] = true;
                }
            }
        }
        var roots = new Dictionary<int, int>();
        var origin = Enumerable.Range(0, members.Count).Select(i => roots.TryGetValue(Find(i), out var n) ? n : roots[Find(i)] = roots.Count).ToArray();
        var byOrigin = Enumerable.Range(0, members.Count).ToLookup(i => origin[i]);
        var copiedBy = Enumerable.Range(0, roots.Count).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        for (var j = 0; j < members.Count; j++)
        {
            if (copied[j]) copiedBy[origin[j]].Add(members[j].Article.DisplayName);
        }
        var details = Enumerable.Range(0, roots.Count).Select(o =>
        {
            var mine = byOrigin[o].ToList();
            // The most specific label stands for the origin: the outlet's unnamed source rather than the outlet.
            var label = mine.Select(i => sources[i]).OrderByDescending(s => s.Rank).First().Label;
            var bases = mine.Select(i => shared.Contains(i) ? sources[i].Shared : sources[i].Single)
                .Concat(copiedBy[o].Order(StringComparer.Ordinal).Select(article => $"text shared verbatim with {article}"))
                .Distinct(StringComparer.Ordinal);
            return new GroupOrigin(o, label, string.Join("; ", bases));
        });
        return (origin, [.. details]);
    }

    private static void Add(Dictionary<string, List<int>> keys, string key, int member)
    {
        if (!keys.TryGetValue(key, out var list)) keys[key] = list = [];
        list.Add(member);
    }

    /// <summary>
    /// The origin a claim goes back to: the keys that identify it, the keys by which others' origins take it in (an
    /// outlet's own voice takes in its unnamed sources; a like-described source no outlet stands behind takes in the one
    /// an outlet quoted), its label in words with how specific it is, and why claims sharing it (or a claim alone) are
    /// one origin.
    /// </summary>
    internal static (string[] Keys, string[] Joins, string Label, int Rank, string Shared, string Single) OriginOf(Item member)
    {
        var chain = member.Claim.Chain;
        if (chain.IsEmpty) return ([$"voice:{member.ArticleIndex}"], [], $"{member.Article.DisplayName} in its own voice", 0, "the article's own voice", "the article's own voice");
        // The sources an unnamed source heard it from ("three captured militants" behind "a senior official") are known
        // only through it: the first unnamed source from the outside is as far in as other reporters can reach.
        var anonymous = chain.IndexOf(chain.FirstOrDefault(s => s.Class == SourceClass.AnonymousSource)!);
        var depth = anonymous >= 0 ? anonymous : chain.Length - 1;
        var innermost = chain[depth];
        var name = NameKey.Of(innermost.Name);
        if (innermost.Class != SourceClass.AnonymousSource && IsSpecific(innermost))
        {
            var key = innermost.Class == SourceClass.NewsOutlet ? $"outlet:{name}" : $"named:{name}";
            return ([key], [], innermost.Name, 1, "same named source", "named source");
        }
        // "a senior official told the Times": the outlet (or the document) the unnamed source spoke to tells it apart.
        var outlet = chain.Take(depth).LastOrDefault(s => s.Class is SourceClass.NewsOutlet or SourceClass.Document);
        if (outlet is not null)
        {
            var by = NameKey.Of(outlet.Name);
            string[] joins = IsSpecific(innermost) ? [$"outlet:{by}", $"unnamed:{name}"] : [$"outlet:{by}"];
            // "Reuters, citing a source …", "a second source said", "a third source": the unnamed sources one outlet cites
            // in one article are that outlet's reporting, one origin; a reader cannot tell them apart as witnesses.
            return ([$"anonymous:{by}|{name}", $"reporting:{member.ArticleIndex}:{by}"], joins, $"{Possessive(outlet.Name)} {innermost.Name}", 3, "same outlet's anonymous source", "an outlet's anonymous source");
        }
        if (IsSpecific(innermost)) return ([$"unnamed:{name}"], [], innermost.Name, 2, "same anonymous source, described alike", "anonymous source");
        return ([$"vague:{member.ArticleIndex}:{name}"], [], $"{innermost.Name} in {member.Article.DisplayName}", 1, "an unnamed source of one article", "an unnamed source of one article");
    }

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>A source that identifies one origin: a named one, or an unnamed one described in two words or more that are not just "unnamed …".</summary>
    /// <remarks>An ordinal or partitive label ("second source", "one of the sources", "another official") only counts sources within one article: it describes no one.</remarks>
    private static bool IsSpecific(ClaimSource source) =>
        source.Class != SourceClass.AnonymousSource
            ? source.Class != SourceClass.Document || source.Name.Contains(' ', StringComparison.Ordinal)
            : source.Name.Split(' ').Length >= 2 && !source.Name.StartsWith("unnamed ", StringComparison.Ordinal) && !Counting().IsMatch(source.Name);

    /// <summary>Words that count sources rather than describe them: ordinals, "another", "one of", "other".</summary>
    [GeneratedRegex(@"^(?:first|second|third|fourth|fifth|another|other|one\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counting();
}
