using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BenghaziLink.Extraction.Gazetteer;

/// <summary>
/// How place names are compared. News writes the same name many ways — "Tébessa" and "Tebessa",
/// "Guinea-Bissau" and "Guinea Bissau", "Sana'a" and "Sanaa", "LIBYA" in a headline — so names are folded
/// to one key: lower case, diacritics removed, apostrophes and full stops dropped, hyphens and runs of
/// spaces made one space. Folding writes into a caller's buffer so that lookups allocate nothing.
/// </summary>
internal static class PlaceNames
{
    /// <summary>Longest folded name looked up; longer text cannot be a gazetteer name.</summary>
    public const int MaxFoldedLength = 96;

    /// <summary>Most words a name can have; bounds the work of a longest match.</summary>
    public const int MaxWordsCap = 10;

    private const char Drop = '\0';
    private const char Separator = ' ';
    private const char Expand = '\u0001';

    // One entry per character of the Basic Multilingual Plane up to the General Punctuation block,
    // which covers every Latin letter with diacritics that transliterations use (U+1E00–U+1EFF included).
    private static readonly char[] Table = BuildTable();

    /// <summary>
    /// Writes the folded form of <paramref name="name"/> into <paramref name="destination"/> and returns
    /// its length; -1 when it does not fit (no gazetteer name is that long).
    /// </summary>
    // Loading folds some 30,000 names at start-up, before tiered compilation would have optimised this
    // loop; compiled optimised at once, loading takes a few milliseconds instead of tens.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in name)
        {
            var folded = c < Table.Length ? Table[c] : FoldOther(c);
            if (folded == Drop) continue;
            if (folded == Separator)
            {
                pendingSeparator = length > 0;
                continue;
            }
            var expansion = folded == Expand ? Expansion(c) : default;
            var needed = (pendingSeparator ? 1 : 0) + (expansion.IsEmpty ? 1 : expansion.Length);
            if (length + needed > destination.Length) return -1;
            if (pendingSeparator) destination[length++] = Separator;
            pendingSeparator = false;
            if (expansion.IsEmpty)
            {
                destination[length++] = folded;
            }
            else
            {
                expansion.CopyTo(destination[length..]);
                length += expansion.Length;
            }
        }
        return length;
    }

    /// <summary>The folded form as a string, for building the dictionaries.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxFoldedLength];
        var length = Fold(name, buffer);
        if (length < 0) throw new InvalidOperationException($"Gazetteer name longer than {MaxFoldedLength} characters: {name}");
        return new string(buffer[..length]);
    }

    /// <summary>Words in a folded name.</summary>
    public static int WordCount(string folded) => folded.Length == 0 ? 0 : folded.AsSpan().Count(Separator) + 1;

    /// <summary>
    /// Place names are capitalised in running text: "turkey", "china" and "reading" in lower case are not
    /// places. A lower-case Arabic article before a capitalised name counts ("al-Bayda", "el-Arish").
    /// </summary>
    public static bool IsCapitalised(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        if (char.IsUpper(name[0])) return true;
        return name.Length > 3
            && (name.StartsWith("al") || name.StartsWith("el"))
            && (name[2] == ' ' || IsHyphen(name[2]))
            && char.IsUpper(name[3]);
    }

    /// <summary>
    /// Names matched exactly as written rather than folded: abbreviations in capitals ("US", "U.S.", "UAE"),
    /// which in any other case are words ("us"), and names that start in lower case ("the West").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsExact(ReadOnlySpan<char> name)
    {
        if (name.Length == 0) return false;
        if (char.IsLower(name[0])) return true;
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters <= 5;
    }

    /// <summary>
    /// Fills <paramref name="ends"/> with the end offsets (exclusive, ascending) of the word sequences that
    /// start at <paramref name="start"/>: "Saudi", "Saudi Arabia", … Words are joined by one space, a hyphen,
    /// or a comma and a space ("Washington, D.C."). A word's trailing full stop belongs to it only when the
    /// word is an abbreviation with stops inside ("U.S.", "D.C."); otherwise it ends a sentence ("in Libya.")
    /// or an abbreviation that folding ignores anyway ("St. Louis"). Returns how many ends were written.
    /// </summary>
    public static int CandidateEnds(ReadOnlySpan<char> text, int start, int maxWords, Span<int> ends)
    {
        var count = 0;
        var i = start;
        while (count < maxWords && count < ends.Length && i < text.Length)
        {
            var wordStart = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var end = i;
            while (end > wordStart && text[end - 1] == '.') end--;
            if (end == wordStart) break;
            ends[count++] = text[wordStart..end].Contains('.') ? i : end;

            if (i >= text.Length) break;
            if (text[i] == ' ' || IsHyphen(text[i])) i++;
            else if (text[i] == ',' && i + 1 < text.Length && text[i + 1] == ' ') i += 2;
            else break;
        }
        return count;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '.' || IsApostrophe(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u201B' or '\u2032'
        or (>= '\u02B9' and <= '\u02BF');

    // Letters that stand for two: "Æ" is not an A with a mark.
    private static ReadOnlySpan<char> Expansion(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'þ' or 'Þ' => "th",
        _ => default,
    };

    private static char FoldOther(char c)
    {
        if (IsApostrophe(c) || c is '\u200B' or '\uFEFF') return Drop;
        if (char.IsWhiteSpace(c) || c is >= '\u2010' and <= '\u2015') return Separator;
        return char.ToLowerInvariant(c);
    }

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                _ when !Expansion(c).IsEmpty => Expand,
                '.' => Drop,
                _ when IsApostrophe(c) => Drop,
                '-' => Separator,
                _ when char.IsWhiteSpace(c) => Separator,
                _ when CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format => Drop,
                _ when char.IsLetter(c) => BaseLetter(c),
                _ => char.ToLowerInvariant(c),
            };
        }
        return table;
    }

    // The letter without its marks: "é" → "e", "ḑ" → "d"; letters whose stroke is not a combining mark
    // are listed ("ł", "ø", "đ", "ı").
    private static char BaseLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'ł': return 'l';
            case 'ø': return 'o';
            case 'đ': return 'd';
            case 'ħ': return 'h';
            case 'ı': return 'i';
            case 'ŧ': return 't';
            case 'ŀ': return 'l';
            default: break;
        }
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed[0] < 0x80 ? decomposed[0] : lower;
    }
}
