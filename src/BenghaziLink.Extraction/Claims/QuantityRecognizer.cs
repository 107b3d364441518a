using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// Numbers that count something in a stretch of text: the number (digits or words, "Thirty-nine"), what it
/// counts (the plural noun after it, "hostages"), a qualifier ("at least", "foreign", "civilian") and what
/// happened to them where the words around say ("killed", "captured"). Years, dates, durations ("10-hour",
/// "four days"), model numbers ("SA-24") and numbers after a definite article ("the two attacks": counted
/// elsewhere) are not quantities.
/// </summary>
internal static partial class QuantityRecognizer
{
    /// <summary>The rows of <c>Data/quantity-words.tsv</c>: word, list, value.</summary>
    private static readonly List<string[]> WordRows = [.. ClaimWords.Rows("quantity-words.tsv").Select(r => r.Select(c => c.Trim()).ToArray())];

    private static readonly FrozenDictionary<string, int> Units = Listed("number").ToFrozenDictionary(r => r[0], r => int.Parse(r[2], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Durations = Set("duration");

    private static readonly FrozenSet<string> Months = Set("month");

    /// <summary>Words before a number that make it a reference to things already counted, not a new count.</summary>
    private static readonly FrozenSet<string> Definite = Set("definite");

    private static readonly FrozenSet<string> Before = Set("before");

    /// <summary>Words that stop the search for the counted noun: the number is not followed by a noun phrase.</summary>
    private static readonly FrozenSet<string> Stops = Set("stop");

    private static readonly FrozenSet<string> Informants = Set("informant");

    /// <summary>Plural nouns that do not end in "s".</summary>
    private static readonly FrozenSet<string> IrregularPlurals = Set("plural");

    private static readonly FrozenDictionary<string, string> Outcomes = Listed("outcome").ToFrozenDictionary(r => r[0], r => r[2], StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string[]> Listed(string list) => WordRows.Where(r => r.Length > 1 && r[1] == list);

    private static FrozenSet<string> Set(string list) => Listed(list).Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The quantities in <paramref name="text"/>[start..end), spans into <paramref name="text"/>.</summary>
    public static List<Quantity> Find(string text, int start, int end)
    {
        // Most statements give no number at all: look for a digit or a number word before splitting into words.
        if (text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0 && !NumberWord().IsMatch(text.AsSpan(start, end - start))) return [];
        var words = Words(text, start, end);
        var found = new List<Quantity>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!TryValue(text, words, i, out var value)) continue;
            var quantity = Read(text, words, i, value);
            if (quantity is null) continue;
            found.Add(quantity);
        }
        return found;
    }

    /// <summary>Every number a text gives, counted thing or not ("38", "Thirty-nine", "29").</summary>
    public static IEnumerable<decimal> Numbers(string text)
    {
        var words = Words(text, 0, text.Length);
        for (var i = 0; i < words.Count; i++)
        {
            if (TryValue(text, words, i, out var value)) yield return value;
        }
    }

    private static Quantity? Read(string text, List<Word> words, int i, decimal value)
    {
        var w = words[i];
        var previous = i > 0 ? words[i - 1].Text : "";
        if (Definite.Contains(previous) || IsGlued(text, w)) return null;
        if (Months.Contains(previous) || (i + 1 < words.Count && Months.Contains(words[i + 1].Text))) return null;

        // "three of the terrorists": the noun after "of the"; "two dead": the dead are people.
        var n = i + 1;
        if (n + 1 < words.Count && words[n].Text.Equals("or", StringComparison.OrdinalIgnoreCase) && words[n + 1].Text.Equals("so", StringComparison.OrdinalIgnoreCase)) n += 2;
        var modifiers = new List<Word>();
        Word? noun = null;
        if (n + 1 < words.Count && words[n].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && words[n + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            n += 2;
        }
        for (; n < words.Count && n <= i + 6; n++)
        {
            var candidate = words[n];
            if (HasBreak(text, words[n - 1], candidate)) break;
            if (Stops.Contains(candidate.Text) || IsNumber(candidate.Text)) break;
            if (Durations.Contains(candidate.Text)) return null;
            if (IsPlural(candidate.Text))
            {
                noun = candidate;
                break;
            }
            modifiers.Add(candidate);
        }
        if (noun is null) return Toll(text, words, i, value) ?? OfTheWhole(text, words, i, value);
        // "two sources said": a count of informants is not a fact of the story.
        if (Informants.Contains(noun.Value.Text)) return null;
        var nounWord = noun.Value;
        var counts = nounWord.Text.Equals("dead", StringComparison.OrdinalIgnoreCase) ? "people" : nounWord.Text.ToLowerInvariant();

        var first = i;
        var qualifiers = new List<string>();
        if (i >= 2 && Pair(words[i - 2].Text, words[i - 1].Text) is { } pair)
        {
            qualifiers.Add(pair);
            first = i - 2;
        }
        else if (i >= 1 && Before.Contains(previous))
        {
            qualifiers.Add(previous.ToLowerInvariant());
            first = i - 1;
        }
        qualifiers.AddRange(modifiers.Select(m => m.Text));
        var part = qualifiers.Count > 0 && qualifiers[0] == "including";
        var span = new TextSpan(words[first].Start, nounWord.End);
        // "37 hostages from eight countries died": a count after "from" says where the others came from, not who died.
        var outcome = nounWord.Text is "dead" or "Dead" or "bodies" or "corpses" ? "killed"
            : first > 0 && words[first - 1].Text.Equals("from", StringComparison.OrdinalIgnoreCase) ? null
            : Outcome(words, i, words.IndexOf(nounWord));
        return new Quantity(value, counts, qualifiers.Count == 0 ? null : string.Join(' ', qualifiers), outcome, part, span, span.Of(text));
    }

    /// <summary>
    /// "the death toll rose to 48", "put the death toll at 48", "a death toll of 48": a number with no noun after it
    /// that a death toll a few words before gives counts the dead.
    /// </summary>
    private static Quantity? Toll(string text, List<Word> words, int i, decimal value)
    {
        for (var k = i - 1; k >= 1 && k >= i - 8; k--)
        {
            if (HasBreak(text, words[k], words[k + 1])) return null;
            if (!words[k].Text.Equals("toll", StringComparison.OrdinalIgnoreCase) || !words[k - 1].Text.Equals("death", StringComparison.OrdinalIgnoreCase)) continue;
            var qualifier = i >= 2 && Pair(words[i - 2].Text, words[i - 1].Text) is { } pair ? pair : Before.Contains(words[i - 1].Text) ? words[i - 1].Text.ToLowerInvariant() : null;
            var span = new TextSpan(words[k - 1].Start, words[i].End);
            return new Quantity(value, "people", qualifier, "killed", false, span, span.Of(text));
        }
        return null;
    }

    /// <summary>
    /// "Of the 132 foreign hostages, 107 were freed": a number with no noun after it counts the noun of the whole
    /// named just before it, and what happened to them is said after it.
    /// </summary>
    private static Quantity? OfTheWhole(string text, List<Word> words, int i, decimal value)
    {
        // The whole ends right before the number, a comma between them: "of the <N> [modifier] <nouns>, <number>".
        var noun = i - 1;
        if (noun < 3 || !IsPlural(words[noun].Text) || !HasBreak(text, words[noun], words[i])) return null;
        var number = IsNumber(words[noun - 1].Text) ? noun - 1 : IsNumber(words[noun - 2].Text) ? noun - 2 : -1;
        if (number < 2 || !words[number - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || !words[number - 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) return null;
        var span = new TextSpan(words[i].Start, words[i].End);
        return new Quantity(value, words[noun].Text.ToLowerInvariant(), number == noun - 2 ? words[noun - 1].Text : null, Outcome(words, i, i), false, span, span.Of(text));
    }

    private static string? Pair(string a, string b) => (a.ToLowerInvariant(), b.ToLowerInvariant()) switch
    {
        ("at", "least") => "at least",
        ("at", "most") => "at most",
        ("more", "than") => "more than",
        ("fewer", "than") => "fewer than",
        ("less", "than") => "less than",
        ("up", "to") => "up to",
        ("as", "many") => "as many as",
        ("an", "estimated") => "an estimated",
        _ => null,
    };

    /// <summary>What happened to the counted: the nearest outcome word after the noun, else before the number.</summary>
    private static string? Outcome(List<Word> words, int number, int noun)
    {
        for (var k = noun + 1; k < words.Count && k <= noun + 8; k++)
        {
            if (Outcomes.TryGetValue(words[k].Text, out var outcome)) return outcome;
        }
        for (var k = number - 1; k >= 0 && k >= number - 8; k--)
        {
            if (Outcomes.TryGetValue(words[k].Text, out var outcome)) return outcome;
        }
        return null;
    }

    private static bool IsPlural(string word)
    {
        if (IrregularPlurals.Contains(word) || (word.Length > 4 && word.EndsWith("men", StringComparison.OrdinalIgnoreCase))) return true;
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && char.IsLetter(word[0]);
    }

    private static bool IsNumber(string word) => char.IsDigit(word[0]) || Units.ContainsKey(word) || Compound().IsMatch(word);

    private static bool TryValue(string text, List<Word> words, int i, out decimal value)
    {
        var word = words[i].Text;
        value = 0;
        if (char.IsDigit(word[0]))
        {
            var digits = word.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out value)) return false;
            // A four-digit number with no thousands separator is a year.
            return !(digits.Length == 4 && !word.Contains(',', StringComparison.Ordinal) && value is >= 1900 and <= 2099);
        }
        // "one" is far more often a pronoun or an article ("one of them", "one source") than a count.
        if (Units.TryGetValue(word, out var unit) && unit > 1)
        {
            value = unit;
            return true;
        }
        var compound = Compound().Match(word);
        if (!compound.Success) return false;
        value = Units[compound.Groups["tens"].Value] + Units[compound.Groups["unit"].Value];
        return true;
    }

    /// <summary>A number glued to letters by a hyphen is a model or a duration ("SA-24", "10-hour", "four-day").</summary>
    private static bool IsGlued(string text, Word word) =>
        (word.Start > 0 && text[word.Start - 1] == '-') || word.Text.Contains('-', StringComparison.Ordinal) && !Compound().IsMatch(word.Text);

    private static bool HasBreak(string text, Word before, Word after)
    {
        for (var c = before.End; c < after.Start; c++)
        {
            if (text[c] is ',' or ';' or ':' or '.' or '(' or ')' or '–' or '—') return true;
        }
        return false;
    }

    private readonly record struct Word(int Start, int End, string Text);

    private static List<Word> Words(string text, int start, int end)
    {
        var words = new List<Word>();
        // Enumerated over a span: no copy of the statement and no Match objects, only each word's text.
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            words.Add(new Word(start + m.Index, start + m.Index + m.Length, text.Substring(start + m.Index, m.Length)));
        }
        return words;
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:-[\p{L}\d]+)*|[\p{L}][\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"^(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?<unit>two|three|four|five|six|seven|eight|nine)$|^(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?<unit>one)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compound();
}
