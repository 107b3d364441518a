namespace BenghaziLink.Web.Data;

/// <summary>Schema facts that the EF model does not carry: keys in <c>StoreInfo</c>, the full-text index, tables outside the model.</summary>
internal static class StoreSchema
{
    /// <summary>Where stores made before migrations recorded their schema version (8 is the last; see <c>StoreInitializer</c>).</summary>
    public const string VersionKey = "schema_version";

    /// <summary>The <see cref="Extraction.Claims.ClaimGrouper.Version"/> the stored claim groups were made with.</summary>
    public const string ClaimGroupingKey = "claim_grouping_version";

    /// <summary>
    /// Present while claims changed after the groups were made (set in the same transaction as the change, cleared by the
    /// regrouping): a run killed before it regrouped is regrouped at the next start.
    /// </summary>
    public const string ClaimGroupsStaleKey = "claim_groups_stale";

    /// <summary>
    /// Present while articles were added after the groups were made (set in the article's transaction, cleared by the
    /// regrouping): their claims can be grouped into the kept groups, without regrouping the corpus.
    /// </summary>
    public const string ClaimGroupsAddedKey = "claim_groups_added";

    /// <summary>
    /// A fresh value at every write of the groups: a process that kept the grouping it wrote knows from it whether the
    /// stored groups are still its own, or another process (a second <c>ingest</c>) wrote them since.
    /// </summary>
    public const string ClaimGroupsWrittenKey = "claim_groups_written";

    /// <summary>Article texts kept from a store older than schema 8, each ingested again and then removed.</summary>
    public const string LegacyArticles = "LegacyArticles";

    /// <summary>The full-text index as schema 8 made it, without stemming; migration <c>SearchStemming</c> replaces it.</summary>
    public const string CreateSearchIndexSchema8 =
        "CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(headline, body, tokenize = 'unicode61 remove_diacritics 2')";

    /// <summary>
    /// FTS5 over the headline and the author's text (furniture left out, so a related-articles list
    /// does not make an article match). rowid is the article id. Diacritics are folded so "Bouteflika"
    /// and "Boutéflika" match, and words are stemmed (Porter) so "weapon" finds "weapons" and "kidnapped" "kidnapping".
    /// </summary>
    public const string CreateSearchIndex =
        "CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(headline, body, tokenize = 'porter unicode61 remove_diacritics 2')";
}
