using BenghaziLink.Extraction.Parsing;

namespace BenghaziLink.Extraction.Dates;

internal enum TokenKind : byte { Word, Number, Symbol }

/// <summary>
/// A word, a run of digits or a single symbol of one block. <see cref="Glued"/> is true when nothing
/// separates it from the token before: "10-hour", "2.0", "Sept." and "SA-24" are told apart by it.
/// </summary>
/// <remarks>
/// A word keeps its inner apostrophes ("Libya’s"); <see cref="StemEnd"/> stops before a possessive
/// "’s" so that "Saturday’s attack" yields the date "Saturday". A number keeps the letters glued to
/// it as a suffix ("11th", "1990s", "1990’s") from <see cref="SuffixStart"/> on.
/// </remarks>
internal readonly record struct DateToken(
    TokenKind Kind,
    int Start,
    int End,
    int StemEnd,
    bool Glued,
    CalendarWord Word,
    int Value,
    int Digits,
    int SuffixStart)
{
    public bool HasSuffix => SuffixStart < End;
}

internal static class DateTokenizer
{
    /// <summary>Appends the tokens of [start, end) of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<DateToken> tokens)
    {
        var glued = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (TextShape.IsSpace(c))
            {
                glued = false;
                i++;
                continue;
            }
            var tokenStart = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    else if (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                var stemEnd = i;
                if (i - tokenStart > 2 && text[i - 1] is 's' or 'S' && IsApostrophe(text[i - 2])) stemEnd = i - 2;
                var word = CalendarWords.Find(text.AsSpan(tokenStart, stemEnd - tokenStart));
                tokens.Add(new DateToken(TokenKind.Word, tokenStart, i, stemEnd, glued, word, 0, 0, i));
            }
            else if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    // Long digit runs are never dates; the value only has to stay out of range.
                    if (value < 100_000) value = value * 10 + (text[i] - '0');
                    i++;
                }
                var digits = i - tokenStart;
                var suffixStart = i;
                if (i + 1 < end && IsApostrophe(text[i]) && text[i + 1] is 's' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                {
                    i += 2;
                }
                else
                {
                    while (i < end && char.IsLetter(text[i])) i++;
                }
                tokens.Add(new DateToken(TokenKind.Number, tokenStart, i, i, glued, default, value, digits, suffixStart));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(TokenKind.Symbol, tokenStart, i, i, glued, default, 0, 0, i));
            }
            glued = true;
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’';
}
