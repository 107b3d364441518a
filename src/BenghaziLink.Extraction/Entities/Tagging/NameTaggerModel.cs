using System.IO.Compression;
using System.Numerics;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities.Tagging;

/// <summary>
/// The weights of the learned name tagger (an averaged perceptron over <see cref="TaggerFeatures"/>) and its greedy
/// left-to-right decoding. The shipped weights are <c>name-tagger.bin.gz</c>, embedded in the assembly and trained by
/// <c>dotnet run -c Release --project tests/BenghaziLink.Benchmarks -- train-tagger eng.train OUT</c> (see the README
/// beside it); reading them is not file I/O.
/// </summary>
public sealed class NameTaggerModel
{
    private const string Resource = "BenghaziLink.Extraction.Entities.Tagging.name-tagger.bin.gz";
    private static readonly byte[] Magic = "BLNT1"u8.ToArray();
    private static readonly Lazy<NameTaggerModel> Shipped = new(LoadShipped);

    private readonly Dictionary<uint, int> rows;
    private readonly float[] weights;

    // The rows again as an open-addressed table (a power of two, at most half full, linear probing) that Score reads:
    // about 30 lookups per capitalised word, and a Dictionary's lookup costs several times this one's.
    // A slot's feature and row side by side: one cache line read per lookup, the table being far larger than the cache.
    private readonly (uint Feature, int Row)[] slots;
    private readonly int slotShift;

    private NameTaggerModel(Dictionary<uint, int> rows, float[] weights)
    {
        this.rows = rows;
        this.weights = weights;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        slotShift = 32 - BitOperations.Log2((uint)size);
        slots = new (uint, int)[size];
        foreach (var (feature, row) in rows)
        {
            var slot = Slot(feature);
            while (slots[slot].Row != 0) slot = (slot + 1) & (size - 1);
            slots[slot] = (feature, row + 1);
        }
    }

    // Fibonacci hashing: the features are hashes already, but their low bits alone would cluster.
    private int Slot(uint feature) => (int)((feature * 0x9E3779B1u) >> slotShift);

    /// <summary>The weight row of a feature, or -1 when it has none.</summary>
    private int RowOf(uint feature)
    {
        var mask = slots.Length - 1;
        for (var slot = Slot(feature); ; slot = (slot + 1) & mask)
        {
            var (found, row) = slots[slot];
            if (row == 0) return -1;
            if (found == feature) return row - 1;
        }
    }

    /// <summary>The weights shipped with the library, read once.</summary>
    public static NameTaggerModel Default => Shipped.Value;

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => rows.Count;

    internal static NameTaggerModel FromWeights(IReadOnlyDictionary<uint, float[]> trained, float prune)
    {
        var rows = new Dictionary<uint, int>();
        var weights = new List<float>();
        foreach (var (feature, row) in trained.OrderBy(r => r.Key))
        {
            if (row.Max(Math.Abs) < prune) continue;
            rows[feature] = rows.Count;
            weights.AddRange(row);
        }
        return new NameTaggerModel(rows, [.. weights]);
    }

    /// <summary>The tags of a sentence, word by word from the left, each word's features seeing the tags chosen before it.</summary>
    internal byte[] Tag(TaggerSentence sentence) => Tag(sentence, null);

