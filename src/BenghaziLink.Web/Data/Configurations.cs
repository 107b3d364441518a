using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BenghaziLink.Web.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => a.SourceName).IsUnique();
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

internal sealed class StoreInfoConfiguration : IEntityTypeConfiguration<StoreInfo>
{
    public void Configure(EntityTypeBuilder<StoreInfo> info) => info.HasKey(i => i.Key);
}
