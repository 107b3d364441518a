using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Benchmarks;

/// <summary>The seed articles and catalog, copied beside the benchmark binary.</summary>
public sealed record Corpus(IReadOnlyList<(string Name, string Text, PartialDate? Reference)> Articles, EntityCatalog Catalog)
{
    public int Words => Articles.Sum(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    public static Corpus Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f), (PartialDate?)null)).ToList();
        return new Corpus(articles, LoadCatalog(Path.Combine(folder, "catalog.json")));
    }

    private static EntityCatalog LoadCatalog(string path) => BenghaziLink.Web.Ingestion.CatalogReader.Load(path).Catalog;
}
