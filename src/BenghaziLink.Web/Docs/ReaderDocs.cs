namespace BenghaziLink.Web.Docs;

/// <summary>
/// The documents under <c>docs/</c> written for readers of the site, embedded in this assembly (see the project
/// file for why) and rendered once, on first use: they cannot change while the app runs.
/// </summary>
public static class ReaderDocs
{
    private static readonly Lazy<RenderedDoc> MethodDoc = new(() => MarkdownText.Document(Read("method.md")));

    /// <summary><c>docs/method.md</c>: how the tool works it out and how far to trust it, for <c>/method</c>.</summary>
    public static RenderedDoc Method => MethodDoc.Value;

    private static string Read(string name)
    {
        var resource = $"BenghaziLink.Web.Docs.{name}";
        using var stream = typeof(ReaderDocs).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The document {name} is not embedded as {resource}: list it in BenghaziLink.Web.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
