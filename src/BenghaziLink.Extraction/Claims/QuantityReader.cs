using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// The quantities each claim states (<see cref="QuantityRecognizer"/>: a number, what it counts, its qualifier and
/// outcome). A statement with several counts ("29 terrorists and 37 civilian hostages were dead") stays as it is, without
/// quantities, and is followed by one claim per count with the parts that follow it ("27 people dead, including five
/// attackers"), since each figure is a fact of its own.
/// </summary>
public sealed class QuantityReader : IDocumentProcessor
{
    public string Name => "quantities";
    public Annotations Requires => Annotations.Claims;
    public Annotations Produces => Annotations.Quantities;

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claims = document.Claims.ToList();
        document.Claims.Clear();
        foreach (var claim in claims)
        {
            var quantities = QuantityRecognizer.Find(document.Text, claim.Span.Start, claim.Span.End);
            var heads = quantities.Where(q => !q.Part).ToList();
            if (heads.Count < 2)
            {
                document.Claims.Add(claim with { Quantities = [.. quantities] });
                continue;
            }
            // Each figure is a fact of its own: the statement, then one claim per count with the parts that follow it.
            document.Claims.Add(claim with { Quantities = [] });
            for (var i = 0; i < quantities.Count; i++)
            {
                if (quantities[i].Part) continue;
                var parts = quantities.Skip(i + 1).TakeWhile(q => q.Part);
                document.Claims.Add(claim with { Quantities = [quantities[i], .. parts] });
            }
        }
    }
}
