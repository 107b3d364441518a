namespace BenghaziLink.Extraction;

/// <summary>A half-open character range [Start, End) into an article's stored text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public override string ToString() => $"[{Start},{End})";
}

/// <summary>
/// One extracted fact with its provenance: the value, where in the text it was read, the exact
/// surface text at that span, and the processor that produced it.
/// </summary>
public sealed record TextFact<T>(T Value, TextSpan Span, string Surface, string Processor);
