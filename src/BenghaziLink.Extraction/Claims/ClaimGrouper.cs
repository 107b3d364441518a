using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Extraction.Claims;

/// <summary>One article's claims, as the grouper needs them: the article's name and its publication date (ISO, may be null).</summary>
public sealed record ArticleClaims(string Article, string? Published, ImmutableArray<Claim> Claims)
{
    /// <summary>Who speaks in the article's own voice, in words a reader knows (its outlet, else its headline); null: the article's name.</summary>
    public string? Voice { get; init; }

    /// <summary>The article in origin labels and bases: <see cref="Voice"/>, else its name.</summary>
    internal string DisplayName => Voice ?? Article;
}

/// <summary>A claim of a group: which article and which of its claims (index into <see cref="ArticleClaims.Claims"/>), the origin it goes back to, and whether it only echoes an origin an earlier article already carried.</summary>
public sealed record GroupMember(string Article, int Claim, int Origin, bool Echo);

/// <summary>A value given for a disputed quantity, with the article and claim that give it.</summary>
public sealed record GroupValue(string Article, int Claim, decimal Value, string Counts, string? Qualifier);

/// <summary>How a member of a disputed group frames the fact (<see cref="Framing"/>), with the article and claim that frame it so.</summary>
public sealed record GroupFraming(string Article, int Claim, string Dimension, string Pole, string Text, TextSpan Span);

public enum GroupStatus
{
    /// <summary>Several independent origins state it.</summary>
    Corroborated,
    /// <summary>Several articles, but all go back to one origin.</summary>
    SingleOrigin,
    /// <summary>The articles give different values for one quantity, frame it in opposite ways, or one denies what another states.</summary>
    Disputed,
    /// <summary>Claims on the same topic (the same names, the same kind of thing said) that state different things: "see also", never support.</summary>
    Related,
}

/// <summary>
/// One independent origin of a group (<see cref="GroupMember.Origin"/> indexes them): who it is, in words ("New York
/// Times' senior Algerian official", "Reuters", "Reuters in its own voice"), and why its members are one origin ("same named
/// source", "same outlet's anonymous source", "text shared verbatim with b.txt", "the article's own voice").
/// </summary>
public sealed record GroupOrigin(int Origin, string Label, string Basis);

/// <summary>
/// Claims from different articles that state the same fact (or give different values for it): the members,
/// how many articles carry it and how many independent origins stand behind them, and for a disputed
/// quantity the values side by side; for a statement group whose articles frame it in opposite ways
/// (<see cref="FramingReader"/>), those framings side by side in <see cref="Framings"/>. <see cref="Quantity"/> is what a quantity group counts ("killed hostages");
/// <see cref="Topic"/> what a statement group is about, in words ("attack in Libya and attack in Algeria: link"), so
/// a reader can tell overlapping groups apart.
/// </summary>
public sealed record ClaimGroup(
    int Id,
    ImmutableArray<GroupMember> Members,
    GroupStatus Status,
    string? Quantity,
    ImmutableArray<GroupValue> Values,
    int Articles,
    int Origins,
    string? Topic = null)
{
    /// <summary>The framings of the members on each dimension the articles frame in opposite ways; empty when none conflict.</summary>
    public ImmutableArray<GroupFraming> Framings { get; init; } = [];

    /// <summary>Each independent origin, in the order of <see cref="GroupMember.Origin"/>: its label and why its members are one origin.</summary>
    public ImmutableArray<GroupOrigin> OriginDetails { get; init; } = [];

    /// <summary>The claim in short form (subject – predicate – object/value), or what a figure or topic group is about.</summary>
    public string? Summary { get; init; }
}

