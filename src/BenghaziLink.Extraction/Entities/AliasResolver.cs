using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// Groups an article's mentions into entities. Two names are one entity when the catalog says so, when
/// they are the same after folding case, diacritics, hyphens and possessives, when one is the other's
/// surname or ending ("Clinton", "Bin Laden"), when one is the other's acronym (defined in the text or by
/// initials: "AQIM"), or when they differ by one letter as transliterations do ("Gaddafi"/"Gadhafi",
/// "Belmokhtar"/"ben Mokhtar"). Every merge keeps its reason. A surname is never matched on a given name,
/// so "Osama" stays apart from "Osama bin Laden".
/// </summary>
public sealed class AliasResolver(EntityCatalog catalog) : IDocumentProcessor
{
    private readonly CatalogIndex catalogIndex = new(catalog);

    public string Name => "aliases";
    public Annotations Requires => Annotations.Mentions;
    public Annotations Produces => Annotations.Entities;

    private const string BareName = "bare name";

    /// <summary>Cues that guess a type from the words around a name: the name's other mentions decide.</summary>
    private static bool IsWeak(Mention mention) => mention.Cue is BareName or "place preposition" or "speaker" or "possessor";

    public void Process(DocumentBuilder document)
    {
        var clusters = new List<Cluster>();
        var ordered = document.Mentions.OrderBy(m => m.Span.Start).ToList();
        // Names with a cue first, so a bare surname finds its full name wherever that stands in the text.
        foreach (var mention in ordered.Where(m => !IsWeak(m) && !IsSingleWordPerson(m)))
        {
            Place(mention, clusters, document.Text);
        }
        foreach (var mention in ordered.Where(m => IsWeak(m) || IsSingleWordPerson(m)))
        {
            Place(mention, clusters, document.Text);
        }
        MergeFacilities(clusters);
        foreach (var cluster in clusters)
        {
            // A lone capitalised word that matched nothing and had no cue is more often not a name at all.
            if (cluster.Mentions.All(m => m.Cue == BareName)) continue;
            document.Entities.Add(cluster.ToEntity(Name));
        }
    }

