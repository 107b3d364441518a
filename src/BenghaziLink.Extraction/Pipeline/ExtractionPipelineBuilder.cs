using BenghaziLink.Extraction.Claims;
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
    public const string PipelineVersion = "38";

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
        // The catalog changes what is extracted as much as the code does: an edited catalog re-extracts too.
        var catalog = catalogFingerprint is null ? "" : $":catalog-{catalogFingerprint}";
        return new ExtractionPipeline([.. processors], $"{PipelineVersion}:{names}{catalog}");
    }

    /// <summary>The pipeline the product uses; without a catalog, entities are found from the text alone.</summary>
    public static ExtractionPipeline CreateDefault(EntityCatalog? catalog = null) => new ExtractionPipelineBuilder()
        .UseArticleStructure()
        .UseDates()
        .UseEntities(catalog ?? EntityCatalog.Empty)
        .UseClaims()
        .Build();

    /// <summary>Statement clauses, then claims with their attribution chains, hedges and quantities, then their propositions; needs the entities and dates.</summary>
    public ExtractionPipelineBuilder UseClaims() => Use(new ClauseSplitter()).Use(new AttributionReader()).Use(new EventReader()).Use(new HedgeReader()).Use(new ContentReader()).Use(new MoodReader()).Use(new QuantityReader()).Use(new PropositionReader());

    /// <summary>Sentences, then names of people, groups and places, then the entities they belong to, then what the text says they are.</summary>
    public ExtractionPipelineBuilder UseEntities(EntityCatalog catalog)
    {
        catalogFingerprint = catalog.IsEmpty ? null : Fingerprint(catalog);
        return UseEntityProcessors(catalog);
    }

    private string? catalogFingerprint;

    private static string Fingerprint(EntityCatalog catalog)
    {
        var text = string.Join("\n", catalog.Entries.Select(e => $"{e.Canonical}|{e.Type}|{e.Kind}|{string.Join("|", e.Aliases)}"));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
    }

    private ExtractionPipelineBuilder UseEntityProcessors(EntityCatalog catalog) => this
        .Use(new Text.SentenceSplitter())
        .Use(new NameRecognizer(catalog))
        .Use(new Entities.Tagging.LearnedNames(Entities.Tagging.NameTaggerModel.Default))
        .Use(new AliasResolver(catalog))
        .Use(new RoleRecognizer());
}
