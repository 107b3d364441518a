using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Pipeline;

/// <summary>
/// An immutable, ordered list of processors, built once by <see cref="ExtractionPipelineBuilder"/> and
/// shared: <see cref="Process"/> is safe to call from many threads at once.
/// </summary>
public sealed class ExtractionPipeline
{
    internal ExtractionPipeline(ImmutableArray<IDocumentProcessor> processors, string version)
    {
        Processors = processors;
        Version = version;
    }

    public ImmutableArray<IDocumentProcessor> Processors { get; }

    /// <summary>
    /// Identifies what this pipeline extracts. Stored with every ingested article: when it changes,
    /// articles are extracted again.
    /// </summary>
    public string Version { get; }

    public ArticleDocument Process(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var document = new DocumentBuilder(text, context);
        foreach (var processor in Processors)
        {
            processor.Process(document);
        }
        return document.ToDocument();
    }
}
