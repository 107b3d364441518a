using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>The mentions of a document that belong to one of its entities, in text order, and those inside a stretch of text.</summary>
internal static class NamedMentions
{
    public static List<(Mention Mention, DocumentEntity Entity)> Of(DocumentBuilder document)
    {
        var entityOf = new Dictionary<TextSpan, DocumentEntity>();
        foreach (var entity in document.Entities)
        {
            foreach (var mention in entity.Mentions) entityOf.TryAdd(mention.Span, entity);
        }
        return [.. document.Mentions.Where(m => entityOf.ContainsKey(m.Span)).Select(m => (m, entityOf[m.Span])).OrderBy(p => p.m.Span.Start)];
    }

    /// <summary>The named mentions inside [start, end), in text order: a binary search, since every claim asks this many times.</summary>
    public static IEnumerable<(Mention Mention, DocumentEntity Entity)> Between(List<(Mention Mention, DocumentEntity Entity)> named, int start, int end)
    {
        int lo = 0, hi = named.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (named[mid].Mention.Span.Start < start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < named.Count && named[i].Mention.Span.Start < end; i++)
        {
            if (named[i].Mention.Span.End <= end) yield return named[i];
        }
    }
}