    /// <summary>As <see cref="Tag(TaggerSentence)"/>, and how far each chosen tag's score stands above the next best's.</summary>
    internal byte[] Tag(TaggerSentence sentence, float[]? margins)
    {
        var tags = new byte[sentence.Count];
        Span<uint> features = stackalloc uint[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[NameTags.Count];
        for (var i = 0; i < tags.Length; i++)
        {
            var previous = i > 0 ? tags[i - 1] : NameTags.Outside;
            if (!TaggerFeatures.NeedsModel(sentence, i, previous)) continue;
            var n = TaggerFeatures.Of(sentence, i, previous, i > 1 ? tags[i - 2] : NameTags.Outside, features);
            Score(features[..n], scores);
            tags[i] = Best(scores, previous);
            if (margins is not null) margins[i] = Margin(scores, previous, tags[i]);
        }
        return tags;
    }

    internal void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            if (row < 0) continue;
            var w = weights.AsSpan(row * NameTags.Count, NameTags.Count);
            for (var t = 0; t < NameTags.Count; t++) scores[t] += w[t];
        }
    }

    /// <summary>The best-scoring tag that may follow <paramref name="previous"/>: a name goes on only in its own type.</summary>
    internal static byte Best(ReadOnlySpan<float> scores, byte previous)
    {
        var best = NameTags.Outside;
        for (byte t = 1; t < NameTags.Count; t++)
        {
            if (!NameTags.Begins(t) && (previous == NameTags.Outside || NameTags.TypeOf(previous) != NameTags.TypeOf(t))) continue;
            if (scores[t] > scores[best]) best = t;
        }
        return best;
    }

    private static float Margin(ReadOnlySpan<float> scores, byte previous, byte chosen)
    {
        var next = float.NegativeInfinity;
        for (byte t = 0; t < NameTags.Count; t++)
        {
            if (t == chosen || (t != NameTags.Outside && !NameTags.Begins(t) && (previous == NameTags.Outside || NameTags.TypeOf(previous) != NameTags.TypeOf(t)))) continue;
            next = Math.Max(next, scores[t]);
        }
        return scores[chosen] - next;
    }

    /// <summary>Gzip'd: "BLNT1", the row count, the scale, then per feature in hash order its hash's difference from the last (7-bit groups) and one 16-bit weight per tag.</summary>
    public void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        var scale = weights.Length == 0 ? 1f : weights.Max(Math.Abs) / short.MaxValue;
        writer.Write(Magic);
        writer.Write(rows.Count);
        writer.Write(scale);
        var last = 0u;
        foreach (var (feature, row) in rows.OrderBy(r => r.Key))
        {
            writer.Write7BitEncodedInt((int)(feature - last));
            last = feature;
            for (var t = 0; t < NameTags.Count; t++) writer.Write((short)Math.Round(weights[row * NameTags.Count + t] / scale));
        }
    }

    public static NameTaggerModel Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zip);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("Not a name-tagger model.");
        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = new Dictionary<uint, int>(count);
        var weights = new float[count * NameTags.Count];
        var feature = 0u;
        for (var r = 0; r < count; r++)
        {
            feature += (uint)reader.Read7BitEncodedInt();
            rows[feature] = r;
            for (var t = 0; t < NameTags.Count; t++) weights[r * NameTags.Count + t] = reader.ReadInt16() * scale;
        }
        return new NameTaggerModel(rows, weights);
    }

    private static NameTaggerModel LoadShipped()
    {
        using var stream = typeof(NameTaggerModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        return Read(stream);
    }

    /// <summary>
    /// A training sentence laid out as text with one space between its words and cut into tokens by the product's own
    /// <see cref="Tokenizer"/>, so the tagger learns on the tokens it will see ("Inc." is "Inc" and "."); the pieces of a
    /// word carry its tag, a name's pieces after the first going on with it.
    /// </summary>
    internal static (string Text, List<Token> Tokens, byte[] Tags) Layout(IReadOnlyList<string> words, IReadOnlyList<byte> tags)
    {
        var text = string.Join(' ', words);
        var tokens = new List<Token>(words.Count);
        var expanded = new List<byte>(words.Count);
        var start = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var before = tokens.Count;
            Tokenizer.Tokenize(text, start, start + words[w].Length, tokens);
            for (var k = before; k < tokens.Count; k++)
            {
                expanded.Add(k == before || tags[w] == NameTags.Outside ? tags[w] : NameTags.Of(NameTags.TypeOf(tags[w]), begins: false));
            }
            start += words[w].Length + 1;
        }
        return (text, tokens, [.. expanded]);
    }
}
