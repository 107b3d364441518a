using System.Globalization;
using BenghaziLink.Extraction;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace BenghaziLink.Benchmarks;

/// <summary>An article of a benchmark corpus: file name, text and publication date (ISO, from the sidecar as the app reads it).</summary>
public sealed record CorpusArticle(string Name, string Text, string? Published)
{
    public PartialDate? Reference => PartialDate.TryParseIso(Published, out var date) ? date : null;

    /// <summary>
    /// The <paramref name="copy"/>th copy under another name, published <paramref name="copy"/> days later, with a
    /// line of its own so its content hash differs (the store refuses a second file with the same content).
    /// </summary>
    public CorpusArticle Copy(int copy) => copy == 0 ? this : new(
        $"copy{copy:000}_{Name}",
        $"{Text.TrimEnd()}\n\nArchive copy {copy}.\n",
        DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddDays(copy).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : Published);
}

/// <summary>The seed articles, their sidecar and the catalog, copied beside the benchmark binary.</summary>
public sealed record Corpus(IReadOnlyList<CorpusArticle> Articles, EntityCatalog Catalog)
{
    public int Words => Articles.Sum(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static Corpus Load()
    {
        var sidecars = new SidecarReader(NullLogger<SidecarReader>.Instance);
        var articles = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new CorpusArticle(Path.GetFileName(f), File.ReadAllText(f), sidecars.Find(f)?.Published?.Value)).ToList();
        return new Corpus(articles, CatalogReader.Load(Path.Combine(Folder, "catalog.json")).Catalog);
    }

    /// <summary>The seeds followed by <paramref name="copies"/> perturbed copies of each (copy 1 of every seed, then copy 2, …).</summary>
    public IReadOnlyList<CorpusArticle> WithCopies(int copies) =>
        [.. Enumerable.Range(0, copies + 1).SelectMany(k => Articles.Select(a => a.Copy(k)))];
}
