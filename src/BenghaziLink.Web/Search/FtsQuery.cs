using System.Text;

namespace BenghaziLink.Web.Search;

/// <summary>
/// Turns what a person typed into an FTS5 query that cannot fail to parse: every term is a quoted
/// string (FTS5 syntax characters inside lose their meaning), and the only operators are ones we write
/// ourselves. Understood: <c>"a phrase"</c>, <c>prefix*</c>, <c>a OR b</c>, <c>-excluded</c> /
/// <c>NOT excluded</c>. Everything else is a word to find.
/// </summary>
public static class FtsQuery
{
    /// <summary>Enough for any real query; a pasted paragraph is cut here rather than sent whole.</summary>
    public const int MaxTerms = 32;

    /// <param name="input">What the person typed.</param>
    /// <param name="variants">Other spellings of a typed word that find it too ("Qaddafi": Gaddafi, Gadhafi); a word typed in quotes, with a prefix star or excluded is taken as typed.</param>
    /// <returns>The FTS5 query, or null when the input has nothing to search for.</returns>
    public static string? Build(string? input, IReadOnlyDictionary<string, IReadOnlyList<string>>? variants = null)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var clauses = new List<List<string>>();
        var excluded = new List<string>();
        var joinWithPrevious = false;
        var negateNext = false;
        var terms = 0;
        foreach (var (raw, quoted) in Lex(input))
        {
            if (terms >= MaxTerms) break;
            if (!quoted && raw == "OR") { joinWithPrevious = clauses.Count > 0; continue; }
            if (!quoted && raw is "AND" or "NEAR") continue;
            if (!quoted && raw == "NOT") { negateNext = true; continue; }

            var text = raw;
            var negate = negateNext;
            negateNext = false;
            if (!quoted && text.StartsWith('-')) { negate = true; text = text.TrimStart('-'); }
            var prefix = !quoted && text.EndsWith('*');
            var term = Quote(text, prefix);
            if (term is null) continue;
            terms++;

            List<string> alternatives = [term];
            if (!quoted && !prefix && !negate && variants is not null && variants.TryGetValue(text, out var others))
            {
                alternatives.AddRange(others.Select(o => Quote(o, prefix: false)).OfType<string>().Where(o => !alternatives.Contains(o)));
            }
            if (negate) excluded.Add(term);
            else if (joinWithPrevious) clauses[^1].AddRange(alternatives);
            else clauses.Add(alternatives);
            joinWithPrevious = false;
        }
        if (clauses.Count == 0) return null; // FTS5 cannot search for "not X" alone
        var query = new StringBuilder(string.Join(" AND ", clauses.Select(c => c.Count == 1 ? c[0] : $"({string.Join(" OR ", c)})")));
        foreach (var term in excluded) query.Append(" NOT ").Append(term);
        return query.ToString();
    }

    /// <summary>
    /// The words of a query that is only a name, as typed ("Qaddafi", "Moammar Kadafi"): up to four words with no quotes,
    /// operators, prefix stars or exclusions. Empty for any other query.
    /// </summary>
    public static IReadOnlyList<string> PlainWords(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return [];
        var words = Lex(input).ToList();
        return words.Count is >= 1 and <= 4 && words.All(w => !w.Quoted && w.Text is not ("OR" or "AND" or "NOT" or "NEAR") && !w.Text.StartsWith('-') && !w.Text.EndsWith('*'))
            ? [.. words.Select(w => w.Text)]
            : [];
    }

    /// <summary>Words and double-quoted phrases; an unbalanced quote runs to the end of the input.</summary>
    private static IEnumerable<(string Text, bool Quoted)> Lex(string input)
    {
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i])) { i++; continue; }
            if (input[i] is '"' or '“' or '”')
            {
                var end = input.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0) end = input.Length;
                yield return (input[(i + 1)..end], true);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] is not ('"' or '“' or '”')) i++;
            yield return (input[start..i], false);
        }
    }

    /// <summary>
    /// Keeps letters, digits and the punctuation inside words (al-Qaeda, Gaddafi’s), quoted for FTS5 so
    /// its tokenizer splits them as it split the text. Returns null when no letter or digit is left.
    /// </summary>
    private static string? Quote(string text, bool prefix)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' or '.' ? c : ' ');
        }
        var cleaned = builder.ToString().Trim(' ', '-', '.', '\'', '’');
        if (!cleaned.Any(char.IsLetterOrDigit)) return null;
        var normalised = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"\"{normalised}\"" + (prefix ? "*" : "");
    }
}
