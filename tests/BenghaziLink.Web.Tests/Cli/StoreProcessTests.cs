using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>What only real processes show about the store: being killed mid-upgrade, and two writers at once.</summary>
public sealed class StoreProcessTests : IDisposable
{
    private readonly ScratchFolder scratch = new("benghazilink-process-");
    private string Database => scratch.PathOf("store.db");
    private string Store => $"--ConnectionStrings:BenghaziLink=Data Source={Database}";

    public void Dispose() => scratch.Dispose();

    private long Scalar(string sql) => StoreFile.Scalar(Database, sql);

    [Fact]
    public async Task Reextraction_KilledWhileRunning_LosesNoArticleAndFinishesOnTheNextStart()
    {
        var articles = scratch.WriteVariants("articles", 40);
        var empty = Directory.CreateDirectory(scratch.PathOf("nothing-new")).FullName;
        Assert.Equal(0, (await AppProcess.RunAsync("ingest", articles, Store)).ExitCode);
        Scalar("UPDATE Articles SET PipelineVersion = 'previous'");

        // Killed (SIGKILL: no clean-up runs) as soon as it says it has started extracting again.
        bool killedWhileRunning;
        using (var upgrade = AppProcess.Start(["ingest", empty, Store], level: "Information"))
        {
            var output = upgrade.StandardOutput.ReadToEndAsync();
            // Logs go to stderr.
            while (await upgrade.StandardError.ReadLineAsync() is { } line && !line.Contains("Extracting 40 articles again", StringComparison.Ordinal))
            {
            }
            await Task.Delay(200);
            killedWhileRunning = !upgrade.HasExited;
            upgrade.Kill();
            await upgrade.WaitForExitAsync();
            await output;
        }
        var afterKill = Scalar("SELECT COUNT(*) FROM Articles");
        var (exit, _, _) = await AppProcess.RunAsync("ingest", empty, Store);

        Assert.True(killedWhileRunning);
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
        var shared = scratch.WriteVariants("shared", 15);
        var first = scratch.WriteVariants("first", 5, from: 100);
        var second = scratch.WriteVariants("second", 5, from: 200);
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
