using System.Text;

namespace BenghaziLink.Web.Meaning;

/// <summary>
/// Meaning vectors kept in a file between runs of <c>eval --pairs</c> (keyed by MeaningKey): encoding thousands of
/// sentences takes about a minute here, fitting and scoring a few seconds. A file that cannot be read is no cache.
/// </summary>
internal static class MeaningCacheFile
{
    private const string Magic = "benghazilink-meaning-1";

    public static Dictionary<string, float[]> Read(string path)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path)) return vectors;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic) return vectors;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[reader.ReadInt32()];
                for (var j = 0; j < vector.Length; j++) vector[j] = reader.ReadSingle();
                vectors[key] = vector;
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            vectors.Clear();
        }
        return vectors;
    }

    public static void Write(string path, IReadOnlyDictionary<string, float[]> vectors)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(vectors.Count);
        foreach (var (key, vector) in vectors)
        {
            writer.Write(key);
            writer.Write(vector.Length);
            foreach (var value in vector) writer.Write(value);
        }
    }
}
