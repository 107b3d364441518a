using System.Text.Json;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BenghaziLink.Web.Tests.Cli;

[Collection(nameof(SerialConsole))]
public sealed class ExtractVerbTests : IDisposable
{
    private const string Story = "Gunmen Attack Hotel in Mali\n\nGunmen stormed the Radisson Blu hotel in Bamako on Friday, taking about 170 people hostage.";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-extract-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private string Database => Path.Combine(folder.FullName, "store.db");

    private (int ExitCode, string Output, string Errors) Run(params string[] args) => EntryPoint.Run([.. args,
        $"--ConnectionStrings:BenghaziLink=Data Source={Database}",
        $"--Extraction:CatalogPath={Path.Combine(RepoPaths.Root, "seeds", "catalog.json")}"]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Extract_Folder_PrintsOneObjectPerFileWithSidecarOrStatedDateAndLeavesTheStoreAlone()
    {
        Write("story.txt", Story);
        Write("stated.txt", "Gunmen Attack Hotel in Mali\n\nBy Jane Doe Published: March 19, 2016\n\nGunmen stormed the hotel on Friday.");
        Write("articles.json", """{ "articles": { "story.txt": { "published": { "value": "2015-11-23", "provenance": "curated", "basis": "test" } } } }""");

        var (exit, output, _) = Run("extract", folder.FullName);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["stated.txt", "story.txt"], articles.Select(a => a.GetProperty("article").GetString()));
        Assert.Equal(["2016-03-19", "2015-11-23"], articles.Select(a => a.GetProperty("published").GetString()));
        Assert.All(articles, a => Assert.Equal(["article", "published", "entities", "dates", "claims"], a.EnumerateObject().Select(p => p.Name)));
        Assert.All(articles, a => Assert.Equal(JsonValueKind.Array, a.GetProperty("entities").ValueKind));
        Assert.All(articles, a => Assert.Equal(JsonValueKind.Array, a.GetProperty("dates").ValueKind));
        Assert.False(File.Exists(Database), "extract must not create or open the store");
    }

    [Fact]
    public async Task Extract_FifoGivenOrInAFolder_ReportsItNotARegularFileAndExitsOne()
    {
        Write("story.txt", Story);
        var pipe = SpecialFiles.Fifo(Path.Combine(folder.FullName, "pipe.txt"));

        var (exit, output, errors) = await SpecialFiles.WithinAsync(() => Run("extract", folder.FullName, pipe));

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["story.txt"], json.RootElement.EnumerateArray().Select(a => a.GetProperty("article").GetString()));
        Assert.Equal(2, errors.Split('\n').Count(l => l == $"extract: {pipe}: not a regular file (FIFO)"));
    }

    [Fact]
    public void Extract_Story_PrintsItsClaimsWithChainHedgeAndQuantities()
    {
        Write("story.txt", Story + " Two of the gunmen were killed, according to Reuters.");

        var (exit, output, _) = Run("extract", Path.Combine(folder.FullName, "story.txt"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var claims = json.RootElement[0].GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["quote", "attribution_chain", "hedge", "quantities"], claims[0].EnumerateObject().Select(p => p.Name));
        var killed = claims.Single(c => c.GetProperty("quote").GetString()!.StartsWith("Two of the gunmen", StringComparison.Ordinal));
        Assert.Equal(["Reuters"], killed.GetProperty("attribution_chain").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("attributed", killed.GetProperty("hedge").GetString());
        var quantity = killed.GetProperty("quantities")[0];
        Assert.Equal(2, quantity.GetProperty("value").GetInt32());
        Assert.Equal("gunmen", quantity.GetProperty("counts").GetString());
        Assert.Equal("killed", quantity.GetProperty("outcome").GetString());
    }

    [Fact]
    public void Extract_SeedArticlesWithoutCatalog_PrintsEverySeedWithItsSidecarDate()
    {
        var (exit, output, _) = Run("extract", "--without-catalog", RepoPaths.SeedArticles);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(RepoPaths.SeedArticles, "*.txt").Select(Path.GetFileName).Order(), articles.Select(a => a.GetProperty("article").GetString()));
        using var sidecar = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "articles.json")));
        Assert.All(articles, a => Assert.Equal(
            sidecar.RootElement.GetProperty("articles").GetProperty(a.GetProperty("article").GetString()!).GetProperty("published").GetProperty("value").GetString(),
            a.GetProperty("published").GetString()));
    }

    [Fact]
    public void Extract_WithBadFiles_ReportsEachOnStderrSkipsThemAndExitsOne()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "bad.txt"), [0xC3, 0x28, 0x41]);
        File.WriteAllBytes(Path.Combine(folder.FullName, "binary.txt"), [0x47, 0x00, 0x49, 0x46]);
        Write("empty.txt", "");
        Write("good.txt", Story);

        var (exit, output, errors) = Run("extract", folder.FullName, Path.Combine(folder.FullName, "missing.txt"));

        Assert.Equal(1, exit);
        Assert.Contains("extract: bad.txt: invalid UTF-8 at byte 0", errors, StringComparison.Ordinal);
        Assert.Contains("extract: binary.txt: binary file", errors, StringComparison.Ordinal);
        Assert.Contains("extract: empty.txt: empty file", errors, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or directory", errors, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["good.txt"], json.RootElement.EnumerateArray().Select(a => a.GetProperty("article").GetString()));
    }

    [Fact]
    public void Extract_TextThatDescribesAPerson_PrintsTheRoleNextToTheMentions()
    {
        var path = Write("briefing.txt", "Pentagon Briefing\n\nPentagon spokesman George Little said the review would take several weeks.");

        var (exit, output, _) = Run("extract", path);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var entity = json.RootElement[0].GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("canonical").GetString() == "George Little");
        Assert.Equal(["type", "kind", "canonical", "mentions", "roles"], entity.EnumerateObject().Select(p => p.Name));
        var role = Assert.Single(entity.GetProperty("roles").EnumerateArray());
        Assert.Equal("Pentagon spokesman", role.GetProperty("text").GetString());
        Assert.Equal("George Little", role.GetProperty("of").GetString());
        Assert.Equal("title before", role.GetProperty("cue").GetString());
    }

    [Fact]
    public void Extract_WithoutPaths_PrintsUsageAndExitsTwo()
    {
        var (exit, output, errors) = Run("extract");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("usage: extract", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Help_PrintsUsageAndExitsZero()
    {
        var (exit, output, _) = Run("extract", "--help");

        Assert.Equal(0, exit);
        Assert.StartsWith("usage: extract", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnknownOption_SaysSoAndExitsTwo()
    {
        var (exit, _, errors) = Run("extract", "--frobnicate", folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("extract: unknown option --frobnicate", errors, StringComparison.Ordinal);
    }
}
