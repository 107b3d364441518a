namespace BenghaziLink.Extraction.Dates;

/// <summary>
/// Where the sentences and quotations of one block start and end, read from its tokens. Date resolution
/// needs them to tell "the date in the same sentence" from "the date earlier in the paragraph", and the
/// time of a quoted speaker from the time of the article.
/// </summary>
internal sealed class BlockLayout
{
    private readonly List<int> sentenceStarts = [];
    private readonly List<TextSpan> quotations = [];

    public BlockLayout(string text, List<DateToken> tokens, int blockStart)
    {
        sentenceStarts.Add(blockStart);
        FindSentences(text, tokens);
        FindQuotations(text, tokens);
    }

    public int SentenceOf(int position)
    {
        var index = sentenceStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The quotation around <paramref name="position"/>, if it is inside one.</summary>
    public TextSpan? QuotationAt(int position)
    {
        foreach (var quotation in quotations)
        {
            if (quotation.Start <= position && position < quotation.End) return quotation;
        }
        return null;
    }

    /// <summary>A full stop, question or exclamation mark followed by a space and a capital, digit or opening quote.</summary>
    private void FindSentences(string text, List<DateToken> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Symbol || text[token.Start] is not ('.' or '!' or '?' or '…')) continue;
            var next = tokens[i + 1];
            if (next.Glued) continue;
            var opens = next.Kind == TokenKind.Number || char.IsUpper(text[next.Start]) || text[next.Start] is '"' or '“' or '‘' or '\'' or '(' or '[';
            if (!opens) continue;
            var before = tokens[i - 1];
            // "U.S. officials", "Rep. Mike Rogers", "Sept. 11": the full stop ends a word, not a sentence.
            if (text[token.Start] == '.' && before.Kind == TokenKind.Word && token.Glued
                && (before.End - before.Start == 1 || before.Word.Is(WordRole.Abbreviation)))
            {
                continue;
            }
            sentenceStarts.Add(next.Start);
        }
    }

    /// <summary>
    /// Quotations as flat spans: “…”, "…", ‘…’, '…', «…». A quotation left open runs to the end of the block, as
    /// one that goes on over several paragraphs does. Apostrophes inside words are inside word tokens already.
    /// </summary>
    private void FindQuotations(string text, List<DateToken> tokens)
    {
        var openAt = -1;
        var openMark = '\0';
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Symbol) continue;
            var c = text[token.Start];
            var nextGlued = i + 1 < tokens.Count && tokens[i + 1].Glued;
            var wordFollows = nextGlued && tokens[i + 1].Kind != TokenKind.Symbol;
            if (openAt < 0)
            {
                var opens = c is '“' or '«' || (c is '"' or '‘' or '\'' or '’' && nextGlued && (!token.Glued || i == 0 || tokens[i - 1].Kind == TokenKind.Symbol));
                if (opens)
                {
                    openAt = token.Start;
                    openMark = c;
                }
                continue;
            }
            var closes = openMark switch
            {
                '“' => c is '”' or '"',
                '«' => c is '»',
                '"' => c is '"' or '”',
                _ => c is '’' or '\'' && token.Glued && !wordFollows,
            };
            if (closes)
            {
                quotations.Add(new TextSpan(openAt, token.End));
                openAt = -1;
            }
        }
        if (openAt >= 0 && tokens.Count > 0) quotations.Add(new TextSpan(openAt, tokens[^1].End));
    }
}
