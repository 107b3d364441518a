using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities.Tagging;

/// <summary>
/// Joins the learned tagger's names to the rules' (<see cref="NameRecognizer"/>, which must run first). The rules keep
/// every name whose cue knows it (catalog, titles, datelines, bylines, facilities, armed groups, institutions,
/// countries…) and the kinds; page furniture is never tagged. Where the tagger is sure (its tag's score stands well
/// above the next best's) it retypes or re-cuts a name the rules only guessed, and it adds the names the rules missed.
/// A capitalised run the rules took on its shape alone, and the tagger does not take, is dropped.
/// Thresholds chosen on the CoNLL-2003 development documents with the seeds held at their score (docs/benchmarks.md).
/// </summary>
public sealed class LearnedNames(NameTaggerModel model) : IDocumentProcessor
{
    /// <summary>How sure the tagger must be to retype or re-cut a name the rules found.</summary>
    internal const float OverrideMargin = 12f;

    /// <summary>How sure the tagger must be to add a name the rules did not find at all.</summary>
    internal const float AddMargin = 20f;

    public string Name => "learned names";
    public Annotations Requires => Annotations.Sentences | Annotations.Furniture | Annotations.Mentions;
    public Annotations Produces => Annotations.Mentions;

    /// <summary>
    /// Cues that only guess: a capitalised run taken on its shape ("bare name", "full name", "acronym"), a type read from
    /// one neighbouring word ("speaker", "possessor"), and a gazetteer town, which is often a
    /// surname or a company ("Magna", "Douglas"). Every other cue (catalog, title, dateline, facility, armed group,
    /// countries…) knows the name, and the tagger, trained on other news, does not overrule it.
    /// </summary>
    private static bool IsGuess(Mention mention) =>
        (mention.Cue == "gazetteer" && mention.Kind != EntityKind.Country)
        || mention.Cue is "bare name" or "full name" or "acronym" or "speaker" or "possessor";

    /// <summary>
    /// A capitalised run taken on its shape alone, which the tagger does not take either: no name. A word of another
    /// name ("Obama" after "Barack Obama") and an acronym ("AQIM" after its full name) stay for the alias resolver.
    /// </summary>
    private static bool IsShapeOnly(Mention mention, List<Mention> mentions, int rules)
    {
        if (mention.Cue is not ("bare name" or "full name")) return false;
        for (var m = 0; m < rules; m++)
        {
            var other = mentions[m];
            if (other.Span != mention.Span && other.Surface.Length > mention.Surface.Length && other.Surface.Contains(mention.Surface, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    public void Process(DocumentBuilder document)
    {
        var (found, confidences, read) = Tag(document);
        Vote(found, confidences);
        Combine(document, found, confidences, read);
    }

    /// <summary>The tagger's names sentence by sentence (furniture left out), each with its least sure word's margin.</summary>
    private (List<Mention> Found, List<float> Confidences, List<TextSpan> Read) Tag(DocumentBuilder document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var lower = new HashSet<uint>();
        TaggerSentence.AddLowerWords(text, tokens, 0, tokens.Count, lower);
        var found = new List<Mention>();
        var confidences = new List<float>();
        var read = new List<TextSpan>();
        var t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Count && tokens[t].Start < sentence.Span.Start) t++;
            var first = t;
            while (t < tokens.Count && tokens[t].End <= sentence.Span.End) t++;
            if (t == first || InFurniture(document, tokens[first].Start) || IsTitleCase(text, tokens, first, t)) continue;
            read.Add(new TextSpan(tokens[first].Start, tokens[t - 1].End));
            var view = TaggerSentence.Of(text, tokens, first, t, lower);
            var margins = new float[view.Count];
            var tags = model.Tag(view, margins);
            foreach (var (start, stop, type) in NameTags.Spans(tags))
            {
                // A name starts and ends with a word: "Abid Hammadou)" is "Abid Hammadou".
                var (from, end) = (start, stop);
                while (from < end && !tokens[first + from].IsWord) from++;
                while (end > from && !tokens[first + end - 1].IsWord) end--;
                if (from == end) continue;
                var span = new TextSpan(tokens[first + from].Start, tokens[first + end - 1].End);
                var surface = span.Of(text);
                // "Muslim", "Western": a lone word the lexicon knows is no name stays none, whatever its context.
                // "the Saudi envoy": a nationality adjective is no name either.
                if (end - from == 1 && (Lexicon.NotNames.Contains(surface) || Places.IsDemonym(surface, out _))) continue;
                var confidence = float.PositiveInfinity;
                for (var k = from; k < end; k++) confidence = Math.Min(confidence, margins[k]);
                found.Add(Typed(new Mention(span, surface, type, null, "learned tagger", Name), type));
                confidences.Add(confidence);
            }
        }
        return (found, confidences, read);
    }

    private static void Combine(DocumentBuilder document, List<Mention> found, List<float> confidences, List<TextSpan> read)
    {
        var rules = document.Mentions.Count;
        var used = new bool[found.Count];
        var kept = new List<Mention>();
        var overlapping = new List<int>();
        for (var m = 0; m < rules; m++)
        {
            var rule = document.Mentions[m];
            overlapping.Clear();
            for (var f = 0; f < found.Count; f++)
            {
                if (found[f].Span.Start < rule.Span.End && rule.Span.Start < found[f].Span.End)
                {
                    overlapping.Add(f);
                    used[f] = true;
                }
            }
            if (!IsGuess(rule))
            {
                kept.Add(rule);
            }
            else if (overlapping.Count == 0)
            {
                // Only where the tagger read the sentence: furniture and title-case lines keep the rules' names.
                if (!IsShapeOnly(rule, document.Mentions, rules) || !read.Exists(r => r.Start <= rule.Span.Start && rule.Span.End <= r.End)) kept.Add(rule);
            }
            else if (overlapping.Count == 1 && found[overlapping[0]].Span == rule.Span)
            {
                // Same words: the rules' kind and cue stay unless the tagger is sure of another type.
                var tagged = found[overlapping[0]];
                kept.Add(tagged.Type == rule.Type || confidences[overlapping[0]] < OverrideMargin ? rule : tagged);
            }
            else if (overlapping.TrueForAll(f => confidences[f] >= OverrideMargin) && CoversWords(document, rule, overlapping.Select(f => found[f].Span)))
            {
                // Other words ("Daniels Pharmaceuticals Inc of St" against "Daniels Pharmaceuticals Inc" and "St. Petersburg").
                foreach (var f in overlapping.Where(f => !kept.Contains(found[f]))) kept.Add(found[f]);
            }
            else
            {
                kept.Add(rule);
            }
        }
        for (var f = 0; f < found.Count; f++)
        {
            if (!used[f] && confidences[f] >= AddMargin) kept.Add(found[f]);
        }
        document.Mentions.RemoveRange(0, rules);
        document.Mentions.InsertRange(0, kept);
    }

    /// <summary>
    /// A news story keeps one meaning for one name ("Magna" the company in every sentence): each name the tagger found
    /// takes the type it was given most often in the document, the first one on a tie; a name outvoted is not sure.
    /// </summary>
    private static void Vote(List<Mention> found, List<float> confidences)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in found)
        {
            if (!votes.TryGetValue(mention.Surface, out var counts)) votes[mention.Surface] = counts = new int[3];
            counts[(int)mention.Type]++;
        }
        for (var k = 0; k < found.Count; k++)
        {
            var counts = votes[found[k].Surface];
            var best = found[k].Type;
            for (var type = 0; type < counts.Length; type++)
            {
                if (counts[type] > counts[(int)best]) best = (EntityType)type;
            }
            if (best == found[k].Type) continue;
            found[k] = Typed(found[k], best);
            confidences[k] = 0;
        }
    }

