using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Claims;

public static partial class ClaimGrouper
{
    /// <summary>
    /// How many consecutive words (case and punctuation aside) two claims of different articles must share to be one
    /// origin by text reuse. Independent reporters rarely write eight words in a row alike outside names and titles
    /// (a run that is mostly capitalised words is a name, not reuse): six or seven still catch stock phrases ("said in
    /// a statement on its website"), while wire copy and syndicated text share whole clauses.
    /// </summary>
    public const int ReuseWords = 8;

    /// <summary>The share of the shorter content a shared run must cover for two claims to be the same claim by reuse alone (a shared quote inside a longer claim only makes them one origin).</summary>
    public const double ReuseCover = 0.5;

    /// <summary>How many of the latest claims under one index key (a name, an attack, a counted thing, a run of words) a new claim is compared with: a name every article carries must not make the cost of an article grow with the corpus.</summary>
    public const int PostingCap = 50;

    /// <summary>How many of a group's first members a claim is compared with before it joins.</summary>
    public const int JoinSample = 12;

    /// <summary>The share of those members a claim must be the same as to join a group of more than three (up to three, all).</summary>
    public const double JoinShare = 0.75;

    /// <summary>
    /// The cosine of two contents' meaning vectors below which two claims on one topic are taken to say unrelated things.
    /// Meaning only vetoes here: the topic already agrees on names and the kind of thing said, and claims of one gold
    /// cluster often share little wording (seeds: a veto at 0.6 kept 12 of 77 same-claim pairs, at 0.25 23, with one
    /// wrong pair either way); unrelated news claims score about 0.1–0.2 on MiniLM.
    /// </summary>
    public const double TopicMeaning = 0.25;

    /// <summary>How many days apart the events two claims speak of may be for the claims to be the same.</summary>
    public const int SameEventDays = 31;

    internal enum Relation { Different, Related, Disputed, Same }

    /// <summary>
    /// A statement as the same-claim judge reads it: its topic, its content (the words stated, without attribution) as a
    /// <see cref="Statement"/>, its runs of <see cref="ReuseWords"/> words, the index keys that find its candidates
    /// and whether it is negated.
    /// </summary>
    internal sealed record Reading(Item Item, Topic Topic, string Content, Statement Statement, ImmutableArray<string> Runs, int Words, ImmutableArray<string> Keys, bool Negated)
    {
        /// <summary>How the statement frames what it speaks of (<see cref="FramingReader"/>): each dimension with its pole and the names it frames (keys; empty: no name).</summary>
        public ImmutableArray<(string Dimension, string Pole, FrozenSet<string> About)> Framings { get; init; } = [];

        /// <summary>The topic groups the statement belongs to (<see cref="StatementGroups"/>), by number.</summary>
        public FrozenSet<int> Topics { get; init; } = FrozenSet<int>.Empty;
    }

    /// <summary>The readings with the topic groups each belongs to, which become their index keys beside their counts.</summary>
    private static List<Reading> WithTopics(List<Reading> readings, IEnumerable<List<int>> topics)
    {
        var mine = readings.Select(_ => new List<int>()).ToList();
        foreach (var (members, topic) in topics.Select((t, n) => (t, n)))
        {
            foreach (var i in members) mine[i].Add(topic);
        }
        return [.. readings.Select((r, i) => r with
        {
            Topics = mine[i].ToFrozenSet(),
            Keys = [.. mine[i].Select(t => $"t:{t}"), .. r.Keys.Where(k => k.StartsWith("q:", StringComparison.Ordinal))],
        })];
    }

    /// <summary>Whether a claim can corroborate or be corroborated: a statement, not a question, conditional, exclamation, headline or caption.</summary>
    private static bool Corroborates(Claim claim) => claim.Mood == ClaimMood.Statement;

    private static string ContentOf(Claim claim) => ClaimContent.Of(claim);

    private static List<Reading> Readings(List<Item> statements) => [.. statements.Select(Read)];

