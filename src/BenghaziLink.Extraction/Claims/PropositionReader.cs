using BenghaziLink.Extraction.Claims.Matching;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// The proposition of every claim: subject – predicate – object, and whether it is negated, read from the claim's
/// content (<see cref="Claim.Content"/>, the words stated without "X said" or "according to Y"), with any reporting
/// frame left in the words stepped over ("officials said the attackers fled" is "the attackers" – "fled").
/// Runs after <see cref="ContentReader"/>; the same-claim decision and the claim page's short form use it.
/// </summary>
public sealed class PropositionReader : IDocumentProcessor
{
    public string Name => "propositions";
    public Annotations Requires => Annotations.Claims | Annotations.Content;
    public Annotations Produces => Annotations.Propositions;

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            document.Claims[i] = claim with { Proposition = PropositionParser.Read(ClaimContent.Of(claim)) };
        }
    }
}
