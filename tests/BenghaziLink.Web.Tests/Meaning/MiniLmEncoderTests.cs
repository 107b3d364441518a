using BenghaziLink.Web.Meaning;

namespace BenghaziLink.Web.Tests.Meaning;

/// <summary>The offline all-MiniLM-L6-v2 encoder the app registers: real vectors, each distinct text encoded once per call.</summary>
public sealed class MiniLmEncoderTests
{
    [Fact]
    public void Encode_SameTextTwiceInOneCall_EncodesItOnceAndGivesBothTheSameVector()
    {
        using var encoder = new MiniLmEncoder();

        var vectors = encoder.Encode(["The convoy was attacked near the border.", "the convoy  was attacked near the border.", "Prices of bread rose in the capital."]);

        Assert.Equal(3, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.Equal(vectors[0], vectors[1]);
        Assert.NotEqual(vectors[0], vectors[2]);
        Assert.Equal(2, encoder.Encoded);
    }

    [Fact]
    public void Encode_ParaphraseAndUnrelatedSentence_ParaphraseIsNearer()
    {
        using var encoder = new MiniLmEncoder();

        var v = encoder.Encode(["Gunmen attacked the convoy near the border.", "The convoy was attacked by gunmen close to the border.", "Prices of bread rose in the capital."]);

        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]) + 0.3, $"{Cosine(v[0], v[1])} vs {Cosine(v[0], v[2])}");
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) (dot, na, nb) = (dot + a[i] * b[i], na + a[i] * a[i], nb + b[i] * b[i]);
        return dot / Math.Sqrt(na * nb);
    }
}
