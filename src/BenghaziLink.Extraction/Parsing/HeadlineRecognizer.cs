using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// The headline is the first block that is not furniture, if it has a headline's shape (short, not a
/// sentence ending in a full stop, not a dateline or a byline). A standfirst is the next non-furniture
/// block when it is a short line that is not a sentence either. Must run after furniture recognition,
/// so that navigation and section labels above the headline are already set aside.
/// </summary>
public sealed class HeadlineRecognizer : IDocumentProcessor
{
    /// <summary>A standfirst is a summary line, not a paragraph: fewer words than this.</summary>
    private const int StandfirstMaxWords = 20;

    public string Name => "headline";
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture;
    public Annotations Produces => Annotations.Headline;

    public void Process(DocumentBuilder document)
    {
        var headline = NextBody(document, 0);
        if (headline < 0 || !IsHeadline(document.TextOf(document.Blocks[headline]))) return;

        var block = document.Blocks[headline];
        document.Blocks[headline] = block with { Kind = BlockKind.Headline, Processor = Name };
        document.Headline = document.Fact(document.TextOf(block), block.Span, this);

        var standfirst = NextBody(document, headline + 1);
        if (standfirst >= 0 && IsStandfirst(document.TextOf(document.Blocks[standfirst])))
        {
            document.Blocks[standfirst] = document.Blocks[standfirst] with { Kind = BlockKind.Standfirst, Processor = Name };
        }
    }

    private static bool IsHeadline(string text) =>
        TextShape.IsHeadlineShaped(text) && !DatelinePattern.StartsWithDateline(text) && !BylinePattern.IsByline(text);

    /// <summary>
    /// "Libyan weapons are being used to destabilize Mali": three to twenty words, no closing full stop
    /// or colon. A first paragraph is a sentence; a one- or two-word line is a label.
    /// </summary>
    private static bool IsStandfirst(string text)
    {
        var words = TextShape.Words(text);
        if (words is < 3 or >= StandfirstMaxWords || text.Contains('\n', StringComparison.Ordinal)) return false;
        if (TextShape.LastSignificant(text) is '.' or '…' or ':' or ';' or ',') return false;
        return !TextShape.HasSentenceBreak(text) && !DatelinePattern.StartsWithDateline(text) && !BylinePattern.IsByline(text);
    }

    private static int NextBody(DocumentBuilder document, int from)
    {
        for (var i = from; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i].Kind == BlockKind.Paragraph) return i;
        }
        return -1;
    }
}
