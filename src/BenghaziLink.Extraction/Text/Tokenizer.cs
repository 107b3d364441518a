namespace BenghaziLink.Extraction.Text;

/// <summary>
/// Splits news text into words, numbers and punctuation in one pass. Words keep their inner hyphens and
/// apostrophes ("Al-Qaeda", "O'Brien") but not a possessive ("Belmokhtar’s" → "Belmokhtar" + "’s"), and
/// dotted abbreviations keep their periods ("U.S."). Non-breaking and other Unicode spaces separate tokens.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') { i++; continue; }
            if (char.IsLetter(c)) { i = Word(text, i, end, tokens); continue; }
            if (char.IsDigit(c)) { i = Number(text, i, end, tokens); continue; }
            // A possessive after a word is its own token so the name before it stays clean.
            if (IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Punctuation, TokenShape.None));
                i += 2;
                continue;
            }
            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, TokenShape.None));
            i++;
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static int Word(string text, int start, int end, List<Token> tokens)
    {
        var shape = TokenShape.None;
        // "U.S.", "U.N.", "U.S.A.": single letters each followed by a period, at least two of them.
        var dottedEnd = start;
        while (dottedEnd + 1 < end && char.IsLetter(text[dottedEnd]) && text[dottedEnd + 1] == '.'
               && (dottedEnd + 2 >= end || !char.IsLetter(text[dottedEnd + 2]) || (dottedEnd + 3 < end && text[dottedEnd + 3] == '.')))
        {
            dottedEnd += 2;
        }
        int i;
        if (dottedEnd - start >= 4)
        {
            i = dottedEnd;
            shape |= TokenShape.Dotted;
        }
        else
        {
            i = start + 1;
            while (i < end)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                var next = i + 1 < end ? text[i + 1] : '\0';
                if (c is '-' or '‐' && char.IsLetterOrDigit(next)) { shape |= TokenShape.Hyphenated; i++; continue; }
                if (IsApostrophe(c) && char.IsLetter(next) && !(next is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))) { i++; continue; }
                break;
            }
        }
        if (char.IsUpper(text[start])) shape |= TokenShape.Capitalized;
        if (IsAllCaps(text, start, i)) shape |= TokenShape.AllCaps;
        tokens.Add(new Token(start, i, TokenKind.Word, shape));
        return i;
    }

    private static bool IsAllCaps(string text, int start, int end)
    {
        var letters = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    private static int Number(string text, int start, int end, List<Token> tokens)
    {
        var i = start + 1;
        while (i < end && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))))
        {
            i++;
        }
        tokens.Add(new Token(start, i, TokenKind.Number, TokenShape.None));
        return i;
    }
}
