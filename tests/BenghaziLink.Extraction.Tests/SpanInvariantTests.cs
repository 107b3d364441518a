using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests;

/// <summary>
/// Provenance holds for every text we have: every fact and furniture span quotes the text exactly at its
/// span, blocks are trimmed, in order and never overlap, and so are dates; every mention, and every mention of
/// every entity, quotes the text inside one block, and no mention belongs to two entities; every role quotes the
/// text in the sentence of the mention it describes. Runs over every
/// seed (with and without the catalog) and every spec case, date cases with their pinned reference date and
/// entity cases with their catalog; every claim, its sources, cue and quantities quote the text too.
/// </summary>
public class SpanInvariantTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Source, string Text, PartialDate? Reference, EntityCatalog Catalog)>> Texts =
        new(() => SpecFiles.AllTexts().ToDictionary(t => t.Source, StringComparer.Ordinal));

    public static TheoryData<string> Sources() => [.. Texts.Value.Keys];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Process_AnyText_SpansQuoteTheText(string source)
    {
        var (_, text, reference, catalog) = Texts.Value[source];
        var pipeline = catalog.IsEmpty ? SpecFiles.Pipeline : ExtractionPipelineBuilder.CreateDefault(catalog);

        var document = pipeline.Process(text, new ExtractionContext(source, reference));

        Assert.Same(text, document.Text);
        AssertFact(text, document.Headline);
        AssertFact(text, document.Dateline);
        AssertFact(text, document.Byline);
        AssertFact(text, document.Outlet);
        AssertFact(text, document.PublishedDate);
        foreach (var furniture in document.Furniture)
        {
            AssertWithin(text, furniture.Span);
            Assert.Equal(furniture.Span.Of(text), furniture.Surface);
            Assert.True(furniture.Span.Length > 0, $"Empty furniture span {furniture.Span}.");
            Assert.Contains(document.Blocks, b => b.Span.Contains(furniture.Span));
        }
        Assert.Equal(document.Furniture.OrderBy(f => f.Span.Start), document.Furniture);
        AssertBlocks(text, document.Blocks);
        AssertDates(text, document);
        AssertMentions(text, document);
        AssertEntities(document);
        AssertRoles(text, document);
        AssertClaims(text, document);
    }

    /// <summary>
    /// Every role quotes the text, starts and ends on a non-space, stands in the sentence of the mention it
    /// describes without overlapping it, describes a mention of one of the document's people or groups, and says
    /// which pattern and processor found it.
    /// </summary>
    private static void AssertRoles(string text, ArticleDocument document)
    {
        var described = document.Entities.Where(e => e.Type != EntityType.Place).SelectMany(e => e.Mentions).ToHashSet();
        foreach (var role in document.Roles)
        {
            AssertWithin(text, role.Span);
            Assert.Equal(role.Span.Of(text), role.Surface);
            Assert.True(role.Span.Length > 0, $"Empty role span {role.Span}.");
            Assert.False(TextShape.IsSpace(text[role.Span.Start]) || TextShape.IsSpace(text[role.Span.End - 1]), $"Role “{role.Surface}” has space at an edge.");
            Assert.True(described.Contains(role.Mention), $"Role “{role.Surface}” describes “{role.Mention.Surface}” {role.Mention.Span}, which is no mention of a person or group entity.");
            Assert.True(role.Span.End <= role.Mention.Span.Start || role.Mention.Span.End <= role.Span.Start, $"Role “{role.Surface}” overlaps the name it describes.");
            Assert.True(document.Sentences.Any(s => s.Span.Contains(role.Span) && s.Span.Contains(role.Mention.Span)), $"Role “{role.Surface}” is not in the sentence of “{role.Mention.Surface}”.");
            Assert.False(string.IsNullOrEmpty(role.Cue));
            Assert.False(string.IsNullOrEmpty(role.Processor));
        }
        Assert.Equal(document.Roles.OrderBy(r => r.Span.Start), document.Roles);
    }

    /// <summary>
    /// Every claim quotes the text at its span, inside one block, without space at its edges; so does every
    /// source of its chain, its cue and its quantities, and the quantities lie inside the claim.
    /// </summary>
    private static void AssertClaims(string text, ArticleDocument document)
    {
        foreach (var claim in document.Claims)
        {
            AssertQuotedInOneBlock(text, document, "Claim", claim.Span, claim.Surface, claim.Processor);
            foreach (var source in claim.Chain)
            {
                AssertWithin(text, source.Span);
                Assert.Equal(source.Span.Of(text), source.Surface);
                Assert.False(string.IsNullOrWhiteSpace(source.Name), $"Claim “{claim.Surface}” has a source with no name.");
            }
            if (claim.Cue is { } cue)
            {
                AssertWithin(text, cue.Span);
                Assert.Equal(cue.Span.Of(text), cue.Surface);
            }
            foreach (var quantity in claim.Quantities)
            {
                Assert.Equal(quantity.Span.Of(text), quantity.Surface);
                Assert.True(claim.Span.Contains(quantity.Span), $"Quantity “{quantity.Surface}” lies outside its claim “{claim.Surface}”.");
            }
        }
        Assert.Equal(document.Claims.OrderBy(c => c.Span.Start), document.Claims);
    }

    /// <summary>Every mention quotes the text, lies inside one block, starts and ends on a non-space and says who produced it.</summary>
    private static void AssertMentions(string text, ArticleDocument document)
    {
        foreach (var mention in document.Mentions)
        {
            AssertQuotedInOneBlock(text, document, "Mention", mention.Span, mention.Surface, mention.Processor);
            Assert.False(string.IsNullOrEmpty(mention.Cue));
            Assert.True(mention.Kind is null || EntityKinds.TypeOf(mention.Kind.Value) == mention.Type, $"Mention “{mention.Surface}”: kind {mention.Kind} does not fit type {mention.Type}.");
        }
        Assert.Equal(document.Mentions.OrderBy(m => m.Span.Start), document.Mentions);
    }

    /// <summary>
    /// Every entity's mentions are mentions of the document, in text order, and belong to that entity alone: a
    /// span is in at most one entity. Nested names ("U.S." inside "U.S. consulate") are separate mentions with
    /// separate spans, so they may belong to separate entities.
    /// </summary>
    private static void AssertEntities(ArticleDocument document)
    {
        var owner = new Dictionary<TextSpan, string>();
        foreach (var entity in document.Entities)
        {
            Assert.False(string.IsNullOrWhiteSpace(entity.Canonical));
            Assert.False(entity.Mentions.IsEmpty, $"Entity “{entity.Canonical}” has no mentions.");
            Assert.False(string.IsNullOrEmpty(entity.Processor));
            Assert.Equal(entity.Type == EntityType.Person, entity.Kind is null);
            Assert.True(entity.Kind is null || EntityKinds.TypeOf(entity.Kind.Value) == entity.Type, $"Entity “{entity.Canonical}”: kind {entity.Kind} does not fit type {entity.Type}.");
            Assert.Equal(entity.Mentions.OrderBy(m => m.Span.Start), entity.Mentions);
            foreach (var mention in entity.Mentions)
            {
                Assert.True(document.Mentions.Contains(mention), $"Entity “{entity.Canonical}” holds “{mention.Surface}” {mention.Span}, which is not a mention of the document.");
                Assert.True(owner.TryAdd(mention.Span, entity.Canonical), $"“{mention.Surface}” {mention.Span} is in “{entity.Canonical}” and in “{owner.GetValueOrDefault(mention.Span)}”.");
            }
        }
    }

    /// <summary>Every date quotes the text, sits inside one block, never overlaps the next and starts and ends on a non-space.</summary>
    private static void AssertDates(string text, ArticleDocument document)
    {
        var previousEnd = 0;
        foreach (var date in document.Dates)
        {
            AssertWithin(text, date.Span);
            Assert.Equal(date.Span.Of(text), date.Surface);
            Assert.True(date.Span.Length > 0, $"Empty date span {date.Span}.");
            Assert.False(TextShape.IsSpace(text[date.Span.Start]) || TextShape.IsSpace(text[date.Span.End - 1]), $"Date {date.Span} has space at an edge.");
            Assert.Contains(document.Blocks, b => b.Span.Contains(date.Span));
            Assert.True(date.Span.Start >= previousEnd, $"Date {date.Span} overlaps the previous date.");
            Assert.False(string.IsNullOrEmpty(date.Processor));
            Assert.Equal(date.Value is null, date.Granularity == DateGranularity.Unknown);
            previousEnd = date.Span.End;
        }
    }

    private static void AssertFact<T>(string text, TextFact<T>? fact)
    {
        if (fact is null) return;
        AssertWithin(text, fact.Span);
        Assert.Equal(fact.Span.Of(text), fact.Surface);
        Assert.False(string.IsNullOrWhiteSpace(fact.Surface));
        Assert.False(string.IsNullOrEmpty(fact.Processor));
    }

    private static void AssertBlocks(string text, IReadOnlyList<Block> blocks)
    {
        var previousEnd = 0;
        foreach (var block in blocks)
        {
            AssertWithin(text, block.Span);
            Assert.True(block.Span.Start >= previousEnd, $"Block {block.Span} overlaps or precedes the previous block.");
            Assert.True(block.Span.Length > 0, $"Empty block {block.Span}.");
            Assert.False(TextShape.IsSpace(text[block.Span.Start]), $"Block {block.Span} starts with whitespace.");
            Assert.False(TextShape.IsSpace(text[block.Span.End - 1]), $"Block {block.Span} ends with whitespace.");
            Assert.Equal(block.Kind == BlockKind.Furniture, block.Furniture is not null);
            previousEnd = block.Span.End;
        }
    }

    /// <summary>A fact quotes the text at its non-empty span, inside one block, starts and ends on a non-space and says who produced it.</summary>
    private static void AssertQuotedInOneBlock(string text, ArticleDocument document, string what, TextSpan span, string surface, string processor)
    {
        AssertWithin(text, span);
        Assert.Equal(span.Of(text), surface);
        Assert.True(span.Length > 0, $"Empty {what.ToLowerInvariant()} span {span}.");
        Assert.False(TextShape.IsSpace(text[span.Start]) || TextShape.IsSpace(text[span.End - 1]), $"{what} “{surface}” has space at an edge.");
        Assert.True(document.Blocks.Any(b => b.Span.Contains(span)), $"{what} “{surface}” {span} crosses a block boundary.");
        Assert.False(string.IsNullOrEmpty(processor));
    }

    private static void AssertWithin(string text, TextSpan span) =>
        Assert.True(0 <= span.Start && span.Start <= span.End && span.End <= text.Length, $"Span {span} outside text of length {text.Length}.");
}
