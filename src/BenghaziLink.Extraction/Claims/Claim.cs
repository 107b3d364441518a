using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Claims;

/// <summary>What kind of source a link of an attribution chain is; a page draws each kind differently.</summary>
public enum SourceClass
{
    NamedPerson,
    /// <summary>An unnamed official, source, report or set of outlets ("a senior Algerian official", "reportedly").</summary>
    AnonymousSource,
    NewsOutlet,
    GovernmentBody,
    /// <summary>A militant group (or its spokesman) speaking of its own acts.</summary>
    MilitantGroup,
    /// <summary>A written record quoted by the article (a leaked e-mail, a cable); named after its author where the text says who wrote it.</summary>
    Document,
    /// <summary>Another organisation (a company, a party) named as a source.</summary>
    Organisation,
}

/// <summary>What kind of utterance a claim is; only <see cref="Statement"/> can corroborate or be corroborated.</summary>
public enum ClaimMood
{
    Statement,
    /// <summary>Asked, not stated ("Was the attack planned?").</summary>
    Question,
    /// <summary>Stated on a condition ("If the link is confirmed, …").</summary>
    Conditional,
    /// <summary>Exclaimed ("Congratulations!").</summary>
    Exclamation,
    /// <summary>A headline: a summary of the body, not a statement of its own.</summary>
    Headline,
    /// <summary>A caption that repeats what the body says.</summary>
    Caption,
}

/// <summary>How firmly the article puts a claim forward.</summary>
public enum Hedge
{
    /// <summary>In the article's own voice.</summary>
    Asserted,
    /// <summary>Put in a source's mouth ("said", "according to").</summary>
    Attributed,
    /// <summary>Passed on with reserve ("reportedly", "is thought to", "allegedly").</summary>
    Reported,
    /// <summary>Denied or left unconfirmed ("could not confirm", "had no comment", "denied").</summary>
    Denied,
}

/// <summary>
/// One link of an attribution chain: the name the source goes by (the entity's canonical name, or a short
/// label from the text for an unnamed source), its class, and the words that name it in the article.
/// The span may lie in an earlier sentence when the claim's own words only refer back ("the sources said").
/// </summary>
public sealed record ClaimSource(string Name, SourceClass Class, TextSpan Span, string Surface);

/// <summary>The words that attribute a claim ("according to", "told", "quoted … as saying") and their place.</summary>
public sealed record AttributionCue(string Kind, TextSpan Span, string Surface);

/// <summary>
/// A number with what it counts: "at least 38 hostages" is 38 hostages, qualifier "at least", outcome "killed"
/// when the sentence says what happened to them. <see cref="Part"/> says the number is a part of the previous
/// quantity ("27 people dead, including five attackers").
/// </summary>
public sealed record Quantity(decimal Value, string Counts, string? Qualifier, string? Outcome, bool Part, TextSpan Span, string Surface);

/// <summary>
/// A factual statement of an article: its exact span (one sentence or one clause), the attribution chain from
/// the outermost source the article cites to the innermost (empty in the article's own voice), the cue, the
/// hedge, the quantities it states, the entities it names (canonical names), the attacks it speaks of by the
/// country they happened in ("attack in Libya": "the Benghazi attack", "an Algerian gas siege") and the date of
/// the events it reports where the text gives one (ISO, from the nearest date expression).
/// </summary>
public sealed record Claim(
    TextSpan Span,
    string Surface,
    ImmutableArray<ClaimSource> Chain,
    AttributionCue? Cue,
    Hedge Hedge,
    ImmutableArray<Quantity> Quantities,
    ImmutableArray<string> Entities,
    ImmutableArray<string> Events,
    string? EventDate,
    string Processor)
{
    /// <summary>
    /// Where the claim names each of its <see cref="Entities"/> (article offsets, in text order): the grouper reads a
    /// predicate as said of the names in its own clause only ("X linked the attackers to AQIM, although Y's men were
    /// involved" says nothing of Y's allegiance).
    /// </summary>
    public ImmutableArray<ClaimMention> Mentions { get; init; } = [];

    /// <summary>Subject – predicate – object of the claim's content, set by <see cref="PropositionReader"/>; null where none was read.</summary>
    public Matching.Proposition? Proposition { get; init; }

    /// <summary>What kind of utterance the claim is; only a <see cref="ClaimMood.Statement"/> corroborates.</summary>
    public ClaimMood Mood { get; init; } = ClaimMood.Statement;

    /// <summary>
    /// The words stated, without the attribution ("X said", "according to Y") and hedge; null = the whole
    /// <see cref="Span"/>. Consumers take its text as <c>Surface[(Content.Start - Span.Start)..(Content.End - Span.Start)]</c>.
    /// </summary>
    public TextSpan? Content { get; init; }

    /// <summary>
    /// The words the claim's <see cref="Hedge"/> is read from (<see cref="HedgeReader"/>): its own clause, or the clause
    /// whose attribution it shares (a closing "according to", a speaker named after the quotation); null for a description
    /// the article states in passing, which is never hedged. Working state of the pipeline, not part of what it extracts.
    /// </summary>
    internal TextSpan? HedgeWords { get; init; }
}

/// <summary>A name a claim speaks of (an entity's canonical name) and the words that name it in the article.</summary>
public sealed record ClaimMention(string Name, TextSpan Span);
