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

    /// <summary>
    /// The readings with the topic groups each belongs to, which become their index keys beside their counts. A topic's
    /// key is its name (anchor|anchor|predicate), not its number: numbers shift as a growing corpus adds topics, names
    /// do not, so a cached walk (<see cref="Cache"/>) can tell whether a statement's keys changed.
    /// </summary>
    private static List<Reading> WithTopics(List<Reading> readings, IEnumerable<(List<int> Indices, string Key)> topics, Cache? cache)
    {
        var mine = readings.Select(_ => new List<int>()).ToList();
        var names = new List<string>();
        foreach (var (members, key) in topics)
        {
            foreach (var i in members) mine[i].Add(names.Count);
            names.Add("t:" + key);
        }
        Reading Topical(Reading r, int i) => r with
        {
            Topics = mine[i].ToFrozenSet(),
            Keys = [.. mine[i].Select(t => names[t]), .. r.Keys.Where(k => k.StartsWith("q:", StringComparison.Ordinal))],
        };
        if (cache is null) return [.. readings.Select(Topical)];
        // A growing corpus rarely moves an old statement's topics: the reading made for the same topics (numbers and
        // names) before is handed out again, so most statements cost a comparison, not a new reading, and the walk can tell
        // by reference that their keys are unchanged.
        var made = cache.Topical;
        var result = new List<Reading>(readings.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            if (i < made.Count && Unchanged(made[i], readings[i], mine[i], names))
            {
                result.Add(made[i].With);
                continue;
            }
            var with = Topical(readings[i], i);
            var entry = (readings[i], mine[i].ToArray(), mine[i].Select(t => names[t]).ToArray(), with);
            if (i < made.Count) made[i] = entry;
            else made.Add(entry);
            result.Add(with);
        }
        return result;
    }

    private static bool Unchanged((Reading Base, int[] Numbers, string[] Names, Reading With) made, Reading reading, List<int> numbers, List<string> names)
    {
        if (!ReferenceEquals(made.Base, reading) || made.Numbers.Length != numbers.Count) return false;
        for (var k = 0; k < numbers.Count; k++)
        {
            if (made.Numbers[k] != numbers[k] || !string.Equals(made.Names[k], names[numbers[k]], StringComparison.Ordinal)) return false;
        }
        return true;
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
        // Only a date the content itself gives, and not one that opens a period ("since 2011"), dates what the claim states.
        var statement = Statement.FromClaim(item.Claim) with { Text = content, EventDate = StatedDate(item.Claim.EventDate, content) };
        // The negation of the main predicate where the proposition is read ("there is no doubt that …" negates nothing stated).
        var negated = statement.Proposition?.Negated ?? Negation().IsMatch(content);
        return new Reading(item, topic, content, statement, [.. runs.Distinct(StringComparer.Ordinal)], words.Count, keys, negated)
        {
            // A description inside the claim ("X, an al-Qaeda affiliate's leader, planned …") frames through its own claim.
            Framings = [.. FramingReader.Read(item.Claim)
                .Where(f => !Nested(item.Article.Claims, item.ClaimIndex).Any(d => d.Span.Contains(f.Span)))
                .Select(f => (f.Dimension, f.Pole, f.About.Select(n => NameKey.Of(n)).ToFrozenSet(StringComparer.Ordinal)))],
        };
    }

    /// <summary>
    /// Whether a claim joins a group, from its relations to the group's first members: the same as all of them up to
    /// three, as <see cref="JoinShare"/> of them beyond, and none of them disputed or unrelated to it, so "A is B",
    /// "B is C" never chains A to C. (A bare majority was measured too: on the seeds it let a claim on one topic join
    /// a group on a neighbouring one through a long member stating both, for no pair more.)
    /// </summary>
    private static bool Joins(List<Relation> sample) =>
        !sample.Contains(Relation.Disputed) && !sample.Contains(Relation.Different)
        && sample.Count(r => r == Relation.Same) >= (sample.Count <= 3 ? sample.Count : (int)Math.Ceiling(JoinShare * sample.Count));

    /// <summary>
    /// Whether two statements say the same thing. Same: their contents share a run of words covering most of the
    /// shorter one (<see cref="ReuseCover"/>), or the same-claim decision (<c>SameClaim.Judge</c>) finds them the
    /// same, or they are on one topic (a topic group in common: names or attacks and a kind of thing said) and, when both
    /// meaning vectors are known, mean alike (<see cref="TopicMeaning"/>), with no conflicting count, event date, negation
    /// or framing. Disputed: the same but for a count of the same thing, a negation or opposite framings ("an affiliate",
    /// "an independent faction"). Related: a name or attack in common, different claims.
    /// </summary>
    private static Relation Judge(Reading a, Reading b, IReadOnlyDictionary<string, float[]>? meanings, ReuseIndex reuse) =>
        JudgeWhy(a, b, meanings, reuse).Relation;

    /// <summary><see cref="Judge"/> with the reason for its decision, in words.</summary>
    private static (Relation Relation, string Why) JudgeWhy(Reading a, Reading b, IReadOnlyDictionary<string, float[]>? meanings, ReuseIndex reuse)
    {
        if (reuse.Cover(a, b) >= ReuseCover) return (Relation.Same, "text reused");
        if (!a.Topic.Anchors.Overlaps(b.Topic.Anchors)) return (Relation.Different, "no name or attack in common");
        float[]? x = null, y = null;
        var known = meanings is not null && meanings.TryGetValue(MeaningKey.Of(a.Content), out x) && meanings.TryGetValue(MeaningKey.Of(b.Content), out y);
        var judgement = SameClaim.Judge(a.Statement, b.Statement, known ? x : null, known ? y : null);
        var judged = judgement.Relation;
        if (judged == ClaimRelation.Disputed) return (Relation.Disputed, judgement.Reason);
        var topical = a.Topics.Overlaps(b.Topics);
        var alike = judged == ClaimRelation.Same || topical && (!known || SameClaim.Cosine(x!, y!) >= TopicMeaning);
        if (!alike) return (Relation.Related, $"{judgement.Reason}; {(topical ? "a topic in common, meaning apart" : "no topic in common")}");
        if (Apart(a.Statement.EventDate, b.Statement.EventDate)) return (Relation.Related, "events of other dates");
        // Only framings of what both speak of count: "X is loyal" does not dispute "Y is independent".
        bool Of((string, string, FrozenSet<string> About) f) => f.About.Count == 0 || f.About.Overlaps(a.Topic.Anchors) && f.About.Overlaps(b.Topic.Anchors);
        var framed = a.Framings.Where(Of).Any(f => b.Framings.Where(Of).Any(g => f.Dimension == g.Dimension && f.Pole != g.Pole));
        if (ConflictingCounts(a.Item.Claim, b.Item.Claim)) return (Relation.Disputed, "conflicting counts");
        if (a.Negated != b.Negated)
        {
            // Only a negation of what both state denies it ("X did not lead the raid", "X led the raid"); one on another
            // predicate ("there is no doubt that …", "did not react quickly enough to stop …") leaves them only related.
            return Denial(a.Statement.Proposition, b.Statement.Proposition) ? (Relation.Disputed, "one denies what the other states") : (Relation.Related, "one negated, on another predicate");
        }
        if (framed) return (Relation.Disputed, "opposite framings");
        return (Relation.Same, judged == ClaimRelation.Same ? judgement.Reason : $"one topic ({judgement.Reason})");
    }

    /// <summary>
    /// Why the grouper takes each pair of claims (article name, claim index) for what it does: the relation and its
    /// reason, as <see cref="Group"/> judges them (a diagnostic for missed and spurious pairs; not part of grouping).
    /// </summary>
    public static IReadOnlyList<string> Explain(IReadOnlyList<ArticleClaims> articles, IReadOnlyDictionary<string, float[]>? meanings,
        IReadOnlyList<((string Article, int Claim) First, (string Article, int Claim) Second)> pairs, double commonShare = CommonShare)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(pairs);
        var (_, _, readings, reuse, _, _) = Prepare(articles, meanings, commonShare, null);
        Reading? Find((string Article, int Claim) c) =>
            readings.FirstOrDefault(r => r.Item.Article.Article == c.Article && r.Item.Claim.Span == r.Item.Article.Claims[c.Claim].Span);
        return [.. pairs.Select(pair =>
        {
            if (Find(pair.First) is not { } a) return "the first claim is no statement";
            if (Find(pair.Second) is not { } b) return "the second claim is no statement";
            var (relation, why) = JudgeWhy(a, b, meanings, reuse);
            return $"{relation.ToString().ToLowerInvariant()}: {why}\n        {Describe(a)}\n        {Describe(b)}";
        })];
    }

    private static string Describe(Reading r) =>
        $"[{r.Item.Claim.EventDate ?? "undated"}; {string.Join(",", r.Topic.Anchors.Order(StringComparer.Ordinal))}; {string.Join(",", r.Topic.Predicates.Order(StringComparer.Ordinal))}/{string.Join(",", r.Topic.Described.Order(StringComparer.Ordinal))}; " +
        $"{(r.Statement.Proposition is { } p ? $"{p.Subject} | {p.Predicate} | {p.Object}" : "no proposition")}] {r.Content.Trim()}";

    /// <summary>Whether one proposition negates the predicate the other states: both read, and their predicates share a content word.</summary>
    private static bool Denial(Proposition? a, Proposition? b) =>
        a is not null && b is not null && a.Negated != b.Negated && PairFeatures.SharesContent(a.Predicate, b.Predicate);

    /// <summary>
    /// The date of what a claim states: its event date when the content itself names a date (a year, a month, a weekday,
    /// "yesterday", "last week"), not when the date came from the words around it (when it was said, the sentence
    /// before); none when a date opens a period the claim speaks of ("since 2011", "after the fall of X in 2011"):
    /// what goes on from then is not dated by it.
    /// </summary>
    internal static string? StatedDate(string? eventDate, string content)
    {
        if (eventDate is null || !DateWords().IsMatch(content)) return null;
        return PeriodOpener().IsMatch(content) ? null : eventDate;
    }

    /// <summary>Whether two stated dates (ISO: year, month, day, week or interval) lie more than <see cref="SameEventDays"/> apart: a year is all of its days, not its middle.</summary>
    internal static bool Apart(string? a, string? b)
    {
        if (Period(a) is not { } x || Period(b) is not { } y) return false;
        var gap = Math.Max(x.Start.DayNumber - y.End.DayNumber, y.Start.DayNumber - x.End.DayNumber);
        return gap > SameEventDays;
    }

    /// <summary>The first and last day an ISO value covers; null when it is none.</summary>
    private static (DateOnly Start, DateOnly End)? Period(string? iso)
    {
        if (iso is null) return null;
        var parts = iso.Split('/');
        if (Day(parts[0]) is not { } start) return null;
        var last = parts[^1];
        if (Day(last) is not { } from) return null;
        var end = last.Contains("-W", StringComparison.Ordinal) ? from.AddDays(6)
            : last.Split('-').Length switch { 1 => new DateOnly(from.Year, 12, 31), 2 => new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1), _ => from };
        if (last.Split('-').Length == 1 && !last.Contains("-W", StringComparison.Ordinal)) start = parts.Length == 1 ? new DateOnly(start.Year, 1, 1) : start;
        if (parts.Length == 1 && parts[0].Split('-').Length == 2 && !parts[0].Contains("-W", StringComparison.Ordinal)) start = new DateOnly(start.Year, start.Month, 1);
        return (start, end);
    }

    /// <summary>Whether both claims count the same thing with the same outcome and give different values for it.</summary>
    private static bool ConflictingCounts(Claim a, Claim b)
    {
        var counts = a.Quantities.Where(q => !q.Part).ToLookup(q => $"{q.Outcome} {CountedKind(q.Counts)}", q => q.Value, StringComparer.Ordinal);
        return b.Quantities.Where(q => !q.Part).Any(q => counts[$"{q.Outcome} {CountedKind(q.Counts)}"] is var values && values.Any() && !values.Contains(q.Value));
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>Words that date what a sentence states: a year, a month, a weekday, "yesterday", "last week".</summary>
    [GeneratedRegex(@"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|(?:last|this|next)\s+(?:week|month|year))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateWords();

    /// <summary>A date that opens a period: "since", "ever since", "after", "following", "in the aftermath of" before it.</summary>
    [GeneratedRegex(@"\b(?:since|after|following|aftermath\s+of|until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodOpener();

    /// <summary>A negated statement: "not", "never", "no", "denied".</summary>
    [GeneratedRegex(@"\b(?:not|never|no|n't|denied|denies|deny)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
