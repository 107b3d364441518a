using System.Diagnostics.CodeAnalysis;

namespace BenghaziLink.Extraction.Gazetteer;

/// <summary>
/// Words for the people of a country, singular and plural ("Libyan", "Libyans", "French", "Saudi Arabians"),
/// from the country data (demonyms.tsv) and the curated aliases. Names are folded and must be capitalised,
/// as with <see cref="PlaceGazetteer"/>: "polish" is not Polish. A demonym shared by countries
/// ("Congolese") gives the independent, larger country first.
/// </summary>
public sealed class DemonymLookup
{
    private static readonly Lazy<DemonymLookup> LazyDefault = new(() => Load(PlaceGazetteer.Default));

    private readonly Dictionary<string, DemonymEntry[]>.AlternateLookup<ReadOnlySpan<char>> demonyms;
    private readonly int maxWords;

    private DemonymLookup(Dictionary<string, DemonymEntry[]> demonyms)
    {
        this.demonyms = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = demonyms.Count;
        maxWords = Math.Min(PlaceNames.MaxWordsCap, demonyms.Keys.Max(PlaceNames.WordCount));
    }

    /// <summary>The demonyms of the embedded data, loaded on first use.</summary>
    public static DemonymLookup Default => LazyDefault.Value;

    /// <summary>Distinct demonyms, singular and plural.</summary>
    public int Count { get; }

    /// <summary>The demonym and its country: "Algerians" → Algeria (plural).</summary>
    public bool TryLookup(ReadOnlySpan<char> word, [NotNullWhen(true)] out DemonymEntry? entry)
    {
        var all = LookupAll(word);
        entry = all.IsEmpty ? null : all[0];
        return entry is not null;
    }

    /// <summary>Every country of this demonym, best first; empty when none.</summary>
    public ReadOnlySpan<DemonymEntry> LookupAll(ReadOnlySpan<char> word)
    {
        word = word.Trim();
        if (!PlaceNames.IsCapitalised(word)) return default;
        Span<char> buffer = stackalloc char[PlaceNames.MaxFoldedLength];
        var length = PlaceNames.Fold(word, buffer);
        if (length <= 0) return default;
        return demonyms.TryGetValue(buffer[..length], out var entries) ? entries : default;
    }

    /// <summary>
    /// The longest demonym that starts at <paramref name="start"/> ("South Korean", "Saudi Arabian"):
    /// returns its length and entry, or 0.
    /// </summary>
    public int MatchLongest(ReadOnlySpan<char> text, int start, [NotNullWhen(true)] out DemonymEntry? entry)
    {
        entry = null;
        if ((uint)start >= (uint)text.Length) return 0;
        Span<int> ends = stackalloc int[PlaceNames.MaxWordsCap];
        var count = PlaceNames.CandidateEnds(text, start, maxWords, ends);
        for (var k = count - 1; k >= 0; k--)
        {
            if (TryLookup(text[start..ends[k]], out entry)) return ends[k] - start;
        }
        return 0;
    }

    internal static DemonymLookup Load(PlaceGazetteer gazetteer)
    {
        var demonyms = new Dictionary<string, DemonymEntry[]>(StringComparer.Ordinal);
        void Add(ReadOnlySpan<char> demonym, ReadOnlySpan<char> code, bool plural)
        {
            if (!gazetteer.TryGetCountry(code, out var country))
            {
                throw new InvalidOperationException($"Demonym '{demonym}' names an unknown country code {code}.");
            }
            var key = PlaceNames.Fold(demonym);
            var entry = new DemonymEntry(demonym.ToString(), country, plural);
            if (!demonyms.TryGetValue(key, out var entries)) demonyms[key] = [entry];
            else if (!entries.Any(e => ReferenceEquals(e.Country, country))) demonyms[key] = [.. entries, entry];
        }

        Span<Range> columns = stackalloc Range[GazetteerFiles.MaxColumns];
        // demonym, country, number; countries in priority order within a demonym
        foreach (var text in GazetteerFiles.Lines("demonyms.tsv"))
        {
            var line = text.AsSpan();
            if (GazetteerFiles.Columns(line, columns) == 0) continue;
            Add(line[columns[0]], line[columns[1]], line[columns[2]] is "plural");
        }
        // alias, kind, target, country, note
        foreach (var text in GazetteerFiles.Lines("aliases-curated.tsv"))
        {
            var line = text.AsSpan();
            if (GazetteerFiles.Columns(line, columns) == 0) continue;
            var kind = line[columns[1]];
            if (kind is "demonym" or "demonym-plural") Add(line[columns[0]], line[columns[2]], kind is "demonym-plural");
        }
        return new DemonymLookup(demonyms);
    }
}
