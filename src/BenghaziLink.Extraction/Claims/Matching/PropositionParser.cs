using System.Collections.Frozen;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// Reads subject – predicate – object from one statement's words without a tagger: the predicate is the first verb
/// group after at least one word (an auxiliary, a listed verb form, a past form in "-ed" or a negated contraction,
/// with the verbs, adverbs in "-ly" and negations that follow it), the subject what comes before it and the object
/// what comes after, to the end of the statement. A reporting frame around the statement ("officials said that …",
/// "…, he said") is stepped over, so the proposition is what was reported.
/// </summary>
internal static class PropositionParser
{
    private static readonly FrozenSet<string> Reporting = new[] { "said", "says", "say", "told", "tells" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before an "-ed" form that make it an adjective ("the injured man"), not a verb.</summary>
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any", "no", "of", "and",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being", "am" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Auxiliaries and modals followed by a bare verb.</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot", "to",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Relative pronouns: a verb after one, inside the subject, belongs to the relative clause ("the man who claims …").</summary>
    private static readonly FrozenSet<string> Relatives = new[] { "who", "whom", "whose", "which", "that" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a prepositional phrase right after a participle ("the men captured in the raid", "arms looted from depots").</summary>
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "at", "on", "by", "from", "during", "after", "following", "near", "with", "since", "inside", "outside", "across", "into", "over",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Proposition? Read(string text)
    {
        var words = Wording.Split(text);
        // "(officials said) that the attackers …": the complementizer opens the reported clause, it is no subject.
        var from = words.Count > 1 && words[0].Lower == "that" ? 1 : 0;
        // "Officials said (that) the attackers …": the proposition is the reported clause.
        while (true)
        {
            from = AfterCertainty(words, from);
            var verb = MainVerb(words, from);
            if (verb < 0) return null;
            if (Reporting.Contains(words[verb].Lower) && verb + 2 < words.Count)
            {
                var next = verb + 1;
                if (words[verb].Lower is "told" or "tells") next = SkipObject(words, next);
                if (next < words.Count && words[next].Lower == "that") next++;
                if (FindVerb(words, next + 1) > next)
                {
                    from = next;
                    continue;
                }
            }
            return Build(text, words, from, verb);
        }
    }

    /// <summary>
    /// The verb of the main clause from <paramref name="from"/>: the first finite verb, unless it sits in a relative
    /// clause inside the subject ("The man who claims to have planned the raid was arrested", "The assault, which
    /// targeted a hotel, was similar …") or is a participle after the subject's noun ("the militants captured after the
    /// siege included …"): then the next finite verb outside it, when there is one.
    /// </summary>
    private static int MainVerb(List<Word> words, int from)
    {
        var verb = FindVerb(words, from);
        var scan = from + 1;
        while (verb >= 0)
        {
            var relative = Enumerable.Range(scan, Math.Max(0, verb - scan)).Any(j => Relative(words, from, j));
            if (!relative && !ReducedRelative(words, from, verb)) return verb;
            var end = GroupEnd(words, verb);
            var next = FindVerb(words, end - 1);
            // "The men who attacked the depot and fled": no verb outside the clause, so it is the main one after all; a
            // verb after "and" or "or" goes on with the clause's own verb, not the subject's.
            if (next < 0 || Coordinated(words, end, next)) return verb;
            (scan, verb) = (end, next);
        }
        return verb;
    }

    /// <summary>
    /// Whether word <paramref name="j"/> opens a relative clause: a relative pronoun after a noun of the subject, not
    /// after a verb ("believe that …" opens what is believed) nor after a lower-case first word the parser could not
    /// tell from a verb.
    /// </summary>
    private static bool Relative(List<Word> words, int from, int j) =>
        Relatives.Contains(words[j].Lower) && !MatchingFiles.Verbs.Contains(words[j - 1].Lower)
        && (j - 1 > from || words[from].IsCapitalized || Determiners.Contains(words[from].Lower));

    /// <summary>An "-ed" participle right after the subject's first words and before a preposition ("the militants captured in …"), not a listed verb form.</summary>
    private static bool ReducedRelative(List<Word> words, int from, int verb) =>
        verb > from && verb + 1 < words.Count && !MatchingFiles.Verbs.Contains(words[verb].Lower) && words[verb].Lower.EndsWith("ed", StringComparison.Ordinal)
        && Prepositions.Contains(words[verb + 1].Lower) && !MatchingFiles.FunctionWords.Contains(words[verb - 1].Lower);

    /// <summary>Whether a coordinator ("and", "or", "but") lies between the end of a verb group and the next verb.</summary>
    private static bool Coordinated(List<Word> words, int end, int next)
    {
        for (var j = end; j < next; j++)
        {
            if (words[j].Lower is "and" or "or" or "but") return true;
        }
        return false;
    }

    /// <summary>
    /// Past a frame of certainty that opens the statement ("there is no doubt that …", "it is clear that …"): it says
    /// how sure the speaker is, and its negation ("no doubt") denies nothing of what follows. The frames are data
    /// (<c>certainty-frames.tsv</c>).
    /// </summary>
    private static int AfterCertainty(List<Word> words, int from)
    {
        foreach (var frame in MatchingFiles.CertaintyFrames)
        {
            if (from + frame.Length < words.Count && frame.Select((w, k) => words[from + k].Lower == w).All(x => x)) return from + frame.Length;
        }
        return from;
    }

    /// <summary>The end (exclusive) of the verb group that starts at <paramref name="verb"/>.</summary>
    private static int GroupEnd(List<Word> words, int verb)
    {
        var end = verb + 1;
        while (end < words.Count && (IsVerbGroupWord(words[end]) || AfterAuxiliary(words, verb, end) || Infinitive(words, end))) end++;
        return end;
    }

    /// <summary>Where the predicate is the agent's and where the patient's: "X was attacked by Y" is Y acting on X.</summary>
    public static (string Agent, string Patient) Roles(Proposition proposition)
    {
        var obj = proposition.Object ?? "";
        var predicate = proposition.Predicate.Split(' ');
        var passive = predicate.Length > 1 && predicate.Any(w => BeForms.Contains(w.ToLowerInvariant()))
            && obj.StartsWith("by ", StringComparison.OrdinalIgnoreCase);
        return passive ? (obj[3..], proposition.Subject) : (proposition.Subject, obj);
    }

    private static Proposition Build(string text, List<Word> words, int from, int verb)
    {
        var end = GroupEnd(words, verb);
        // "…, he said.": a reporting frame of a few words after a comma is not part of the object.
        var last = words.Count;
        for (var i = end + 1; i < words.Count; i++)
        {
            if (!Reporting.Contains(words[i].Lower)) continue;
            var frame = FrameStart(text, words, i);
            if (frame > end && i - frame <= 4)
            {
                last = frame;
                break;
            }
        }
        var subject = Slice(text, words, from, verb);
        var predicate = Slice(text, words, verb, end);
        var obj = end < last ? Slice(text, words, end, last) : null;
        // "No vaccine is available" and "there is no vaccine" are both negated: a negation opening the subject or the object counts.
        var negated = words.Skip(verb).Take(end - verb).Any(w => Wording.IsNegation(w.Lower))
            || (end < last && Wording.IsNegation(words[end].Lower)) || Wording.IsNegation(words[from].Lower);
        return new Proposition(subject, predicate, obj, negated);
    }

    /// <summary>The first word after the last comma before word <paramref name="i"/>, or -1 when no comma precedes it.</summary>
    private static int FrameStart(string text, List<Word> words, int i)
    {
        for (var j = i; j > 0; j--)
        {
            if (text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')) return j;
        }
        return -1;
    }

    private static int FindVerb(List<Word> words, int from)
    {
        for (var i = from + 1; i < words.Count; i++)
        {
            if (IsFiniteVerb(words, i)) return i;
        }
        return -1;
    }

    private static bool IsFiniteVerb(List<Word> words, int i)
    {
        var w = words[i];
        if (w.IsNumber) return false;
        if (Wording.IsNegation(w.Lower) && w.Lower.Contains('\'', StringComparison.Ordinal)) return true;
        if (MatchingFiles.Verbs.Contains(w.Lower)) return true;
        return !w.IsCapitalized && w.Lower.Length >= 5 && w.Lower.EndsWith("ed", StringComparison.Ordinal) && !Determiners.Contains(words[i - 1].Lower);
    }

    private static bool IsVerbGroupWord(Word w) =>
        !w.IsNumber && !w.IsCapitalized
        && (MatchingFiles.Verbs.Contains(w.Lower) || Wording.IsNegation(w.Lower) && w.Lower is not ("no" or "none" or "nothing" or "nobody")
            || w.Lower.EndsWith("ly", StringComparison.Ordinal) && w.Lower.Length > 4
            || w.Lower.EndsWith("ed", StringComparison.Ordinal) && w.Lower.Length >= 5
            || w.Lower.EndsWith("ing", StringComparison.Ordinal) && w.Lower.Length >= 5
            || w.Lower.EndsWith("en", StringComparison.Ordinal) && w.Lower.Length >= 5 && w.Lower is not ("women" or "citizen" or "children")
            || w.Lower is "be" or "been" or "being");

    /// <summary>
    /// A bare verb after an auxiliary of the group ("did not take", "will send", "could reach"): the main verb, which no
    /// ending marks.
    /// </summary>
    private static bool AfterAuxiliary(List<Word> words, int verb, int i)
    {
        var w = words[i];
        if (w.IsNumber || w.IsCapitalized || MatchingFiles.FunctionWords.Contains(w.Lower) || Wording.IsNegation(w.Lower)) return false;
        for (var j = i - 1; j >= verb; j--)
        {
            if (Auxiliaries.Contains(words[j].Lower) || words[j].Lower.EndsWith("n't", StringComparison.Ordinal)) return true;
            if (!Wording.IsNegation(words[j].Lower) && !words[j].Lower.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>"to" before a bare verb ("plans to leave"), not before a noun phrase ("taken to the hospital").</summary>
    private static bool Infinitive(List<Word> words, int i) =>
        words[i].Lower == "to" && i + 1 < words.Count && !words[i + 1].IsNumber && !words[i + 1].IsCapitalized
        && (!MatchingFiles.FunctionWords.Contains(words[i + 1].Lower) || words[i + 1].Lower is "have" or "be");

    /// <summary>The object of "told": the words up to "that" or the next verb ("told reporters that …").</summary>
    private static int SkipObject(List<Word> words, int i)
    {
        var j = i;
        while (j < words.Count && j < i + 5 && words[j].Lower != "that" && !IsFiniteVerb(words, j)) j++;
        return j < words.Count && words[j].Lower == "that" ? j : i;
    }

    private static string Slice(string text, List<Word> words, int from, int to) =>
        text[words[from].Start..words[to - 1].End];
}