    private static Reading Read(Item item)
    {
        var topic = TopicOf(item.Article.Claims, item.ClaimIndex);
        var content = ContentOf(item.Claim);
        var words = Token().Matches(content).Select(m => m.Value).ToList();
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        var runs = new List<string>();
        for (var k = 0; k + ReuseWords <= words.Count; k++)
        {
            // A run that is mostly capitalised words is a name or a title ("Movement for Oneness and Jihad in West Africa").
            if (2 * words.Skip(k).Take(ReuseWords).Count(w => char.IsUpper(w[0])) >= ReuseWords) continue;
            runs.Add(string.Join(' ', lower.Skip(k).Take(ReuseWords)));
        }
        var keys = topic.Anchors.Select(a => "a:" + a)
            .Concat(item.Claim.Quantities.Where(q => !q.Part).Select(q => $"q:{q.Outcome} {CountedKind(q.Counts)}"))
            .Distinct(StringComparer.Ordinal).ToImmutableArray();
        var statement = Statement.FromClaim(item.Claim) with { Text = content };
        return new Reading(item, topic, content, statement, [.. runs.Distinct(StringComparer.Ordinal)], words.Count, keys, Negation().IsMatch(content))
        {
            // A description inside the claim ("X, an al-Qaeda affiliate's leader, planned …") frames through its own claim.
            Framings = [.. FramingReader.Read(item.Claim)
                .Where(f => !Nested(item.Article.Claims, item.ClaimIndex).Any(d => d.Span.Contains(f.Span)))
                .Select(f => (f.Dimension, f.Pole, f.About.Select(n => NameKey.Of(n)).ToFrozenSet(StringComparer.Ordinal)))],
        };
    }

    /// <summary>
    /// Whether two statements say the same thing. Same: their contents share a run of words covering most of the
    /// shorter one (<see cref="ReuseCover"/>), or the same-claim decision (<c>SameClaim.Judge</c>) finds them the
    /// same, or they are on one topic (a topic group in common: names or attacks and a kind of thing said) and, when both
    /// meaning vectors are known, mean alike (<see cref="TopicMeaning"/>), with no conflicting count, event date, negation
    /// or framing. Disputed: the same but for a count of the same thing, a negation or opposite framings ("an affiliate",
    /// "an independent faction"). Related: a name or attack in common, different claims.
    /// </summary>
    private static Relation Judge(Reading a, Reading b, IReadOnlyDictionary<string, float[]>? meanings, ReuseIndex reuse)
    {
        if (reuse.Cover(a, b) >= ReuseCover) return Relation.Same;
        if (!a.Topic.Anchors.Overlaps(b.Topic.Anchors)) return Relation.Different;
        float[]? x = null, y = null;
        var known = meanings is not null && meanings.TryGetValue(MeaningKey.Of(a.Content), out x) && meanings.TryGetValue(MeaningKey.Of(b.Content), out y);
        var judged = SameClaim.Judge(a.Statement, b.Statement, known ? x : null, known ? y : null).Relation;
        if (judged == ClaimRelation.Disputed) return Relation.Disputed;
        var topical = a.Topics.Overlaps(b.Topics);
        var alike = judged == ClaimRelation.Same || topical && (!known || SameClaim.Cosine(x!, y!) >= TopicMeaning);
        if (!alike) return Relation.Related;
        if (Day(a.Item.Claim.EventDate) is { } p && Day(b.Item.Claim.EventDate) is { } q && Math.Abs(p.DayNumber - q.DayNumber) > SameEventDays) return Relation.Related;
        // Only framings of what both speak of count: "X is loyal" does not dispute "Y is independent".
        bool Of((string, string, FrozenSet<string> About) f) => f.About.Count == 0 || f.About.Overlaps(a.Topic.Anchors) && f.About.Overlaps(b.Topic.Anchors);
        var framed = a.Framings.Where(Of).Any(f => b.Framings.Where(Of).Any(g => f.Dimension == g.Dimension && f.Pole != g.Pole));
        return ConflictingCounts(a.Item.Claim, b.Item.Claim) || a.Negated != b.Negated || framed ? Relation.Disputed : Relation.Same;
    }

    /// <summary>Whether both claims count the same thing with the same outcome and give different values for it.</summary>
    private static bool ConflictingCounts(Claim a, Claim b)
    {
        var counts = a.Quantities.Where(q => !q.Part).ToLookup(q => $"{q.Outcome} {CountedKind(q.Counts)}", q => q.Value, StringComparer.Ordinal);
        return b.Quantities.Where(q => !q.Part).Any(q => counts[$"{q.Outcome} {CountedKind(q.Counts)}"] is var values && values.Any() && !values.Contains(q.Value));
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>A negated statement: "not", "never", "no", "denied".</summary>
    [GeneratedRegex(@"\b(?:not|never|no|n't|denied|denies|deny)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
