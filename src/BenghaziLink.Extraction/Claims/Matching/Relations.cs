namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>How two claims stand to each other, weakest first.</summary>
public enum ClaimRelation
{
    /// <summary>Nothing in common worth showing.</summary>
    Different,
    /// <summary>The same names or topic, but a different proposition: "see also", never support.</summary>
    Related,
    /// <summary>The same thing counted or said with a conflicting value, or one denies what the other states.</summary>
    Disputed,
    /// <summary>The same proposition in other words: a corroboration or an echo.</summary>
    Same,
}

/// <summary>The decision on a pair of statements, the probability that they are the same claim, and why.</summary>
public sealed record PairJudgement(ClaimRelation Relation, double Score, string Reason);

/// <summary>Subject – predicate – object/value read from a claim's content ("Egyptians" – "took part in" – "the attack").</summary>
// "Object" is the grammatical object, the name the shared contract of issue 13 fixes, not a type name.
#pragma warning disable CA1720
public sealed record Proposition(string Subject, string Predicate, string? Object, bool Negated);
#pragma warning restore CA1720

/// <summary>
/// Turns sentences into meaning vectors (one per text, same order, all of one length). Implemented by the host,
/// which loads a model: the library only compares the vectors it is given.
/// </summary>
public interface ISentenceEncoder
{
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts);
}
