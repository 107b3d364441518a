using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using Microsoft.AspNetCore.Html;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;

namespace BenghaziLink.Web.Pages.Articles;

public sealed class DetailsModel(BenghaziLinkDb db, RelatedArticles relatedArticles, BenghaziLink.Web.Pages.Claims.ClaimQuery claimQuery) : PageModel
{
    public sealed record BlockView(int Ordinal, BlockKind Kind, FurnitureKind? Furniture, int Start, IHtmlContent Html);

    /// <summary>Consecutive furniture blocks of one kind are shown together, set apart from the text.</summary>
    public sealed record Section(FurnitureKind? Furniture, IReadOnlyList<BlockView> Blocks);

    public sealed record Header(string Slug, string Headline, string? Standfirst, string? Dateline, string? Byline, string SourceName,
        string ContentHash, int WordCount, string? Outlet, Provenance? OutletProvenance, string? OutletBasis, PublishedDateView Published, string Text);

    public sealed record Legend(int People, int Groups, int Places, int Dates);

    public Header Article { get; private set; } = null!;
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public Legend Counts { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<RelatedArticle> Related { get; private set; } = [];
    /// <summary>The article's claims in text order, each with its chain and, when other articles carry it too, its group.</summary>
    public Paged<BenghaziLink.Web.Pages.Claims.ClaimView> Claims { get; private set; } = new([], 1, 1, 0);

    /// <summary>The page of claims, as text: a page always answers (first page for no number, last page past the end).</summary>
    [BindProperty(SupportsGet = true, Name = "claims")]
    public string? ClaimsPage { get; set; }

    public Pager ClaimsPager => Pager.Of(Claims, "Pages of the article's claims",
        p => Paging.Url($"/articles/{Article.Slug}", [("claims", Paging.Value(p))], "claims-heading"));
    public bool HasHeadlineBlock => Sections.Any(s => s.Blocks[0].Kind == BlockKind.Headline);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id,
                Header = new Header(a.Slug, a.Headline, a.Standfirst, a.Dateline, a.Byline, a.SourceName, a.ContentHash, a.WordCount,
                    a.Outlet, a.OutletProvenance, a.OutletBasis, new PublishedDateView(a.Published, a.PublishedProvenance, a.PublishedBasis), a.Text),
                Blocks = a.Blocks.OrderBy(b => b.Ordinal).Select(b => new { b.Ordinal, b.Kind, b.Furniture, b.Start, b.End }).ToList(),
                Inline = a.Furniture.Select(f => new { f.Start, f.End }).ToList(),
                Datelines = a.Facts.Where(f => f.Kind == FactKind.Dateline).Select(f => new { f.Start, f.End }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null) return NotFound();
        var mentions = await db.ArticleMentions.Where(m => m.ArticleId == article.Id)
            .Join(db.Entities, m => m.EntityId, e => e.Id, (m, e) => new { m.Start, m.End, e.Type, e.Kind, e.Slug, e.Canonical })
            .ToListAsync(cancellationToken);
        var sentences = await db.ArticleSentences.Where(s => s.ArticleId == article.Id)
            .Select(s => new { s.Ordinal, s.Start, s.End })
            .ToListAsync(cancellationToken);
        var dates = await db.ArticleDates.Where(d => d.ArticleId == article.Id)
            .Select(d => new { d.Start, d.End, d.Value, d.Granularity, d.Relative, d.Anchor })
            .ToListAsync(cancellationToken);

        Article = article.Header;
        Counts = new Legend(
            mentions.Where(m => m.Type == EntityType.Person).Select(m => m.Slug).Distinct().Count(),
            mentions.Where(m => m.Type == EntityType.Group).Select(m => m.Slug).Distinct().Count(),
            mentions.Where(m => m.Type == EntityType.Place).Select(m => m.Slug).Distinct().Count(),
            dates.Count);
        // Sentences are the outermost marks, so a link to #s{ordinal} from a profile, the timeline or a
        // claim lands on (and highlights) the exact sentence behind the statement.
        var marks = new List<Mark>();
        marks.AddRange(sentences.Select(s => new Mark(s.Start, s.End, "span", "sentence", [("id", $"s{s.Ordinal}")])));
        marks.AddRange(article.Inline.Select(f => new Mark(f.Start, f.End, "span", "inline-furniture", [("title", "Page furniture")])));
        marks.AddRange(article.Datelines.Select(d => new Mark(d.Start, d.End, "span", "dateline", [])));
        marks.AddRange(mentions.Select(m =>
        {
            var type = m.Type.ToString().ToLowerInvariant();
            var kind = EntityKinds.Name(m.Kind);
            var description = kind is null ? type : $"{type}, {kind}";
            return new Mark(m.Start, m.End, "a", $"mention mention-{type}",
                [("href", $"/entities/{m.Slug}"), ("data-type", type), ("data-kind", kind ?? ""), ("title", $"{m.Canonical} ({description})")],
                Hidden: $" ({description}: {m.Canonical})");
        }));
        marks.AddRange(dates.Select(d =>
        {
            var value = d.Value ?? "unresolved";
            var how = d.Anchor is null ? value : $"{value}, {d.Anchor}";
            return new Mark(d.Start, d.End, "span", "date-mention", [("data-value", d.Value ?? ""), ("title", how)],
                After: $"<sup class=\"date-value\" aria-hidden=\"true\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(value)}</sup>",
                Hidden: $" (date: {how})");
        }));
        // A mark as long as its block is the block itself (a furniture line): nothing to set apart.
        var blocks = article.Blocks.Select(b => new BlockView(b.Ordinal, b.Kind, b.Furniture, b.Start,
            ArticleMarkup.Render(Article.Text, b.Start, b.End, [.. marks.Where(m => m.Start >= b.Start && m.End <= b.End && (m.End - m.Start < b.End - b.Start || m.Class is "sentence" or "date-mention" || m.Class.StartsWith("mention", StringComparison.Ordinal)))])));
        Sections = Group(blocks);
        Related = await relatedArticles.ForArticleAsync(slug, RelatedArticles.Shown, cancellationToken) ?? [];
        Claims = await claimQuery.OfArticleAsync(article.Id, Paging.Read(ClaimsPage), cancellationToken);
        return Page();
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
