namespace BenghaziLink.Web.Data;

/// <summary>Schema facts that the EF model does not carry: its version and the full-text index.</summary>
internal static class StoreSchema
{
    /// <summary>
    /// Bump whenever the model or the raw SQL below changes. There are no migrations (the EF Core
    /// design package does not restore here): a store of another version is rebuilt and its articles
    /// are extracted again from their stored text. (A new claim grouper needs no bump: see
    /// <see cref="ClaimGroupingKey"/>.)
    /// </summary>
    public const int Version = 8;

    public const string VersionKey = "schema_version";

    /// <summary>The <see cref="Extraction.Claims.ClaimGrouper.Version"/> the stored claim groups were made with.</summary>
    public const string ClaimGroupingKey = "claim_grouping_version";

    /// <summary>
    /// FTS5 over the headline and the author's text (furniture left out, so a related-articles list
    /// does not make an article match). rowid is the article id. Diacritics are folded so "Bouteflika"
    /// and "Boutéflika" match.
    /// </summary>
    public const string CreateSearchIndex =
        "CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(headline, body, tokenize = 'unicode61 remove_diacritics 2')";
}
