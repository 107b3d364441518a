using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Data;

/// <summary>The SQLite store. It is derived from the seed articles and can always be rebuilt by re-ingesting.</summary>
public sealed class BenghaziLinkDb(DbContextOptions<BenghaziLinkDb> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleBlock> ArticleBlocks => Set<ArticleBlock>();
    public DbSet<ArticleFurniture> ArticleFurniture => Set<ArticleFurniture>();
    public DbSet<ArticleFact> ArticleFacts => Set<ArticleFact>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();
    public DbSet<EntityEvidence> EntityEvidence => Set<EntityEvidence>();
    public DbSet<ArticleMention> ArticleMentions => Set<ArticleMention>();
    public DbSet<ArticleRole> ArticleRoles => Set<ArticleRole>();
    public DbSet<ArticleDate> ArticleDates => Set<ArticleDate>();
    public DbSet<ArticleSentence> ArticleSentences => Set<ArticleSentence>();
    public DbSet<ArticleClaim> ArticleClaims => Set<ArticleClaim>();
    public DbSet<ClaimSourceLink> ClaimSources => Set<ClaimSourceLink>();
    public DbSet<ClaimQuantity> ClaimQuantities => Set<ClaimQuantity>();
    public DbSet<ClaimMentionRow> ClaimMentions => Set<ClaimMentionRow>();
    public DbSet<ClaimMeaning> ClaimMeanings => Set<ClaimMeaning>();
    public DbSet<ClaimGroupRow> ClaimGroups => Set<ClaimGroupRow>();
    public DbSet<ClaimGroupMember> ClaimGroupMembers => Set<ClaimGroupMember>();
    public DbSet<ClaimGroupFraming> ClaimGroupFramings => Set<ClaimGroupFraming>();
    public DbSet<ClaimGroupOrigin> ClaimGroupOrigins => Set<ClaimGroupOrigin>();
    public DbSet<StoreInfo> StoreInfo => Set<StoreInfo>();

    /// <summary>
    /// Profiles and claim pages load several collections in one projection. One query (EF's default) keeps them
    /// consistent with each other while an ingest writes; saying so explicitly stops EF warning about it.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlite(o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BenghaziLinkDb).Assembly);
}
