using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Extraction.Claims;

/// <summary>What a statement is about, as the grouper compares statements: its anchors (names and attacks) and what it says of them.</summary>
/// <remarks>
/// <see cref="Own"/> are the anchors the statement names itself, without those it takes from the claims before it.
/// <see cref="Described"/> are the predicate classes said only in passing, in an aside after a name (", a former leader
/// of AQIM,"): they relate that name to the names in the aside, so they found two-anchor topics, never one-anchor ones.
/// </remarks>
/// <para><see cref="AnchorClauses"/> and <see cref="PredicateClauses"/> say in which clauses of the claim (a bit each) an
/// anchor is named and a predicate class is said; an anchor without an entry (an attack, a name taken from the claims
/// before) stands in every clause.</para>
internal sealed record Topic(FrozenSet<string> Anchors, FrozenSet<string> Own, FrozenSet<string> Predicates, FrozenSet<string> Described)
{
    public FrozenDictionary<string, int> AnchorClauses { get; init; } = FrozenDictionary<string, int>.Empty;

    public FrozenDictionary<string, int> PredicateClauses { get; init; } = FrozenDictionary<string, int>.Empty;

    /// <summary>
    /// Whether one clause of the claim says <paramref name="predicate"/> and names both anchors: "U.S. officials have
    /// linked the attackers to al-Qaeda's affiliates, although subgroups, including Belmokhtar's, were involved" says
    /// the affiliation of al-Qaeda's affiliates, not of Belmokhtar.
    /// </summary>
    public bool SaysOf(string x, string y, string predicate)
    {
        const int Everywhere = ~0;
        return (PredicateClauses.GetValueOrDefault(predicate, Everywhere) & AnchorClauses.GetValueOrDefault(x, Everywhere) & AnchorClauses.GetValueOrDefault(y, Everywhere)) != 0;
    }
}

public static partial class ClaimGrouper
{
    /// <summary>
    /// The topic of an article's claim, given the claims around it. Anchors: the entities it names
    /// other than its own sources, the countries its demonyms stand for, and the attacks it speaks of ("attack in
    /// Libya"); a claim that names nothing, opens with a pronoun or lets the same source go on speaking also takes
    /// those of the nearest claim before it that names something. Predicates: the kinds of thing it says of them
    /// (<see cref="PredicateClasses"/>), read from its words without the words that attribute it.
    /// </summary>
    internal static Topic TopicOf(ImmutableArray<Claim> claims, int index)
    {
        var claim = claims[index];
        // Claims of the same sentence (a description in apposition read as a claim of its own, a count's claim) are
        // neither context nor what this claim states: a description inside it is blanked out of its words.
        bool Apart(Claim other) => other.Span.End <= claim.Span.Start || claim.Span.End <= other.Span.Start;
        var before = claims.Take(index).Reverse().Where(Apart).Take(ContextClaims).ToList();
        return TopicOf(claim, Nested(claims, index), before);
    }

    /// <summary>The claims inside an article's claim: a description in apposition read as a claim of its own (the claims a sentence yields per count share its span and are not inside it).</summary>
    internal static List<Claim> Nested(ImmutableArray<Claim> claims, int index)
    {
        var claim = claims[index];
        return [.. claims.Skip(Math.Max(0, index - ContextClaims)).Take(2 * ContextClaims + 1).Where(c => claim.Span.Contains(c.Span) && c.Span != claim.Span)];
    }

