using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Ingestion;

public sealed class CatalogReaderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-catalog-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(folder.FullName, "catalog.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Load_ShippedCatalog_ReadsEveryEntryWithoutProblems()
    {
        var load = CatalogReader.Load(Path.Combine(RepoPaths.Root, "seeds", "catalog.json"));

        Assert.Equal(CatalogStatus.Loaded, load.Status);
        Assert.Empty(load.Warnings);
        Assert.InRange(load.Catalog.Entries.Length, 15, 25);
        Assert.All(load.Catalog.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Description), $"{e.Canonical} has no description"));
        Assert.All(load.Catalog.Entries, e => Assert.True(e.Type == EntityType.Person ? e.Kind is null : e.Kind is not null, $"{e.Canonical}: kind {e.Kind}"));
        var belmokhtar = Assert.Single(load.Catalog.Entries, e => e.Canonical == "Mokhtar Belmokhtar");
        Assert.Contains("MBM", belmokhtar.Aliases);
        Assert.Equal(belmokhtar.Aliases.Length, belmokhtar.Aliases.Distinct().Count());
    }

    [Fact]
    public void Load_ValidFile_ReadsTypesKindsAndAliasesOnce()
    {
        var path = Write("""
            {
              // Comments and trailing commas are allowed: people edit this file.
              "entities": [
                { "canonical": "Mokhtar Belmokhtar", "type": "person", "aliases": [ "Belmokhtar", "Belmokhtar", " MBM ", "Mokhtar Belmokhtar" ], "description": "Commander." },
                { "canonical": "Al-Mourabitoun", "type": "group", "kind": "militant", "aliases": [ "Al-Murabitoun" ] },
                { "canonical": "Bamako", "type": "place", "kind": "city" },
              ]
            }
            """);

        var load = CatalogReader.Load(path);

        Assert.Equal(CatalogStatus.Loaded, load.Status);
        Assert.Null(load.Error);
        Assert.Empty(load.Warnings);
        Assert.Equal(["Mokhtar Belmokhtar", "Al-Mourabitoun", "Bamako"], load.Catalog.Entries.Select(e => e.Canonical));
        Assert.Equal([EntityType.Person, EntityType.Group, EntityType.Place], load.Catalog.Entries.Select(e => e.Type));
        Assert.Equal([null, EntityKind.Militant, EntityKind.City], load.Catalog.Entries.Select(e => e.Kind));
        Assert.Equal(["Belmokhtar", "MBM"], load.Catalog.Entries[0].Aliases.ToArray());
        Assert.Equal("Commander.", load.Catalog.Entries[0].Description);
        Assert.Empty(load.Catalog.Entries[2].Aliases);
    }

    [Theory]
    [InlineData("{ \"entities\": [ { \"canonical\": \"X\", ", "not valid JSON")]
    [InlineData("[ { \"canonical\": \"X\", \"type\": \"person\" } ]", "expected an object with an \"entities\" array")]
    [InlineData("{ \"actors\": [] }", "expected an object with an \"entities\" array")]
    public void Load_MalformedFile_GivesAnEmptyCatalogAndSaysWhy(string json, string reason)
    {
        var path = Write(json);

        var load = CatalogReader.Load(path);

        Assert.Equal(CatalogStatus.Malformed, load.Status);
        Assert.True(load.Catalog.IsEmpty);
        Assert.Contains(reason, load.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotJson_ErrorSaysWhere()
    {
        var path = Write("{\n  \"entities\": [\n    { \"canonical\": \"X\" \"type\": \"person\" }\n  ]\n}");

        var load = CatalogReader.Load(path);

        Assert.Equal(CatalogStatus.Malformed, load.Status);
        Assert.Contains("LineNumber: 2", load.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadEntries_SkipsEachNamingItAndKeepsTheRest()
    {
        var path = Write("""
            {
              "entities": [
                { "canonical": "Good One", "type": "person" },
                { "canonical": "Typo", "type": "persn" },
                { "canonical": "Wrong Kind", "type": "group", "kind": "city" },
                { "type": "place", "kind": "city" },
                { "canonical": "Bad Aliases", "type": "person", "aliases": "Bad" },
                { "canonical": "Good One", "type": "person" },
                "just a string",
                { "canonical": "Good Two", "type": "place", "kind": "country", "aliases": [ "Good One" ] }
              ]
            }
            """);

        var load = CatalogReader.Load(path);

        Assert.Equal(CatalogStatus.Loaded, load.Status);
        Assert.Equal(["Good One", "Good Two"], load.Catalog.Entries.Select(e => e.Canonical));
        Assert.Equal(
        [
            "entities[1] \"Typo\": skipped, type is \"persn\", expected person, group or place",
            "entities[2] \"Wrong Kind\": skipped, unknown group kind \"city\" (expected militant, government, media, company, other)",
            "entities[3]: skipped, no \"canonical\" name",
            "entities[4] \"Bad Aliases\": skipped, \"aliases\" must be an array of names",
            "entities[5] \"Good One\": skipped, an earlier entry has the same canonical name",
            "entities[6]: skipped, expected an object",
            "entities[7] \"Good Two\": \"Good One\" is also a name of \"Good One\"",
        ], load.Warnings);
    }

    [Fact]
    public void Load_MissingFile_GivesAnEmptyCatalog()
    {
        var load = CatalogReader.Load(Path.Combine(folder.FullName, "nope.json"));

        Assert.Equal(CatalogStatus.Missing, load.Status);
        Assert.True(load.Catalog.IsEmpty);
        Assert.Null(load.Error);
    }

    [Fact]
    public void Load_NoPath_IsNotConfigured()
    {
        var load = CatalogReader.Load(null);

        Assert.Equal(CatalogStatus.NotConfigured, load.Status);
        Assert.True(load.Catalog.IsEmpty);
    }

    [Fact]
    public void App_DefaultConfiguration_LoadsTheSeedCatalogForItsPipeline()
    {
        using var app = new EmptyAppFactory();

        var catalog = app.Services.GetRequiredService<EntityCatalog>();

        Assert.Contains(catalog.Entries, e => e.Canonical == "Mokhtar Belmokhtar");
        Assert.NotNull(app.Services.GetRequiredService<ExtractionPipeline>());
    }

    [Fact]
    public async Task App_MalformedCatalog_StartsWithAnEmptyCatalogAndServesPages()
    {
        using var app = new CatalogAppFactory(Write("{ not json"));

        var catalog = app.Services.GetRequiredService<EntityCatalog>();
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.True(catalog.IsEmpty);
        Assert.True(response.IsSuccessStatusCode, $"GET / gave {response.StatusCode}");
    }

    private sealed class CatalogAppFactory(string catalogPath) : AppFactory(ingestSeeds: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Extraction:CatalogPath", catalogPath);
        }
    }
}
