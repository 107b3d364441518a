using System.Collections.Frozen;
using System.Text;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// The word lists and weights next to this code, embedded in the assembly (see the .csproj), so reading them is
/// part of loading the library, not file I/O. Each is read once.
/// </summary>
internal static class MatchingFiles
{
    public static readonly FrozenSet<string> FunctionWords = Words("function-words.tsv");
    public static readonly FrozenSet<string> Negations = Words("negations.tsv");
    public static readonly FrozenSet<string> Verbs = Words("verbs.tsv");

    /// <summary>Frames of certainty a statement may open with, each as its lower-case words, longest first.</summary>
    public static readonly string[][] CertaintyFrames = [.. Lines("certainty-frames.tsv").Select(l => l.Trim().ToLowerInvariant().Split(' ')).OrderByDescending(f => f.Length)];

    /// <summary>Data lines of one file: blank lines and '#' comment lines left out.</summary>
    public static IEnumerable<string> Lines(string file)
    {
        var resource = $"BenghaziLink.Extraction.Claims.Matching.{file}";
        using var stream = typeof(MatchingFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The matching file {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }

    private static FrozenSet<string> Words(string file) =>
        Lines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
