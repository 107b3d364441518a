using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Gazetteer;

/// <summary>
/// Countries, cities and regions of the world by name, built from public datasets (see
/// <c>docs/data-sources.md</c>) and a few curated files. A name can belong to several places ("Tripoli",
/// "Georgia"); lookups give them best first: a country, then a curated region, then cities by population,
/// then administrative regions and continents.
/// <para>
/// Matching: names are folded (case, diacritics, hyphens, apostrophes: see <see cref="PlaceNames"/>) but
/// must be capitalised as names are in text, so "turkey" is not Türkiye. Abbreviations in capitals ("US",
/// "U.S.", "UAE") match only as written, so "Us" is not the United States.
/// </para>
/// <para>
/// Held names: a city or administrative region whose name is also a common English word ("Reading",
/// "Mobile", "Split", "Of") or a first name ("David", "Nancy") is held back unless it is very large
/// (rules in <c>Gazetteer/build/build.mjs</c>; overrides in <c>ambiguous-curated.tsv</c>).
/// <see cref="TryLookup"/> and <see cref="MatchLongest"/> do not return held places; a recogniser that has
/// a textual cue ("in Reading", "Laval, Quebec") asks <see cref="TryLookupAmbiguous"/>.
/// </para>
/// <para>
/// Coordinates: cities have their GeoNames point, countries the centre world-countries gives, curated regions
/// an optional hand-entered centre; other places stand at their country's centre (<see cref="Locate(PlaceEntry)"/>).
/// They are kept beside the entries, not in them, so that a place compares equal by what names it.
/// </para>
/// Lookups allocate nothing; the instance is immutable and safe to share between threads.
/// </summary>
public sealed class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> LazyDefault = new(() => new Builder().Build());

    private readonly Dictionary<string, PlaceEntry[]>.AlternateLookup<ReadOnlySpan<char>> names;
    private readonly Dictionary<string, PlaceEntry[]>.AlternateLookup<ReadOnlySpan<char>> exactNames;
    private readonly Dictionary<string, PlaceEntry[]>.AlternateLookup<ReadOnlySpan<char>> heldNames;
    private readonly Dictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> countriesByCode;
    private readonly Dictionary<PlaceEntry, GeoPoint> points;
    private readonly Dictionary<string, string> numericCodes;
    private readonly int maxWords;

    /// <summary>The first word of every name (folded): a word no name starts with starts no place, so the longer candidates need no lookup.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;

    private PlaceGazetteer(
        Dictionary<string, PlaceEntry[]> names,
        Dictionary<string, PlaceEntry[]> exactNames,
        Dictionary<string, PlaceEntry[]> heldNames,
        Dictionary<string, PlaceEntry> countriesByCode,
        IReadOnlyList<PlaceEntry> countries,
        Dictionary<PlaceEntry, GeoPoint> points,
        Dictionary<string, string> numericCodes)
    {
        this.points = points;
        this.numericCodes = numericCodes;
        this.names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        this.exactNames = exactNames.GetAlternateLookup<ReadOnlySpan<char>>();
        this.heldNames = heldNames.GetAlternateLookup<ReadOnlySpan<char>>();
        this.countriesByCode = countriesByCode.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = countries;
        NameCount = names.Count + exactNames.Count;
        HeldNameCount = heldNames.Count;
        static string First(string folded) => folded.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? folded[..space] : folded;
        firstWords = names.Keys.Concat(heldNames.Keys).Concat(exactNames.Keys.Select(k => PlaceNames.Fold(k))).Select(First)
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        maxWords = Math.Min(PlaceNames.MaxWordsCap, names.Keys.Concat(heldNames.Keys)
            .Select(PlaceNames.WordCount)
            .Concat(exactNames.Keys.Select(k => k.AsSpan().Count(' ') + 1))
            .Max());
    }

    /// <summary>The gazetteer of the embedded data, loaded on first use.</summary>
    public static PlaceGazetteer Default => LazyDefault.Value;

    /// <summary>Every country and territory of the data, ordered by code.</summary>
    public IReadOnlyList<PlaceEntry> Countries { get; }

    /// <summary>Distinct names that <see cref="TryLookup"/> answers.</summary>
    public int NameCount { get; }

    /// <summary>Distinct names held back for <see cref="TryLookupAmbiguous"/>.</summary>
    public int HeldNameCount { get; }

    /// <summary>The best place of this name ("Libya", "Bamako", "U.S.", "North Africa"), held names excluded.</summary>
    public bool TryLookup(ReadOnlySpan<char> name, [NotNullWhen(true)] out PlaceEntry? entry)
    {
        var all = LookupAll(name);
        entry = all.IsEmpty ? null : all[0];
        return entry is not null;
    }

    /// <summary>Every place of this name, best first; empty when none. Held names are excluded.</summary>
    public ReadOnlySpan<PlaceEntry> LookupAll(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (exactNames.TryGetValue(name, out var exact)) return exact;
        return Folded(names, name);
    }

    /// <summary>
    /// The best place of a held name ("Reading", "Victoria", "Mobile"): a place only when the text says
    /// so. False for names that are not held (ask <see cref="TryLookup"/>) and for unknown names.
    /// </summary>
    public bool TryLookupAmbiguous(ReadOnlySpan<char> name, [NotNullWhen(true)] out PlaceEntry? entry)
    {
        var all = Folded(heldNames, name.Trim());
        entry = all.IsEmpty ? null : all[0];
        return entry is not null;
    }

    /// <summary>The country of an ISO 3166-1 alpha-2 or alpha-3 code ("LY", "LBY").</summary>
    public bool TryGetCountry(ReadOnlySpan<char> code, [NotNullWhen(true)] out PlaceEntry? country) =>
        countriesByCode.TryGetValue(code, out country);

    /// <summary>
    /// The longest gazetteer name that starts at <paramref name="start"/> in <paramref name="text"/>
    /// ("Western Sahara", "Saudi Arabia", "North Africa", "Washington, D.C.", "U.S."): returns its length
    /// and place, or 0. Meant to be called at a capitalised token (or at "the", for "the West"); the name
    /// may end anywhere, so a recogniser should check that it ends at a word boundary it accepts.
    /// </summary>
    public int MatchLongest(ReadOnlySpan<char> text, int start, [NotNullWhen(true)] out PlaceEntry? entry, bool includeAmbiguous = false)
    {
        entry = null;
        if ((uint)start >= (uint)text.Length) return 0;
        Span<int> ends = stackalloc int[PlaceNames.MaxWordsCap];
        var count = PlaceNames.CandidateEnds(text, start, maxWords, ends);
        if (count == 0) return 0;
        Span<char> first = stackalloc char[PlaceNames.MaxFoldedLength];
        var length = PlaceNames.Fold(text[start..ends[0]], first);
        if (length > 0 && !firstWords.Contains(first[..length])) return 0;
        for (var k = count - 1; k >= 0; k--)
        {
            var candidate = text[start..ends[k]];
            if (TryLookup(candidate, out entry) || (includeAmbiguous && TryLookupAmbiguous(candidate, out entry)))
            {
                return ends[k] - start;
            }
        }
        return 0;
    }

    /// <summary>
    /// Where the place of this name is ("Benghazi", "Libya", "Sahel", "U.S."), or null when the name is
    /// unknown or its place has no coordinates ("Muslim world", "Africa"). Among places of one name the first
    /// of <paramref name="kind"/> is taken when given (the state or the country "Georgia"), else the best one;
    /// a held name ("Reading") is located too, since the caller already knows it names a place.
    /// </summary>
    public PlaceLocation? Locate(ReadOnlySpan<char> name, EntityKind? kind = null)
    {
        var all = LookupAll(name);
        if (all.IsEmpty) all = Folded(heldNames, name.Trim());
        if (all.IsEmpty) return null;
        foreach (var entry in all)
        {
            if (entry.Kind == kind) return Locate(entry);
        }
        return Locate(all[0]);
    }

    /// <summary>Where this place is; a place without coordinates of its own is given its country's centre.</summary>
    public PlaceLocation? Locate(PlaceEntry place)
    {
        var code = place.CountryCode;
        var numeric = code is null ? null : numericCodes.GetValueOrDefault(code);
        if (points.TryGetValue(place, out var own))
        {
            var basis = place.Kind switch
            {
                EntityKind.City => LocationBasis.GeoNames,
                EntityKind.Country => LocationBasis.CountryCentre,
                _ => LocationBasis.CuratedCentre,
            };
            return new PlaceLocation(place.Canonical, place.Kind, code, numeric, own.LatitudeDegrees, own.LongitudeDegrees, basis);
        }
        if (code is not null && countriesByCode.TryGetValue(code, out var country) && points.TryGetValue(country, out var centre))
        {
            return new PlaceLocation(place.Canonical, place.Kind, code, numeric, centre.LatitudeDegrees, centre.LongitudeDegrees, LocationBasis.ContainingCountry);
        }
        return null;
    }

    private static ReadOnlySpan<PlaceEntry> Folded(Dictionary<string, PlaceEntry[]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> name)
    {
        if (!PlaceNames.IsCapitalised(name)) return default;
        Span<char> buffer = stackalloc char[PlaceNames.MaxFoldedLength];
        var length = PlaceNames.Fold(name, buffer);
        if (length <= 0) return default;
        return lookup.TryGetValue(buffer[..length], out var entries) ? entries : default;
    }

    /// <summary>
    /// Reads the embedded files into one array of places per name, kept in rank order as places are added
    /// (most names have one place, so arrays grow only for the few shared ones).
    /// </summary>
    private sealed class Builder
    {
        // Lower ranks come first among places of one name.
        private const int CountryRank = 0;
        private const int CuratedRegionRank = 1;
        private const int CityRank = 2;
        private const int RegionRank = 3;

        private readonly Dictionary<string, PlaceEntry[]> names = new(40_000, StringComparer.Ordinal);
        private readonly Dictionary<string, PlaceEntry[]> exactNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PlaceEntry[]> heldNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PlaceEntry> countriesByCode = new(StringComparer.Ordinal);
        private readonly List<PlaceEntry> countries = [];
        private readonly Dictionary<PlaceEntry, GeoPoint> points = new(30_000, ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, string> numericCodes = new(StringComparer.Ordinal);
        // Country codes repeat on every row: one string each.
        private readonly Dictionary<string, string> codes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codesBySpan;

        public Builder() => codesBySpan = codes.GetAlternateLookup<ReadOnlySpan<char>>();

        public PlaceGazetteer Build()
        {
            ReadCountries();
            ReadCuratedRegions();
            ReadCities();
            ReadRegions();
            ReadCuratedAliases();
            ReadCuratedVerdicts();
            return new PlaceGazetteer(names, exactNames, heldNames, countriesByCode, countries, points, numericCodes);
        }

        private void ReadCountries()
        {
            // code, code3, name, region, subregion, capitals, other names, numeric, latitude, longitude
            Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
            foreach (var text in GazetteerFiles.Lines("countries.tsv"))
            {
                var line = text.AsSpan();
                var count = GazetteerFiles.Columns(line, columns);
                if (count == 0) continue;
                var code = Code(line[columns[0]]) ?? throw new InvalidOperationException($"countries.tsv: a country without a code: {line}");
                var entry = new PlaceEntry(line[columns[2]].ToString(), EntityKind.Country, code) { Rank = CountryRank };
                countries.Add(entry);
                countriesByCode[code] = entry;
                countriesByCode[line[columns[1]].ToString()] = entry;
                Add(entry.Canonical, entry);
                AddAll(GazetteerFiles.Cell(line, columns, count, 6), entry);
                var numeric = GazetteerFiles.Cell(line, columns, count, 7);
                if (!numeric.IsEmpty) numericCodes[code] = numeric.ToString();
                AddPoint(entry, line, columns, count, 8);
            }
        }

        private void ReadCuratedRegions()
        {
            // name, kind, country, also, note, latitude, longitude
            Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
            foreach (var text in GazetteerFiles.Lines("regions-curated.tsv"))
            {
                var line = text.AsSpan();
                var count = GazetteerFiles.Columns(line, columns);
                if (count == 0) continue;
                var entry = new PlaceEntry(line[columns[0]].ToString(), EntityKind.Region, Code(GazetteerFiles.Cell(line, columns, count, 2)))
                {
                    Rank = CuratedRegionRank,
                };
                Add(entry.Canonical, entry);
                AddAll(GazetteerFiles.Cell(line, columns, count, 3), entry);
                AddPoint(entry, line, columns, count, 5);
            }
        }

        // Loops over thousands of rows run once at start-up: compiled optimised at once, not tiered up.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadCities()
        {
            // name, country, population, also, held, latitude, longitude
            Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
            foreach (var text in GazetteerFiles.Lines("cities.tsv"))
            {
                var line = text.AsSpan();
                var count = GazetteerFiles.Columns(line, columns);
                if (count == 0) continue;
                var entry = new PlaceEntry(line[columns[0]].ToString(), EntityKind.City, Code(line[columns[1]]))
                {
                    Population = int.Parse(line[columns[2]], CultureInfo.InvariantCulture),
                    Rank = CityRank,
                };
                Add(entry.Canonical, entry, held: !GazetteerFiles.Cell(line, columns, count, 4).IsEmpty);
                AddAll(GazetteerFiles.Cell(line, columns, count, 3), entry);
                AddPoint(entry, line, columns, count, 5);
            }
        }

        // Loops over thousands of rows run once at start-up: compiled optimised at once, not tiered up.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadRegions()
        {
            // name, country, kind, code, also, held
            Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
            foreach (var text in GazetteerFiles.Lines("regions.tsv"))
            {
                var line = text.AsSpan();
                var count = GazetteerFiles.Columns(line, columns);
                if (count == 0) continue;
                var entry = new PlaceEntry(line[columns[0]].ToString(), EntityKind.Region, Code(line[columns[1]])) { Rank = RegionRank };
                Add(entry.Canonical, entry, held: !GazetteerFiles.Cell(line, columns, count, 5).IsEmpty);
                AddAll(GazetteerFiles.Cell(line, columns, count, 4), entry);
            }
        }

        private void ReadCuratedAliases()
        {
            // alias, kind, target, country, note
            Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
            foreach (var text in GazetteerFiles.Lines("aliases-curated.tsv"))
            {
                var line = text.AsSpan();
                var count = GazetteerFiles.Columns(line, columns);
                if (count == 0) continue;
                var alias = line[columns[0]].ToString();
                var kind = line[columns[1]];
                var target = line[columns[2]];
                var country = Code(GazetteerFiles.Cell(line, columns, count, 3));
                if (kind.StartsWith("demonym")) continue; // read by DemonymLookup
                var entry = kind switch
                {
                    "country" => countriesByCode.GetValueOrDefault(target.ToString()),
                    "city" => Find(target, EntityKind.City, country),
                    "region" => Find(target, EntityKind.Region, country),
                    _ => throw new InvalidOperationException($"aliases-curated.tsv: unknown kind '{kind}' for {alias}."),
                };
                Add(alias, entry ?? throw new InvalidOperationException($"aliases-curated.tsv: no {kind} '{target}' ({country}) for {alias}."));
            }
        }

        private void ReadCuratedVerdicts()
        {
            // name, verdict, reason
            Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
            foreach (var text in GazetteerFiles.Lines("ambiguous-curated.tsv"))
            {
                var line = text.AsSpan();
                var count = GazetteerFiles.Columns(line, columns);
                if (count == 0) continue;
                var key = PlaceNames.Fold(line[columns[0]]);
                switch (line[columns[1]])
                {
                    case "hold":
                        // Countries and curated regions stay: "Jordan" and "Chad" are first names too, but
                        // a country's name is far more often the country.
                        Move(names, heldNames, key, e => e.Rank >= CityRank);
                        break;
                    case "place":
                        Move(heldNames, names, key, _ => true);
                        break;
                    default:
                        throw new InvalidOperationException($"ambiguous-curated.tsv: unknown verdict '{line[columns[1]]}' for {line[columns[0]]}.");
                }
            }
        }

        // The place an alias means: the largest of that name, kind and country, held or not.
        private PlaceEntry? Find(ReadOnlySpan<char> canonical, EntityKind kind, string? country)
        {
            var key = PlaceNames.Fold(canonical);
            PlaceEntry? best = null;
            foreach (var map in (ReadOnlySpan<Dictionary<string, PlaceEntry[]>>)[names, heldNames])
            {
                if (!map.TryGetValue(key, out var entries)) continue;
                foreach (var e in entries)
                {
                    if (e.Kind == kind && e.CountryCode == country && canonical.SequenceEqual(e.Canonical)
                        && (best is null || e.Population > best.Population))
                    {
                        best = e;
                    }
                }
            }
            return best;
        }

        // Latitude and longitude in two columns from `first`; both empty when the place has none.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddPoint(PlaceEntry entry, ReadOnlySpan<char> line, ReadOnlySpan<Range> columns, int count, int first)
        {
            var latitude = GazetteerFiles.Cell(line, columns, count, first);
            var longitude = GazetteerFiles.Cell(line, columns, count, first + 1);
            if (latitude.IsEmpty && longitude.IsEmpty) return;
            if (!float.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !float.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            {
                throw new InvalidOperationException($"Gazetteer: bad coordinates for {entry.Canonical}: {line}");
            }
            points[entry] = new GeoPoint(lat, lon);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string? Code(ReadOnlySpan<char> code)
        {
            if (code.IsEmpty) return null;
            if (codesBySpan.TryGetValue(code, out var known)) return known;
            var value = code.ToString();
            codes[value] = value;
            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddAll(ReadOnlySpan<char> barSeparated, PlaceEntry entry)
        {
            foreach (var range in barSeparated.Split('|'))
            {
                var name = barSeparated[range].Trim();
                if (!name.IsEmpty) Add(name, entry);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Add(ReadOnlySpan<char> name, PlaceEntry entry, bool held = false)
        {
            if (PlaceNames.IsExact(name))
            {
                AddTo(exactNames, name.ToString(), entry);
                // "the West" also opens a sentence: "The West".
                if (char.IsLower(name[0])) AddTo(exactNames, string.Concat([char.ToUpperInvariant(name[0])], name[1..]), entry);
                return;
            }
            AddTo(held ? heldNames : names, PlaceNames.Fold(name), entry);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void AddTo(Dictionary<string, PlaceEntry[]> map, string key, PlaceEntry entry)
        {
            ref var entries = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out var exists);
            if (!exists) entries = [entry];
            else if (Array.IndexOf(entries!, entry) < 0) entries = Insert(entries!, entry);
        }

        // Keeps places in rank order, then by population, then in the order they were added.
        private static PlaceEntry[] Insert(PlaceEntry[] entries, PlaceEntry entry)
        {
            var at = 0;
            while (at < entries.Length
                && (entries[at].Rank < entry.Rank || (entries[at].Rank == entry.Rank && entries[at].Population >= entry.Population)))
            {
                at++;
            }
            return [.. entries.AsSpan(0, at), entry, .. entries.AsSpan(at)];
        }

        private static void Move(Dictionary<string, PlaceEntry[]> from, Dictionary<string, PlaceEntry[]> to, string key, Func<PlaceEntry, bool> which)
        {
            if (!from.TryGetValue(key, out var entries)) return;
            var staying = entries.Where(e => !which(e)).ToArray();
            if (staying.Length == entries.Length) return;
            if (staying.Length == 0) from.Remove(key);
            else from[key] = staying;
            foreach (var e in entries.Where(which)) AddTo(to, key, e);
        }
    }
}

/// <summary>
/// A point in degrees, in single precision: 0.001° (the data's rounding) needs no more, and the table of
/// some 25,000 cities stays half the size.
/// </summary>
internal readonly record struct GeoPoint(float Latitude, float Longitude)
{
    // Back to the data's three decimals: 32.115f widened is 32.11500167….
    public double LatitudeDegrees => Math.Round(Latitude, 3);

    public double LongitudeDegrees => Math.Round(Longitude, 3);
}
