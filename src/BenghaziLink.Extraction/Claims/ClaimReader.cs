using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// Reads the claims of one document, in text order, keeping what a reader keeps in mind: the sources named
/// so far ("the sources said" refers back to them), the last speaker ("he added"), the document being quoted
/// ("It says: …", "The email adds …") and the quotation a sentence is inside. Per document, never shared.
/// </summary>
internal sealed partial class ClaimReader
{
    private readonly DocumentBuilder document;
    private readonly string processor;
    private readonly string text;

    /// <summary>The text with opaque quotations blanked out (to <see cref="Masked"/>), so patterns never match inside them.</summary>
    private readonly char[] visible;

    private readonly List<(Mention Mention, DocumentEntity Entity)> named;
    private readonly string? publisherKey;

    private readonly List<ClaimSource> unnamed = [];
    private ClaimSource? currentDocument;
    private QuoteRegion? lastTransparent;
    private int lastTransparentBlock = -10;
    private ImmutableArray<ClaimSource> lastSpeech = [];
    private int lastSpeechBlock = -10;
    private (ClaimSource Source, int Sentence)? lastSpeaker;
    private ImmutableArray<ClaimSource> previousChain = [];
    private int previousBlock = -1;
    private QuoteRegion? previousRegion;
    private int sentenceIndex;

    public const char Masked = '§';

    public ClaimReader(DocumentBuilder document, string processor)
    {
        this.document = document;
        this.processor = processor;
        text = document.Text;
        visible = text.ToCharArray();
        named = NamedMentions.Of(document);
        publisherKey = document.Outlet is { } outlet ? NameKey.Of(outlet.Value) : null;
    }

