using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Pipeline;

/// <summary>
/// The working state of one document while the pipeline runs over it. Processors read what earlier
/// processors added and add their own facts; <see cref="ToDocument"/> freezes the result.
/// </summary>
public sealed class DocumentBuilder
{
    internal DocumentBuilder(string text, ExtractionContext context)
    {
        Text = text;
        Context = context;
    }

    public string Text { get; }
    public ExtractionContext Context { get; }

    /// <summary>Blocks in text order. Processors may reclassify a block by replacing it at the same index.</summary>
    public List<Block> Blocks { get; } = [];
    public List<FurnitureSpan> Furniture { get; } = [];
    public TextFact<string>? Headline { get; set; }
    public TextFact<string>? Dateline { get; set; }
    public TextFact<string>? Byline { get; set; }
    public TextFact<string>? Outlet { get; set; }
    public TextFact<PartialDate>? PublishedDate { get; set; }

    /// <summary>Tokens of every block, in text order (filled by the sentence splitter, used by recognisers).</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Sentences of every block (furniture too: a caption names people as well), in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Date expressions, each normalised against the context's reference date where it can be.</summary>
    public List<DateMention> Dates { get; } = [];

    /// <summary>Names of people, groups and places, in text order.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>The article's entities: mentions of one real-world entity grouped under one canonical name.</summary>
    public List<DocumentEntity> Entities { get; } = [];

    /// <summary>What the text says the named people and groups are, in text order of the description.</summary>
    public List<Role> Roles { get; } = [];
    /// <summary>The statement clauses of the sentences that may carry claims, in text order (working state: not part of the document).</summary>
    public List<Clause> Clauses { get; } = [];

    /// <summary>Quotations of direct speech or titles in the blocks that may carry claims: their words are never an attribution or a hedge (working state).</summary>
    public List<TextSpan> OpaqueQuotations { get; } = [];

    /// <summary>Factual statements with their attribution chains, in text order.</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>Creates a fact whose surface is exactly the text at <paramref name="span"/>.</summary>
    public TextFact<T> Fact<T>(T value, TextSpan span, IDocumentProcessor producer) =>
        new(value, span, span.Of(Text), producer.Name);

    public string TextOf(Block block) => block.Span.Of(Text);

    /// <summary>The index of the block holding <paramref name="position"/> (blocks are in text order and never overlap); -1 when none does.</summary>
    public int BlockIndexAt(int position)
    {
        int lo = 0, hi = Blocks.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Blocks[mid].Span.End <= position) lo = mid + 1;
            else if (Blocks[mid].Span.Start > position) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    internal ArticleDocument ToDocument() => new(
        Text,
        Context,
        [.. Blocks],
        [.. Furniture.OrderBy(f => f.Span.Start)],
        Headline,
        Dateline,
        Byline,
        Outlet,
        PublishedDate,
        [.. Sentences],
        [.. Dates.OrderBy(d => d.Span.Start)],
        [.. Mentions.OrderBy(m => m.Span.Start)],
        [.. Entities],
        [.. Roles],
        [.. Claims.OrderBy(c => c.Span.Start)]);
}