/// <summary>
/// Groups claims across articles. Pure: the host hands it every article's claims (and, when it has them, the meaning
/// vectors of their contents). Three relations, shown differently:
/// <list type="bullet">
/// <item>The same claim (<see cref="GroupStatus.Corroborated"/> or <see cref="GroupStatus.SingleOrigin"/>): statements
/// judged to say the same thing, pair by pair (<c>ClaimGrouper.Same.cs</c>). A claim joins a group only when it is the
/// same as all of the group's first members (a strong majority once there are more than three), so "A is B", "B is C"
/// never chains A to C. Counts of the same thing with the same outcome and the same value for events less than two
/// months apart are the same claim too. Only statements corroborate: a question, a conditional, an exclamation, a
/// headline or a caption never joins a group.</item>
/// <item>Disputed: counts of one thing with different values (figures), the same fact negated, or a topic whose
/// articles frame it in opposite ways or where one denies what another states.</item>
/// <item>Related (<see cref="GroupStatus.Related"/>): topic groups — an anchor, or two, (entities other than the claim's
/// sources, demonyms as their country, attacks by country) and a predicate class (link, leadership, weapons …) —
/// that are not one claim: "see also", never counted as support.</item>
/// </list>
/// Candidate pairs come from an inverted index over the claims' names, attacks, counted things and runs of words, each
/// posting list read only for its latest entries, so the cost of one more article does not grow with the corpus.
/// Independent origins (<c>ClaimGrouper.Origins.cs</c>): the innermost source decides, and text reuse does too. A member
/// whose origin an earlier-published article already carried is an echo.
/// </summary>
public static partial class ClaimGrouper
{
    /// <summary>
    /// Bump whenever grouping changes what it makes of the same claims: a store records the version its groups were
    /// made with and groups its claims again when it differs, without extracting any article again.
    /// </summary>
    public const string Version = "14.1";

    /// <summary>
    /// The share of the statements above which an anchor is too common to found a topic of its own: the subject of
    /// most of the corpus says nothing about which proposition a claim states (it still counts beside a rarer anchor).
    /// </summary>
    public const double CommonShare = 0.3;

    /// <summary>How many statements an anchor must be named by before it can be too common: in a handful of claims every shared name is the point.</summary>
    public const int CommonMinimum = 10;

    /// <summary>
    /// Predicate classes that say what a single actor is (whose network it belongs to, whom it married into) rather
    /// than how it relates to something else: they found a topic on one name, even a name most statements carry, and
    /// an aside ("Belmokhtar, an al-Qaeda affiliate's leader,") says them as much as the main clause does.
    /// </summary>
    private static readonly string[] Attributes = ["allegiance", "marriage"];

    /// <summary>Predicate classes that, between an actor and an attack, all say the actor's part in it (<see cref="Role"/>).</summary>
    private static readonly string[] RoleClasses = ["lead", "link", "responsibility"];

    /// <summary>The topic class of an actor's part in an attack.</summary>
    private const string Role = "role";

    /// <summary>Predicate classes a count of an attack's dead or captives says: a count grouped as a figure says no more of them as a statement.</summary>
    private static readonly string[] EventKinds = ["kidnapping", "casualties"];

    /// <summary>The share of the statements at most which an anchor is rare enough to make a topic narrower than one without it (<see cref="Narrowest"/>).</summary>
    public const double SpecificShare = 0.07;

    /// <summary>A name only this many statements carry is rare in a corpus of any size.</summary>
    public const int SpecificMinimum = 2;

    /// <summary>How far apart (in days) the events behind two counts may be for the counts to be of one event.</summary>
    public const int EventWindowDays = 60;

