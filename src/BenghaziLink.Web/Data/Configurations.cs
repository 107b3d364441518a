using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BenghaziLink.Web.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => a.SourceName);
        // Unique where known; SQLite lets several rows leave it empty (text pasted without a file).
        article.HasIndex(a => a.SourcePath).IsUnique();
        article.HasIndex(a => a.PipelineVersion);
        article.HasIndex(a => a.ContentHash);
        article.HasIndex(a => a.Published);
        // Enums as names: the database stays readable with the sqlite3 shell and survives reordering.
        article.Property(a => a.OutletProvenance).HasConversion<string>();
        article.Property(a => a.PublishedProvenance).HasConversion<string>();
        article.Property(a => a.PublishedPrecision).HasConversion<string>();
        article.HasMany(a => a.Blocks).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Furniture).WithOne().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Facts).WithOne().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleBlockConfiguration : IEntityTypeConfiguration<ArticleBlock>
{
    public void Configure(EntityTypeBuilder<ArticleBlock> block)
    {
        block.HasIndex(b => new { b.ArticleId, b.Ordinal }).IsUnique();
        block.Property(b => b.Kind).HasConversion<string>();
        block.Property(b => b.Furniture).HasConversion<string>();
    }
}

internal sealed class ArticleFurnitureConfiguration : IEntityTypeConfiguration<ArticleFurniture>
{
    public void Configure(EntityTypeBuilder<ArticleFurniture> furniture)
    {
        furniture.HasIndex(f => new { f.ArticleId, f.Start });
        furniture.Property(f => f.Kind).HasConversion<string>();
    }
}

internal sealed class ArticleFactConfiguration : IEntityTypeConfiguration<ArticleFact>
{
    public void Configure(EntityTypeBuilder<ArticleFact> fact)
    {
        fact.HasIndex(f => new { f.ArticleId, f.Kind });
        fact.Property(f => f.Kind).HasConversion<string>();
    }
}

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> entity)
    {
        entity.HasIndex(e => e.Slug).IsUnique();
        entity.HasIndex(e => new { e.Type, e.Canonical });
        entity.Property(e => e.Type).HasConversion<string>();
        entity.Property(e => e.Kind).HasConversion<string>();
        entity.HasMany(e => e.Aliases).WithOne().HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> alias)
    {
        alias.HasIndex(a => new { a.EntityId, a.Key }).IsUnique();
        alias.HasIndex(a => a.Key);
    }
}

