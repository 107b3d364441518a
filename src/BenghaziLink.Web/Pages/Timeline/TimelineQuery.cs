using BenghaziLink.Extraction.Dates;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Pages.Articles;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Pages.Timeline;

/// <summary>
/// One dated statement: the date as written, the period it resolves to (at its own precision), how a
/// relative date was resolved, and the sentence it stands in.
/// </summary>
public sealed record TimelineEntry(
    string Slug, string Headline, int Sentence, string SentenceText, IHtmlContent Quote,
    string Surface, string? Value, DatePeriod? Period, bool Relative, string? ResolvedFrom)
{
    public string Url => $"/articles/{Slug}#s{Sentence}";
}

/// <summary>
/// The dated statements of the corpus, or of the sentences that mention one entity, in date order (dates in page
/// furniture left out). Shared
/// by the timeline page, the entity profile and the API.
/// </summary>
public sealed class TimelineQuery(BenghaziLinkDb db)
{
    public async Task<IReadOnlyList<TimelineEntry>> LoadAsync(int? entityId, CancellationToken cancellationToken)
    {
        var dates = await db.ArticleDates
            .Join(db.Articles, d => d.ArticleId, a => a.Id, (d, a) => new { d.ArticleId, a.Slug, a.Headline, d.Start, d.End, d.Surface, d.Value, d.Relative, d.Anchor })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var mentions = entityId is { } id
            ? await db.ArticleMentions.Where(m => m.EntityId == id).Select(m => new { m.ArticleId, m.Start, m.End }).ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var articleIds = entityId is null ? dates.Select(d => d.ArticleId).Distinct().ToArray() : mentions.Select(m => m.ArticleId).Distinct().ToArray();
        var sentences = await db.ArticleSentences.Where(s => articleIds.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.Ordinal, s.Start, s.End })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var texts = await db.Articles.Where(a => articleIds.Contains(a.Id)).Select(a => new { a.Id, a.Text })
            .ToDictionaryAsync(a => a.Id, a => a.Text, cancellationToken).ConfigureAwait(false);
        var sentencesByArticle = sentences.ToLookup(s => s.ArticleId);
        // Page furniture dates the page or other articles (a publication line, a related-articles list, a copyright
        // notice), not what the story tells: it is no event on the timeline.
        var furniture = (await db.ArticleFurniture.Where(f => articleIds.Contains(f.ArticleId))
            .Select(f => new { f.ArticleId, f.Start, f.End })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(f => f.ArticleId);

        var entries = new List<TimelineEntry>();
        foreach (var date in dates.Where(d => texts.ContainsKey(d.ArticleId)))
        {
            var sentence = sentencesByArticle[date.ArticleId].FirstOrDefault(s => s.Start <= date.Start && date.End <= s.End);
            if (sentence is null || furniture[date.ArticleId].Any(f => f.Start <= date.Start && date.End <= f.End)) continue;
            var about = mentions.Where(m => m.ArticleId == date.ArticleId && m.Start >= sentence.Start && m.End <= sentence.End).ToList();
            if (entityId is not null && about.Count == 0) continue;
            var text = texts[date.ArticleId];
            var marks = new List<Mark> { new(date.Start, date.End, "mark", "date-hit", []) };
            marks.AddRange(about.Select(m => new Mark(m.Start, m.End, "mark", "mention-hit", [])));
            entries.Add(new TimelineEntry(date.Slug, date.Headline, sentence.Ordinal, text[sentence.Start..sentence.End],
                ArticleMarkup.Render(text, sentence.Start, sentence.End, marks),
                date.Surface, date.Value, DatePeriod.Parse(date.Value), date.Relative, ResolvedFrom(date.Relative, date.Anchor)));
        }
        // Earliest first; a coarse date ("2013") before the finer dates it contains; undated expressions last.
        return [.. entries
            .OrderBy(e => e.Period is null)
            .ThenBy(e => e.Period?.Start)
            .ThenByDescending(e => e.Period?.End)
            .ThenBy(e => e.Slug, StringComparer.Ordinal).ThenBy(e => e.Sentence)];
    }

    /// <summary>
    /// How a relative date was resolved, in words: against the article's publication date ("reference date
    /// 2013-01-23" → "the article's date, 23 January 2013") or against another date nearby in the text.
    /// </summary>
    public static string? ResolvedFrom(bool relative, string? anchor)
    {
        const string Reference = "reference date ";
        if (anchor is null) return relative ? "no date to resolve it against" : null;
        if (anchor.StartsWith(Reference, StringComparison.Ordinal))
        {
            var value = anchor[Reference.Length..];
            return $"the article's date, {DatePeriod.Parse(value)?.Label ?? value}";
        }
        return anchor;
    }
}
