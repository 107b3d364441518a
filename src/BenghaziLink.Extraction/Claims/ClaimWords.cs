using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// The claim reader's word lists (<c>Claims/Data/*.tsv</c>, embedded in the assembly so that reading them is part of
/// loading the library, not file I/O), read once: the verbs and phrases of saying, which of them are also plural
/// nouns and which are participles hanging on the clause before them; the words that hedge a claim.
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

    /// <summary>Verbs of thinking, feeling or showing that attribute only a that-clause right after them ("suggest that …").</summary>
    public static FrozenSet<string> BeforeThat => Loaded.Value.BeforeThat;

    /// <summary>Forms that may stand before their speaker ("…, said the minister").</summary>
    public static FrozenSet<string> Inverting => Loaded.Value.Inverting;

    private static readonly Lazy<(Regex Adverb, Regex Hedge)> Hedges = new(LoadHedges);

    /// <summary>An adverb that passes a claim on from unnamed reports ("reportedly"): the claim's source when nothing else attributes it.</summary>
    public static Regex ReportedAdverb => Hedges.Value.Adverb;

    /// <summary>Any hedge of <c>hedges.tsv</c>: the adverbs, "is/was/been (also|widely|now) thought to", "according to (unconfirmed) reports".</summary>
    public static Regex ReportedHedge => Hedges.Value.Hedge;

    private static readonly Lazy<Regex> Openers = new(LoadOpeners);

    /// <summary>
    /// A part of a sentence set off by a comma that is an adverbial of time, manner or logic (<c>openers.tsv</c>): "Later",
    /// "Privately", "Earlier this week", "Back in 2009", "Two days later", "Horrified at the prospect": it says when or
    /// how something was said, never who said it.
    /// </summary>
    public static Regex Opener => Openers.Value;

    private static Regex LoadOpeners()
    {
        var byUse = Rows("openers.tsv").Where(r => r.Length > 1).GroupBy(r => r[1].Trim()).ToDictionary(g => g.Key, g => g.Select(r => r[0].Trim()).ToList());
        List<string> Of(string use) => byUse.TryGetValue(use, out var forms) ? forms : [];
        var nouns = Alternation(Of("time-noun"));
        // A single -ly word ("Privately"), a past participle with its preposition ("Horrified at …"), a span of time closed
        // by "ago", "later" or "earlier" ("Two days later"): shapes of English adverbials, whatever their words.
        return new Regex(@"^[\s“”‘’""'(]*(?:"
            + $@"(?:{Alternation(Of("adverb"))})"
            + $@"|(?:{Alternation(Of("time"))})\s+(?:(?:this|last|next|that)\s+)?(?:{nouns})(?:\s+\p{{L}}+)?"
            + $@"|(?:{Alternation(Of("back"))})\s+(?:in|to|on|at|from|when|with)\b.*"
            + @"|\p{L}+ly"
            + @"|\p{L}+ed\s+(?:at|by|about|with|over|on|from|in)\b.*"
            + $@"|(?:[\p{{L}}\d-]+\s+){{1,3}}(?:{nouns})\s+(?:ago|later|earlier|before|after)"
            + @")[\s”’""')]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline);
    }

    private static (Regex Adverb, Regex Hedge) LoadHedges()
    {
        var byUse = Rows("hedges.tsv").Where(r => r.Length > 1).GroupBy(r => r[1].Trim()).ToDictionary(g => g.Key, g => g.Select(r => r[0].Trim()).ToList());
        List<string> Of(string use) => byUse.TryGetValue(use, out var forms) ? forms : [];
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        var adverb = new Regex($@"\b(?:{Alternation(Of("source"))})\b", options);
        var hedge = new Regex($@"\b(?:{Alternation([.. Of("source"), .. Of("adverb")])})\b"
            + $@"|\b(?:is|are|was|were|been|be)\s+(?:also\s+|widely\s+|now\s+)?(?:{Alternation(Of("raising"))})\s+to\b"
            + $@"|\baccording\s+to\s+(?:(?:{Alternation(Of("reports"))})\s+)?reports\b", options);
        return (adverb, hedge);
    }

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
        var inverting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var beforeThat = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("speech-verbs.tsv"))
        {
            var form = row[0].Trim();
            forms.Add(form);
            var use = row.Length > 1 ? row[1].Trim() : "verb";
            if (use is "noun" or "that-noun") nouns.Add(form);
            if (use is "that" or "that-noun") beforeThat.Add(form);
            else if (use == "participle") participles.Add(form);
            if (row.Length > 2 && row[2].Trim() == "inverts") inverting.Add(form);
        }
        var pattern = new Regex($@"\b(?<verb>{Alternation(forms)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new SpeechVerbs(pattern, nouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase), participles.ToFrozenSet(StringComparer.OrdinalIgnoreCase), inverting.ToFrozenSet(StringComparer.OrdinalIgnoreCase), beforeThat.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private sealed record SpeechVerbs(Regex Pattern, FrozenSet<string> Nouns, FrozenSet<string> Participles, FrozenSet<string> Inverting, FrozenSet<string> BeforeThat);
}
