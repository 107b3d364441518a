using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>A test's own temporary folder, with distinct articles made from the seeds when a test needs many.</summary>
public sealed class ScratchFolder(string prefix) : IDisposable
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory(prefix);

    public string PathOf(string name) => Path.Combine(Folder.FullName, name);

    /// <summary>Articles made from the seeds in a folder of their own (a numbered line keeps each one's bytes apart).</summary>
    public string WriteVariants(string name, int count, int from = 0)
    {
        var target = Directory.CreateDirectory(PathOf(name)).FullName;
        var seeds = Directory.GetFiles(RepoPaths.SeedArticles, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = from; i < from + count; i++)
        {
            File.WriteAllText(Path.Combine(target, $"variant-{i:D3}.txt"), File.ReadAllText(seeds[i % seeds.Length]) + $"\n\nCorrection number {i}.\n");
        }
        return target;
    }

    public void Dispose()
    {
        // Pooled connections would keep the store files open.
        SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
    }
}
