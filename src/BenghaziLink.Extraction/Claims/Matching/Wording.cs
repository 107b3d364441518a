using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>One word of a statement: as written, folded to lower case, and its crude stem.</summary>
internal readonly record struct Word(string Text, string Lower, string Stem, int Index, int Start)
{
    public int End => Start + Text.Length;
    public bool IsCapitalized => char.IsUpper(Text[0]);
    public bool IsNumber => char.IsDigit(Text[0]);
}

/// <summary>
/// What the matcher reads from one statement's words: its content stems (function words left out), the numbers it
/// gives, the names it speaks of (capitalised words after the first, or the statement's entities), the calendar words
/// that date it and whether it is negated. Read anew for each comparison: it is a few microseconds a sentence.
/// </summary>
internal sealed partial class Wording
{
    private static readonly FrozenSet<string> CalendarWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "yesterday", "today", "tomorrow",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<Word> Words { get; }
    public HashSet<string> Stems { get; }
    public HashSet<string> Bigrams { get; }
    public HashSet<string> Numbers { get; }
    public HashSet<string> Names { get; }
    public HashSet<string> Calendar { get; }
    public bool Negated { get; }

    private Wording(IReadOnlyList<Word> words, HashSet<string> numbers, HashSet<string> names)
    {
        Words = words;
        Stems = [.. words.Where(IsContent).Select(w => w.Stem)];
        var content = words.Where(IsContent).Select(w => w.Stem).ToList();
        Bigrams = [.. content.Zip(content.Skip(1), (a, b) => a + " " + b)];
        Numbers = numbers;
        Names = names;
        Calendar = [.. words.Select(w => w.Lower).Where(CalendarWords.Contains)];
        Negated = words.Count(w => IsNegation(w.Lower)) % 2 == 1;
    }

    /// <summary>
    /// Each statement's wording, read once: the grouper judges one claim against up to hundreds of candidates, and
    /// splitting, stemming and number-reading both texts on every call dominated its cost. Keyed by reference, so it
    /// never changes a statement's equality and goes with the statement.
    /// </summary>
    private static readonly ConditionalWeakTable<Statement, Wording> Cache = [];

    public static Wording Read(Statement statement) => Cache.GetValue(statement, Compute);

    private static Wording Compute(Statement statement)
    {
        var words = Split(statement.Text);
        var numbers = QuantityRecognizer.Numbers(statement.Text)
            .Select(n => n.ToString("0.############", CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);
        HashSet<string> names = [.. statement.Entities.Select(e => e.ToLowerInvariant())];
        return new Wording(words, numbers, names);
    }

    /// <summary>The words of <paramref name="text"/>: numbers, acronyms with their periods, words with inner hyphens and apostrophes.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var lower = m.Value.ToLowerInvariant();
            words.Add(new Word(m.Value, lower, Stem(lower), words.Count, m.Index));
        }
        return words;
    }

    public static bool IsNegation(string lower) =>
        MatchingFiles.Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

    public static bool IsContent(Word word) =>
        !word.IsNumber && !MatchingFiles.FunctionWords.Contains(word.Lower) && !IsNegation(word.Lower) && word.Lower.Length > 1;

    /// <summary>
    /// Capitalised words that are not the first word (whose capital says nothing) and not function words: the names a
    /// sentence speaks of when no entity recogniser has read it ("Microsoft", "Senate"). A first word that is all
    /// capitals ("NASA") is a name too.
    /// </summary>
    public static IEnumerable<string> NamesIn(string text) => Split(text)
        .Where(w => !w.IsNumber && w.IsCapitalized && (w.Index > 0 || IsAllCaps(w.Text)) && !MatchingFiles.FunctionWords.Contains(w.Lower)
            && !CalendarWords.Contains(w.Lower))
        .Select(w => w.Text)
        .Distinct(StringComparer.OrdinalIgnoreCase);

    private static bool IsAllCaps(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// A crude suffix stem, enough to see "attacks", "attacked" and "attacking" as one word: possessives, then "-ing",
    /// "-ed", "-es", "-s" where a stem of four letters or more remains.
    /// </summary>
    public static string Stem(string lower)
    {
        var word = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        }
        return word;
    }

    [GeneratedRegex(@"\p{L}(?:\.\p{L})+\.?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
