namespace BenghaziLink.Extraction.Pipeline;

/// <summary>
/// One step of the extraction pipeline. Processors are sealed and stateless so that one pipeline can
/// serve many documents on many threads at once; all per-document state lives in the
/// <see cref="DocumentBuilder"/> they are handed.
/// </summary>
public interface IDocumentProcessor
{
    /// <summary>Recorded on every fact the processor produces.</summary>
    string Name { get; }

    /// <summary>What must already be on the document when this processor runs.</summary>
    Annotations Requires { get; }

    /// <summary>What this processor adds.</summary>
    Annotations Produces { get; }

    void Process(DocumentBuilder document);
}
