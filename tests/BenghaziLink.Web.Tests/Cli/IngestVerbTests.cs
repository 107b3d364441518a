
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Cli;

[CollectionDefinition(nameof(SerialConsole), DisableParallelization = true)]
public sealed class SerialConsole;

/// <summary>Runs the app's real entry point as <c>dotnet run -- ingest …</c> would, capturing stdout.</summary>
[Collection(nameof(SerialConsole))]
public sealed class IngestVerbTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-verb-");
    private string Database => Path.Combine(folder.FullName, "store.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private (int ExitCode, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var exit = (int)typeof(Program).Assembly.EntryPoint!.Invoke(null, [args.Append($"--ConnectionStrings:BenghaziLink=Data Source={Database}").ToArray()])!;
            return (exit, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void Ingest_SeedsFolder_PrintsEachFileAndASummaryWithThroughput()
    {
        var (exit, output) = Run("ingest", RepoPaths.SeedArticles);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(0, exit);
        Assert.Equal(6, lines.Length);
        Assert.All(lines[..5], l => Assert.Matches(@"^\[\d/5\] ingested  \d{3}_[0-9a-f]+\.txt -> /articles/[a-z0-9-]+$", l));
        Assert.Matches(@"^5 files, [\d.]+ KB: 5 ingested, 0 unchanged, 0 failed in [\d.]+ s \([\d.]+ files/s, [\d.]+ KB/s\)$", lines[5]);
    }

    [Fact]
    public void Ingest_Again_ReportsUnchanged()
    {
        Run("ingest", RepoPaths.SeedArticles);

        var (exit, output) = Run("ingest", RepoPaths.SeedArticles);

        Assert.Equal(0, exit);
        Assert.Contains("0 ingested, 5 unchanged, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WithBadFiles_ReportsEachReasonAndExitsNonZero()
    {
        var bad = Path.Combine(folder.FullName, "bad.txt");
        File.WriteAllBytes(bad, [0xC3, 0x28, 0x41]);
        var seed = Path.Combine(RepoPaths.SeedArticles, "000_7a814855182ce2fc.txt");

        var (exit, output) = Run("ingest", bad, Path.Combine(folder.FullName, "missing"), seed);

        Assert.Equal(1, exit);
        Assert.Contains("FAILED    bad.txt: invalid UTF-8 at byte 0", output, StringComparison.Ordinal);
        Assert.Contains("missing: no such file or directory", output, StringComparison.Ordinal);
        Assert.Contains("1 ingested, 0 unchanged, 2 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderWithFifoAndLinkLoops_IngestsTheRestOnceReportsTheFifoAndExitsOne()
    {
        var tree = Directory.CreateDirectory(Path.Combine(folder.FullName, "tree")).FullName;
        File.Copy(Path.Combine(RepoPaths.SeedArticles, "000_7a814855182ce2fc.txt"), Path.Combine(tree, "a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(tree, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(tree, "up"), "..");
        SpecialFiles.Fifo(Path.Combine(tree, "pipe.txt"));

        var (exit, output) = await SpecialFiles.WithinAsync(() => Run("ingest", tree));

        Assert.Equal(1, exit);
        Assert.Contains($"FAILED    {Path.Combine(tree, "pipe.txt")}: not a regular file (FIFO)", output, StringComparison.Ordinal);
        Assert.Contains("1 ingested, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WithoutPaths_PrintsUsage()
    {
        var (exit, output) = Run("ingest");

        Assert.Equal(2, exit);
        Assert.StartsWith("usage: ingest", output, StringComparison.Ordinal);
    }
}
