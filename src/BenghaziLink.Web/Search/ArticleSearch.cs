using System.Data;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Search;

/// <summary>A run of text, highlighted where it matched the query.</summary>
public sealed record TextRun(string Text, bool Hit);

public sealed record SearchHit(string Slug, string Headline, IReadOnlyList<TextRun> HeadlineRuns, IReadOnlyList<TextRun> Snippet,
    string? Outlet, string? Published, double Rank);

public sealed record SearchResults(string Query, int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, string? Problem = null)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Full-text search over articles, shared by the search page and the API. BM25 ranking with the
/// headline weighted above the body; snippets and highlights come back as runs, never as HTML, so
/// article text is always encoded by whoever renders it.
/// </summary>
public sealed class ArticleSearch(BenghaziLinkDb db, EntityLookup entities, ILogger<ArticleSearch> logger)
{
    public const int DefaultPageSize = 20;

    // Control characters cannot occur in stored text (the decoder refuses them), so they mark hits safely.
    private const char HitStart = '\u0002';
    private const char HitEnd = '\u0003';

    private const string SearchSql = """
        SELECT a.Slug, a.Headline, a.Outlet, a.Published,
               highlight(ArticleSearch, 0, char(2), char(3)),
               snippet(ArticleSearch, 1, char(2), char(3), '…', 40),
               bm25(ArticleSearch, 4.0, 1.0) AS rank
        FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid
        WHERE ArticleSearch MATCH $query
        ORDER BY rank, a.Id
        LIMIT $limit OFFSET $offset
        """;

    public async Task<SearchResults> SearchAsync(string? input, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var query = input?.Trim() ?? "";
        page = Math.Max(1, page);
        var fts = FtsQuery.Build(query, await VariantsAsync(query, cancellationToken).ConfigureAwait(false));
        if (fts is null) return new SearchResults(query, 0, page, pageSize, []);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH $query";
            count.Parameters.AddWithValue("$query", fts);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

            using var search = connection.CreateCommand();
            search.CommandText = SearchSql;
            search.Parameters.AddWithValue("$query", fts);
            search.Parameters.AddWithValue("$limit", pageSize);
            search.Parameters.AddWithValue("$offset", (long)(page - 1) * pageSize);
            var hits = new List<SearchHit>();
            using var reader = await search.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                hits.Add(new SearchHit(
                    reader.GetString(0), reader.GetString(1), Runs(reader.GetString(4)), Runs(reader.GetString(5)),
                    reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetDouble(6)));
            }
            return new SearchResults(query, total, page, pageSize, hits);
        }
        catch (SqliteException ex)
        {
            // FtsQuery only emits quoted terms, so this should not happen; if it does, say so plainly.
            logger.SearchFailed(fts, query, ex.Message);
            return new SearchResults(query, 0, page, pageSize, [], "The search could not be run for that query. Try fewer or simpler words.");
        }
        finally
        {
            if (opened) await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// When the query is a name that matches an entity (exactly, by a close spelling or as a transliteration), each typed
    /// word with the entity's name words that are the same word in another transliteration: "Qaddafi" also finds the
    /// articles that write Gaddafi or Gadhafi. Only words of one skeleton (<see cref="NameSearch.Skeleton"/>) count, so
    /// "Hillary Clinton" never widens to every "Clinton".
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>?> VariantsAsync(string query, CancellationToken cancellationToken)
    {
        var words = FtsQuery.PlainWords(query);
        if (words.Count == 0) return null;
        var hits = await entities.FindAsync(query, 1, cancellationToken).ConfigureAwait(false);
        if (hits is not [{ How: "exact" or "close spelling" or "transliteration" or "word" } hit]) return null;
        var names = await entities.NamesAsync(hit.Slug, cancellationToken).ConfigureAwait(false);
        var nameWords = names.SelectMany(n => n.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var variants = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            var skeleton = NameSearch.Skeleton(NameKey.Of(word));
            if (skeleton.Length < 3) continue;
            var same = nameWords.Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase) && NameSearch.Skeleton(NameKey.Of(w)) == skeleton).ToList();
            if (same.Count > 0) variants[word] = same;
        }
        return variants;
    }

    internal static IReadOnlyList<TextRun> Runs(string marked)
    {
        var runs = new List<TextRun>();
        var hit = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] is not (HitStart or HitEnd)) continue;
            if (i > start) runs.Add(new TextRun(marked[start..i], hit));
            if (i < marked.Length) hit = marked[i] == HitStart;
            start = i + 1;
        }
        return runs;
    }
}
