using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BenghaziLink.Web.Pages.Articles;

/// <summary>A span of the article to mark up: an element, its class and attributes, and text to show after it.</summary>
public sealed record Mark(int Start, int End, string Element, string Class, IReadOnlyList<(string Name, string Value)> Attributes, string? After = null, string? Hidden = null);

/// <summary>
/// Renders a stretch of article text with nested marks (a place inside a facility name, a mention inside
/// inline furniture). Marks that cross each other cannot nest: the one that starts first wins. All text
/// and attribute values are HTML-encoded here.
/// </summary>
public static class ArticleMarkup
{
    public static IHtmlContent Render(string text, int start, int end, IReadOnlyList<Mark> marks)
    {
        var inside = marks.Where(m => m.Start >= start && m.End <= end && m.End > m.Start)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        var html = new StringBuilder();
        Write(html, text, start, end, inside);
        return new HtmlString(html.ToString());
    }

    private static void Write(StringBuilder html, string text, int start, int end, List<Mark> marks)
    {
        var position = start;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            if (mark.Start < position || mark.End > end) continue;
            html.Append(HtmlEncoder.Default.Encode(text[position..mark.Start]));
            html.Append('<').Append(mark.Element).Append(" class=\"").Append(mark.Class).Append('"');
            foreach (var (name, value) in mark.Attributes)
            {
                html.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');
            }
            html.Append('>');
            var children = new List<Mark>();
            for (var j = i + 1; j < marks.Count && marks[j].Start < mark.End; j++)
            {
                if (marks[j].End <= mark.End) children.Add(marks[j]);
            }
            Write(html, text, mark.Start, mark.End, children);
            if (mark.Hidden is not null) html.Append("<span class=\"visually-hidden\">").Append(HtmlEncoder.Default.Encode(mark.Hidden)).Append("</span>");
            html.Append("</").Append(mark.Element).Append('>');
            if (mark.After is not null) html.Append(mark.After);
            position = mark.End;
            i += children.Count;
        }
        html.Append(HtmlEncoder.Default.Encode(text[position..end]));
    }
}