    private static Topic TopicOf(Claim claim, List<Claim> nested, List<Claim> before)
    {
        var sources = claim.Chain.Select(s => NameKey.Of(s.Name)).ToHashSet(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in claim.Entities)
        {
            var key = NameKey.Of(entity);
            if (!sources.Contains(key)) anchors.Add(key);
        }
        var predicates = new HashSet<string>(StringComparer.Ordinal);
        var described = new HashSet<string>(StringComparer.Ordinal);
        var content = ContentText(claim);
        // "X, leader of Y, an al-Qaeda affiliate, is thought to be behind …": the description, read as a claim of its own
        // just before this one, is not what this claim states.
        foreach (var description in nested)
        {
            // The comma that closes the description goes with it: left alone, it would open an aside of the main clause.
            var (from, to) = (description.Span.Start - claim.Span.Start, description.Span.End - claim.Span.Start);
            if (to < content.Length && content[to] == ',') to++;
            content = string.Concat(content.AsSpan(0, from), new string(' ', to - from), content.AsSpan(to));
        }
        var asides = Aside().Matches(content).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var cuts = ClauseBoundary().Matches(content).Select(m => m.Index).ToList();
        // The clause an offset of the content falls in, as a bit: clauses past the 32nd share the last bit.
        int Clause(int index) => 1 << Math.Min(31, cuts.Count(cut => cut <= index));
        var anchorClauses = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicateClauses = new Dictionary<string, int>(StringComparer.Ordinal);
        void Mark(Dictionary<string, int> marks, string key, int index) => marks[key] = marks.GetValueOrDefault(key) | Clause(index);
        foreach (var mention in claim.Mentions.Where(m => claim.Span.Contains(m.Span)))
        {
            var key = NameKey.Of(mention.Name);
            if (anchors.Contains(key)) Mark(anchorClauses, key, mention.Span.Start - claim.Span.Start);
        }
        foreach (Match word in WordPattern().Matches(content))
        {
            if (char.IsUpper(word.Value[0]) && DemonymLookup.Default.TryLookup(word.Value, out var demonym))
            {
                anchors.Add(NameKey.Of(demonym.Country.Canonical));
                Mark(anchorClauses, NameKey.Of(demonym.Country.Canonical), word.Index);
                continue;
            }
            // "the Senate Foreign Relations Committee": a capitalised word inside a sentence is part of a name, not a predicate.
            if (char.IsUpper(word.Value[0]) && !OpensSentence(content, word.Index)) continue;
            // "hostage-taking", "arms-smuggling": each part of a compound says what its own word says.
            var aside = asides.Any(a => word.Index >= a.Index && word.Index < a.End);
            foreach (var part in word.Value.Split('-').Prepend(word.Value).Distinct(StringComparer.Ordinal))
            {
                if (!PredicateClasses.TryGetValue(Root(part), out var kind)) continue;
                Mark(predicateClauses, kind, word.Index);
                if (aside) described.Add(kind);
                else predicates.Add(kind);
            }
        }
        // "Libyan missiles were smuggled to Mali" and "the U.S. is hunting Libyan missiles" both speak of weapons; what
        // is done with them is the proposition, the arms only its object.
        if (predicates.Overlaps(WeaponActions)) predicates.Remove("weapons");
        // An attack stands where the claim names it: "the In Amenas hostage crisis, when gunmen associated with X took
        // hostages" links the gunmen to X, not the crisis to anything.
        var attackWords = ClaimReader.AttackWord().Matches(content);
        foreach (var e in claim.Events)
        {
            anchors.Add("event:" + e);
            foreach (Match word in attackWords) Mark(anchorClauses, "event:" + e, word.Index);
        }
        // "Belmokhtar confirmed his own involvement", "we obviously took advantage": a source speaking of its own acts is
        // also what the claim is about.
        if (!claim.Chain.IsEmpty && SelfReference().IsMatch(content)) anchors.Add(NameKey.Of(claim.Chain[^1].Name));
        var own = anchors.ToFrozenSet(StringComparer.Ordinal);
        // "He has married into local tribes", "One of the sources told CNN the call was made …": the claim goes on
        // about what the nearest claim before it that names anything was about.
        if (before.Count > 0 && (own.Count == 0 || Pronoun().IsMatch(claim.Surface) || Continues(claim, before[0])))
        {
            var context = before.Select(c => TopicOf(c, [], [])).FirstOrDefault(t => t.Own.Count > 0);
            if (context is not null) anchors.UnionWith(context.Own);
        }
        return new Topic(anchors.ToFrozenSet(StringComparer.Ordinal), own, predicates.ToFrozenSet(StringComparer.Ordinal), described.Except(predicates).ToFrozenSet(StringComparer.Ordinal))
        {
            AnchorClauses = anchorClauses.ToFrozenDictionary(StringComparer.Ordinal),
            PredicateClauses = predicateClauses.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    /// <summary>Whether the word at <paramref name="index"/> starts the text, a sentence or a quotation, where any word is capitalised.</summary>
    private static bool OpensSentence(string content, int index)
    {
        var before = content.AsSpan(0, index).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or '“' or '"' or '‘' or '\'' or ':' or '(' or '—' or '–';
    }

    /// <summary>"One of the sources told CNN …" after "CNN quoted two sources …": the same innermost source goes on speaking.</summary>
    private static bool Continues(Claim claim, Claim previous)
    {
        if (claim.Chain.IsEmpty || previous.Chain.IsEmpty) return false;
        var (a, b) = (NameKey.Of(claim.Chain[^1].Name), NameKey.Of(previous.Chain[^1].Name));
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    /// <summary>How many claims back a claim that names nothing looks for what it is about.</summary>
    private const int ContextClaims = 3;

    /// <summary>The claim's words, those of its sources and cue blanked out: who said it is not what was said.</summary>
    internal static string ContentText(Claim claim)
    {
        var chars = claim.Surface.ToCharArray();
        var attribution = claim.Chain.Select(s => SourcePhrase.WithAside(claim.Surface, claim.Span.Start, s.Span)).Append(claim.Cue?.Span ?? default)
            .Where(s => s.Length > 0 && claim.Span.Contains(s));
        foreach (var span in attribution)
        {
            for (var i = span.Start; i < span.End; i++) chars[i - claim.Span.Start] = ' ';
        }
        return new string(chars);
    }

    /// <summary>
    /// Small classes of news predicates (stems): what a statement says of its anchors. Two statements about the same
    /// names state one proposition only when they say the same kind of thing of them.
    /// </summary>
    private static readonly FrozenDictionary<string, string> PredicateClasses = Classes(
        ("link", "link connection connect contact tie relation relationship involv involvement part aid aided call overlap associat associated collaborat cooperat met meet meeting"),
        ("lead", "leader lead led head chief commander founder emir split breakaway player splinter"),
        ("allegiance", "affiliate affiliat independent loyal allegiance identification network member franchise branch"),
        ("responsibility", "claim claimed responsibility behind planned plan mastermind masterminded carri mount mounted orchestrat perpetrat"),
        ("weapons", "weapon arm armed missile rocket manpad grenade gun arsenal stock stockpile cache ammunition explosive"),
        ("movement", "smuggl transfer spread prolifer flow looted loot slipped acquir acquired obtain procure bought buy benefit beneficiary crossed cross route seep stream leak pour funnel traffick"),
        ("casualties", "kill killed dead died death"),
        ("kidnapping", "kidnap kidnapping hostage ransom captive abduct abduction"),
        ("marriage", "married marri marry wive wife tribe"),
        ("funding", "fund funded financ revenue racket money"),
        ("presence", "stay stayed travel travelled traveled visit visited spent"),
        ("deal", "deal agreement secret negotiat pact truce"),
        ("recovery", "track recover round destroy secure hunt collect buyback"));

    /// <summary>Predicate classes that say what is done with arms, so "weapons" beside them is only their object.</summary>
    private static readonly string[] WeaponActions = ["movement", "recovery"];

    /// <summary>The stem without a final "e" or doubled consonant, so "procure"/"procured", "transfer"/"transferred" and "kidnap"/"kidnappings" meet.</summary>
    private static string Root(string word)
    {
        var stem = Stem(Stem(word));
        if (stem.Length > 4 && stem[^1] == 'e') stem = stem[..^1];
        if (stem.Length > 4 && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1], StringComparison.Ordinal)) stem = stem[..^1];
        return stem;
    }

    private static FrozenDictionary<string, string> Classes(params (string Class, string Stems)[] classes) =>
        classes.SelectMany(c => c.Stems.Split(' ').Select(s => (Stem: Root(s), c.Class)))
            .DistinctBy(p => p.Stem)
            .ToFrozenDictionary(p => p.Stem, p => p.Class, StringComparer.Ordinal);

    /// <summary>
    /// Where one clause of a claim ends and another begins: a concessive or temporal clause (", although …",
    /// ", when gunmen …"), a semicolon, or a dash that opens or closes a parenthesis.
    /// </summary>
    [GeneratedRegex(@",\s+(?:although|though|while|whereas|but|when|where)\b|;|\s[—–]\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    /// <summary>Words by which a speaker speaks of itself: first person, or a reflexive ("his own", "itself").</summary>
    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|I|[Mm]y|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+own|himself|herself|itself|themselves|ourselves|myself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SelfReference();

    /// <summary>", then a leader of AQIM," after a name: what the name is, said in passing, not what the claim states of it.</summary>
    [GeneratedRegex(@"(?<=(?:\p{Lu}[\p{L}'’.-]*\)?|\s)),\s[^,;]+(?=,)", RegexOptions.CultureInvariant)]
    private static partial Regex Aside();
}
