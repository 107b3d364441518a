using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Tests.Pipeline;

public class ExtractionPipelineBuilderTests
{
    [Fact]
    public void Build_ProcessorBeforeWhatItRequires_Throws()
    {
        var builder = new ExtractionPipelineBuilder().Use(new BlockSplitter()).Use(new HeadlineRecognizer());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("headline", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Annotations.Furniture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RequirementProducedLater_Throws()
    {
        var builder = new ExtractionPipelineBuilder().Use(new FurnitureRecognizer()).Use(new BlockSplitter());

        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Build_OutletBeforeByline_Throws()
    {
        var builder = new ExtractionPipelineBuilder().Use(new BlockSplitter()).Use(new FurnitureRecognizer()).Use(new OutletRecognizer()).Use(new BylineRecognizer());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("outlet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ProcessorWithUnmetCustomRequirement_Throws()
    {
        var builder = new ExtractionPipelineBuilder().UseArticleStructure().Use(new NeedsEverything());

        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Build_ArticleStructure_KeepsProcessorOrder()
    {
        var pipeline = new ExtractionPipelineBuilder().UseArticleStructure().Build();

        var names = pipeline.Processors.Select(p => p.Name);

        Assert.Equal(["block-splitter", "furniture", "headline", "dateline", "byline", "outlet", "publication-date"], names);
        Assert.StartsWith(ExtractionPipelineBuilder.PipelineVersion + ":", pipeline.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateDefault_Dates_RunAfterThePublicationDate()
    {
        var pipeline = ExtractionPipelineBuilder.CreateDefault();

        var names = pipeline.Processors.Select(p => p.Name).ToList();

        Assert.Contains("dates", names);
        Assert.True(names.IndexOf("publication-date") < names.IndexOf("dates"));
    }

    [Fact]
    public void CreateDefault_Roles_RunAfterAliasResolution()
    {
        var pipeline = ExtractionPipelineBuilder.CreateDefault();

        var names = pipeline.Processors.Select(p => p.Name).ToList();

        Assert.Equal(names.IndexOf("aliases") + 1, names.IndexOf("roles"));
    }

    [Fact]
    public void Build_RolesWithoutEntities_Throws()
    {
        var builder = new ExtractionPipelineBuilder().UseArticleStructure().Use(new SentenceSplitter()).Use(new RoleRecognizer());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains(nameof(Annotations.Entities), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DatesWithoutArticleStructure_Throws()
    {
        var builder = new ExtractionPipelineBuilder().Use(new BlockSplitter()).UseDates();

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains(nameof(Annotations.PublishedDate), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_SamePipelineOnManyThreads_GivesTheSameResult()
    {
        var pipeline = ExtractionPipelineBuilder.CreateDefault();
        const string text = "Arms From Libya\n\nTEL AVIV – Officials said weapons crossed the border.\n\n© 2015 Reuters";

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => pipeline.Process(text, ExtractionContext.For($"t{i}"))).ToList();

        Assert.All(results, d => Assert.Equal(("Arms From Libya", "TEL AVIV", "Reuters"), (d.Headline?.Surface, d.Dateline?.Surface, d.Outlet?.Surface)));
        Assert.All(results, d => Assert.Equal("2015", Assert.Single(d.Dates).Value));
    }

    private sealed class NeedsEverything : IDocumentProcessor
    {
        public string Name => "needs-everything";
        public Annotations Requires => (Annotations)(1 << 20);
        public Annotations Produces => Annotations.None;
        public void Process(DocumentBuilder document) { }
    }

    [Fact]
    public void CreateDefault_EditedCatalog_ChangesTheVersion()
    {
        var one = new EntityCatalog([new CatalogEntry("Mokhtar Belmokhtar", EntityType.Person, null, ["Belmokhtar"])]);
        var edited = new EntityCatalog([new CatalogEntry("Mokhtar Belmokhtar", EntityType.Person, null, ["Belmokhtar", "MBM"])]);

        var versions = new[] { ExtractionPipelineBuilder.CreateDefault(), ExtractionPipelineBuilder.CreateDefault(one), ExtractionPipelineBuilder.CreateDefault(edited), ExtractionPipelineBuilder.CreateDefault(one) }
            .Select(p => p.Version).ToList();

        Assert.Equal(3, versions.Distinct().Count());
        Assert.Equal(versions[1], versions[3]);
    }
}
