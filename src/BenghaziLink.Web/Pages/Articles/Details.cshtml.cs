using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Web.Data;

namespace BenghaziLink.Web.Pages.Articles;

public sealed class DetailsModel(BenghaziLinkDb db) : PageModel
{
    /// <summary>A run of a block's text; furniture and the dateline inside a paragraph get their own runs.</summary>
    public sealed record Run(string Text, string? Role, int Start);

    public sealed record BlockView(int Ordinal, BlockKind Kind, FurnitureKind? Furniture, int Start, IReadOnlyList<Run> Runs);

    /// <summary>Consecutive furniture blocks of one kind are shown together, set apart from the text.</summary>
    public sealed record Section(FurnitureKind? Furniture, IReadOnlyList<BlockView> Blocks);

    public sealed record Header(string Slug, string Headline, string? Standfirst, string? Dateline, string? Byline, string SourceName,
        string ContentHash, int WordCount, string? Outlet, Provenance? OutletProvenance, string? OutletBasis, PublishedDateView Published, string Text);

    public Header Article { get; private set; } = null!;
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public bool HasHeadlineBlock => Sections.Any(s => s.Blocks[0].Kind == BlockKind.Headline);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Where(a => a.Slug == slug)
            .Select(a => new
            {
                Header = new Header(a.Slug, a.Headline, a.Standfirst, a.Dateline, a.Byline, a.SourceName, a.ContentHash, a.WordCount,
                    a.Outlet, a.OutletProvenance, a.OutletBasis, new PublishedDateView(a.Published, a.PublishedProvenance, a.PublishedBasis), a.Text),
                Blocks = a.Blocks.OrderBy(b => b.Ordinal).Select(b => new { b.Ordinal, b.Kind, b.Furniture, b.Start, b.End }).ToList(),
                Inline = a.Furniture.Select(f => new { Role = "furniture", f.Start, f.End }).ToList(),
                Datelines = a.Facts.Where(f => f.Kind == FactKind.Dateline).Select(f => new { Role = "dateline", f.Start, f.End }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null) return NotFound();

        Article = article.Header;
        var marks = article.Inline.Concat(article.Datelines).Select(m => (m.Role, m.Start, m.End)).OrderBy(m => m.Start).ToList();
        var blocks = article.Blocks.Select(b => new BlockView(b.Ordinal, b.Kind, b.Furniture, b.Start,
            b.Kind == BlockKind.Furniture ? [new Run(Article.Text[b.Start..b.End], null, b.Start)] : Runs(Article.Text, b.Start, b.End, marks)));
        Sections = Group(blocks);
        return Page();
    }

    /// <summary>Splits a block at the marked spans inside it (a credit glued to the dateline, the dateline itself).</summary>
    internal static List<Run> Runs(string text, int start, int end, IReadOnlyList<(string Role, int Start, int End)> marks)
    {
        var runs = new List<Run>();
        var position = start;
        foreach (var mark in marks.Where(m => m.Start >= start && m.End <= end && m.End - m.Start < end - start))
        {
            if (mark.Start < position) continue; // overlapping marks: the first wins
            if (mark.Start > position) runs.Add(new Run(text[position..mark.Start], null, position));
            runs.Add(new Run(text[mark.Start..mark.End], mark.Role, mark.Start));
            position = mark.End;
        }
        if (position < end) runs.Add(new Run(text[position..end], null, position));
        return runs;
    }

    private static List<Section> Group(IEnumerable<BlockView> blocks)
    {
        var sections = new List<Section>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Furniture && sections.Count > 0 && sections[^1].Furniture == block.Furniture)
            {
                ((List<BlockView>)sections[^1].Blocks).Add(block);
            }
            else
            {
                sections.Add(new Section(block.Kind == BlockKind.Furniture ? block.Furniture : null, new List<BlockView> { block }));
            }
        }
        return sections;
    }

    /// <summary>Inline furniture is muted, the dateline set in capitals, the rest plain text.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Render(IEnumerable<Run> runs) => Markup.Runs(runs.Select(r => (r.Text,
        r.Role is null ? null : "span",
        r.Role switch { "furniture" => "inline-furniture", "dateline" => "dateline", _ => null })));

    public static string Label(FurnitureKind? kind) => kind switch
    {
        FurnitureKind.Navigation => "Navigation",
        FurnitureKind.PhotoCredit => "Photo credit",
        FurnitureKind.CommentPrompt => "Comment prompt",
        FurnitureKind.RelatedArticles => "Related articles",
        FurnitureKind.Copyright => "Copyright",
        FurnitureKind.SectionLabel => "Section label",
        FurnitureKind.PublicationLine => "Publication line",
        FurnitureKind.SourceNote => "Source note",
        _ => "Page furniture",
    };
}
