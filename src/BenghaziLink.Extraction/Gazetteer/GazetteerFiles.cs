using System.Text;

namespace BenghaziLink.Extraction.Gazetteer;

/// <summary>
/// The gazetteer's tab-separated files, embedded in the assembly (see the .csproj): reading them is part
/// of loading the library, not file I/O, so the extraction library stays pure. Rows are read as spans so
/// that loading allocates little more than the names it keeps.
/// </summary>
internal static class GazetteerFiles
{
    /// <summary>Most columns a gazetteer file has.</summary>
    public const int MaxColumns = 10;

    /// <summary>
    /// The lines of one file. Read line by line rather than whole: a whole file would be one string on
    /// the large-object heap, whose collection is a full one and costs more than the rest of loading.
    /// </summary>
    public static IEnumerable<string> Lines(string file)
    {
        var resource = $"BenghaziLink.Extraction.Gazetteer.{file}";
        using var stream = typeof(GazetteerFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The gazetteer file {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>
    /// Splits a data line at tabs into <paramref name="columns"/> and returns how many it has; 0 for
    /// blank lines and '#' header lines.
    /// </summary>
    public static int Columns(ReadOnlySpan<char> line, Span<Range> columns)
    {
        if (line.IsEmpty || line[0] == '#') return 0;
        return line.Split(columns, '\t');
    }

    /// <summary>A column's value, or empty when the row is shorter (trailing empty cells).</summary>
    public static ReadOnlySpan<char> Cell(ReadOnlySpan<char> line, ReadOnlySpan<Range> columns, int count, int index) =>
        index < count ? line[columns[index]] : default;
}
