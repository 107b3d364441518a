using System.Net;
using System.Net.Sockets;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>Bad input at start-up, for the verbs and the web app run as processes: one line on stderr, exit code 2.</summary>
public sealed class StartupFailureProcessTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-startup-");
    private string Database => Path.Combine(folder.FullName, "store.db");
    private string Store => $"--ConnectionStrings:BenghaziLink=Data Source={Database}";
    private static string Article => Path.Combine(RepoPaths.SeedArticles, "000_7a814855182ce2fc.txt");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData("ingest", "--Ingestion:MaxArticleBytes=abc", "a setting is not valid: Failed to convert configuration value 'abc' at 'Ingestion:MaxArticleBytes'")]
    [InlineData("extract", "--Ingestion:MaxArticleBytes=-5", "a setting is not valid: DataAnnotation validation failed for 'IngestionOptions' members: 'MaxArticleBytes'")]
    [InlineData("ingest", "--ConnectionStrings:BenghaziLink=Foo=Bar", "ConnectionStrings:BenghaziLink is not a valid SQLite connection string: Connection string keyword 'foo' is not supported.")]
    [InlineData("eval", "--Serilog:MinimumLevel:Default=Nope", "a logging setting (Serilog section) is not valid: The value Nope is not a valid Serilog level.")]
    public async Task Verb_BadSetting_OneLineOnStderrAndExitTwo(string verb, string setting, string expected)
    {
        var (exit, _, errors) = await AppProcess.RunAsync(verb, Article, Store, setting);

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, expected);
        Assert.False(File.Exists(Database), "a bad setting is refused before the store is touched");
    }

    [Fact]
    public async Task Ingest_StoreOfRandomBytes_OneLineNamingTheStoreAndExitTwo()
    {
        File.WriteAllBytes(Database, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))]);

        var (exit, output, errors) = await AppProcess.RunAsync("ingest", Article, Store);

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, $"the store at {Database} is not a SQLite database (file is not a database); move it away or point ConnectionStrings:BenghaziLink elsewhere");
        Assert.Empty(output);
    }

    [Fact]
    public async Task Ingest_CorruptStore_OneLineAndExitTwo()
    {
        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Notes (Text TEXT); INSERT INTO Notes VALUES (randomblob(20000));";
            command.ExecuteNonQuery();
        }
        // The header stays (it is still a SQLite file), the schema page after it is garbage.
        using (var file = File.OpenWrite(Database))
        {
            file.Seek(100, SeekOrigin.Begin);
            file.Write(Enumerable.Repeat((byte)0xFF, 3900).ToArray());
        }

        var (exit, _, errors) = await AppProcess.RunAsync("ingest", Article, Store);

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, $"the store at {Database} is corrupt (database disk image is malformed)");
    }

    [Fact]
    public async Task WebApp_BadSetting_OneLineOnStderrAndExitTwo()
    {
        var (exit, _, errors) = await AppProcess.RunAsync("--urls=http://127.0.0.1:0", Store, "--Ingestion:IngestSeedsAtStartup=false", "--Ingestion:MaxArticleBytes=abc");

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, "a setting is not valid: Failed to convert configuration value 'abc' at 'Ingestion:MaxArticleBytes'");
    }

    [Fact]
    public async Task Ingest_ReadOnlyStore_OneLineAndExitTwoBeforeAnyArticle()
    {
        Assert.Equal(0, (await AppProcess.RunAsync("ingest", Article, Store)).ExitCode);

        var (exit, output, errors) = await AppProcess.RunAsync("ingest", Article, $"--ConnectionStrings:BenghaziLink=Data Source={Database};Mode=ReadOnly");

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, $"the store at {Database} is read-only");
        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebApp_PortInUse_OneLineNamingTheAddressAndExitTwo()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        var (exit, _, errors) = await AppProcess.RunAsync($"--urls={url}", Store, "--Ingestion:IngestSeedsAtStartup=false");

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, $"Failed to bind to address {url}: address already in use; stop whatever listens there or choose another address with --urls");
    }

    [Fact]
    public async Task WebApp_StoreOfRandomBytes_OneLineNamingTheStoreAndExitTwo()
    {
        File.WriteAllBytes(Database, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))]);

        var (exit, _, errors) = await AppProcess.RunAsync("--urls=http://127.0.0.1:0", Store, "--Ingestion:IngestSeedsAtStartup=false");

        Assert.Equal(2, exit);
        AppProcess.AssertOneLine(errors, $"the store at {Database} is not a SQLite database (file is not a database)");
    }
}