    /// <summary>
    /// Within one article, the facilities a story names by a description ("the BP facility", "the gas
    /// complex", "the Algerian gas plant") are one facility per family of noun: news stories rarely
    /// describe two plants, or two consulates, without naming them apart.
    /// </summary>
    private static void MergeFacilities(List<Cluster> clusters)
    {
        var byFamily = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            var facility = cluster.Catalog is { } entry ? entry.Kind == EntityKind.Facility : cluster.Type == EntityType.Place && cluster.Mentions.All(m => m.Kind == EntityKind.Facility);
            if (!facility) continue;
            var family = cluster.Names.SelectMany(n => Words(n).Reverse()).Select(w => Lexicon.FacilityFamilies.GetValueOrDefault(w)).FirstOrDefault(f => f is not null);
            if (family is null) continue;
            if (byFamily.TryGetValue(family, out var first))
            {
                if (first.Catalog is not null && cluster.Catalog is not null) continue; // two catalog facilities are two facilities
                // A catalog facility absorbs a described one, whichever the text names first.
                var (keep, drop) = cluster.Catalog is not null ? (cluster, first) : (first, cluster);
                keep.Absorb(drop, $"the same {family} as “{keep.Canonical}” in this article");
                clusters.Remove(drop);
                byFamily[family] = keep;
                i = clusters.IndexOf(keep) < i ? i - 1 : i;
            }
            else
            {
                byFamily[family] = cluster;
            }
        }
    }

    /// <summary>
    /// The key names are compared by: the name's own key, except for a country's institution, whose
    /// synonyms share one ("Algerian regime" and "Algerian government"; "Algerian army" and "Algerian forces").
    /// </summary>
    internal static string ResolutionKey(Mention mention) => mention.Cue == "country + institution" && InstitutionName(mention.Surface) is { } name
        ? NameKey.Of(name)
        : NameKey.Of(mention.Surface);

    /// <summary>"Algerian regime" → "Algerian government".</summary>
    internal static string? InstitutionName(string surface)
    {
        var words = Words(surface);
        if (words.Length < 2) return null;
        var institution = string.Join(' ', words[1..]).ToLowerInvariant();
        return Lexicon.CountryInstitutions.TryGetValue(institution, out var normal) ? $"{words[0]} {normal}" : null;
    }

    private static bool IsSingleWordPerson(Mention mention) =>
        mention.Type == EntityType.Person && !mention.Surface.Contains(' ', StringComparison.Ordinal) && !mention.Surface.Contains('\u00A0', StringComparison.Ordinal);

    private void Place(Mention mention, List<Cluster> clusters, string text)
    {
        var key = ResolutionKey(mention);
        if (key.Length == 0) return;
        var entry = catalogIndex.Find(mention.Surface);
        if (entry is not null)
        {
            var known = clusters.FirstOrDefault(c => c.Catalog == entry);
            if (known is null) clusters.Add(known = new Cluster(mention, key, entry));
            else known.Add(mention, key, $"catalog alias of {entry.Canonical}");
            // "the Algerian DGSE (DRS)": the name before the brackets is the catalog entity too.
            var apposed = Apposed(mention, clusters, text);
            if (apposed is not null && apposed != known && apposed.Catalog is null)
            {
                known.Absorb(apposed, $"given in brackets as “{mention.Surface}”");
                clusters.Remove(apposed);
            }
            return;
        }
        var (target, reason) = FindMatch(mention, key, clusters, text);
        if (target is null) clusters.Add(new Cluster(mention, key, null));
        else target.Add(mention, key, reason!);
    }

    private static (Cluster? Cluster, string? Reason) FindMatch(Mention mention, string key, List<Cluster> clusters, string text)
    {
        var compatible = clusters.Where(c => Compatible(c, mention)).ToList();
        var same = compatible.FirstOrDefault(c => c.Keys.Contains(key));
        if (same is not null) return (same, "same name");

        var apposed = Apposed(mention, clusters, text);
        if (apposed is not null) return (apposed, $"given in brackets after “{apposed.Canonical}”");

        if (mention.Type == EntityType.Group && !IsAcronym(mention.Surface))
        {
            // "al Qaeda in the Maghreb" is "Al-Qaeda in the Islamic Maghreb" with a word left out.
            var shortened = compatible.FirstOrDefault(c => c.Type == EntityType.Group && c.Names.Any(n => IsShortenedForm(mention.Surface, n) || IsShortenedForm(n, mention.Surface)));
            if (shortened is not null) return (shortened, $"shortened form of “{shortened.Canonical}”");
            if (Words(mention.Surface) is [var head] && Lexicon.GroupHeads.ContainsKey(head))
            {
                // "the Globe" after "the Boston Globe": an organisation named by its head noun alone.
                var headed = compatible
                    .Where(c => c.Type == EntityType.Group && c.Mentions.Any(m => Words(m.Surface) is { Length: > 1 } full && NameKey.Of(full[^1]) == key))
                    .OrderBy(c => c.FirstStart)
                    .FirstOrDefault();
                if (headed is not null) return (headed, $"“{mention.Surface}” for short, after “{headed.Canonical}”");
            }
        }

        if (IsAcronym(mention.Surface))
        {
            var defined = DefinedBefore(mention, compatible, text);
            if (defined is not null) return (defined, $"acronym defined in the text after “{defined.Canonical}”");
            var initials = compatible.FirstOrDefault(c => mention.Surface.Length >= 3 && c.Mentions.Any(m => Initials(m.Surface) == key));
            if (initials is not null) return (initials, $"acronym of “{initials.Canonical}”");
        }
        else
        {
            // "Long Name (ACR)" defined the other way round: the long name follows the acronym's first use.
            var initials = Initials(mention.Surface);
            var acronym = compatible.FirstOrDefault(c => c.Mentions.Any(m => IsAcronym(m.Surface) && m.Surface.Length >= 3 && NameKey.Of(m.Surface) == initials));
            if (acronym is not null) return (acronym, $"spelled out as “{mention.Surface}”");
        }

        var words = Words(mention.Surface);
        if (mention.Type == EntityType.Person || IsWeak(mention))
        {
            // Surname or ending of a full name; when several people share it, the one introduced first.
            var surname = compatible
                .Where(c => c.Type == EntityType.Person && c.Mentions.Any(m => Words(m.Surface) is { Length: > 1 } full && full.Length > words.Length && EndsWith(full, words)))
                .OrderBy(c => c.FirstStart)
                .FirstOrDefault();
            if (surname is not null) return (surname, $"{(words.Length == 1 ? "surname" : "ending")} of “{surname.Canonical}”");
            if (words.Length == 1 && key.Length >= 6)
            {
                // "Gadhafi" after "Muammar Gaddafi": the surname spelled another way.
                var spelled = compatible
                    .Where(c => c.Mentions.Any(m => IsSurnameVariant(m.Surface, key)) && c.Type == EntityType.Person)
                    .OrderBy(c => c.FirstStart)
                    .FirstOrDefault();
                if (spelled is not null) return (spelled, $"surname of “{spelled.Canonical}” spelled another way");
            }
        }

        if (key.Length >= 6)
        {
            var max = key.Length >= 12 ? 2 : 1;
            var close = compatible.FirstOrDefault(c => c.Keys.Any(k => k.Length >= 6 && NameKey.Distance(k, key, max) <= max));
            if (close is not null) return (close, $"spelling variant of “{close.Canonical}”");
            if (mention.Type == EntityType.Person && words.Length > 1)
            {
                var last = NameKey.Of(words[^1]);
                var first = NameKey.Of(words[0]);
                var variant = compatible.FirstOrDefault(c => c.Type == EntityType.Person && c.Mentions.Any(m => Words(m.Surface) is { Length: > 1 } other
                    && NameKey.Distance(NameKey.Of(other[^1]), last, 1) <= 1 && NameKey.Distance(NameKey.Of(other[0]), first, 2) <= 2));
                if (variant is not null) return (variant, $"transliteration of “{variant.Canonical}”");
            }
        }
        return (null, null);
    }

    private static bool Compatible(Cluster cluster, Mention mention) =>
        cluster.Type == mention.Type || IsWeak(mention) || cluster.Mentions.All(IsWeak)
        || (IsAcronym(mention.Surface) && mention.Cue == "acronym");

    /// <summary>
    /// "Abdelhamid Abou Zeid (aka Abid Hammadou)", "the French foreign intelligence services (Directorate
    /// General for External Security …)": a name in brackets right after another names the same entity when
    /// an alias word opens the brackets, or both are organisations. Places never: "Gao (Mali)" is not Mali.
    /// </summary>
    private static Cluster? Apposed(Mention mention, List<Cluster> clusters, string text)
    {
        if (mention.Type == EntityType.Place) return null;
        var k = mention.Span.Start - 1;
        var aliasWord = false;
        while (k >= 0)
        {
            while (k >= 0 && text[k] is ' ' or '\u00A0') k--;
            if (k < 0) return null;
            if (text[k] == '(') break;
            var wordEnd = k + 1;
            while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.')) k--;
            if (!Lexicon.AliasMarkers.Contains(text[(k + 1)..wordEnd])) return null;
            aliasWord = true;
        }
        if (k < 0) return null;
        var before = k - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0') before--;
        var target = clusters.FirstOrDefault(c => c.Mentions.Any(m => m.Span.End == before + 1 && m.Type != EntityType.Place));
        if (target is null) return null;
        return aliasWord || (target.Type == EntityType.Group && mention.Type == EntityType.Group) ? target : null;
    }

    /// <summary>Every capitalised word of <paramref name="shorter"/> appears in <paramref name="longer"/>, the first ones alike, at least two of them.</summary>
    private static bool IsShortenedForm(string shorter, string longer)
    {
        var small = SignificantWords(shorter);
        var large = SignificantWords(longer);
        return small.Count >= 2 && small.Count < large.Count && small[0] == large[0] && small[^1] == large[^1] && small.All(large.Contains);
    }

    private static List<string> SignificantWords(string name) =>
        [.. name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && !Lexicon.LeadingParticles.Contains(w))
            .Select(w => NameKey.Of(w))];

    /// <summary>"Al-Qaeda in the Islamic Maghreb (AQIM)": the mention just before an acronym's opening bracket.</summary>
    private static Cluster? DefinedBefore(Mention acronym, List<Cluster> clusters, string text)
    {
        var open = acronym.Span.Start - 1;
        while (open >= 0 && text[open] is ' ' or '\u00A0') open--;
        if (open < 0 || text[open] is not ('(' or '–' or '-' or '—')) return null;
        var before = open - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0' or '(') before--;
        return clusters.FirstOrDefault(c => c.Mentions.Any(m => m.Span.End == before + 1 && Initials(m.Surface).StartsWith(NameKey.Of(acronym.Surface)[..1], StringComparison.Ordinal)));
    }

    private static bool IsAcronym(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (!char.IsLetter(c))
            {
                if (c is not '.') return false;
                continue;
            }
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>The initials of a name's significant words ("Al-Qaeda in the Islamic Maghreb" → "aqim").</summary>
    internal static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            initials.Append(char.ToLowerInvariant(word[0]));
        }
        return initials.ToString();
    }

    private static string[] Words(string surface) => surface.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    private static bool EndsWith(string[] full, string[] tail)
    {
        for (var i = 1; i <= tail.Length; i++)
        {
            var part = NameKey.Of(tail[^i]);
            if (NameKey.Of(full[^i]) != part && (!full[^i].Contains('-', StringComparison.Ordinal) || NameKey.Of(WithoutParticle(full[^i])) != part)) return false;
        }
        // "bin Laden" ends "Osama bin Laden", but a tail that is only a particle does not.
        return NameKey.Of(tail[^1]).Length > 2;
    }

    /// <summary>The last word of a name of several words is <paramref name="key"/> spelled one letter apart ("Muammar Gaddafi", "gadhafi").</summary>
    private static bool IsSurnameVariant(string name, string key)
    {
        var space = name.AsSpan().LastIndexOfAny(' ', '\u00A0');
        if (space <= 0) return false;
        var last = WithoutParticle(name[(space + 1)..]);
        // Cheap tests first: most names fail them, and keys cost an allocation.
        if (last.Length == 0 || char.ToLowerInvariant(last[0]) != key[0] || Math.Abs(last.Length - key.Length) > 3) return false;
        return NameKey.Distance(NameKey.Of(last), key, 1) <= 1;
    }

    /// <summary>"al-Baghdadi" → "Baghdadi": the press often drops the particle of a surname.</summary>
    private static string WithoutParticle(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && Lexicon.LeadingParticles.Contains(word[..hyphen]) ? word[(hyphen + 1)..] : word;
    }

    private sealed class Cluster
    {
        public Cluster(Mention first, string key, CatalogEntry? catalog)
        {
            Catalog = catalog;
            Mentions.Add(first);
            Keys.Add(key);
            if (catalog is not null) Evidence.Add(new MergeEvidence(first.Surface, $"catalog alias of {catalog.Canonical}"));
        }

        public CatalogEntry? Catalog { get; }

        /// <summary>Every name the cluster is known by: its mentions and, for a catalog entity, the catalog's names.</summary>
        public IEnumerable<string> Names => Mentions.Select(m => m.Surface).Concat(Catalog is null ? [] : Catalog.Aliases.Prepend(Catalog.Canonical));
        public List<Mention> Mentions { get; } = [];
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public List<MergeEvidence> Evidence { get; } = [];
        public int FirstStart => Mentions.Min(m => m.Span.Start);

        // Asked for every cluster at every mention placed: kept until the mentions change.
        private EntityType? type;

        public EntityType Type => Catalog?.Type ?? (type ??= Mentions
            .GroupBy(m => m.Type)
            .OrderByDescending(g => g.Sum(m => IsWeak(m) || m.Cue == "acronym" ? 1 : 3))
            .First().Key);

        public string Canonical => Catalog?.Canonical ?? CanonicalFromMentions();

        public void Absorb(Cluster other, string reason)
        {
            type = null;
            foreach (var mention in other.Mentions)
            {
                Mentions.Add(mention);
                if (Keys.Add(ResolutionKey(mention))) Evidence.Add(new MergeEvidence(mention.Surface, reason));
            }
        }

        public void Add(Mention mention, string key, string reason)
        {
            type = null;
            Mentions.Add(mention);
            if (Keys.Add(key)) Evidence.Add(new MergeEvidence(mention.Surface, reason));
        }

        /// <summary>The fullest name used: most words, then most often, then first; never an acronym when a long form exists.</summary>
        private string CanonicalFromMentions()
        {
            var best = Mentions
                .Where(m => m.Type == Type)
                .GroupBy(m => NameKey.Of(m.Surface))
                .Select(g => g.First())
                .OrderBy(m => IsAcronym(m.Surface) ? 1 : 0)
                .ThenByDescending(m => Words(m.Surface).Length)
                .ThenByDescending(m => Mentions.Count(o => NameKey.Of(o.Surface) == NameKey.Of(m.Surface)))
                .ThenBy(m => m.Span.Start)
                .FirstOrDefault() ?? Mentions[0];
            var name = InstitutionName(best.Surface) is { } institution && best.Cue == "country + institution" ? institution : string.Join(' ', Words(best.Surface));
            return name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && name.Length > 4 ? name[4..] : name;
        }

        public DocumentEntity ToEntity(string processor)
        {
            var type = Type;
            // An unexplained acronym is "other" by default, not by evidence: it never outvotes a kind a cue gave.
            var kind = Catalog?.Kind ?? Mentions.Where(m => m.Type == type && m.Kind is not null)
                .GroupBy(m => m.Kind).OrderByDescending(g => g.Sum(m => m.Cue == "acronym" ? 0.1 : 1)).Select(g => g.Key).FirstOrDefault();
            return new DocumentEntity(Canonical, type, type == EntityType.Person ? null : kind ?? (type == EntityType.Group ? EntityKind.OtherGroup : EntityKind.OtherPlace),
                [.. Mentions.OrderBy(m => m.Span.Start)], [.. Evidence], processor);
        }
    }
}
