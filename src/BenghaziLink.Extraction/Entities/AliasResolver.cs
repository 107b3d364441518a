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

    /// <summary>
    /// How many of the latest entities a name is compared with by spelling, surname, initials or shortened form (its
    /// same name is looked up among all of them, by key). A news article names a few dozen people, groups and places
    /// (a seed article at most 34); a text naming thousands ("Omar Haddad said Karim Nouri said …", every name new)
    /// cost each name a comparison with every entity before it, the square of its names. 256 keeps real articles whole.
    /// </summary>
    internal const int MaxEntitiesCompared = 256;

    /// <summary>
    /// How many of an entity's names (and keys) a new name is compared with, the first it was given. An entity goes
    /// by a handful of names in an article (in the seeds at most five: "Mokhtar Belmokhtar", "Belmokhtar", "Ben
    /// Mokhtar", "ben Mokktar", "MBM"); only names that chain into one another by spelling give it hundreds, and then
    /// each new name was compared with all of them.
    /// </summary>
    internal const int MaxNamesCompared = 16;

    /// <summary>Cues that guess a type from the words around a name: the name's other mentions decide.</summary>
    private static bool IsWeak(Mention mention) => mention.Cue is BareName or "place preposition" or "speaker" or "possessor";

    public void Process(DocumentBuilder document)
    {
        var clusters = new List<Cluster>();
        var names = new NameCache();
        var ordered = document.Mentions.OrderBy(m => m.Span.Start).ToList();
        // Names with a cue first, so a bare surname finds its full name wherever that stands in the text.
        foreach (var mention in ordered.Where(m => !IsWeak(m) && !IsSingleWordPerson(m)))
        {
            Place(mention, clusters, document.Text, names);
        }
        foreach (var mention in ordered.Where(m => IsWeak(m) || IsSingleWordPerson(m)))
        {
            Place(mention, clusters, document.Text, names);
        }
        MergeFacilities(clusters, names);
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
    private static void MergeFacilities(List<Cluster> clusters, NameCache names)
    {
        var byFamily = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            var facility = cluster.Catalog is { } entry ? entry.Kind == EntityKind.Facility : cluster.Type == EntityType.Place && cluster.Mentions.All(m => m.Kind == EntityKind.Facility);
            if (!facility) continue;
            var family = cluster.Names.SelectMany(n => names[n].Words.Reverse()).Select(w => Lexicon.FacilityFamilies.GetValueOrDefault(w)).FirstOrDefault(f => f is not null);
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

    // Names are compared by their key, except a country's institution, whose synonyms share one ("Algerian
    // regime" and "Algerian government"; "Algerian army" and "Algerian forces"): see NameCache.ResolutionKey.

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

    private void Place(Mention mention, List<Cluster> clusters, string text, NameCache names)
    {
        var key = names.ResolutionKey(mention);
        if (key.Length == 0) return;
        var entry = catalogIndex.Find(mention.Surface);
        if (entry is not null)
        {
            var known = clusters.FirstOrDefault(c => c.Catalog == entry);
            if (known is null) clusters.Add(known = new Cluster(mention, key, entry, names));
            else known.Add(mention, key, $"catalog alias of {entry.Canonical}");
            // "the Algerian DGSE (DRS)": the name before the brackets is the catalog entity too.
            var apposed = Apposed(mention, clusters, text);
            if (apposed is not null && apposed != known && apposed.Catalog is null)
            {
                known.Absorb(apposed, $"given in brackets as “{mention.Surface}”");
                clusters.Remove(apposed);
                apposed.Removed = true;
            }
            return;
        }
        var (target, reason) = FindMatch(mention, key, clusters, text, names);
        if (target is null) clusters.Add(new Cluster(mention, key, null, names));
        else target.Add(mention, key, reason!);
    }

    private static (Cluster? Cluster, string? Reason) FindMatch(Mention mention, string key, List<Cluster> clusters, string text, NameCache names)
    {
        var info = names[mention.Surface];
        // The first entity (in the list's order, which is the order they were found in) known by the same key.
        var same = names.ClustersWith(key).Where(c => !c.Removed && Compatible(c, mention, info)).MinBy(c => c.Number);
        if (same is not null) return (same, "same name");
        var latest = Math.Max(0, clusters.Count - MaxEntitiesCompared);
        var compatible = clusters.GetRange(latest, clusters.Count - latest).Where(c => Compatible(c, mention, info)).ToList();

        var apposed = Apposed(mention, clusters, text);
        if (apposed is not null) return (apposed, $"given in brackets after “{apposed.Canonical}”");

        if (mention.Type == EntityType.Group && !info.IsAcronym)
        {
            // "al Qaeda in the Maghreb" is "Al-Qaeda in the Islamic Maghreb" with a word left out.
            var shortened = compatible.FirstOrDefault(c => c.Type == EntityType.Group && c.Compared.Concat(c.CatalogNames).Any(n => IsShortenedForm(info, names[n]) || IsShortenedForm(names[n], info)));
            if (shortened is not null) return (shortened, $"shortened form of “{shortened.Canonical}”");
            if (info.Words is [var head] && Lexicon.GroupHeads.ContainsKey(head))
            {
                // "the Globe" after "the Boston Globe": an organisation named by its head noun alone.
                var headed = compatible
                    .Where(c => c.Type == EntityType.Group && c.Compared.Any(surface => names[surface].WordKeys is { Length: > 1 } full && full[^1] == key))
                    .OrderBy(c => c.FirstStart)
                    .FirstOrDefault();
                if (headed is not null) return (headed, $"“{mention.Surface}” for short, after “{headed.Canonical}”");
            }
        }

        if (info.IsAcronym)
        {
            var defined = DefinedBefore(mention, compatible, text, names);
            if (defined is not null) return (defined, $"acronym defined in the text after “{defined.Canonical}”");
            var initials = compatible.FirstOrDefault(c => mention.Surface.Length >= 3 && c.Compared.Any(surface => names[surface].Initials == key));
            if (initials is not null) return (initials, $"acronym of “{initials.Canonical}”");
        }
        else
        {
            // "Long Name (ACR)" defined the other way round: the long name follows the acronym's first use.
            var acronym = compatible.FirstOrDefault(c => c.Compared.Any(surface => names[surface] is { IsAcronym: true } a && surface.Length >= 3 && a.Key == info.Initials));
            if (acronym is not null) return (acronym, $"spelled out as “{mention.Surface}”");
        }

        var words = info.Words;
        if (mention.Type == EntityType.Person || IsWeak(mention))
        {
            // Surname or ending of a full name; when several people share it, the one introduced first.
            var surname = compatible
                .Where(c => c.Type == EntityType.Person && c.Compared.Any(surface => names[surface] is { Words.Length: > 1 } full && full.Words.Length > words.Length && EndsWith(full, info)))
                .OrderBy(c => c.FirstStart)
                .FirstOrDefault();
            if (surname is not null) return (surname, $"{(words.Length == 1 ? "surname" : "ending")} of “{surname.Canonical}”");
            if (words.Length == 1 && key.Length >= 6)
            {
                // "Gadhafi" after "Muammar Gaddafi": the surname spelled another way.
                var spelled = compatible
                    .Where(c => c.Compared.Any(surface => IsSurnameVariant(names[surface], key)) && c.Type == EntityType.Person)
                    .OrderBy(c => c.FirstStart)
                    .FirstOrDefault();
                if (spelled is not null) return (spelled, $"surname of “{spelled.Canonical}” spelled another way");
            }
        }

        if (key.Length >= 6)
        {
            var max = key.Length >= 12 ? 2 : 1;
            var close = compatible.FirstOrDefault(c => c.Keys.Take(MaxNamesCompared).Any(k => k.Length >= 6 && NameKey.Distance(k, key, max) <= max));
            if (close is not null) return (close, $"spelling variant of “{close.Canonical}”");
            if (mention.Type == EntityType.Person && words.Length > 1)
            {
                var last = info.WordKeys[^1];
                var first = info.WordKeys[0];
                var variant = compatible.FirstOrDefault(c => c.Type == EntityType.Person && c.Compared.Any(surface => names[surface].WordKeys is { Length: > 1 } other
                    && NameKey.Distance(other[^1], last, 1) <= 1 && NameKey.Distance(other[0], first, 2) <= 2));
                if (variant is not null) return (variant, $"transliteration of “{variant.Canonical}”");
            }
        }
        return (null, null);
    }

    private static bool Compatible(Cluster cluster, Mention mention, NameInfo info) =>
        cluster.Type == mention.Type || IsWeak(mention) || cluster.AllWeak
        || (info.IsAcronym && mention.Cue == "acronym");

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
    private static bool IsShortenedForm(NameInfo shorter, NameInfo longer)
    {
        var small = shorter.Significant;
        var large = longer.Significant;
        return small.Count >= 2 && small.Count < large.Count && small[0] == large[0] && small[^1] == large[^1] && small.All(large.Contains);
    }

    private static List<string> SignificantWords(string name) =>
        [.. name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && !Lexicon.LeadingParticles.Contains(w))
            .Select(w => NameKey.Of(w))];

    /// <summary>"Al-Qaeda in the Islamic Maghreb (AQIM)": the mention just before an acronym's opening bracket.</summary>
    private static Cluster? DefinedBefore(Mention acronym, List<Cluster> clusters, string text, NameCache names)
    {
        var open = acronym.Span.Start - 1;
        while (open >= 0 && text[open] is ' ' or '\u00A0') open--;
        if (open < 0 || text[open] is not ('(' or '–' or '-' or '—')) return null;
        var before = open - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0' or '(') before--;
        var first = names[acronym.Surface].Key[..1];
        return clusters.FirstOrDefault(c => c.Mentions.Any(m => m.Span.End == before + 1 && names[m.Surface].Initials.StartsWith(first, StringComparison.Ordinal)));
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

    private static bool EndsWith(NameInfo full, NameInfo tail)
    {
        for (var i = 1; i <= tail.WordKeys.Length; i++)
        {
            var part = tail.WordKeys[^i];
            if (full.WordKeys[^i] != part && full.BareWordKeys[^i] != part) return false;
        }
        // "bin Laden" ends "Osama bin Laden", but a tail that is only a particle does not.
        return tail.WordKeys[^1].Length > 2;
    }

    /// <summary>The last word of a name of several words is <paramref name="key"/> spelled one letter apart ("Muammar Gaddafi", "gadhafi").</summary>
    private static bool IsSurnameVariant(NameInfo name, string key)
    {
        if (name.Words.Length < 2) return false;
        var last = name.BareWordKeys[^1];
        if (last.Length == 0 || last[0] != key[0] || Math.Abs(last.Length - key.Length) > 1) return false;
        return NameKey.Distance(last, key, 1) <= 1;
    }

    /// <summary>"al-Baghdadi" → "Baghdadi": the press often drops the particle of a surname.</summary>
    private static string WithoutParticle(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && Lexicon.LeadingParticles.Contains(word[..hyphen]) ? word[(hyphen + 1)..] : word;
    }

    /// <summary>What the resolver compares of a name, computed once per distinct surface in an article.</summary>
    private sealed class NameInfo
    {
        public NameInfo(string surface)
        {
            Key = NameKey.Of(surface);
            Words = AliasResolver.Words(surface);
            WordKeys = [.. Words.Select(w => NameKey.Of(w))];
            BareWordKeys = [.. Words.Select(w => NameKey.Of(WithoutParticle(w)))];
            Initials = AliasResolver.Initials(surface);
            Significant = SignificantWords(surface);
            IsAcronym = AliasResolver.IsAcronym(surface);
        }

        public string Key { get; }
        public string[] Words { get; }
        public string[] WordKeys { get; }
        /// <summary>Word keys with an "al-" type particle dropped ("al-Baghdadi" → "baghdadi").</summary>
        public string[] BareWordKeys { get; }
        public string Initials { get; }
        public List<string> Significant { get; }
        public bool IsAcronym { get; }
    }

    /// <summary>Per-article memo of <see cref="NameInfo"/>: names repeat, and keys cost allocations. Also the entities found so far by each key they are known by.</summary>
    private sealed class NameCache
    {
        private readonly Dictionary<string, NameInfo> infos = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Cluster>> byKey = new(StringComparer.Ordinal);
        private int clusters;

        /// <summary>The entities known by <paramref name="key"/>, removed ones too: a lookup, not a pass over every entity for every name.</summary>
        public List<Cluster> ClustersWith(string key) => byKey.GetValueOrDefault(key) ?? [];

        public void Known(Cluster cluster, string key)
        {
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(cluster);
        }

        /// <summary>Numbers entities in the order they are found, the order of the resolver's list.</summary>
        public int Next() => clusters++;

        public NameInfo this[string surface] => infos.TryGetValue(surface, out var info) ? info : infos[surface] = new NameInfo(surface);

        public string ResolutionKey(Mention mention) => mention.Cue == "country + institution" && InstitutionName(mention.Surface) is { } name
            ? NameKey.Of(name)
            : this[mention.Surface].Key;
    }

    private sealed class Cluster
    {
        private readonly NameCache names;

        public Cluster(Mention first, string key, CatalogEntry? catalog, NameCache names)
        {
            this.names = names;
            AllWeak = IsWeak(first);
            Catalog = catalog;
            Mentions.Add(first);
            Weigh(first);
            if (surfaces.Add(first.Surface)) Surfaces.Add(first.Surface);
            FirstStart = first.Span.Start;
            Number = names.Next();
            Keys.Add(key);
            names.Known(this, key);
            if (catalog is not null) Evidence.Add(new MergeEvidence(first.Surface, $"catalog alias of {catalog.Canonical}"));
        }

        public CatalogEntry? Catalog { get; }

        /// <summary>Where the entity stands in the order entities were found.</summary>
        public int Number { get; }

        /// <summary>Absorbed into another entity and taken off the list.</summary>
        public bool Removed { get; set; }

        /// <summary>Every mention's cue only guessed its type ("bare name", "speaker").</summary>
        public bool AllWeak { get; private set; }

        /// <summary>The text position of the cluster's first mention (mentions are placed in text order per pass).</summary>
        public int FirstStart { get; private set; } = int.MaxValue;

        /// <summary>Every name the cluster is known by: its mentions and, for a catalog entity, the catalog's names.</summary>
        public IEnumerable<string> Names => Surfaces.Concat(CatalogNames);

        public IEnumerable<string> CatalogNames => Catalog is null ? [] : Catalog.Aliases.Prepend(Catalog.Canonical);

        /// <summary>The names a new name is compared with: the first <see cref="MaxNamesCompared"/>.</summary>
        public IEnumerable<string> Compared => Surfaces.Take(MaxNamesCompared);
        public List<Mention> Mentions { get; } = [];

        /// <summary>The mentions' distinct surfaces, in order: what names are compared by, once per name rather than once per mention.</summary>
        public List<string> Surfaces { get; } = [];
        private readonly HashSet<string> surfaces = new(StringComparer.Ordinal);
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public List<MergeEvidence> Evidence { get; } = [];

        // Asked for every cluster at every mention placed, so kept as a running tally rather than counted over the
        // mentions each time (a name said thousands of times made that the square of its mentions): each type's weight,
        // in the order the types first appear; the heaviest wins, the first on a tie.
        private readonly List<(EntityType Type, int Weight)> weights = [];

        public EntityType Type
        {
            get
            {
                if (Catalog is not null) return Catalog.Type;
                var best = weights[0];
                foreach (var w in weights) best = w.Weight > best.Weight ? w : best;
                return best.Type;
            }
        }

        private void Weigh(Mention mention)
        {
            var weight = IsWeak(mention) || mention.Cue == "acronym" ? 1 : 3;
            var i = weights.FindIndex(w => w.Type == mention.Type);
            if (i < 0) weights.Add((mention.Type, weight));
            else weights[i] = (mention.Type, weights[i].Weight + weight);
        }

        public string Canonical => Catalog?.Canonical ?? KnownPlaceName() ?? CanonicalFromMentions();

        /// <summary>
        /// A country or region the gazetteer knows goes by its standard name ("U.S." → "United States"), and so
        /// does a place written as an abbreviation or in capitals (a dateline's "WASHINGTON"). A city otherwise
        /// keeps the article's spelling: the dataset's transliterations ("Mişrātah") read worse than the press's.
        /// </summary>
        private string? KnownPlaceName() => Type != EntityType.Place ? null : Mentions
            .Where(m => m.KnownAs is not null && (m.Kind is EntityKind.Country or EntityKind.Region || names[m.Surface].IsAcronym || m.Surface.All(c => !char.IsLower(c))))
            .GroupBy(m => m.KnownAs!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

        public void Absorb(Cluster other, string reason)
        {
            foreach (var mention in other.Mentions)
            {
                Add(mention, names.ResolutionKey(mention), reason);
            }
        }

        public void Add(Mention mention, string key, string reason)
        {
            Mentions.Add(mention);
            Weigh(mention);
            if (surfaces.Add(mention.Surface)) Surfaces.Add(mention.Surface);
            AllWeak &= IsWeak(mention);
            FirstStart = Math.Min(FirstStart, mention.Span.Start);
            if (Keys.Add(key))
            {
                Evidence.Add(new MergeEvidence(mention.Surface, reason));
                names.Known(this, key);
            }
        }

        /// <summary>The fullest name used: most words, then most often, then first; never an acronym when a long form exists.</summary>
        private string CanonicalFromMentions()
        {
            var best = Mentions
                .Where(m => m.Type == Type)
                .GroupBy(m => names[m.Surface].Key)
                .Select(g => (Mention: g.First(), Count: g.Count()))
                .OrderBy(g => names[g.Mention.Surface].IsAcronym ? 1 : 0)
                .ThenByDescending(g => names[g.Mention.Surface].Words.Length)
                .ThenByDescending(g => g.Count)
                .ThenBy(g => g.Mention.Span.Start)
                .Select(g => g.Mention)
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
