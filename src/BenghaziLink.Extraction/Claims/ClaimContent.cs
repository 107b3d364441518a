namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// The words a claim states, without its attribution: its <see cref="Claim.Content"/> where the reader found one, else
/// its whole surface (an empty content is none). Who said it is not what was said, so two reports of one statement
/// compare alike. One definition for everything that keys on it (the grouper's meaning lookup, the store's meaning
/// keys, the background embedding), so a vector stored for a claim is always found again for it.
/// </summary>
public static class ClaimContent
{
    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Of(claim.Surface, claim.Span.Start, claim.Content?.Start, claim.Content?.End);
    }

    /// <summary>The same from stored columns: the claim's surface, where it starts, and its content span if any.</summary>
    public static string Of(string surface, int start, int? contentStart, int? contentEnd)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return contentStart is { } from && contentEnd is { } to && from >= start && from < to && to - start <= surface.Length
            ? surface[(from - start)..(to - start)]
            : surface;
    }
}
