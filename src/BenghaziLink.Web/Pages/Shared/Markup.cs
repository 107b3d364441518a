using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BenghaziLink.Web.Pages;

/// <summary>
/// Renders runs of text with their highlights as one string, so no template white space creeps in
/// between a highlight and the punctuation after it. Every run is HTML-encoded here.
/// </summary>
public static class Markup
{
    /// <param name="runs">Text with, for each run, the element and class to wrap it in (none: plain text).</param>
    public static IHtmlContent Runs(IEnumerable<(string Text, string? Element, string? Class)> runs)
    {
        var html = new StringBuilder();
        foreach (var (text, element, cssClass) in runs)
        {
            if (element is null)
            {
                html.Append(HtmlEncoder.Default.Encode(text));
                continue;
            }
            html.Append('<').Append(element);
            if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
            html.Append('>').Append(HtmlEncoder.Default.Encode(text)).Append("</").Append(element).Append('>');
        }
        return new HtmlString(html.ToString());
    }

    public static IHtmlContent Highlighted(IEnumerable<BenghaziLink.Web.Search.TextRun> runs) =>
        Runs(runs.Select(r => (r.Text, r.Hit ? "mark" : null, (string?)null)));
}
