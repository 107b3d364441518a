using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace BenghaziLink.Web.Docs;

/// <summary>A heading of a rendered document: the id its element carries and its words.</summary>
public sealed record DocHeading(string Id, string Text);

/// <summary>A document rendered for a page: its title (the first h1, taken out of the body so the page sets it), the h2s for a table of contents, and the body.</summary>
public sealed record RenderedDoc(string Title, IReadOnlyList<DocHeading> Contents, IHtmlContent Body);

/// <summary>
/// Markdown written by us (docs) or by whoever edits the catalog, rendered safely: raw HTML is shown as text,
/// never passed through, and a link or image to anything but http, https or a relative address is dropped to
/// its words, so a document can never inject script, whatever it holds. The pipelines are built once and
/// are immutable, so every request shares them (Markdig's own advice).
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline DocumentPipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>
    /// A one-line description is a run of words: only paragraphs are parsed, so "1. …" or "# …" stay as written
    /// instead of becoming a list or a heading inside the sentence they are shown in.
    /// </summary>
    private static readonly MarkdownPipeline InlinePipeline = BuildInline();

    private static MarkdownPipeline BuildInline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.RemoveAll(p => p is not ParagraphBlockParser);
        return builder.Build();
    }

    public static RenderedDoc Document(string markdown)
    {
        var document = Markdown.Parse(markdown, DocumentPipeline);
        DropUnsafeLinks(document);
        var title = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title is not null) document.Remove(title);
        var contents = document.Descendants<HeadingBlock>().Where(h => h.Level == 2)
            .Select(h => new DocHeading(h.GetAttributes().Id ?? "", PlainText(h.Inline))).ToList();
        return new(title is null ? "" : PlainText(title.Inline), contents, new HtmlString(Render(document, DocumentPipeline, implicitParagraph: false)));
    }

    /// <summary>Emphasis, code and links inside a sentence, with no paragraph around them; empty for none.</summary>
    public static IHtmlContent Inline(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return HtmlString.Empty;
        var document = Markdown.Parse(markdown, InlinePipeline);
        DropUnsafeLinks(document);
        return new HtmlString(Render(document, InlinePipeline, implicitParagraph: true).Trim());
    }

    /// <summary>
    /// Whether a link may stay: http or https, or an address with no scheme (a path, a query, a fragment). The
    /// scheme is whatever comes before a colon that precedes any '/', '?' or '#', so "java&amp;#9;script:" and
    /// "JavaScript:" are schemes too; white space or control characters anywhere (which browsers strip before
    /// reading the scheme) refuse the link outright.
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return false;
        var end = url.IndexOfAny([':', '/', '?', '#']);
        if (end < 0 || url[end] != ':') return true;
        return (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && Uri.TryCreate(url, UriKind.Absolute, out _);
    }

    /// <summary>
    /// Unsafe links keep their words and lose the link; images always become their alt text, since a page of ours
    /// loads nothing from elsewhere. Autolinks (&lt;javascript:…&gt;) and e-mail autolinks become plain text.
    /// </summary>
    private static void DropUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && IsSafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url)) continue;
            link.MoveChildrenAfter(link);
            link.Remove();
        }
        foreach (var auto in document.Descendants<AutolinkInline>().ToList())
        {
            if (!auto.IsEmail && IsSafeUrl(auto.Url)) continue;
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }
    }

    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline, bool implicitParagraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString().Trim();
    }
}
