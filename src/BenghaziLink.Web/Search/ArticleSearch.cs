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

    /// <summary>The narrowing in force (what the results were filtered by and how they are sorted).</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>How the matching articles (all pages, the filter applied) spread over entities, outlets and years: each value with its count.</summary>
    public SearchFacets Facets { get; init; } = SearchFacets.Empty;
}

/// <summary>
/// What narrows a search: an entity the articles name (slug), an outlet, a publication year; and the order, by
/// relevance (BM25) or by date (newest first, undated last).
/// </summary>
public sealed record SearchFilter(string? Entity = null, string? Outlet = null, string? Year = null, bool ByDate = false)
{
    public static SearchFilter None { get; } = new();

    /// <summary>Reads the query parameters; says in words what is wrong with a bad one.</summary>
    public static (SearchFilter? Filter, string? Error) Parse(string? entity, string? outlet, string? year, string? sort)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var y = Clean(year);
        if (y is not null && (y.Length != 4 || !y.All(char.IsAsciiDigit))) return (null, $"The year must be four digits, not “{Shorten(y)}”.");
        var order = Clean(sort)?.ToLowerInvariant();
        if (order is not (null or "relevance" or "date")) return (null, $"Sort by relevance or date, not “{Shorten(order)}”.");
        return (new SearchFilter(Clean(entity), Clean(outlet), y, order == "date"), null);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>A value of a facet (an entity's slug, an outlet, a year), how it reads, and how many matching articles have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count, string? Type = null);

public sealed record SearchFacets(IReadOnlyList<FacetValue> Entities, IReadOnlyList<FacetValue> Outlets, IReadOnlyList<FacetValue> Years)
{
    public static SearchFacets Empty { get; } = new([], [], []);
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

    // The filter narrows the matches; facets count over all of them, sorted pages show a slice.
    private const string Matches = """
        FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid
        WHERE ArticleSearch MATCH $query
          AND ($outlet IS NULL OR a.Outlet = $outlet)
          AND ($year IS NULL OR substr(a.Published, 1, 4) = $year)
          AND ($entity IS NULL OR EXISTS (SELECT 1 FROM ArticleMentions m JOIN Entities e ON e.Id = m.EntityId WHERE m.ArticleId = a.Id AND e.Slug = $entity))
        """;

    private const int EntityFacetSize = 8;

    /// <summary>
    /// The page of articles matching <paramref name="input"/>, narrowed by <paramref name="filter"/>, with the facets of all
    /// matches. <paramref name="names"/>: the entities the query matches by name, best first, when the caller has looked
    /// them up already (the search page lists them); the lookup reads every entity, so it is not done twice.
    /// </summary>
    public async Task<SearchResults> SearchAsync(string? input, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize, SearchFilter? filter = null,
        IReadOnlyList<EntityHit>? names = null)
    {
        var query = input?.Trim() ?? "";
        filter ??= SearchFilter.None;
        page = Math.Max(1, page);
        var fts = FtsQuery.Build(query, await VariantsAsync(query, names, cancellationToken).ConfigureAwait(false));
        if (fts is null) return new SearchResults(query, 0, page, pageSize, []) { Filter = filter };

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            SqliteCommand Command(string sql)
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.AddWithValue("$query", fts);
                command.Parameters.AddWithValue("$outlet", (object?)filter.Outlet ?? DBNull.Value);
                command.Parameters.AddWithValue("$year", (object?)filter.Year ?? DBNull.Value);
                command.Parameters.AddWithValue("$entity", (object?)filter.Entity ?? DBNull.Value);
                return command;
            }
            using var count = Command("SELECT count(*) " + Matches);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

            using var search = Command($"""
                SELECT a.Slug, a.Headline, a.Outlet, a.Published,
                       highlight(ArticleSearch, 0, char(2), char(3)),
                       snippet(ArticleSearch, 1, char(2), char(3), '…', 40),
                       bm25(ArticleSearch, 4.0, 1.0) AS rank
                {Matches}
                ORDER BY {(filter.ByDate ? "a.Published IS NULL, a.Published DESC, rank, a.Id" : "rank, a.Id")}
                LIMIT $limit OFFSET $offset
                """);
            search.Parameters.AddWithValue("$limit", pageSize);
            search.Parameters.AddWithValue("$offset", (long)(page - 1) * pageSize);
            var hits = new List<SearchHit>();
            using (var reader = await search.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    hits.Add(new SearchHit(
                        reader.GetString(0), reader.GetString(1), Runs(reader.GetString(4)), Runs(reader.GetString(5)),
                        reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetDouble(6)));
                }
            }

            async Task<List<FacetValue>> FacetAsync(string sql)
            {
                using var command = Command(sql);
                var values = new List<FacetValue>();
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    values.Add(new FacetValue(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.FieldCount > 3 ? reader.GetString(3) : null));
                }
                return values;
            }
            var facets = total == 0 ? SearchFacets.Empty : new SearchFacets(
                // The most named entities of each type, by how many matching articles name them.
                await FacetAsync($"""
                    SELECT Slug, Canonical, Articles, Type FROM (
                        SELECT e.Slug, e.Canonical, count(DISTINCT m.ArticleId) AS Articles, e.Type,
                               row_number() OVER (PARTITION BY e.Type ORDER BY count(DISTINCT m.ArticleId) DESC, e.Canonical) AS Place
                        {Matches.Replace("WHERE ArticleSearch MATCH", "JOIN ArticleMentions m ON m.ArticleId = a.Id JOIN Entities e ON e.Id = m.EntityId WHERE ArticleSearch MATCH", StringComparison.Ordinal)}
                        GROUP BY e.Id)
                    WHERE Place <= {EntityFacetSize} ORDER BY Type, Articles DESC, Canonical
                    """).ConfigureAwait(false),
                await FacetAsync($"SELECT a.Outlet, a.Outlet, count(*) {Matches} AND a.Outlet IS NOT NULL GROUP BY a.Outlet ORDER BY count(*) DESC, a.Outlet").ConfigureAwait(false),
                await FacetAsync($"SELECT substr(a.Published, 1, 4), substr(a.Published, 1, 4), count(*) {Matches} AND a.Published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC").ConfigureAwait(false));
            return new SearchResults(query, total, page, pageSize, hits) { Filter = filter, Facets = facets };
        }
        catch (SqliteException ex)
        {
            // FtsQuery only emits quoted terms, so this should not happen; if it does, say so plainly.
            logger.SearchFailed(fts, query, ex.Message);
            return new SearchResults(query, 0, page, pageSize, [], "The search could not be run for that query. Try fewer or simpler words.") { Filter = filter };
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
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>?> VariantsAsync(string query, IReadOnlyList<EntityHit>? names, CancellationToken cancellationToken)
    {
        var words = FtsQuery.PlainWords(query);
        if (words.Count == 0) return null;
        names ??= await entities.FindAsync(query, 1, cancellationToken).ConfigureAwait(false);
        if (names is not [{ How: "exact" or "close spelling" or "transliteration" or "word" } hit, ..]) return null;
        var spellings = await entities.NamesAsync(hit.Slug, cancellationToken).ConfigureAwait(false);
        var nameWords = spellings.SelectMany(n => n.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
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
