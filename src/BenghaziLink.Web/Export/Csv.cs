using System.Globalization;
using System.Text;

namespace BenghaziLink.Web.Export;

/// <summary>
/// Rows of comma-separated values as RFC 4180 writes them (quoted when a field holds a comma, quote or line break;
/// CRLF between rows), safe to open in a spreadsheet: a field a spreadsheet would run as a formula (it opens with
/// =, +, -, @, a tab or a carriage return, as a quote from an article may) gets a leading apostrophe.
/// </summary>
public static class Csv
{
    public static string Row(params IEnumerable<object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first) line.Append(',');
            first = false;
            line.Append(Field(field));
        }
        return line.Append("\r\n").ToString();
    }

    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // Numbers are data, not formulas: "-3" stays a number a spreadsheet can sum.
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) && value is not IFormattable) text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
