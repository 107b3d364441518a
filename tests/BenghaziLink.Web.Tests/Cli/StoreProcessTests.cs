using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>What only real processes show about the store: being killed mid-upgrade, and two writers at once.</summary>
public sealed class StoreProcessTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-process-");
    private string Database => Path.Combine(folder.FullName, "store.db");
    private string Store => $"--ConnectionStrings:BenghaziLink=Data Source={Database}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    /// <summary>Distinct articles made from the seeds (a numbered line keeps each one's bytes apart).</summary>
    private string WriteVariants(string name, int count, int from = 0)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder.FullName, name)).FullName;
        var seeds = Directory.GetFiles(RepoPaths.SeedArticles, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = from; i < from + count; i++)
        {
            File.WriteAllText(Path.Combine(target, $"variant-{i:D3}.txt"), File.ReadAllText(seeds[i % seeds.Length]) + $"\n\nCorrection number {i}.\n");
        }
        return target;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Reextraction_KilledWhileRunning_LosesNoArticleAndFinishesOnTheNextStart()
    {
        var articles = WriteVariants("articles", 40);
        var empty = Directory.CreateDirectory(Path.Combine(folder.FullName, "nothing-new")).FullName;
        Assert.Equal(0, (await AppProcess.RunAsync("ingest", articles, Store)).ExitCode);
        Scalar("UPDATE Articles SET PipelineVersion = 'previous'");

        // Killed (SIGKILL: no clean-up runs) as soon as it says it has started extracting again.
        using (var upgrade = AppProcess.Start(["ingest", empty, Store], level: "Information"))
        {
            while (await upgrade.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Extracting 40 articles again", StringComparison.Ordinal))
            {
            }
            await Task.Delay(300);
            upgrade.Kill();
            await upgrade.WaitForExitAsync();
        }
        var afterKill = Scalar("SELECT COUNT(*) FROM Articles");
        var (exit, _, _) = await AppProcess.RunAsync("ingest", empty, Store);

        Assert.Equal(40, afterKill);
        Assert.Equal(0, exit);
        Assert.Equal(40, Scalar("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM Articles WHERE PipelineVersion = 'previous'"));
        Assert.Equal(40, Scalar("SELECT COUNT(DISTINCT ArticleId) FROM ArticleSentences"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM StoreInfo WHERE Key = 'claim_groups_stale'"));
    }

    [Fact]
    public async Task Ingest_TwoRunsAtOnceOnOverlappingFolders_StoreEachArticleOnceWithoutFailures()
    {
        var shared = WriteVariants("shared", 15);
        var first = WriteVariants("first", 5, from: 100);
        var second = WriteVariants("second", 5, from: 200);
        Assert.Equal(0, (await AppProcess.RunAsync("ingest", first + "/variant-100.txt", Store)).ExitCode);

        var runs = await Task.WhenAll(AppProcess.RunAsync("ingest", shared, first, Store), AppProcess.RunAsync("ingest", second, shared, Store));

        Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
        Assert.All(runs, run => Assert.DoesNotContain("UNIQUE", run.Output + run.Errors, StringComparison.Ordinal));
        Assert.All(runs, run => Assert.DoesNotContain("FAILED", run.Output, StringComparison.Ordinal));
        Assert.Equal(25, Scalar("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(25, Scalar("SELECT COUNT(DISTINCT ArticleId) FROM ArticleSentences"));
        Assert.Equal(Scalar("SELECT COUNT(*) FROM Entities"), Scalar("SELECT COUNT(DISTINCT Slug) FROM Entities"));
    }
}
