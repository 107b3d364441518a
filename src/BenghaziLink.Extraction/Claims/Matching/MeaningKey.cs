using System.Text;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// The key a meaning vector is cached and stored under: the text in Unicode normal form C, typographic quotes and
/// dashes made plain, white space collapsed, lower case. The model reads text uncased, so texts that differ only in
/// these ways have one vector.
/// </summary>
public static class MeaningKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = text.Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(normal.Length);
        var space = false;
        foreach (var c in normal)
        {
            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }
            if (space) key.Append(' ');
            space = false;
            key.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return key.ToString();
    }
}
