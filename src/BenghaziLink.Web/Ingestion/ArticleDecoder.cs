using System.Text;

namespace BenghaziLink.Web.Ingestion;

/// <summary>Turns a file's bytes into article text, or says in plain words why it cannot.</summary>
internal static class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, int maxBytes, out string text, out string? reason)
    {
        text = "";
        reason = null;
        if (bytes.Length > maxBytes)
        {
            reason = $"file is {bytes.Length:N0} bytes, over the {maxBytes:N0}-byte limit for one article";
            return false;
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            reason = "binary file (contains NUL bytes), not text";
            return false;
        }
        // The byte-order mark is an encoding signal, not part of the text.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            reason = ex.Index >= 0 ? $"invalid UTF-8 at byte {ex.Index:N0}" : "invalid UTF-8";
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = bytes.Length == 0 ? "empty file" : "file holds only white space";
            return false;
        }
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (controls > Math.Max(2, text.Length / 100))
        {
            reason = $"binary file ({controls:N0} control characters), not text";
            return false;
        }
        return true;
    }
}
