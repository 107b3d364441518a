namespace BenghaziLink.Extraction.Text;

public enum TokenKind : byte { Word, Number, Punctuation }

[Flags]
public enum TokenShape : byte
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,
    /// <summary>Two or more letters, all upper case ("AQIM", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>Letters separated by periods ("U.S.", "U.N."): an abbreviation that owns its final period.</summary>
    Dotted = 4,
    /// <summary>Contains a hyphen ("Al-Qaeda", "one-eyed").</summary>
    Hyphenated = 8,
}

/// <summary>A token: a half-open span of the text, what it is, and its letter case.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenShape Shape)
{
    public int Length => End - Start;
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;
    public bool IsAllCaps => (Shape & TokenShape.AllCaps) != 0;
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