    public void Read()
    {
        // Sentences by block, gathered once: asking every block for its sentences went through all of them per block.
        var sentencesOf = document.Sentences.Select((s, i) => (Sentence: s, Index: i)).ToLookup(s => s.Sentence.BlockIndex);
        var clausesOf = document.Clauses.ToLookup(c => c.Sentence);
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            if (!ClauseSplitter.CarriesClaims(document, block)) continue;
            var regions = QuoteRegions.Find(text, block.Span.Start, block.Span.End, lastTransparentBlock >= b - 1 ? lastTransparent : null);
            QuoteRegions.Mask(visible, regions);
            foreach (var (sentence, index) in sentencesOf[b])
            {
                ReadSentence(sentence, [.. clausesOf[index].Select(c => c.Span)], b, regions);
                sentenceIndex++;
            }
            if (regions.LastOrDefault(r => r.Transparent) is { } transparent)
            {
                lastTransparent = transparent;
                lastTransparentBlock = b;
            }
        }
    }

    private string Visible(int start, int end) => new(visible, start, end - start);

    /// <summary>The named mentions inside [start, end), in text order.</summary>
    private IEnumerable<(Mention Mention, DocumentEntity Entity)> Named(int start, int end) => NamedMentions.Between(named, start, end);

    /// <summary>The words that name an attack (the grouper reads them too).</summary>
    internal static Regex AttackWord() => EventReader.AttackWord();

    /// <summary>The claims of a sentence, from its statement clauses (<see cref="ClauseSplitter"/>).</summary>
    private void ReadSentence(Sentence sentence, List<TextSpan> clauses, int block, List<QuoteRegion> regions)
    {
        NoteDocuments(sentence.Span);
        var claims = new List<(TextSpan Span, ImmutableArray<ClaimSource> Chain, AttributionCue? Cue, TextSpan? HedgeWords, bool Trailing)>();
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var frames = Frames(clause, regions);
            if (SpeakerBreak(clause, frames) is { } cut)
            {
                // Each speaker states the part of the clause on their side of the join; the second part is read next.
                clauses.Insert(c + 1, TextShape.Trim(text, cut.End, clause.End));
                clauses[c] = clause = TextShape.Trim(text, clause.Start, cut.Start);
                frames = Frames(clause, regions);
            }
            if (frames.Count == 0 && c > 0 && SharedSubject(clauses[c - 1], clause) is { } shared) frames = [shared];
            var region = regions.FirstOrDefault(r => r.Transparent && r.Start < clause.End && r.End > clause.Start);
            ImmutableArray<ClaimSource> chain;
            if (region is not null)
            {
                if (region.Outer is null)
                {
                    var before = frames.Where(f => f.Position < region.Start).ToList();
                    region.Outer = before.Count > 0 ? Chain(before) : region.Previous?.Outer ?? [];
                }
                var inside = frames.Where(f => f.Position >= region.Start).ToList();
                chain = inside.Count == 0 && frames.Count == 0 && previousRegion == region && region.Start < clause.Start
                    ? previousChain
                    : region.Start < clause.Start || frames.All(f => f.Position >= region.Start)
                        ? [.. region.Outer.Value, .. Chain(inside)]
                        : Chain(frames);
            }
            else
            {
                chain = Chain(frames);
            }

            var visibleText = Visible(clause.Start, clause.End);
            var cue = frames.Count > 0 ? frames.OrderBy(f => f.Level).ThenBy(f => f.Position).First().Cue : null;
            if (frames.Count == 0 && chain.IsEmpty && claims.Count > 0 && ThatClause().IsMatch(visibleText))
            {
                // "…said that A, and that B": B is said by the same speaker.
                (chain, cue) = (claims[^1].Chain, claims[^1].Cue);
            }
            if (frames.Count == 0 && chain.IsEmpty)
            {
                if (ReportedAdverb().Match(visibleText) is { Success: true } adverb)
                {
                    var span = new TextSpan(clause.Start + adverb.Index, clause.Start + adverb.Index + adverb.Length);
                    cue = new AttributionCue(adverb.Value.ToLowerInvariant(), span, span.Of(text));
                    chain = !previousChain.IsEmpty && previousBlock == block ? previousChain
                        : [new ClaimSource("unnamed reports", SourceClass.AnonymousSource, span, span.Of(text))];
                }
                else if (visibleText.TrimStart().StartsWith(Masked) && lastSpeechBlock >= block - 1)
                {
                    // A paragraph of quoted speech goes on with the speaker of the last quotation.
                    chain = lastSpeech;
                }
            }
            // "…, he added": the same speaker goes on, to the same outlet.
            if (chain.Length == 1 && lastSpeech.Length > 1 && lastSpeechBlock >= block - 1 && lastSpeech[^1].Name == chain[0].Name && Pronoun().IsMatch(chain[0].Surface))
            {
                chain = lastSpeech;
            }
            chain = WithoutPublisher(chain);
            // The hedge is read from the clause that carries the attribution (HedgeReader), and travels with it.
            claims.Add((clause, chain, cue, clause, frames.Any(f => f.Trailing)));

            if (frames.Any(f => f.Level >= 1) && !chain.IsEmpty)
            {
                lastSpeech = chain;
                lastSpeechBlock = block;
            }
            if (chain.Length > 0 && chain[^1].Class == SourceClass.NamedPerson) lastSpeaker = (chain[^1], sentenceIndex);
            previousChain = chain;
            previousBlock = block;
            previousRegion = region;
        }

        // An attribution that closes the sentence ("…, according to the Telegraph") covers its earlier clauses too.
        if (claims.Count > 1 && claims[^1].Trailing)
        {
            for (var i = 0; i < claims.Count - 1; i++)
            {
                if (claims[i].Chain.IsEmpty) claims[i] = claims[i] with { Chain = claims[^1].Chain, Cue = claims[^1].Cue, HedgeWords = claims[^1].HedgeWords };
            }
        }
        foreach (var (span, chain, cue, hedgeWords, _) in claims)
        {
            var first = document.Claims.Count;
            // The description the sentence opens with is stated by whoever states the sentence, without its hedge ("is
            // thought to be behind" hedges what he did, not who he is); when the one described is the speaker ("X,
            // leader of Y, told Reuters …"), the article itself describes him.
            var described = span == claims[0].Span ? Description(AfterDateline(span)) : null;
            if (described is { } description)
            {
                var by = chain.Any(s => s.Span.Start < description.Claim.End && description.Claim.Start < s.Span.End) ? [] : chain;
                AddClaims(description.Claim, by, by.IsEmpty ? null : cue, null);
            }
            AddClaims(span, chain, cue, hedgeWords, described?.Description);
            Backfill(span, first, regions);
        }
    }

    /// <summary>Claims inside a quotation whose speaker is named only after it, sentences later, in the same block.</summary>
    private readonly List<(QuoteRegion Region, int Claim)> waiting = [];

    /// <summary>
    /// “One thing. Another thing,” she said: the sentences a quotation spans before its speaker is named take the
    /// speaker's chain once the sentence that names them is read.
    /// </summary>
    private void Backfill(TextSpan clause, int first, List<QuoteRegion> regions)
    {
        waiting.RemoveAll(w => !regions.Contains(w.Region));
        var open = regions.FirstOrDefault(r => !r.Transparent && r.Start <= clause.Start && clause.End < r.End);
        if (open is not null)
        {
            for (var i = first; i < document.Claims.Count; i++) waiting.Add((open, i));
            return;
        }
        var closed = regions.FirstOrDefault(r => !r.Transparent && r.Start < clause.Start && clause.Start < r.End && r.End <= clause.End);
        if (closed is null || first >= document.Claims.Count || document.Claims[first].Cue is not { } cue || cue.Span.Start < closed.End) return;
        var speaker = document.Claims[first];
        foreach (var (_, index) in waiting.Where(w => w.Region == closed))
        {
            document.Claims[index] = document.Claims[index] with { Chain = speaker.Chain, Cue = speaker.Cue, HedgeWords = speaker.HedgeWords };
        }
        waiting.RemoveAll(w => w.Region == closed);
    }

    /// <summary>The dateline's place is where the report was filed, never the speaker: "TRIPOLI – The group said …".</summary>
    private TextSpan AfterDateline(TextSpan span) => ClauseSplitter.AfterDateline(document, span);

    /// <summary>Adds the claims of a clause; <paramref name="aside"/> is a description inside it stated as a claim of its own, whose names this claim is not about.</summary>
    private void AddClaims(TextSpan span, ImmutableArray<ClaimSource> chain, AttributionCue? cue, TextSpan? hedgeWords, TextSpan? aside = null)
    {
        span = AfterDateline(span);
        var surface = span.Of(text);
        if (ArticleDocument.CountWords(surface) < 4) return;
        // The names the claim speaks of, not those that only say who speaks: "U.S. officials said" is not about the U.S.
        var sources = chain.Select(s => SourcePhrase.WithAside(text, 0, s.Span)).Where(s => s.Start < span.End && span.Start < s.End).ToList();
        var named = Named(span.Start, span.End).Where(n => !sources.Any(s => s.Contains(n.Mention.Span)) && aside?.Contains(n.Mention.Span) != true).ToList();
        var entities = named.Select(n => n.Entity.Canonical).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var mentions = named.Select(n => new ClaimMention(n.Entity.Canonical, n.Mention.Span)).ToImmutableArray();
        // The hedge is read by HedgeReader from hedgeWords.
        document.Claims.Add(new Claim(span, surface, chain, cue, Hedge.Asserted, [], entities, [], null, processor) { Mentions = mentions, HedgeWords = hedgeWords });
    }

    private ImmutableArray<ClaimSource> WithoutPublisher(ImmutableArray<ClaimSource> chain)
    {
        if (publisherKey is null) return chain;
        // "told ABC News" in an ABC News Radio piece is the article's own outlet, never a link of the chain.
        return [.. chain.Where(s => s.Class != SourceClass.NewsOutlet || !IsPublisher(NameKey.Of(s.Name)))];
    }

    private bool IsPublisher(string key) => key.Length > 0 && publisherKey is not null && publisherKey.StartsWith(key, StringComparison.Ordinal);

    /// <summary>
    /// Where a clause holding two speakers divides ("X said A, while Y said B"; "A, X said, and B, Y added"): at the
    /// join between the first speaker's attribution and the second's. After an attribution that closes its part the
    /// first join follows it; before one that opens its part, the last join precedes it. Null when one speaker (or a
    /// chain: "X told Y that …") holds the clause, or either part would be too short to state anything.
    /// </summary>
    private TextSpan? SpeakerBreak(TextSpan clause, List<Frame> frames)
    {
        var speakers = frames.Where(f => f.Level is 1 or 2).OrderBy(f => f.Position).ToList();
        for (var i = 1; i < speakers.Count; i++)
        {
            var (a, b) = (speakers[i - 1], speakers[i]);
            if (a.Sources.Select(s => NameKey.Of(s.Name)).Intersect(b.Sources.Select(s => NameKey.Of(s.Name))).Any()) continue;
            var (_, aEnd) = Extent(clause, a);
            var (bStart, _) = Extent(clause, b);
            if (bStart <= aEnd) continue;
            var joins = SpeakerJoin().Matches(Visible(aEnd, bStart));
            if (joins.Count == 0 || (!a.Trailing && b.Trailing)) continue;
            var join = a.Trailing ? joins[0] : joins[^1];
            var cut = new TextSpan(aEnd + join.Index, aEnd + join.Index + join.Length);
            var bothStand = ArticleDocument.CountWords(text.AsSpan(clause.Start, cut.Start - clause.Start)) >= 4
                && ArticleDocument.CountWords(text.AsSpan(cut.End, clause.End - cut.End)) >= 4;
            if (bothStand) return cut;
        }
        return null;
    }

    /// <summary>
    /// "The judge put off the hearing, but said the city could appeal": the clause cut off after ", but" (or a
    /// semicolon) that opens with a verb of saying has no subject of its own; it shares the one the clause before opens
    /// with (a name, "he"/"she"/"they", "the" and capitalised words). Not a participle ("…, but saying …") nor a form
    /// that is also a noun ("…, but reports …").
    /// </summary>
    private Frame? SharedSubject(TextSpan before, TextSpan clause)
    {
        var opening = Speech().Match(Visible(clause.Start, clause.End));
        if (!opening.Success || opening.Index != 0 || !char.IsLower(opening.Value[0])) return null;
        var word = opening.Groups["verb"].Value.ToLowerInvariant();
        if (ClaimWords.Participles.Contains(word) || ClaimWords.NounForms.Contains(word)) return null;
        if (Coordinated(before, before.Start, before.End) is not { } subject) return null;
        var cue = new TextSpan(clause.Start, clause.Start + opening.Length);
        return new Frame(clause.Start, 2, [subject], new AttributionCue(Regex.Replace(word, @"\s+", " "), cue, cue.Of(text)), false);
    }

    /// <summary>The words of an attribution inside a clause: its cue and the sources named inside the clause.</summary>
    private static TextSpan Extent(TextSpan clause, Frame frame)
    {
        int start = frame.Cue.Span.Start, end = frame.Cue.Span.End;
        foreach (var source in frame.Sources.Where(s => clause.Contains(s.Span)))
        {
            start = Math.Min(start, source.Span.Start);
            end = Math.Max(end, source.Span.End);
        }
        return new TextSpan(start, end);
    }

    private static ImmutableArray<ClaimSource> Chain(IEnumerable<Frame> frames)
    {
        var chain = new List<ClaimSource>();
        foreach (var frame in frames.OrderBy(f => f.Level).ThenBy(f => f.Position))
        {
            foreach (var source in frame.Sources)
            {
                if (chain.Count > 0 && NameKey.Of(chain[^1].Name) == NameKey.Of(source.Name)) continue;
                // "A poll showed that 72 percent of voters said …": the share is what the poll found, the poll its source.
                if (chain.Count > 0 && IsShare(source)) continue;
                chain.Add(source);
            }
        }
        return [.. chain];
    }

    // A found attribution: its sources outermost first, where it stands, and how far out it reaches. Level 0: a
    // document quoted; 1: "according to" outside any reported speech; 2: a speaker; 3: "according to" inside
    // reported speech. Trailing: it closes its clause ("…, the sources said").
    private sealed record Frame(int Position, int Level, List<ClaimSource> Sources, AttributionCue Cue, bool Trailing);

    [GeneratedRegex(@"^that\s", RegexOptions.CultureInvariant)]
    private static partial Regex ThatClause();

    /// <summary>What joins the parts of two speakers: ", while", "; ", ", and", ", whereas".</summary>
    [GeneratedRegex(@",\s+(?:while|whereas|and|but|although|though|even\s+as)\s+|;\s+|\s+(?:while|whereas)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerJoin();

    private static Regex ReportedAdverb() => ClaimWords.ReportedAdverb;
}