    /// <summary>Groups the articles' claims.</summary>
    /// <param name="articles">Every article's claims, in the order the articles arrived.</param>
    /// <param name="meanings">Meaning vectors of claim contents keyed by <c>MeaningKey.Of(content)</c>; without one for a
    /// pair, the pair is judged on the agreement of its names, counts and words alone, conservatively.</param>
    /// <param name="commonShare">See <see cref="CommonShare"/>.</param>
    public static ImmutableArray<ClaimGroup> Group(IReadOnlyList<ArticleClaims> articles, IReadOnlyDictionary<string, float[]>? meanings = null, double commonShare = CommonShare)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Numbered(Grouped(articles, meanings, commonShare, null));
    }

    /// <summary>The groups numbered from 1 in the order made.</summary>
    internal static ImmutableArray<ClaimGroup> Numbered(List<ClaimGroup> groups) => [.. groups.Select((g, id) => g with { Id = id + 1 })];

    /// <summary>
    /// What grouping and its diagnostic (<see cref="Explain"/>) both start from, so the diagnostic judges pairs exactly as
    /// the grouper does: the articles with their attacks placed, every claim, the statements' readings with their topics
    /// (names and the kind of thing said of them: where same claims are looked for, each claim judged against the
    /// claims sharing a topic with it), the index of reused text, the figure groups and the topic groups.
    /// </summary>
    private static (IReadOnlyList<ArticleClaims> Articles, List<Item> Items, List<Reading> Readings, ReuseIndex Reuse,
        List<(List<Item>, string?)> Figures, List<(List<Item> Members, List<int> Indices, string Topic, IReadOnlyCollection<string> Anchors, string Key)> TopicGroups)
        Prepare(IReadOnlyList<ArticleClaims> articles, IReadOnlyDictionary<string, float[]>? meanings, double commonShare, Cache? cache)
    {
        var given = articles;
        (articles, var towns, var places) = Placed(articles);
        cache?.Check(given, meanings, commonShare, places);
        var items = articles.SelectMany((a, ai) => a.Claims.Select((c, ci) => new Item(ai, ci, c, a))).ToList();
        var statements = Statements(items).Where(i => Corroborates(i.Claim)).ToList();
        var readings = Readings(statements, cache);
        var reuse = cache?.Reuse ?? ReusedPairs(readings);
        var figures = FigureGroups([.. items.Where(i => Corroborates(i.Claim))]).ToList();
        var counted = figures.SelectMany(f => f.Item1).Select(i => (i.ArticleIndex, i.Claim.Span)).ToHashSet();
        var topicGroups = StatementGroups(readings, commonShare, towns, counted, cache?.Topics ?? new TopicIndex());
        return (articles, items, WithTopics(readings, topicGroups.Select(t => (t.Indices, t.Key)), cache), reuse, figures, topicGroups);
    }

    /// <summary>
    /// Groups the articles' claims, unnumbered; with a <paramref name="cache"/> that an earlier call filled from a prefix
    /// of the same articles, only the new statements are read and only new pairs judged, and a group made of the same
    /// things as before is the same object.
    /// </summary>
    internal static List<ClaimGroup> Grouped(IReadOnlyList<ArticleClaims> articles, IReadOnlyDictionary<string, float[]>? meanings, double commonShare, Cache? cache)
    {
        var (placed, items, readings, reuse, figures, topicGroups) = Prepare(articles, meanings, commonShare, cache);
        var order = placed.Select((a, i) => (a.Published ?? "9999", i)).ToList();

        var built = new List<ClaimGroup>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        // A claim sits in many groups (and, with a cache, in the same groups rebuilt as they grow): its origin and framings are read once.
        var memo = cache?.Members ?? new MemberMemo();
        // Built once for what it is made of: with a cache, a group whose members, kind, topic and summary are unchanged is the object made before.
        ClaimGroup Made(string kind, List<Item> members, string? quantity, IReadOnlyCollection<string> anchors, Func<ClaimGroup, ClaimGroup> finish)
        {
            if (cache is null) return finish(Build(members, quantity, anchors, order, reuse, memo));
            var key = BuildKey(members, quantity, anchors);
            if (!cache.Built.TryGetValue(key, out var group)) cache.Built[key] = group = Build(members, quantity, anchors, order, reuse, memo);
            var made = finish(group);
            var madeKey = $"{kind}|{key}|{made.Status}|{made.Topic}|{made.Summary}";
            used.Add(key);
            used.Add(madeKey);
            if (cache.Made.TryGetValue(madeKey, out var kept)) return kept;
            return cache.Made[madeKey] = made;
        }
        built.AddRange(figures.Select(f => Made("figure", f.Item1, f.Item2, [], g => g with { Summary = FigureSummary(f.Item1, f.Item2) })));
        var (same, disputes) = SameClaims(readings, meanings, reuse, cache);
        // Each group's members' readings, looked up by claim rather than by a pass over every reading.
        var byClaim = readings.DistinctBy(r => ReuseIndex.Key(r.Item)).ToDictionary(r => ReuseIndex.Key(r.Item));
        List<Reading> Mine(List<Item> members) => [.. members.Select(m => byClaim[ReuseIndex.Key(m)])];
        // A same-claim group is about the topic its members share, when they share one (not when only reuse joined them).
        string? TopicOfGroup(List<Item> members) => SharedTopic(members, Mine(members)) is { } t ? topicGroups[t].Topic : null;
        built.AddRange(same.Select(c => Made("same", c, null, [], g => g with { Topic = TopicOfGroup(c), Summary = ClaimSummary(c, Mine(c)) })));
        built.AddRange(disputes.Select(d => Made("dispute", d, null, Of(d, Mine(d)).SelectMany(r => r.Topic.Anchors).ToHashSet(StringComparer.Ordinal),
            g => g with { Status = GroupStatus.Disputed, Topic = TopicOfGroup(d), Summary = ClaimSummary(d, Mine(d)) })));

        // Topic groups: disputed when their articles frame the topic in opposite ways or one denies what another
        // states, else related claims ("see also"); a topic group that only repeats one group above adds nothing.
        var claimed = Holding(built);
        var topics = topicGroups
            .Select(t => Made("topic", t.Members, null, t.Anchors, group => group.Status == GroupStatus.Disputed
                ? group with { Topic = t.Topic, Summary = t.Topic }
                : group with { Status = GroupStatus.Related, Topic = t.Topic, Summary = t.Topic }))
            .Where(g => !Within(g, claimed).Any())
            .ToList();
        var wider = Holding(topics);
        built.AddRange(topics.Where(g => !Within(g, wider).Any(w => Narrows(g, w))));
        cache?.Keep(used);
        return built;
    }

    /// <summary>For each claim (article, index), the groups that hold it: a group is looked for among those of its first member, not among every group.</summary>
    private static Dictionary<(string, int), List<ClaimGroup>> Holding(List<ClaimGroup> groups)
    {
        var holding = new Dictionary<(string, int), List<ClaimGroup>>();
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                if (!holding.TryGetValue((member.Article, member.Claim), out var list)) holding[(member.Article, member.Claim)] = list = [];
                list.Add(group);
            }
        }
        return holding;
    }

    /// <summary>The other groups that hold every claim of <paramref name="group"/>.</summary>
    private static IEnumerable<ClaimGroup> Within(ClaimGroup group, Dictionary<(string, int), List<ClaimGroup>> holding)
    {
        var first = (group.Members[0].Article, group.Members[0].Claim);
        if (!holding.TryGetValue(first, out var candidates)) return [];
        return candidates.Where(other => !ReferenceEquals(other, group) && other.Members.Length >= group.Members.Length
            && other.Members.Select(o => (o.Article, o.Claim)).ToHashSet() is var theirs && group.Members.All(m => theirs.Contains((m.Article, m.Claim))));
    }

    private const string AttackIn = "attack in ";

    /// <summary>
    /// The attacks known by a town the gazetteer lacks ("attack in In Amenas") put in the town's country when a claim
    /// of the corpus writes the town with its country ("the BP facility outside In Amenas, Algeria"): one article's
    /// "hostage-taking at In Amenas" and another's "Algerian gas plant raid" are one attack.
    /// </summary>
    /// <remarks>Also returns every town the attacks are known by, placed or not: a town is no actor; and both in words (<c>Places</c>), so a cache can tell when they change.</remarks>
    private static (IReadOnlyList<ArticleClaims> Articles, IReadOnlySet<string> Towns, string Places) Placed(IReadOnlyList<ArticleClaims> articles)
    {
        var gazetteer = PlaceGazetteer.Default;
        var towns = articles.SelectMany(a => a.Claims).SelectMany(c => c.Events)
            .Where(e => e.StartsWith(AttackIn, StringComparison.Ordinal)).Select(e => e.Substring(AttackIn.Length))
            .Where(where => !(gazetteer.TryLookup(where, out var place) && place.Kind == EntityKind.Country))
            .Select(where => NameKey.Of(where)).ToHashSet(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in articles.SelectMany(a => a.Claims))
        {
            // Where the claim names the town, as written ("outside In Amenas, Algeria"), not where its canonical name might be.
            foreach (var (name, span) in claim.Mentions)
            {
                var at = span.End - claim.Span.Start;
                if (at < 0 || at >= claim.Surface.Length || claim.Surface[at] != ',' || countries.ContainsKey(name) || gazetteer.TryLookup(name, out _)) continue;
                if (CountryAfter().Match(claim.Surface, at + 1) is not { Success: true } after) continue;
                // "Burkina Faso", or "Algeria" alone when the next word only opens a sentence ("Algeria. They").
                var words = after.Groups[1].Value;
                foreach (var candidate in new[] { words, words.Split(' ')[0] }.Select(w => w.TrimEnd('.')).Distinct(StringComparer.Ordinal))
                {
                    if (!gazetteer.TryLookup(candidate, out var country) || country.Kind != EntityKind.Country) continue;
                    countries[name] = country.Canonical;
                    break;
                }
            }
        }
        var places = string.Join(';', towns.Order(StringComparer.Ordinal)) + "|" + string.Join(';', countries.Select(c => $"{c.Key}={c.Value}").Order(StringComparer.Ordinal));
        if (countries.Count == 0) return (articles, towns, places);
        string Place(string attack) =>
            attack.StartsWith(AttackIn, StringComparison.Ordinal) && countries.TryGetValue(attack.Substring(AttackIn.Length), out var country) ? AttackIn + country : attack;
        return ([.. articles.Select(a => a with
        {
            Claims = [.. a.Claims.Select(c => c.Events.Any(e => Place(e) != e) ? c with { Events = [.. c.Events.Select(Place).Distinct(StringComparer.Ordinal)] } : c)],
        })], towns, places);
    }

    /// <summary>
    /// A statement group that only repeats part of a wider one: all its claims are in the wider group and its status
    /// is the same. A narrower group that rests on a single origin, or is disputed, where the wider one is
    /// corroborated tells the investigator something and stays.
    /// </summary>
    private static bool Narrows(ClaimGroup group, ClaimGroup wider) =>
        group.Quantity is null && wider.Quantity is null && wider.Members.Length > group.Members.Length
        && group.Status == wider.Status
        && group.Members.All(m => wider.Members.Any(w => w.Article == m.Article && w.Claim == m.Claim));

    internal sealed record Item(int ArticleIndex, int ClaimIndex, Claim Claim, ArticleClaims Article);

    private static ClaimGroup Build(List<Item> members, string? quantity, IReadOnlyCollection<string> anchors, List<(string Published, int Index)> order, ReuseIndex reuse, MemberMemo memo)
    {
        var (origin, details) = Origins(members, reuse, memo);
        var first = new Dictionary<int, (string, int)>();
        foreach (var (item, o) in members.Zip(origin))
        {
            var key = order[item.ArticleIndex];
            if (!first.TryGetValue(o, out var earliest) || Compare(key, earliest) < 0) first[o] = key;
        }
        var groupMembers = members.Zip(origin).Select(p => new GroupMember(p.First.Article.Article, p.First.ClaimIndex, p.Second,
            first[p.Second] != order[p.First.ArticleIndex])).ToImmutableArray();

        var values = quantity is null ? [] : members.Select(m => (m, q: m.Claim.Quantities.First(q => !q.Part)))
            .Select(p => new GroupValue(p.m.Article.Article, p.m.ClaimIndex, p.q.Value, p.q.Counts, p.q.Qualifier)).ToImmutableArray();
        var framings = quantity is null ? ConflictingFramings(members, anchors, memo) : [];
        var disputed = values.Select(v => v.Value).Distinct().Count() > 1 || !framings.IsEmpty
            || (members.Any(m => m.Claim.Hedge == Hedge.Denied && Denies().IsMatch(m.Claim.Surface)) && members.Any(m => m.Claim.Hedge is Hedge.Asserted or Hedge.Attributed));
        var origins = origin.Distinct().Count();
        var status = disputed ? GroupStatus.Disputed : origins > 1 ? GroupStatus.Corroborated : GroupStatus.SingleOrigin;
        return new ClaimGroup(0, groupMembers, status, quantity, values, members.Select(m => m.ArticleIndex).Distinct().Count(), origins) { Framings = framings, OriginDetails = details };
    }

    /// <summary>
    /// The members' framings on every dimension where two articles take opposite poles, in member order. Only framings
    /// of the group's anchors count (or of no name at all: "he split with them"), and none inside a description the
    /// member holds as a claim of its own (<see cref="Nested"/>); two poles within one article are a
    /// story told over time ("once an affiliate, it broke away"), not two reports that disagree.
    /// </summary>
    private static ImmutableArray<GroupFraming> ConflictingFramings(List<Item> members, IReadOnlyCollection<string> anchors, MemberMemo memo)
    {
        var framings = members.SelectMany(m => memo.Framings(m)
            .Where(f => f.About.Length == 0 || f.About.Any(anchors.Contains))
            .Select(f => (Member: m, f.Framing))).ToList();
        var conflicting = framings.GroupBy(f => f.Framing.Dimension)
            .Where(d => d.GroupBy(f => f.Framing.Pole).Select(p => p.Select(f => f.Member.ArticleIndex).ToHashSet()).ToList() is [var one, var other]
                && one.Union(other).Count() > 1)
            .Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return [.. framings.Where(f => conflicting.Contains(f.Framing.Dimension))
            .Select(f => new GroupFraming(f.Member.Article.Article, f.Member.ClaimIndex, f.Framing.Dimension, f.Framing.Pole, f.Framing.Text, f.Framing.Span))];
    }

    private static int Compare((string Published, int Index) a, (string Published, int Index) b)
    {
        var byDate = string.CompareOrdinal(a.Published, b.Published);
        return byDate != 0 ? byDate : a.Index.CompareTo(b.Index);
    }

    private static IEnumerable<(List<Item>, string?)> FigureGroups(List<Item> items)
    {
        var figures = items
            .Select(i => (Item: i, Quantity: i.Claim.Quantities.FirstOrDefault(q => !q.Part && q.Outcome is not null)))
            .Where(p => p.Quantity is not null && p.Item.Claim.Quantities.Count(q => !q.Part) == 1)
            .GroupBy(p => $"{p.Quantity!.Outcome} {CountedKind(p.Quantity.Counts)}");
        foreach (var kind in figures)
        {
            // Counts of the same kind for events far apart in time are of different events.
            var dated = kind.Select(p => (p.Item, Day: Day(p.Item.Claim.EventDate))).OrderBy(p => p.Day ?? DateOnly.MaxValue).ToList();
            var run = new List<(Item Item, DateOnly? Day)>();
            foreach (var entry in dated)
            {
                if (run.Count > 0 && entry.Day is { } day && run[0].Day is { } start && day.DayNumber - start.DayNumber > EventWindowDays)
                {
                    if (Spans(run)) yield return ([.. run.Select(r => r.Item)], kind.Key);
                    run.Clear();
                }
                run.Add(entry);
            }
            if (Spans(run)) yield return ([.. run.Select(r => r.Item)], kind.Key);
        }
    }

    private static bool Spans(List<(Item Item, DateOnly? Day)> run) => run.Select(r => r.Item.ArticleIndex).Distinct().Count() > 1;

    /// <summary>Nouns that count the same kind of people in news of attacks: the attackers, the captives, the dead in general.</summary>
    private static readonly FrozenDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["militants"] = "attackers", ["terrorists"] = "attackers", ["kidnappers"] = "attackers", ["gunmen"] = "attackers",
        ["attackers"] = "attackers", ["jihadists"] = "attackers", ["fighters"] = "attackers", ["insurgents"] = "attackers",
        ["assailants"] = "attackers", ["captors"] = "attackers", ["hostage-takers"] = "attackers", ["islamists"] = "attackers",
        ["hostages"] = "hostages", ["captives"] = "hostages",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static string CountedKind(string counts) => Kinds.TryGetValue(counts, out var kind) ? kind : Stem(counts);

    /// <summary>The calendar day an ISO value (day, month, week, year or interval) falls on or starts at; null when there is none.</summary>
    internal static DateOnly? Day(string? iso)
    {
        if (iso is null) return null;
        var value = iso.Split('/')[0];
        var week = IsoWeek().Match(value);
        if (week.Success)
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday));
        }
        var parts = value.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1 || year > 9999) return null;
        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 7;
        var dayOfMonth = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? Math.Clamp(d, 1, DateTime.DaysInMonth(year, month)) : 1;
        return new DateOnly(year, month, dayOfMonth);
    }

    // One claim per statement: the claims a sentence yields per count stand for their figures, not for the statement.
    private static List<Item> Statements(List<Item> items) =>
        [.. items.Where(i => i.ClaimIndex == 0 || i.Article.Claims[i.ClaimIndex - 1].Span != i.Claim.Span)];

    /// <summary>
    /// Topic groups: for every anchor a statement names, and every two, and every predicate class it says of them,
    /// the statements that name the same and say the same kind of thing, kept when they span two articles. A group
    /// equal to another is one group; groups overlap, so a statement stating two propositions sits in both. An anchor
    /// named by more than <paramref name="commonShare"/> of the statements founds no topic alone, only beside another.
    /// </summary>
    /// <remarks><paramref name="counted"/>: the claims (article, span) whose count sits in a figure group.</remarks>
    private static List<(List<Item> Members, List<int> Indices, string Topic, IReadOnlyCollection<string> Anchors, string Key)> StatementGroups(List<Reading> readings, double commonShare, IReadOnlySet<string> towns, HashSet<(int, TextSpan)> counted, TopicIndex index)
    {
        index.Extend(readings);
        var statements = readings.Select(r => r.Item).ToList();
        var frequency = index.Frequency;
        bool Rare(string anchor) => frequency[anchor] <= Math.Max(commonShare * statements.Count, CommonMinimum);
        // Entity names as the first statement naming them writes them, then countries (<see cref="DisplayNames"/>).
        string? NameOf(string anchor) => index.EntityNames.TryGetValue(anchor, out var name) ? name : CountryNames.GetValueOrDefault(anchor);
        var actors = new Dictionary<string, bool>(StringComparer.Ordinal);
        // Only people and groups have an allegiance, marry or take part in an attack: a place (a town an attack is known
        // by, a facility: "Algerian gas complex") or an attack says no such thing of itself. Each anchor is looked up once.
        bool Actor(string anchor)
        {
            if (actors.TryGetValue(anchor, out var known)) return known;
            return actors[anchor] = !IsEvent(anchor) && !towns.Contains(anchor)
                && !(NameOf(anchor) is { } name && (PlaceGazetteer.Default.TryLookup(name, out _) || Lexicon.FacilityNouns.Contains(name.Split(' ')[^1])));
        }
        var topicsByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var candidate in index.Candidates[i])
            {
                // An anchor most statements name founds no topic beside another as common, and alone only what it is.
                var common = !Rare(candidate.X) && !Rare(candidate.Y);
                if (common && (candidate.X != candidate.Y || !candidate.Attribute)) continue;
                // "Thirty-nine foreign hostages were killed": a count grouped with the other counts of it (a figure
                // group) says no more of the dead and the captives it counts.
                if (candidate.EventKind && counted.Contains((statements[i].ArticleIndex, statements[i].Claim.Span))) continue;
                if (candidate.Actor is { } actor && !Actor(actor)) continue;
                if (!topicsByKey.TryGetValue(candidate.Key, out var members)) topicsByKey[candidate.Key] = members = [];
                members.Add(i);
            }
        }
        Narrowest(topicsByKey, statements, frequency);
        // A group is about every anchor of the topics that make it up ("Omar Haddad: casualties" and "Gao: casualties" may hold the same claims).
        // Topics with the same members are one group, compared as lists of statement numbers (not written out in words:
        // topics share members by the thousand in a large corpus).
        var aboutBySet = topicsByKey.GroupBy(t => t.Value, MemberList.Instance)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.SelectMany(t => t.Key.Split('|')[..2]).ToHashSet(StringComparer.Ordinal), MemberList.Instance);
        return [.. topicsByKey
            .Where(t => Spans(t.Value, statements))
            .DistinctBy(t => t.Value, MemberList.Instance)
            .OrderBy(t => t.Value[0]).ThenByDescending(t => t.Value.Count).ThenBy(t => t.Value, MemberList.Instance)
            .Select(t => (t.Value.Select(i => statements[i]).ToList(), t.Value, TopicLabel(t.Key, NameOf), aboutBySet[t.Value], t.Key))];
    }

    /// <summary>Whether statements (ascending indices) come from two articles or more: statements are in corpus order, so the first and last tell.</summary>
    private static bool Spans(List<int> members, List<Item> statements) =>
        members.Count > 1 && statements[members[0]].ArticleIndex != statements[members[^1]].ArticleIndex;

    /// <summary>
    /// A statement that names someone few statements name (<see cref="SpecificShare"/>) and says of it what another
    /// article says too states that narrower proposition: it leaves the wider topics of the same kind that lack the rare
    /// name. "Egyptian members of the group behind the Benghazi attack were among the In Amenas attackers" is the Egyptians'
    /// link, not every link between the two attacks. What one actor is (<see cref="Attributes"/>) is never narrowed.
    /// </summary>
    private static void Narrowest(Dictionary<string, List<int>> topicsByKey, List<Item> statements, Dictionary<string, int> frequency)
    {
        var rare = Math.Max(SpecificShare * statements.Count, SpecificMinimum);
        bool Specific(string[] key) => frequency[key[0]] <= rare || frequency[key[1]] <= rare;
        var spanning = topicsByKey.Where(t => Spans(t.Value, statements)).Select(t => (Parts: t.Key.Split('|'), Members: t.Value))
            .Where(t => !Attributes.Contains(t.Parts[2])).Select(t => (Class: t.Parts[2], Specific: Specific(t.Parts), t.Members)).ToList();
        // The statements of each class that have a narrow topic of it leave its wide ones (marked first, then removed).
        var narrow = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (kind, _, members) in spanning.Where(t => t.Specific))
        {
            if (!narrow.TryGetValue(kind, out var marked)) narrow[kind] = marked = [];
            marked.UnionWith(members);
        }
        foreach (var (kind, _, members) in spanning.Where(t => !t.Specific))
        {
            if (narrow.TryGetValue(kind, out var marked)) members.RemoveAll(marked.Contains);
        }
    }

    /// <summary>
    /// Lists of statement numbers compared by content; ordered as their comma-joined decimal forms would be ordinally
    /// (the order the topic groups were always listed in, kept so the groups' numbers do not change).
    /// </summary>
    internal sealed class MemberList : IEqualityComparer<List<int>>, IComparer<List<int>>
    {
        public static readonly MemberList Instance = new();

        public bool Equals(List<int>? x, List<int>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && CollectionsMarshal.AsSpan(x).SequenceEqual(CollectionsMarshal.AsSpan(y)));

        public int GetHashCode(List<int> obj)
        {
            var hash = new HashCode();
            foreach (var i in obj) hash.Add(i);
            return hash.ToHashCode();
        }

        public int Compare(List<int>? x, List<int>? y)
        {
            if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
            for (var k = 0; k < Math.Min(x.Count, y.Count); k++)
            {
                // "12,…" against "123…": the comma sorts before any digit, as the shorter number does ordinally.
                if (x[k] != y[k]) return string.CompareOrdinal(x[k].ToString(CultureInfo.InvariantCulture), y[k].ToString(CultureInfo.InvariantCulture));
            }
            return x.Count.CompareTo(y.Count);
        }
    }

    /// <summary>Countries by the key of their canonical name, as <see cref="DisplayNames"/> adds them after the entities.</summary>
    private static readonly FrozenDictionary<string, string> CountryNames = PlaceGazetteer.Default.Countries
        .DistinctBy(c => NameKey.Of(c.Canonical), StringComparer.Ordinal)
        .ToFrozenDictionary(c => NameKey.Of(c.Canonical), c => c.Canonical, StringComparer.Ordinal);

    /// <summary>The names anchors stand for, as the claims write them: entity keys to canonical names, countries of demonyms, attacks.</summary>
    private static Dictionary<string, string> DisplayNames(IEnumerable<Item> statements)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in statements.SelectMany(s => s.Claim.Entities)) names.TryAdd(NameKey.Of(entity), entity);
        foreach (var country in PlaceGazetteer.Default.Countries) names.TryAdd(NameKey.Of(country.Canonical), country.Canonical);
        return names;
    }

    /// <summary>"anchor|anchor|predicate" in words: "Mokhtar Belmokhtar: leadership", "attack in Libya and attack in Algeria: link".</summary>
    private static string TopicLabel(string key, Func<string, string?> names)
    {
        string Name(string anchor) => anchor.StartsWith("event:", StringComparison.Ordinal) ? anchor["event:".Length..] : names(anchor) ?? anchor;
        var parts = key.Split('|');
        return parts[0] == parts[1] ? $"{Name(parts[0])}: {parts[2]}" : $"{Name(parts[0])} and {Name(parts[1])}: {parts[2]}";
    }

    private static string Stem(string word)
    {
        word = word.ToLowerInvariant().Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) return word[..^3];
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) return word[..^2];
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>An outright denial, not a mere "could not confirm": a claim and its denial are conflicting framings.</summary>
    [GeneratedRegex(@"\bden(?:y|ies|ied)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denies();

    [GeneratedRegex(@"^\W*(?:he|she|they|it|his|her|their|its)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    /// <summary>", Algeria", ", Burkina Faso" right after a town's name.</summary>
    [GeneratedRegex(@"\G[\s\u00A0]*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex CountryAfter();

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();
}