internal sealed class EntityEvidenceConfiguration : IEntityTypeConfiguration<EntityEvidence>
{
    public void Configure(EntityTypeBuilder<EntityEvidence> evidence)
    {
        evidence.HasIndex(e => e.EntityId);
        evidence.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        evidence.HasOne<Entity>().WithMany().HasForeignKey(e => e.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleMentionConfiguration : IEntityTypeConfiguration<ArticleMention>
{
    public void Configure(EntityTypeBuilder<ArticleMention> mention)
    {
        mention.HasIndex(m => new { m.ArticleId, m.Start });
        mention.HasIndex(m => m.EntityId);
        mention.Property(m => m.Type).HasConversion<string>();
        mention.Property(m => m.Kind).HasConversion<string>();
        mention.HasOne<Article>().WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        mention.HasOne<Entity>().WithMany().HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleRoleConfiguration : IEntityTypeConfiguration<ArticleRole>
{
    public void Configure(EntityTypeBuilder<ArticleRole> role)
    {
        role.HasIndex(r => r.EntityId);
        role.HasIndex(r => new { r.ArticleId, r.Start });
        role.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        role.HasOne<Entity>().WithMany().HasForeignKey(r => r.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleDateConfiguration : IEntityTypeConfiguration<ArticleDate>
{
    public void Configure(EntityTypeBuilder<ArticleDate> date)
    {
        date.HasIndex(d => new { d.ArticleId, d.Start });
        date.HasIndex(d => d.Value);
        date.Property(d => d.Granularity).HasConversion<string>();
        date.HasOne<Article>().WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleSentenceConfiguration : IEntityTypeConfiguration<ArticleSentence>
{
    public void Configure(EntityTypeBuilder<ArticleSentence> sentence)
    {
        sentence.HasIndex(s => new { s.ArticleId, s.Ordinal }).IsUnique();
        sentence.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoreInfoConfiguration : IEntityTypeConfiguration<StoreInfo>
{
    public void Configure(EntityTypeBuilder<StoreInfo> info) => info.HasKey(i => i.Key);
}

internal sealed class ArticleClaimConfiguration : IEntityTypeConfiguration<ArticleClaim>
{
    public void Configure(EntityTypeBuilder<ArticleClaim> claim)
    {
        claim.HasIndex(c => new { c.ArticleId, c.Ordinal }).IsUnique();
        claim.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        claim.HasMany(c => c.Chain).WithOne().HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Cascade);
        claim.HasMany(c => c.Quantities).WithOne().HasForeignKey(q => q.ClaimId).OnDelete(DeleteBehavior.Cascade);
        claim.HasMany(c => c.Mentions).WithOne().HasForeignKey(m => m.ClaimId).OnDelete(DeleteBehavior.Cascade);
        // By name, as every enum here. Claims stored before moods existed are statements: the migration that added the
        // column gave them its default; the model has none, since EF would then leave Statement (the enum's 0) unsent.
        claim.Property(c => c.Mood).HasConversion<string>();
        // The background meaning service looks for claims whose vector is missing, by key.
        claim.HasIndex(c => c.MeaningKey);
    }
}

internal sealed class ClaimMentionConfiguration : IEntityTypeConfiguration<ClaimMentionRow>
{
    public void Configure(EntityTypeBuilder<ClaimMentionRow> mention)
    {
        mention.ToTable("ClaimMentions");
        mention.HasIndex(m => new { m.ClaimId, m.Position }).IsUnique();
        mention.HasIndex(m => m.Name);
    }
}

internal sealed class ClaimMeaningConfiguration : IEntityTypeConfiguration<ClaimMeaning>
{
    public void Configure(EntityTypeBuilder<ClaimMeaning> meaning)
    {
        meaning.ToTable("ClaimMeanings");
        meaning.HasKey(m => m.Key);
    }
}

internal sealed class ClaimGroupConfiguration : IEntityTypeConfiguration<ClaimGroupRow>
{
    public void Configure(EntityTypeBuilder<ClaimGroupRow> group)
    {
        group.ToTable("ClaimGroups");
        // The id is chosen (the first member's claim id), not generated: see ClaimGroupRow.
        group.Property(g => g.Id).ValueGeneratedNever();
        group.HasIndex(g => g.Status);
        group.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        group.HasMany(g => g.Framings).WithOne().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
        group.HasMany(g => g.Origins).WithOne().HasForeignKey(o => o.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClaimGroupOriginConfiguration : IEntityTypeConfiguration<ClaimGroupOrigin>
{
    public void Configure(EntityTypeBuilder<ClaimGroupOrigin> origin)
    {
        origin.ToTable("ClaimGroupOrigins");
        origin.HasIndex(o => new { o.GroupId, o.Origin }).IsUnique();
    }
}

internal sealed class ClaimGroupFramingConfiguration : IEntityTypeConfiguration<ClaimGroupFraming>
{
    public void Configure(EntityTypeBuilder<ClaimGroupFraming> framing)
    {
        framing.ToTable("ClaimGroupFramings");
        framing.HasIndex(f => f.GroupId);
        framing.HasOne<ArticleClaim>().WithMany().HasForeignKey(f => f.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClaimGroupMemberConfiguration : IEntityTypeConfiguration<ClaimGroupMember>
{
    public void Configure(EntityTypeBuilder<ClaimGroupMember> member)
    {
        member.HasIndex(m => m.ClaimId);
        member.HasOne<ArticleClaim>().WithMany().HasForeignKey(m => m.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}
