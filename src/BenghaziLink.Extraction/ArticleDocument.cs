using System.Collections.Immutable;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction;

/// <summary>
/// The pipeline's output for one article: the text exactly as given, and every fact found in it,
/// each carrying the span it was read from. Immutable.
/// </summary>
public sealed record ArticleDocument(
    string Text,
    ExtractionContext Context,
    ImmutableArray<Block> Blocks,
    ImmutableArray<FurnitureSpan> Furniture,
    TextFact<string>? Headline,
    TextFact<string>? Dateline,
    TextFact<string>? Byline,
    TextFact<string>? Outlet,
    TextFact<PartialDate>? PublishedDate,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<DocumentEntity> Entities,
    ImmutableArray<Role> Roles,
    ImmutableArray<Claim> Claims)
{
    /// <summary>Blocks that are the author's text (headline, standfirst, paragraphs), not furniture.</summary>
    public IEnumerable<Block> BodyBlocks => Blocks.Where(b => b.Kind != BlockKind.Furniture);

    /// <summary>Words in the author's text, furniture excluded, as a reader would count them.</summary>
    public int WordCount => BodyBlocks.Sum(b => CountWords(b.Span.Of(Text)) - FurnitureWordsInside(b));

    private int FurnitureWordsInside(Block block) =>
        Furniture.Where(f => block.Span.Contains(f.Span)).Sum(f => CountWords(f.Surface));

    internal static int CountWords(string text) => CountWords(text.AsSpan());

    /// <summary>Words of a stretch of text, without copying it out.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord) count++;
            inWord = isWordChar || (inWord && c is '\'' or '’' or '-' or '.' or ',');
        }
        return count;
    }
}
