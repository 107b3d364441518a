using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// The claim reader's word lists (<c>Claims/Data/*.tsv</c>, embedded in the assembly so that reading them is part of
/// loading the library, not file I/O), read once: the verbs and phrases of saying, which of them are also plural
/// nouns and which are participles hanging on the clause before them.
/// </summary>
internal static class ClaimWords
{
    private static readonly Lazy<SpeechVerbs> Loaded = new(LoadSpeechVerbs);

    /// <summary>Every form of saying, as one pattern with the form in group <c>verb</c>.</summary>
    public static Regex Speech => Loaded.Value.Pattern;

    /// <summary>Forms that are also plural nouns ("media reports", "his claims").</summary>
    public static FrozenSet<string> NounForms => Loaded.Value.Nouns;

    /// <summary>-ing forms that hang on the clause before them ("…, saying that …").</summary>
    public static FrozenSet<string> Participles => Loaded.Value.Participles;

    /// <summary>The data lines of one embedded file: '#' comments and blank lines left out, cells split at tabs.</summary>
    public static IEnumerable<string[]> Rows(string file)
    {
        var resource = $"BenghaziLink.Extraction.Claims.Data.{file}";
        using var stream = typeof(ClaimWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The claim word list {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>An alternation of phrases, longest first, each word boundary-delimited and its words joined by any white space.</summary>
    public static string Alternation(IEnumerable<string> phrases) => string.Join('|', phrases
        .OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
        .Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));

    private static SpeechVerbs LoadSpeechVerbs()
    {
        var forms = new List<string>();
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var participles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("speech-verbs.tsv"))
        {
            var form = row[0].Trim();
            forms.Add(form);
            var use = row.Length > 1 ? row[1].Trim() : "verb";
            if (use == "noun") nouns.Add(form);
            else if (use == "participle") participles.Add(form);
        }
        var pattern = new Regex($@"\b(?<verb>{Alternation(forms)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new SpeechVerbs(pattern, nouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase), participles.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private sealed record SpeechVerbs(Regex Pattern, FrozenSet<string> Nouns, FrozenSet<string> Participles);
}
