namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// The recogniser's view of the place gazetteer: is this name a country, city or region, and is this
/// word a nationality adjective? Kept behind one seam so the recogniser does not depend on how the
/// gazetteer stores its data.
/// </summary>
internal static class Places
{
    /// <summary>The longest gazetteer place starting at token <paramref name="first"/>, as a token count (0: none).</summary>
    public static int LongestPlace(string text, IReadOnlyList<Text.Token> tokens, int first, int last, out string canonical, out EntityKind kind)
    {
        canonical = "";
        kind = EntityKind.OtherPlace;
        return 0;
    }

    public static bool IsPlace(ReadOnlySpan<char> name, out string canonical, out EntityKind kind)
    {
        canonical = "";
        kind = EntityKind.OtherPlace;
        return false;
    }

    /// <summary>"Algerian" → Algeria; "Americans" → United States.</summary>
    public static bool IsDemonym(ReadOnlySpan<char> word, out string country)
    {
        country = "";
        return false;
    }
}
