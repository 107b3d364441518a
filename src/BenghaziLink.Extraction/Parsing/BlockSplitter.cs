using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// Splits the text into blocks: every non-blank line is a block, except that lines of a hard-wrapped
/// paragraph are joined into one. Text copied from web pages puts the headline, credits, navigation and
/// each paragraph on lines of their own, often with no blank line between them, so a run of lines is
/// not a paragraph unless the wrapping clearly cuts a sentence. Every block starts as a paragraph; later
/// processors reclassify.
/// </summary>
public sealed partial class BlockSplitter : IDocumentProcessor
{
    public string Name => "block-splitter";
    public Annotations Requires => Annotations.None;
    public Annotations Produces => Annotations.Blocks;

    public void Process(DocumentBuilder document)
    {
        var text = document.Text;
        TextSpan? block = null;
        TextSpan? previousLine = null;
        var position = 0;
        while (true)
        {
            var lineEnd = text.AsSpan(position).IndexOfAny(LineBreaks);
            lineEnd = lineEnd < 0 ? text.Length : position + lineEnd;
            var line = TextShape.Trim(text, position, lineEnd);

            if (line.Length == 0)
            {
                Flush(document, ref block);
                previousLine = null;
            }
            else if (block is { } open && previousLine is { } previous && IsHardWrapped(previous.Of(text), line.Of(text)))
            {
                block = open with { End = line.End };
                previousLine = line;
            }
            else
            {
                Flush(document, ref block);
                block = line;
                previousLine = line;
            }

            if (lineEnd >= text.Length) break;
            // U+2029 separates paragraphs even without a blank line after it.
            if (text[lineEnd] == '\u2029')
            {
                Flush(document, ref block);
                previousLine = null;
            }
            position = text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }
        Flush(document, ref block);
    }

    private const string LineBreaks = "\n\r\u0085\u2028\u2029";

    private void Flush(DocumentBuilder document, ref TextSpan? block)
    {
        if (block is { } span) document.Blocks.Add(new Block(BlockKind.Paragraph, span, null, Name));
        block = null;
    }

    /// <summary>
    /// A line break inside a sentence: the line does not end a sentence, and the next line carries on in
    /// lower case, or the line stops on a comma or on a word a sentence cannot end with ("the", "of").
    /// A headline followed by a capitalised first paragraph, or a credit line followed by a caption, stays apart.
    /// </summary>
    internal static bool IsHardWrapped(string line, string next)
    {
        var last = TextShape.LastSignificant(line);
        if (last is '.' or '!' or '?' or '…' or ':' or '\0') return false;
        var first = next[0];
        if (char.IsLower(first)) return true;
        return char.IsLetterOrDigit(first) && (line[^1] == ',' || DanglingWord().IsMatch(line));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|that|which|who|as|into|than|its|their|his|her)$", RegexOptions.CultureInvariant)]
    private static partial Regex DanglingWord();
}