    /// <summary>The mention as a name of that type; a place the gazetteer knows gets its kind and standard name.</summary>
    private static Mention Typed(Mention mention, EntityType type)
    {
        string? standard = null;
        var kind = EntityKind.OtherPlace;
        var known = type == EntityType.Place && Places.IsPlace(mention.Surface, out standard, out kind);
        return mention with { Type = type, Kind = known ? kind : null, KnownAs = known ? standard : null };
    }

    /// <summary>
    /// Whether the tagger's names hold every word of the rules' name: a re-cut may split a name or drop a connector
    /// ("… Inc of St. Petersburg"), never lose a word of it ("Hassan ben Ali" is not "Ali").
    /// </summary>
    private static bool CoversWords(DocumentBuilder document, Mention rule, IEnumerable<TextSpan> spans)
    {
        foreach (var token in document.Tokens)
        {
            if (token.Start < rule.Span.Start || token.End > rule.Span.End || !token.IsWord) continue;
            if (!token.IsCapitalized && token.Of(document.Text) is "of" or "and" or "in" or "for" or "the") continue;
            if (!spans.Any(s => s.Start <= token.Start && token.End <= s.End)) return false;
        }
        return true;
    }

    /// <summary>
    /// A headline or label in title case ("Clinton Defends Response To Attack In Benghazi"): capitals say nothing there,
    /// so the tagger, which reads them, is not asked (the rules take only known names). Wire headlines in capitals are read.
    /// </summary>
    private static bool IsTitleCase(string text, List<Token> tokens, int first, int end)
    {
        int words = 0, capitalised = 0, allCaps = 0;
        for (var k = first; k < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Length < 4) continue;
            words++;
            if (tokens[k].IsCapitalized) capitalised++;
            if (tokens[k].IsAllCaps) allCaps++;
        }
        return words >= 3 && capitalised * 10 >= words * 9 && allCaps < capitalised && !char.IsLower(text[tokens[first].Start]);
    }

    private static bool InFurniture(DocumentBuilder document, int position)
    {
        foreach (var furniture in document.Furniture)
        {
            if (furniture.Span.Start <= position && position < furniture.Span.End) return true;
        }
        return false;
    }
}
