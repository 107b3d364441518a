using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// The byline near the top of the story: <c>By John Smith</c>, <c>By John Smith and Jane Doe</c>,
/// <c>By JOHN SMITH, Reuters</c>, <c>John Smith | ABC News</c>, <c>Jason Burke Africa correspondent</c>.
/// The fact's span covers the names only. An outlet line right under the byline ("Associated Press") is
/// part of it and becomes furniture too.
/// Only lines before the first prose paragraph are read: "By the time the military…" in the body is a
/// sentence, and a name list at the foot of a story is usually a credit for someone else's work.
/// </summary>
/// <remarks>
/// A byline block is reclassified as furniture of kind <see cref="FurnitureKind.Other"/>. It is not the
/// author's text, so it must not count as a paragraph or towards the word count; the furniture kinds
/// have no byline member, and adding one would change a public enum that consumers may switch over
/// exhaustively. The names stay reachable through <see cref="ArticleDocument.Byline"/>.
/// </remarks>
public sealed class BylineRecognizer : IDocumentProcessor
{
    internal const string ProcessorName = "byline";

    public string Name => ProcessorName;
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture;
    public Annotations Produces => Annotations.Byline;

    public void Process(DocumentBuilder document)
    {
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind != BlockKind.Paragraph) continue;
            var text = document.TextOf(block);
            if (BylinePattern.Parse(text) is { } byline)
            {
                var names = new TextSpan(block.Span.Start + byline.Names.Start, block.Span.Start + byline.Names.End);
                document.Byline = document.Fact(names.Of(document.Text), names, this);
                MarkAsFurniture(document, i);
                if (byline.Affiliation is null && IsAffiliationLine(document, i + 1)) MarkAsFurniture(document, i + 1);
                return;
            }
            if (TextShape.IsProse(text)) return;
        }
    }

    /// <summary>The outlet on the line under a byline, when that line is only an outlet's name.</summary>
    internal static bool IsAffiliationLine(DocumentBuilder document, int index)
    {
        if (index >= document.Blocks.Count || document.Blocks[index].Kind != BlockKind.Paragraph) return false;
        var text = document.TextOf(document.Blocks[index]);
        return TextShape.Words(text) <= 4 && TextShape.IsNameShaped(text) && OutletNames.LooksLikeOutlet(text);
    }

    private void MarkAsFurniture(DocumentBuilder document, int index)
    {
        var block = document.Blocks[index];
        document.Blocks[index] = new Block(BlockKind.Furniture, block.Span, FurnitureKind.Other, Name);
        document.Furniture.Add(new FurnitureSpan(FurnitureKind.Other, block.Span, document.TextOf(block), Name));
    }
}
