using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;

namespace BenghaziLink.Extraction.Pipeline;

/// <summary>
/// Collects processors in order and builds an immutable <see cref="ExtractionPipeline"/>. Build checks
/// that every processor's requirements are produced by a processor before it.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>
    /// Bump when any processor changes what it extracts: stored articles carry the version they were
    /// extracted with and are extracted again when it differs.
    /// </summary>
    public const string PipelineVersion = "2";

    private readonly List<IDocumentProcessor> processors = [];

    public ExtractionPipelineBuilder Use(IDocumentProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        processors.Add(processor);
        return this;
    }

    /// <summary>Blocks, page furniture, headline, dateline, byline, outlet and a stated publication date.</summary>
    public ExtractionPipelineBuilder UseArticleStructure() => this
        .Use(new BlockSplitter())
        .Use(new FurnitureRecognizer())
        .Use(new HeadlineRecognizer())
        .Use(new DatelineRecognizer())
        .Use(new BylineRecognizer())
        .Use(new OutletRecognizer())
        .Use(new PublicationDateRecognizer());

    /// <summary>Date expressions in every block, normalised against the reference or publication date.</summary>
    public ExtractionPipelineBuilder UseDates() => Use(new DateRecognizer());

    public ExtractionPipeline Build()
    {
        var available = Annotations.None;
        foreach (var processor in processors)
        {
            var missing = processor.Requires & ~available;
            if (missing != Annotations.None)
            {
                throw new InvalidOperationException(
                    $"Processor '{processor.Name}' requires {missing}, which no earlier processor produces.");
            }
            available |= processor.Produces;
        }
        var names = string.Join("+", processors.Select(p => p.Name));
        return new ExtractionPipeline([.. processors], $"{PipelineVersion}:{names}");
    }

    /// <summary>The pipeline the product uses; without a catalog, entities are found from the text alone.</summary>
    public static ExtractionPipeline CreateDefault(EntityCatalog? catalog = null) => new ExtractionPipelineBuilder()
        .UseArticleStructure()
        .UseDates()
        .UseEntities(catalog ?? EntityCatalog.Empty)
        .Build();

    /// <summary>Sentences, then names of people, groups and places, then the entities they belong to.</summary>
    public ExtractionPipelineBuilder UseEntities(EntityCatalog catalog) => this
        .Use(new Text.SentenceSplitter())
        .Use(new NameRecognizer(catalog))
        .Use(new AliasResolver(catalog));
}
