using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// The dateline at the start of the story: <c>TEL AVIV – </c>, <c>(WASHINGTON) -- </c>,
/// <c>BAMAKO, Mali (Reuters) - </c>. The fact's span covers the place only ("BAMAKO"), not the region,
/// date or agency tag after it. Only the opening paragraphs are read: the first prose paragraph, and
/// short lines before it (a byline, or a dateline set on a line of its own). Credits glued in front of
/// the dateline ("Hemera/Thinkstock(WASHINGTON) --") are furniture and are skipped, so this must run
/// after furniture recognition.
/// </summary>
public sealed class DatelineRecognizer : IDocumentProcessor
{
    public string Name => "dateline";
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture;
    public Annotations Produces => Annotations.Dateline;

    public void Process(DocumentBuilder document)
    {
        foreach (var (block, start) in OpeningParagraphs(document))
        {
            var text = document.Text[start..block.Span.End];
            if (DatelinePattern.Find(text) is { Place: { } place })
            {
                var span = new TextSpan(start + place.Start, start + place.End);
                document.Dateline = document.Fact(span.Of(document.Text), span, this);
                return;
            }
        }
    }

    /// <summary>
    /// The paragraphs a dateline may open, each with where its text starts once inline furniture at its
    /// front is skipped. Ends with the first prose paragraph, and never looks past a few blocks.
    /// </summary>
    internal static IEnumerable<(Block Block, int Start)> OpeningParagraphs(DocumentBuilder document)
    {
        var seen = 0;
        foreach (var block in document.Blocks)
        {
            if (block.Kind != BlockKind.Paragraph) continue;
            if (++seen > 3) yield break;
            yield return (block, StartAfterFurniture(document, block.Span));
            if (TextShape.IsProse(document.TextOf(block))) yield break;
        }
    }

    private static int StartAfterFurniture(DocumentBuilder document, TextSpan block)
    {
        var start = block.Start;
        var moved = true;
        while (moved)
        {
            moved = false;
            foreach (var furniture in document.Furniture)
            {
                if (furniture.Span.Start == start && furniture.Span.End > start && block.Contains(furniture.Span))
                {
                    start = TextShape.Trim(document.Text, furniture.Span.End, block.End).Start;
                    moved = true;
                }
            }
        }
        return start;
    }
}
