namespace BenghaziLink.Extraction.Text;

/// <summary>A sentence: a half-open span inside one block (sentences never cross block boundaries).</summary>
public sealed record Sentence(TextSpan Span, int BlockIndex, string Processor);
