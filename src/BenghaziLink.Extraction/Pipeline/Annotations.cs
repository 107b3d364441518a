namespace BenghaziLink.Extraction.Pipeline;

/// <summary>What a processor adds to a document. The builder uses it to check processor order.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    Blocks = 1 << 0,
    Furniture = 1 << 1,
    Headline = 1 << 2,
    Dateline = 1 << 3,
    Byline = 1 << 4,
    Outlet = 1 << 5,
    PublishedDate = 1 << 6,
    Sentences = 1 << 7,
    Dates = 1 << 8,
    Mentions = 1 << 9,
    Entities = 1 << 10,
    Roles = 1 << 11,
    Claims = 1 << 12,
    Propositions = 1 << 13,
    Clauses = 1 << 14,
    Quantities = 1 << 15,
    Moods = 1 << 16,
    Content = 1 << 17,
    Hedges = 1 << 18,
    Events = 1 << 19,
}
