namespace BenghaziLink.Extraction.Parsing;

public enum BlockKind
{
    /// <summary>The article's title.</summary>
    Headline,
    /// <summary>A short line under the headline that summarises the story (standfirst, dek).</summary>
    Standfirst,
    /// <summary>Body text written by the article's author.</summary>
    Paragraph,
    /// <summary>A whole block of page furniture; <see cref="Block.Furniture"/> says which.</summary>
    Furniture,
}

public enum FurnitureKind
{
    /// <summary>Previous/next links and the like: <c>« … | Main | … »</c>, "Back to articles".</summary>
    Navigation,
    /// <summary>Picture credits and captions: <c>Hemera/Thinkstock</c>, <c>(c) VOA</c>.</summary>
    PhotoCredit,
    /// <summary>Invitations to comment or notes about commenting.</summary>
    CommentPrompt,
    /// <summary>A "Related articles" heading and the list under it.</summary>
    RelatedArticles,
    /// <summary>Copyright notices and the outlet's sign-off line.</summary>
    Copyright,
    /// <summary>A section or category label above the headline (kicker).</summary>
    SectionLabel,
    /// <summary>"Published on …", "Updated …" lines.</summary>
    PublicationLine,
    /// <summary>Notes on where the piece comes from ("This article has been taken from …").</summary>
    SourceNote,
    /// <summary>Share buttons, newsletter sign-ups, advertisements and other page chrome.</summary>
    Other,
}

/// <summary>
/// A block of the article (a line or a paragraph) with its half-open span into the stored text.
/// Blocks never overlap, appear in text order and never include the line breaks between them.
/// </summary>
public sealed record Block(BlockKind Kind, TextSpan Span, FurnitureKind? Furniture, string Processor);

/// <summary>A piece of page furniture: a whole block or a run inside a paragraph (a credit glued to the dateline).</summary>
public sealed record FurnitureSpan(FurnitureKind Kind, TextSpan Span, string Surface, string Processor);
