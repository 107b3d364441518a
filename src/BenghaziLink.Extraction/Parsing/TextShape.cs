using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// What a block looks like, independent of what it says: how many words, whether it reads as a
/// sentence, whether it has the shape of a headline or a label. The recognizers share these so that
/// they agree on, for example, where the body prose starts.
/// </summary>
internal static partial class TextShape
{
    /// <summary>
    /// Whitespace for trimming and blank-line detection. Text copied from web pages is full of
    /// non-breaking and other Unicode spaces (all covered by <see cref="char.IsWhiteSpace(char)"/>),
    /// plus zero-width spaces and stray byte-order marks, which are not whitespace to .NET but are
    /// invisible to a reader.
    /// </summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>The sub-range of [start, end) without leading and trailing spaces.</summary>
    public static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    public static int Words(string text) => ArticleDocument.CountWords(text);

    /// <summary>The last character that is not a space, closing quote or closing bracket; '\0' if none.</summary>
    public static char LastSignificant(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (IsSpace(c) || c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '*') continue;
            return c;
        }
        return '\0';
    }

    /// <summary>Ends the way a sentence ends (after any closing quotes): <c>.</c> <c>!</c> <c>?</c> <c>…</c>.</summary>
    public static bool EndsSentence(string text) => LastSignificant(text) is '.' or '!' or '?' or '…';

    /// <summary>
    /// Body prose: long enough and sentence-shaped. Headlines, labels, list items and credit lines are
    /// short or unpunctuated; a paragraph of 30 words is prose whatever its punctuation.
    /// </summary>
    public static bool IsProse(string text)
    {
        var words = Words(text);
        return words >= 30 || (words >= 12 && (EndsSentence(text) || HasSentenceBreak(text)));
    }

    /// <summary>
    /// A full stop followed by a new capitalised sentence, ignoring initials ("U.S. Officials") and
    /// common abbreviated titles ("Mr. Smith"). Headlines almost never contain one.
    /// </summary>
    public static bool HasSentenceBreak(string text) => SentenceBreak().IsMatch(text);

    /// <summary>
    /// The shape of a headline: one short line of up to 30 words that does not end as a sentence
    /// with a full stop (a question or exclamation mark is fine: headlines ask questions).
    /// </summary>
    public static bool IsHeadlineShaped(string text)
    {
        var words = Words(text);
        if (words is 0 or > 30 || text.Length > 250) return false;
        if (HasSentenceBreak(text)) return false;
        var last = LastSignificant(text);
        if (last is ',' or ';' or ':') return false;
        return last != '.' || EndsWithEllipsisOrInitialism(text);
    }

    /// <summary>
    /// A section label or kicker: one or two words on their own, starting with a letter, no sentence
    /// punctuation ("Algeria", "World News", "EXCLUSIVE:").
    /// </summary>
    public static bool IsLabelShaped(string text)
    {
        if (text.Length is 0 or > 30 || !char.IsLetter(text[0])) return false;
        if (Words(text) is 0 or > 2) return false;
        if (LastSignificant(text) is '.' or '!' or '?' or ',' or ';' or '…') return false;
        return !text.StartsWith("By ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A short name line such as an outlet's sign-off under its copyright notice ("ABC News Radio"):
    /// up to six capitalised words (small connecting words allowed), no punctuation at the end.
    /// </summary>
    public static bool IsNameShaped(string text) =>
        Words(text) is > 0 and <= 6 && !EndsSentence(text) && NameLine().IsMatch(text);

    private static bool EndsWithEllipsisOrInitialism(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith("...", StringComparison.Ordinal) || TrailingInitialism().IsMatch(trimmed);
    }

    [GeneratedRegex(@"(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Pres|Prof|Rev|Jr|Sr|No|vs|Capt|Maj|Adm))(?<!(?:^|[\s.])\p{Lu})\.[”""’)]?\s+[“""‘(]?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(?:^|\s)(?:\p{Lu}\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingInitialism();

    [GeneratedRegex(@"^(?:[\p{Lu}\d][\p{L}\p{N}'’&.\-]*|&|of|the|and|for|de|du|la|el|al)(?:\s+(?:[\p{Lu}\d][\p{L}\p{N}'’&.\-]*|&|of|the|and|for|de|du|la|el|al))*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();
}
