using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Parsing;

namespace BenghaziLink.Web.Data;

/// <summary>Where a metadata value comes from, shown next to it so a reader can weigh it.</summary>
public enum Provenance
{
    /// <summary>The article's own text states it ("Published on 2016 March 19").</summary>
    StatedInText,
    /// <summary>Worked out from cues in the text ("testimony before congress today").</summary>
    Inferred,
    /// <summary>Supplied by an editor from outside the text (the original publication record).</summary>
    Curated,
}

/// <summary>One ingested article: its exact text, what the pipeline read from it, and where it came from.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>The file name the article was ingested from, as shown to users.</summary>
    public required string SourceName { get; set; }

    /// <summary>
    /// The full path of the file it came from: with <see cref="ContentHash"/>, its identity. Re-ingesting the same
    /// path with new content replaces it; two files of one name in different folders are two articles.
    /// </summary>
    public string? SourcePath { get; set; }

    /// <summary>SHA-256 of the file's bytes: the same bytes are never ingested twice.</summary>
    public required string ContentHash { get; set; }
    public required string Text { get; set; }

    /// <summary>The pipeline version the stored extraction comes from; another version means the article is due to be extracted again.</summary>
    public required string PipelineVersion { get; set; }
    public DateTime IngestedAtUtc { get; set; }

    /// <summary>
    /// Metadata supplied from outside the text when the article was loaded (the sidecar entry, as JSON), kept so
    /// that extracting it again never needs the sidecar file.
    /// </summary>
    public string? SuppliedMetadata { get; set; }

    /// <summary>Why extracting it with a newer pipeline failed (it keeps its earlier extraction meanwhile), or null.</summary>
    public string? ExtractionError { get; set; }

    public required string Headline { get; set; }
    public string? Standfirst { get; set; }
    public string? Dateline { get; set; }
    public string? Byline { get; set; }
    public int WordCount { get; set; }

    public string? Outlet { get; set; }
    public Provenance? OutletProvenance { get; set; }
    public string? OutletBasis { get; set; }

    /// <summary>ISO date to its precision (<c>2012</c>, <c>2012-03</c>, <c>2012-03-12</c>): sorts as text.</summary>
    public string? Published { get; set; }
    public DatePrecision? PublishedPrecision { get; set; }
    public Provenance? PublishedProvenance { get; set; }
    public string? PublishedBasis { get; set; }

    public List<ArticleBlock> Blocks { get; set; } = [];
    public List<ArticleFurniture> Furniture { get; set; } = [];
    public List<ArticleFact> Facts { get; set; } = [];
}

public enum FactKind { Headline, Dateline, Byline, Outlet, Published }

/// <summary>A metadata fact read from the text (the dateline, a stated outlet), with its span and processor.</summary>
public sealed class ArticleFact
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public FactKind Kind { get; set; }
    public required string Value { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Processor { get; set; }
}

/// <summary>A block of the article (headline, paragraph, furniture) as a half-open span of <see cref="Article.Text"/>.</summary>
public sealed class ArticleBlock
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Ordinal { get; set; }
    public BlockKind Kind { get; set; }
    public FurnitureKind? Furniture { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Processor { get; set; }
}

/// <summary>A run of page furniture, a whole block or part of one (a photo credit glued to a dateline).</summary>
public sealed class ArticleFurniture
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public FurnitureKind Kind { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Processor { get; set; }
}

/// <summary>Key/value facts about the store itself, such as the schema version it was built with.</summary>
public sealed class StoreInfo
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
