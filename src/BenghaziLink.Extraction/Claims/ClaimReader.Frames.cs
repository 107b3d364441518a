using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Claims;

/// <summary>The attribution patterns of one clause and the noun phrases that name their sources.</summary>
internal sealed partial class ClaimReader
{
    /// <summary>
    /// How many cues of one kind ("said", "according to", …) a clause is read for. In the seed articles and every spec
    /// case a clause holds at most three verbs of saying, and a chain at most three links (an outlet, its source and
    /// that source's source); reported speech seldom goes deeper than outlet, agency, official, source. Each cue read
    /// copies and scans the clause around it and names a source from the text before it, so a clause of n cues ("Omar
    /// Haddad said Karim Nouri said …" 2,000 times) cost the square of its length, and its chain and source labels
    /// grew with it. Twice the deepest real chain leaves room for real text and keeps a clause linear: the cues after
    /// the eighth are not read, so no chain grows past them.
    /// </summary>
    internal const int MaxCuesPerClause = 8;

    /// <summary>The first <see cref="MaxCuesPerClause"/> matches of a cue pattern, found lazily (the rest are never searched for).</summary>
    private static IEnumerable<Match> Cues(Regex pattern, string clause)
    {
        var match = pattern.Match(clause);
        for (var read = 0; read < MaxCuesPerClause && match.Success; read++, match = match.NextMatch()) yield return match;
    }

    private List<Frame> Frames(TextSpan clause, List<QuoteRegion> regions)
    {
        var v = Visible(clause.Start, clause.End);
        var frames = new List<Frame>();
        var speechEnds = new List<int>();

        // "Citing sources close to …, CNN reported": the cited sources sit inside the next speaker.
        var citing = Citing().Match(v);
        ClaimSource? cited = citing.Success ? Source(clause.Start + citing.Groups["src"].Index, clause.Start + citing.Groups["src"].Index + citing.Groups["src"].Length) : null;
        // "Speaking to the BBC, the president said": the outlet is outside the next speaker.
        var speakingTo = SpeakingTo().Match(v);
        var audience = speakingTo.Success ? Source(clause.Start + speakingTo.Groups["src"].Index, clause.Start + speakingTo.Groups["src"].Index + speakingTo.Groups["src"].Length) : null;
        if (audience is not { Class: SourceClass.NewsOutlet }) audience = null;

        foreach (var m in Cues(Quoted(), v))
        {
            var verb = clause.Start + m.Index;
            var who = Subject(clause, verb, trailing: false, regions);
            var src = Source(clause.Start + m.Groups["src"].Index, clause.Start + m.Groups["src"].Index + m.Groups["src"].Length);
            if (who is null || src is null) continue;
            frames.Add(new Frame(verb, 2, [who, src], Cue("quoted … as saying", verb, clause.Start + m.Index + m.Length), false));
            speechEnds.Add(clause.Start + m.Index + m.Length);
        }

        foreach (var m in Cues(Learnt(), v))
        {
            var position = clause.Start + m.Index;
            var sources = new List<ClaimSource>();
            if (currentDocument is not null) sources.Add(currentDocument);
            if (m.Groups["src"].Success && Source(clause.Start + m.Groups["src"].Index, clause.Start + m.Groups["src"].Index + m.Groups["src"].Length) is { } from)
            {
                sources.Add(from);
            }
            if (sources.Count == 0) continue;
            frames.Add(new Frame(position, 0, sources, Cue(m.Groups["cue"].Value.ToLowerInvariant(), position, position + m.Groups["cue"].Length), false));
            speechEnds.Add(position + m.Length);
        }

        bool? titleCase = null;
        foreach (var m in Cues(Speech(), v))
        {
            // "the United States", "Consumer Reports": a capitalised word inside a clause belongs to a name.
            // In a headline set in title case ("Mayor Says Bridge Will Reopen") the capital is the headline's style.
            // Only a name right before the verb speaks there, of a person or of someone the article names again ("Mayor Lund
            // Says …"; not "I’m Optimistic Voters Will Say …", where the capitals make a name of anything).
            ClaimSource? headline = null;
            if (m.Index > 0 && char.IsUpper(m.Value[0]) && (!(titleCase ??= IsTitleCase(v)) || (headline = NamedRightBefore(clause.Start, clause.Start + m.Index)) is null))
            {
                continue;
            }
            var verb = clause.Start + m.Index;
            var after = v[(m.Index + m.Length)..];
            var before = v[..m.Index];
            // "a claim later denied by his group": a participle after a noun, not someone speaking.
            // "media reports" is a noun, "state media said" a verb: after "media", "press" or "news" only a form that can be
            // a plural noun is one.
            // "has not confirmed reports that …": after a verb that takes an object, such a form is its object.
            var nounUse = (NounUse().IsMatch(before) && (!MediaBefore().IsMatch(before) || NounForms.Contains(m.Groups["verb"].Value)))
                || (NounForms.Contains(m.Groups["verb"].Value) && ObjectTaker().IsMatch(before));
            if (Raising().IsMatch(after) || Passive().IsMatch(before) || Relative().IsMatch(before) || nounUse || ByAgent().IsMatch(after)
                || Conditional().IsMatch(before))
            {
                continue;
            }
            if (frames.Any(f => f.Position == verb || f.Cue.Span.Contains(new TextSpan(verb, verb + m.Length)))) continue;
            var word = m.Groups["verb"].Value.ToLowerInvariant();
            // "The experts suggest that …", "She hoped that …": a verb of thinking or showing reports only the that-clause it takes.
            // Not inside a quotation, where it is the quoted speaker's own wording ("…helps confirm that …").
            var beforeThat = ClaimWords.BeforeThat.Contains(word);
            if (beforeThat && (!ThatComplement().IsMatch(after) || regions.Any(r => r.Contains(verb)))) continue;
            // "…, saying that …" hangs on the clause before it; "a resolution calling on …" describes a noun.
            var participle = ClaimWords.Participles.Contains(word);
            if (participle && !before.TrimEnd().EndsWith(',')) continue;
            // "X acknowledged Y's success, saying …": the clause's speaker goes on; the participle names no new one.
            if (participle && frames.Any(f => f.Level == 2 && f.Position < verb)) continue;
            var outlet = word is "told" or "tells" ? Recipient(verb + m.Length, clause.End) : null;
            // "…, a military source told the Associated Press on Sunday." closes the sentence as much as "…, he said.".
            var rest = outlet is not null && outlet.Span.End <= clause.End ? v[(outlet.Span.End - clause.Start)..] : after;
            // "…, a U.N. panel of experts said in a report released on Tuesday.": only circumstances follow the verb.
            // "…, a source said, after militants seized it": an attribution set off by commas mid-sentence.
            var trailing = IsTrailing(rest) || (rest.TrimStart().StartsWith(',') && before.Contains(',', StringComparison.Ordinal)) || (Circumstance().IsMatch(rest) && !rest.Contains(',', StringComparison.Ordinal) && !ThatWord().IsMatch(rest) && before.Contains(',', StringComparison.Ordinal));
            // "…, said Jake Horowitz, editor of the site.": the verb stands before its speaker and closes what was said.
            var inverted = Inverted(clause, verb, verb + m.Length, word);
            if (inverted is not null) trailing = true;
            // "Mrs. Lund endorsed Karl Berg for mayor, saying …": the participle's subject is the clause's, not the name nearest before it.
            var who = inverted ?? Fronted(clause, verb, verb + m.Length, word) ?? headline ?? (participle ? ClauseSubject(clause, verb) : null)
                ?? Subject(clause, verb, trailing, regions) ?? AfterQuotation(clause.Start, verb, verb + m.Length, clause.End);
            if (who is null) continue;
            // Its subject stands right before it, past at most an auxiliary and an adverb ("has long maintained"): in "made
            // every voter feel that …" the name before "made" is no subject of "feel".
            if (beforeThat && (who.Span.End > verb || ArticleDocument.CountWords(Visible(who.Span.End, verb)) > 2)) continue;
            var sources = new List<ClaimSource>();
            if (outlet is not null) sources.Add(outlet);
            if (audience is not null && speakingTo.Index < m.Index)
            {
                sources.Add(audience);
                audience = null;
            }
            sources.AddRange(CitedBy(who));
            sources.AddRange(Relayed(who, clause, v));
            if (cited is not null && citing.Index < m.Index)
            {
                sources.Add(cited);
                cited = null;
            }
            var level = who.Class == SourceClass.Document ? 0 : 2;
            frames.Add(new Frame(verb, level, sources, Cue(Normalise(word), verb, verb + m.Length), trailing));
            speechEnds.Add(verb + m.Length);
        }

        if (frames.Count == 0 && Speaker(clause, v) is { } colon) frames.Add(colon);

        if (frames.Count == 0 && OfficialsSubject().Match(v) is { Success: true } officials)
        {
            var start = clause.Start + officials.Groups["src"].Index;
            if (Source(start, start + officials.Groups["src"].Length) is { } source)
            {
                frames.Add(new Frame(start, 2, [source], Cue("officials' statement", start, start + officials.Groups["src"].Length), false));
            }
        }

        foreach (var m in Cues(According(), v))
        {
            var position = clause.Start + m.Index;
            var src = m.Groups["src"];
            var source = Source(clause.Start + src.Index, clause.Start + src.Index + src.Length);
            if (source is null) continue;
            // Inside what a speaker said ("X said that, according to Y, …") it is the speaker's source; elsewhere the article's.
            var inner = speechEnds.Any(end => end <= position && That().IsMatch(text[end..position]));
            var trailing = IsTrailing(v[(src.Index + src.Length)..]);
            var sources = CitedBy(source);
            sources.AddRange(Relayed(source, clause, v));
            frames.Add(new Frame(position, inner ? 3 : 1, sources, Cue("according to", position, clause.Start + src.Index), trailing));
        }

        if (cited is not null) frames.Add(new Frame(clause.Start + citing.Index, 2, [cited], Cue("citing", clause.Start + citing.Index, clause.Start + citing.Index + 6), false));

        foreach (var m in Cues(Channel(), v))
        {
            var src = m.Groups["src"];
            if (Source(clause.Start + src.Index, clause.Start + src.Index + src.Length) is { } channel && frames.Count > 0)
            {
                var position = clause.Start + m.Index;
                frames.Add(new Frame(frames.Min(f => f.Position) - 1, frames.Min(f => f.Level), [channel], Cue("posted by", position, position + m.Length), false));
            }
        }
        return frames;
    }

    /// <summary>
    /// "Mayor Lane: ‘The budget is balanced.’", "LANE: We will not raise taxes.": a clause that opens with a speaker's
    /// name and a colon (headlines, transcripts) is that speaker's. Only a person or organisation the article names
    /// counts, or the surname (in capitals or after title words) of a person it names; "Note:" or "9:30" are no speakers.
    /// </summary>
    private Frame? Speaker(TextSpan clause, string v)
    {
        var m = ColonSpeaker().Match(v);
        if (!m.Success) return null;
        var name = TextShape.Trim(text, clause.Start + m.Groups["src"].Index, clause.Start + m.Groups["src"].Index + m.Groups["src"].Length);
        var colon = clause.Start + m.Groups["colon"].Index;
        ClaimSource? source = null;
        var word = name.Of(text);
        if (word.Length >= 3 && word.All(c => char.IsUpper(c) || c is '-' or '\'' or '’'))
        {
            // A transcript's "PETROVA:" is the person of that surname the article names.
            var person = named.FirstOrDefault(n => n.Entity.Type == EntityType.Person && n.Entity.Canonical.Contains(' ', StringComparison.Ordinal)
                && n.Entity.Canonical.Split(' ')[^1].Equals(word, StringComparison.OrdinalIgnoreCase));
            if (person.Entity is not null) source = new ClaimSource(person.Entity.Canonical, SourceClass.NamedPerson, name, word);
        }
        // "Mayor Karl Lindqvist:": the name, after at most three capitalised title words.
        var entity = Named(name.Start, name.End).FirstOrDefault(n => n.Mention.Span.End == name.End && n.Entity.Type != EntityType.Place
            && Visible(name.Start, n.Mention.Span.Start).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 3 } titles && titles.All(t => char.IsUpper(t[0])));
        if (source is null && entity.Entity is not null)
        {
            source = new ClaimSource(entity.Entity.Canonical, ClassOf(entity.Entity), name, word);
        }
        // A headline's "Lindqvist:" or "Council Chair Lindqvist:", the surname alone: the person of that surname the
        // article names in full (a headline seldom repeats the given name); of two with that surname ("Karl Lindqvist:"
        // in an article naming Eva Lindqvist too), the one whose full name closes the phrase, else none.
        var words = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (source is null && words.Length <= 4 && words.All(w => char.IsUpper(w[0])) && words[^1].Length >= 3 && words[^1].All(char.IsLetter))
        {
            var bearers = named.Select(n => n.Entity).Where(e => e.Type == EntityType.Person && e.Canonical.Contains(' ', StringComparison.Ordinal)
                && e.Canonical.Split(' ')[^1].Equals(words[^1], StringComparison.Ordinal)).DistinctBy(e => e.Canonical).ToList();
            var bearer = bearers.FirstOrDefault(e => word.EndsWith(e.Canonical, StringComparison.Ordinal)) ?? (bearers.Count == 1 ? bearers[0] : null);
            var surname = new TextSpan(name.End - words[^1].Length, name.End);
            if (bearer is not null) source = new ClaimSource(bearer.Canonical, SourceClass.NamedPerson, surname, surname.Of(text));
        }
        return source is null ? null : new Frame(name.Start, 2, [source], Cue(":", colon, colon + 1), false);
    }

    [GeneratedRegex(@"^[\s“‘""']*(?<src>[\p{L}][\p{L}.’' -]{1,50}?)\s*(?<colon>:)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ColonSpeaker();

    /// <summary>
    /// The speaker named after the verb that follows a quotation: "“The attackers came from the south,” said Colonel
    /// Ahmed Mismari, a spokesman for the army" (up to the first comma), a person named there or the phrase itself.
    /// </summary>
    private ClaimSource? AfterQuotation(int clauseStart, int verb, int from, int end)
    {
        var lead = Visible(clauseStart, verb).TrimEnd(' ', '\u00A0', ',', '"', '”', '’', '\'');
        return lead.Length == 0 || lead[^1] != Masked ? null : SpeakerAfter(from, end);
    }

    /// <summary>
    /// "The race will be tight, said Jake Horowitz, editor of the site.", "The contrast, said Anna Berglund and others,
    /// would be clear": a verb of saying that can stand before its speaker, right after a comma, with a noun phrase
    /// after it that ends the clause or is set off by a comma. Not when the clause opens with a name described in
    /// apposition up to the verb ("Omar Haddad, a former commander, said Karim Nouri had left"), nor when the words
    /// after the verb hold a verb of their own ("…, however, said the bridge was closed").
    /// </summary>
    private ClaimSource? Inverted(TextSpan clause, int verb, int from, string word)
    {
        if (!ClaimWords.Inverting.Contains(word)) return null;
        var lead = Visible(clause.Start, verb).TrimEnd(' ', '\u00A0');
        if (lead.Length == 0 || lead[^1] != ',' || ArticleDocument.CountWords(lead.Replace(Masked, ' ')) < 2) return null;
        var rest = Visible(from, clause.End);
        var phrase = rest[..SpeakerLength(rest)];
        if (!SpeakerOpening().IsMatch(phrase) || Auxiliary().IsMatch(phrase) || EndsWithConjunction().IsMatch(phrase)) return null;
        // "…, wrote a weekly column": a verb that takes an object may be followed by it; only "said", "say" and "added" are
        // followed by a speaker described in common nouns, the others by a name.
        if (char.IsLower(phrase.TrimStart()[0]) && word is not ("said" or "says" or "say" or "added" or "adds") && !Named(from, from + phrase.Length).Any(n => n.Entity.Type == EntityType.Person)) return null;
        var segments = Segments(clause.Start, verb);
        if (segments.Count >= 2 && Named(segments[0].Start, segments[0].End).Any(n => n.Entity.Type != EntityType.Place)
            && segments.Skip(1).All(s => Aside().IsMatch(Visible(s.Start, s.End))))
        {
            return null;
        }
        return SpeakerAfter(from, clause.End);
    }

    /// <summary>
    /// "Said Anna Berglund, who grew up on the island, “We were all proud of her.”", "Says the mayor: the bridge stays
    /// shut.": a verb of saying that opens its sentence, before its speaker, who is set off by a comma or a colon from
    /// what was said. Only a form that may stand before its speaker (<c>inverts</c>), and only a noun phrase there, not
    /// "Said to be …" or "Added to the list were …".
    /// </summary>
    private ClaimSource? Fronted(TextSpan clause, int verb, int from, string word)
    {
        if (!ClaimWords.Inverting.Contains(word) || !char.IsUpper(text[verb]) || Visible(clause.Start, verb).Trim(' ', '\u00A0', '“', '"', '‘').Length > 0) return null;
        var rest = Visible(from, clause.End);
        var stop = rest.IndexOfAny([',', ':']);
        if (stop <= 0 || !SpeakerOpening().IsMatch(rest) || Auxiliary().IsMatch(rest[..stop]) || EndsWithConjunction().IsMatch(rest[..stop])) return null;
        return SpeakerAfter(from, from + stop);
    }

    /// <summary>What a speaker named after the verb opens with: a capital, an article, a number or a quantifier.</summary>
    [GeneratedRegex(@"^\s*(?:\p{Lu}|\d|(?:a|an|the|one|two|three|several|some|many|most|other|another|his|her|their|its|former|senior|top)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerOpening();

    /// <summary>Where the speaker after a verb ends: <see cref="SpeakerEnd"/>, or before a relative clause about the speaker ("a handful of Democrats who …").</summary>
    private static int SpeakerLength(string rest)
    {
        var length = SpeakerEnd(rest);
        var relative = RelativeStart().Match(rest, 0, length);
        return relative.Success && relative.Index > 0 ? relative.Index : length;
    }

    /// <summary>The speaker named right after <paramref name="from"/>: a person named there, a person in apposition to a title ("the group's director, Mark Harris."), or the phrase itself.</summary>
    private ClaimSource? SpeakerAfter(int from, int end)
    {
        var rest = Visible(from, end);
        var length = SpeakerLength(rest);
        if (ArticleDocument.CountWords(rest[..length]) is 0 or > 8 || NotASpeaker().IsMatch(rest)) return null;
        var person = Named(from, from + length).FirstOrDefault(n => n.Entity.Type == EntityType.Person);
        // "said the group's director, Mark Harris.": the name in apposition says who.
        if (person.Entity is null && length < rest.Length && rest[length] == ',' && Named(from + length, end).FirstOrDefault() is { Entity.Type: EntityType.Person } apposed
            && Visible(from + length + 1, apposed.Mention.Span.Start).Trim().Length == 0 && Visible(apposed.Mention.Span.End, end).TrimStart().StartsWith('.'))
        {
            person = apposed;
        }
        return person.Entity is not null
            ? new ClaimSource(person.Entity.Canonical, SourceClass.NamedPerson, person.Mention.Span, person.Mention.Surface)
            : Source(from, from + length);
    }

    /// <summary>Where the speaker named after a verb ends: the first comma, semicolon, bracket or quotation, or a full stop that does not close an abbreviation ("Mr.", "Gen.", "J.").</summary>
    private static int SpeakerEnd(string rest)
    {
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c is ',' or ';' or '(' or Masked) return i;
            if (c != '.') continue;
            var word = i;
            while (word > 0 && char.IsLetter(rest[word - 1])) word--;
            var token = rest[word..i];
            if (token.Length == 0 || !char.IsUpper(token[0]) || !(token.Length == 1 || Abbreviation().IsMatch(token))) return i;
        }
        return rest.Length;
    }

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Cmdr|Adm|Maj|Sgt|Jr|Sr|St|Rev|Prof|Gens|Sens|Reps|Amb|Pres|Supt|Insp|Det)$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    /// <summary>A verb's circumstances rather than what was said: "in a report released on Tuesday", "on Monday", "late last week".</summary>
    [GeneratedRegex(@"^\s*(?:in|on|at|during|after|before|from|via|late|early|last|this|earlier|yesterday|today|tonight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Circumstance();

    [GeneratedRegex(@"\bthat\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatWord();

    /// <summary>A that-clause right after a verb, past at most one adverb: "that the talks had failed", "however that …" (three words at least, so not "that approach").</summary>
    [GeneratedRegex(@"^\s+(?:(?:\p{Ll}+ly|however|also|now|again|still|instead)\s+)?that\s+[^\s,;]+\s+[^\s,;]+\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ThatComplement();

    [GeneratedRegex(@"^\s*by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByAgent();

    /// <summary>"seen by the Guardian", "a spokesman for the army": a name governed by a preposition is not the subject.</summary>
    [GeneratedRegex(@"\b(?:by|of|for|to|from|in|with|at|on)\s+(?:the\s+|its\s+|his\s+|their\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Governed();

    /// <summary>"If confirmed, his death would …": a participle after a conjunction, no one speaking.</summary>
    [GeneratedRegex(@"\b(?:if|unless|once|until|though|although)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\s(?:but|and|or|yet)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithConjunction();

    [GeneratedRegex(@"^\s*(?:and|but)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithConjunction();

    /// <summary>What can follow "said" without being who said it: "said that …", "said on Monday", "said in a statement".</summary>
    [GeneratedRegex(@"^\s*(?:that|it|in|on|at|to|of|by|from|with|after|before|during|when|while|yesterday|today|tonight|earlier|later|last|this|recently|previously)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotASpeaker();

    /// <summary>"A second source cited by Reuters": Reuters, then the source.</summary>
    private List<ClaimSource> CitedBy(ClaimSource who)
    {
        // "The BBC's correspondent in Tripoli": the outlet, then its reporter.
        var owner = Named(who.Span.Start, who.Span.End).FirstOrDefault(n => n.Entity.Kind == EntityKind.Media && n.Mention.Span.End + 2 < who.Span.End && IsPossessive(n.Mention.Span.End));
        if (owner.Entity is not null && Source(owner.Mention.Span.End + 2, who.Span.End) is { } reporter)
        {
            return [new ClaimSource(owner.Entity.Canonical, SourceClass.NewsOutlet, owner.Mention.Span, owner.Mention.Surface), reporter];
        }
        var m = CitedByPattern().Match(Visible(who.Span.Start, who.Span.End));
        if (!m.Success) return [who];
        var outer = Source(who.Span.Start + m.Groups["outer"].Index, who.Span.Start + m.Groups["outer"].Index + m.Groups["outer"].Length);
        var inner = Source(who.Span.Start, who.Span.Start + m.Groups["inner"].Length);
        return outer is null || inner is null ? [who] : [outer, inner];
    }

    [GeneratedRegex(@"^(?<inner>.+?)\s+(?:cited|quoted|seen|obtained)\s+by\s+(?<outer>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitedByPattern();

    /// <summary>
    /// "According to the Associated Press, which cited a local official, …", "The Associated Press, which cited two
    /// officials, said …": the source a source relays, named in a relative clause right after it.
    /// </summary>
    private List<ClaimSource> Relayed(ClaimSource who, TextSpan clause, string visibleClause)
    {
        var at = who.Span.End - clause.Start;
        if (at < 0 || at > visibleClause.Length || WhichCited().Match(visibleClause, at) is not { Success: true } which) return [];
        var start = clause.Start + which.Groups["src"].Index;
        return Source(start, start + which.Groups["src"].Length) is { } relayed ? [relayed] : [];
    }

    private AttributionCue Cue(string kind, int start, int end)
    {
        var span = TextShape.Trim(text, start, end);
        return new AttributionCue(kind, span, span.Of(text));
    }

    private static string Normalise(string verb) => Regex.Replace(verb, @"\s+", " ");

    private static bool IsTrailing(string rest) =>
        ArticleDocument.CountWords(rest.Replace(Masked.ToString(), "", StringComparison.Ordinal)) <= 4 && !rest.Contains(',', StringComparison.Ordinal);

    /// <summary>
    /// The source a speech verb at <paramref name="verb"/> has, read leftwards to the start of its clause (a
    /// quotation, a colon, "that"): a person named there who is not a possessive or after a preposition, a
    /// pronoun, or the phrase that names the speaker (the last comma-separated part when the verb closes the
    /// sentence, "…, the sources said", else the first that is not an adverbial, "At the time, an official …").
    /// </summary>
    private ClaimSource? Subject(TextSpan clause, int verb, bool trailing, List<QuoteRegion> regions) =>
        NearSubject(clause, verb, trailing, regions) ?? (trailing ? null : DescribedSpeaker(clause, verb));

    /// <summary>
    /// "Tom Fitton, the president of a group that has sued the department, said …": when the words right before the
    /// verb close a description set off by commas (whose "that" or "while" is no clause of its own), the phrase the
    /// clause opens with speaks, described by the parts after it.
    /// </summary>
    private ClaimSource? DescribedSpeaker(TextSpan clause, int verb)
    {
        if (!Visible(clause.Start, verb).TrimEnd(' ', '\u00A0').EndsWith(',')) return null;
        var segments = Segments(clause.Start, verb).Where(s => !IsAdverbial(s)).ToList();
        if (segments.Count < 2 || !segments.Skip(1).All(s => Aside().IsMatch(Visible(s.Start, s.End)))) return null;
        return Source(segments[0].Start, segments[0].End);
    }

    /// <summary>
    /// "Ms. Lund rejected the idea that the talks had failed and said …", "The court overruled and said …": a verb
    /// joined by "and" or "but" to the clause's own predicate shares the clause's subject, the name (or "he", "she",
    /// "they", or "the" and capitalised words) it opens with. Not inside a reported clause ("told Reuters that he had
    /// been there but denied …": the coordination is the speaker's), unless a comma sets the join apart.
    /// </summary>
    private ClaimSource? Coordinated(TextSpan clause, int start, int verb)
    {
        var joined = Visible(start, verb);
        if (start > clause.Start && !CommaJoin().IsMatch(joined))
        {
            if (!IsWordBefore(start, "that")) return null;
            var lead = Visible(clause.Start, start - 5);
            if (Speech().IsMatch(lead[(lead.LastIndexOf(',') + 1)..])) return null;
        }
        return ClauseSubject(clause, verb);
    }

    /// <summary>The subject a clause opens with, before <paramref name="verb"/>: a name (after title words), "he", "she" or "they", or "the" and capitalised words.</summary>
    private ClaimSource? ClauseSubject(TextSpan clause, int verb)
    {
        var first = Segments(clause.Start, verb).FirstOrDefault(s => !IsAdverbial(s));
        if (first.Length == 0) return null;
        var span = Tidy(first.Start, first.End);
        if (Opening(first) is { } named) return named;
        var words = Visible(span.Start, span.End);
        if (ClausePronoun().Match(words) is { Success: true } pronoun)
        {
            var at = new TextSpan(span.Start, span.Start + pronoun.Groups["p"].Length);
            return Resolve(pronoun.Groups["p"].Value.ToLowerInvariant(), at);
        }
        var whole = Tidy(first.Start, first.End, determiners: false);
        return TitledSubject().Match(Visible(whole.Start, whole.End)) is { Success: true } titled ? Label(whole.Start, whole.Start + titled.Groups["np"].Length) : null;
    }

    [GeneratedRegex(@",\s+(?:and|but)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommaJoin();

    [GeneratedRegex(@"^(?<p>he|she|they)(?:[’']s)?\s+\p{Ll}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClausePronoun();

    [GeneratedRegex(@"^(?<np>(?i:the)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex TitledSubject();

    private ClaimSource? NearSubject(TextSpan clause, int verb, bool trailing, List<QuoteRegion> regions)
    {
        var clauseStart = clause.Start;
        // "Ansar Dine, one of the groups that seized northern Mali, said …": the actor the clause opens with, described
        // in apposition right up to the verb, speaks; the "that" inside the description opens no clause.
        if (!trailing && Description(clause) is { } described
            && Visible(described.Claim.End, verb).Trim().TrimStart(',').Trim().Length == 0)
        {
            return Source(described.Claim.Start, described.Description.Start);
        }
        var start = verb;
        var depth = 0;
        while (start > clauseStart)
        {
            var c = visible[start - 1];
            if (c == ')') depth++;
            else if (c == '(') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is Masked or ';' or ':' or '–' or '—' || IsWordBefore(start, "that") || ClauseOpener(start))) break;
            start--;
        }
        if (regions.FirstOrDefault(r => r.Transparent && r.Start >= start && r.Start < verb) is { } region && Visible(start, region.Start).Trim().Length == 0)
        {
            // "a third source “said …”": the quotation opens before the verb, the speaker stands before it.
            start = region.Start + 1;
        }

        // "the official said the minister said …": a verb of saying before the subject reports the clause it stands in, so
        // the second speaker starts after it ("who said he saw it said": a relative clause about the speaker, no report).
        if (!trailing && ReportedSpeaker(start, verb) is { } reported) start = reported;

        // "… that it had targeted Belmokhtar … but said", "that he had been at the compound but denied any role": a verb
        // coordinated with the clause before it, no new speaker.
        if (EndsWithConjunction().IsMatch(Visible(start, verb))) return Coordinated(clause, start, verb);
        // "…, most recently in 2013, when Chad said": a government or group named right before the verb speaks, not a
        // person named earlier in the sentence.
        if (Named(start, verb).LastOrDefault() is { Entity: not null } last && (last.Entity.Type == EntityType.Group || last.Entity.Kind == EntityKind.Country)
            && Visible(last.Mention.Span.End, verb).Trim().Length == 0 && !IsPossessive(last.Mention.Span.End) && !Governed().IsMatch(Visible(start, last.Mention.Span.Start)))
        {
            return Source(last.Mention.Span.Start, last.Mention.Span.End);
        }
        List<TextSpan>? parts = null;
        var person = Named(start, verb).Where(n => n.Entity.Type == EntityType.Person
                && !IsPossessive(n.Mention.Span.End) && !AfterPreposition(start, n.Mention.Span.Start) && !IsModifier(n.Mention.Span.End, verb)
                && (!trailing || SpeaksAtEnd(n.Mention.Span, parts ??= Segments(start, verb))))
            .Select(n => n.Entity).LastOrDefault();
        if (person is not null)
        {
            var mention = Named(start, verb).Last(n => n.Entity == person).Mention;
            return new ClaimSource(person.Canonical, SourceClass.NamedPerson, mention.Span, mention.Surface);
        }

        var segments = parts ?? Segments(start, verb);
        if (segments.Count == 0) return null;
        // "During a visit to Springfield, Illinois, the inspector said": a place set off after an adverbial part, with more
        // to come before the verb, goes on naming the adverbial's place ("city, state"); it is no speaker.
        var nominal = segments.Where((s, i) => !IsAdverbial(s)
            && !(i > 0 && i < segments.Count - 1 && IsAdverbial(segments[i - 1]) && IsPlace(s))).ToList();
        if (nominal.Count == 0) return null;
        var chosen = trailing ? nominal[^1] : nominal[0];
        // "…, and officials fear that …": a new clause with its own subject, joined to the one before.
        if (!trailing && segments.Count > 1 && StartsWithConjunction().Match(Visible(segments[^1].Start, segments[^1].End)) is { Success: true } joined)
        {
            chosen = new TextSpan(segments[^1].Start + joined.Length, segments[^1].End);
        }
        // "A Mauritanian news agency, ANI, said": the name in apposition says which agency.
        var next = nominal.IndexOf(chosen) + 1;
        var apposedSpan = next < nominal.Count ? TextShape.Trim(text, nominal[next].Start, nominal[next].End) : default;
        if (next < nominal.Count && Named(apposedSpan.Start, apposedSpan.End).FirstOrDefault(n => n.Entity.Type == EntityType.Group && n.Mention.Span == apposedSpan) is { Entity: not null } apposed)
        {
            return Source(apposed.Mention.Span.Start, apposed.Mention.Span.End);
        }
        if ((Source(chosen.Start, chosen.End) ?? Opening(chosen)) is { } found) return found;
        // "Walking along the pier, the inspector said": an opening phrase that names no one leaves the next part to speak.
        var index = nominal.IndexOf(chosen);
        return !trailing && index >= 0 && index + 1 < nominal.Count && index + 1 == nominal.Count - 1
            ? Source(nominal[index + 1].Start, nominal[index + 1].End)
            : null;
    }

    /// <summary>
    /// Whether a comma-separated part is an adverbial, not a noun phrase that could speak: it opens with a preposition or
    /// subordinating word ("In a statement", "After the vote"), or it is a sentence adverb or a time adverbial as a whole
    /// ("Later", "Privately", "Earlier this week": <see cref="ClaimWords.Opener"/>) that is not itself a name the
    /// article gives ("Kelly").
    /// </summary>
    private bool IsAdverbial(TextSpan part)
    {
        var words = Visible(part.Start, part.End);
        if (Adverbial().IsMatch(words)) return true;
        if (!ClaimWords.Opener.IsMatch(words)) return false;
        var span = TextShape.Trim(text, part.Start, part.End);
        return !Named(span.Start, span.End).Any(n => n.Mention.Span == span);
    }

    /// <summary>Whether the words in [start, end) are nothing, or at most four capitalised title words ("Mrs.", "Vice President").</summary>
    private bool IsTitles(int start, int end)
    {
        if (start == end) return true;
        var words = Visible(start, end).Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-'));
    }

    /// <summary>
    /// Whether a name ending at <paramref name="end"/> modifies a noun after it rather than heading the phrase before the verb
    /// ("some Lund allies said", "Lund supporters say", "Lund’ aides"): a plain lower-case word follows it, not an auxiliary,
    /// an adverb, a preposition, a conjunction, a relative word or a verb ("Lund also said", "Lund in an interview said",
    /// "Lund confirmed").
    /// </summary>
    private bool IsModifier(int end, int verb)
    {
        if (end + 1 < text.Length && text[end] is '’' or '\'' && text[end - 1] is 's' && char.IsWhiteSpace(text[end + 1])) return true;
        var next = WordPattern().Match(Visible(end, verb));
        if (!next.Success || next.Index > 1 || !char.IsLower(next.Value[0]) || !next.Value.All(char.IsLetter)) return false;
        // A past form or a verb of saying after the name is its verb ("Lund confirmed …, in a video posted by …").
        if (next.Value.EndsWith("ed", StringComparison.Ordinal) || Speech().Match(next.Value) is { Success: true, Index: 0 } verbForm && verbForm.Length == next.Value.Length) return false;
        // The noun it modifies is the last word before the verb, past auxiliaries and adverbs ("Lund allies have long
        // said"); more words make a clause of their own ("Lund made every voter feel").
        var rest = WordPattern().Matches(Visible(end + next.Index + next.Length, verb));
        return !NameFollower().IsMatch(next.Value) && rest.All(w => NameFollower().IsMatch(w.Value));
    }

    /// <summary>The words that may follow a speaker's name before the verb: auxiliaries, adverbs, prepositions, conjunctions, relative words.</summary>
    [GeneratedRegex(@"^(?:\p{Ll}+ly|is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|did|does|do|not|never|also|again|too|still|now|then|later|once|soon|already|even|just|last|this|herself|himself|themselves|itself|and|or|but|nor|who|whom|whose|which|that|with|of|for|from|to|by|about|on|at|in|into|after|before|during|over|under|since|while|when|as|however|though|although|yet|said|says|say|told|tells|added)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameFollower();

    /// <summary>Whether a part is nothing but the name of a place.</summary>
    private bool IsPlace(TextSpan part)
    {
        var span = TextShape.Trim(text, part.Start, part.End);
        return Named(span.Start, span.End).Any(n => n.Entity.Type == EntityType.Place && n.Mention.Span == span);
    }

    /// <summary>
    /// "Rubio defended the bill on Saturday, saying …": when the words before the verb are a clause, not a noun
    /// phrase, the name that opens the clause is its subject and speaks. Capitalised title words may stand before the
    /// name ("Mrs. Lund rejected …", "Harbour Master Tom Reilly said …").
    /// </summary>
    private ClaimSource? Opening(TextSpan part)
    {
        var span = Tidy(part.Start, part.End);
        var first = Named(span.Start, span.End).FirstOrDefault();
        if (first.Entity is null || !IsTitles(span.Start, first.Mention.Span.Start) || IsPossessive(first.Mention.Span.End)) return null;
        var next = WordPattern().Match(Visible(first.Mention.Span.End, span.End));
        if (!next.Success || !char.IsLower(next.Value[0])) return null;
        return new ClaimSource(first.Entity.Canonical, ClassOf(first.Entity), first.Mention.Span, first.Mention.Surface);
    }

    /// <summary>
    /// Whether a name before a closing "…, said" is the one speaking: it stands alone in its part, and only asides
    /// about it follow ("Omar Haddad, a former commander, said"). In "Omar Haddad, a former commander, travelled to
    /// Libya, officials said" the name is the subject of what was said; the speakers are the last part.
    /// </summary>
    private bool SpeaksAtEnd(TextSpan name, List<TextSpan> segments)
    {
        var own = segments.FindIndex(s => s.Start <= name.Start && name.End <= s.End);
        if (own < 0) return true;
        if (Visible(name.End, segments[own].End).Trim(Masked, ' ', '”', '"', '’', '\'').Length > 0) return false;
        return segments.Skip(own + 1).All(s => Aside().IsMatch(Visible(s.Start, s.End)));
    }

    /// <summary>"…, where the council said", "… when he said": a subordinating word opens the clause whose subject speaks.</summary>
    /// <summary>Where a speaker reported by an earlier verb of saying starts ("said the minister said"), or null.</summary>
    private int? ReportedSpeaker(int start, int verb)
    {
        // "said the boycott calls are …": a word that is also a plural noun is no second verb of saying here.
        if (Speech().Match(text, verb) is { Success: true } own && own.Index == verb && ClaimWords.NounForms.Contains(own.Groups["verb"].Value)) return null;
        var words = Visible(start, verb);
        var last = Speech().Matches(words).LastOrDefault(m => !ClaimWords.NounForms.Contains(m.Groups["verb"].Value));
        if (last is null || RelativeWord().IsMatch(words[..last.Index])) return null;
        var after = start + last.Index + last.Length;
        // Only a short noun phrase between the two verbs is the second speaker: "said the finance minister said".
        var between = Visible(after, verb);
        var count = ArticleDocument.CountWords(between);
        return count is > 0 and <= 4 && !JoinedSpeaker().IsMatch(between) ? after : null;
    }

    [GeneratedRegex(@"\b(?:who|whom|which|whose)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWord();

    [GeneratedRegex(@"[,;]|\b(?:and|but|or|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedSpeaker();

    private bool ClauseOpener(int position) =>
        IsWordBefore(position, "where") || IsWordBefore(position, "when") || IsWordBefore(position, "because") || IsWordBefore(position, "whereas") || IsWordBefore(position, "while");

    private bool IsWordBefore(int position, string word) =>
        position >= word.Length + 1 && char.IsWhiteSpace(text[position - 1])
        && text.AsSpan(position - 1 - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (position - 1 - word.Length == 0 || !char.IsLetter(text[position - 2 - word.Length]));

    private bool IsPossessive(int end) => end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] is 's' or 'S';

    /// <summary>Whether the last word before a name (from <paramref name="start"/>) is a preposition: "a spokesman for Omar Haddad".</summary>
    private bool AfterPreposition(int start, int mention)
    {
        // Only the last word counts, and no word spans white space: reading back to the white space before the last
        // letter or digit finds the same word as reading from the clause start, without a scan of the clause per name.
        var from = mention;
        while (from > start && !char.IsLetterOrDigit(visible[from - 1])) from--;
        while (from > start && !char.IsWhiteSpace(visible[from - 1])) from--;
        var words = WordPattern().Matches(Visible(from, mention));
        return words.Count > 0 && Preposition().IsMatch(words[^1].Value);
    }

    /// <summary>Comma- and dash-separated parts outside brackets, "including …" kept with the part before it.</summary>
    private List<TextSpan> Segments(int start, int end)
    {
        var parts = new List<TextSpan>();
        var depth = 0;
        var from = start;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? visible[i] : ',';
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            if (depth > 0 || c is not (',' or '–' or '—')) continue;
            var part = TextShape.Trim(text, from, i);
            if (part.Length > 0 && Visible(part.Start, part.End).Trim(Masked, ' ').Length > 0)
            {
                if (parts.Count > 0 && Including().IsMatch(Visible(part.Start, part.End))) parts[^1] = new TextSpan(parts[^1].Start, part.End);
                else parts.Add(part);
            }
            from = i + 1;
        }
        return parts;
    }

    /// <summary>An outlet a speaker told: "told the New York Times", "told a Mauritanian news website".</summary>
    private ClaimSource? Recipient(int start, int end)
    {
        var window = Visible(start, end);
        var stop = RecipientEnd().Match(window);
        var length = stop.Success ? stop.Index : window.Length;
        var media = Named(start, start + length + 1).FirstOrDefault(n => n.Entity.Kind == EntityKind.Media);
        if (media.Entity is not null) return new ClaimSource(media.Entity.Canonical, SourceClass.NewsOutlet, media.Mention.Span, media.Mention.Surface);
        var noun = MediaPhrase().Match(window[..length]);
        if (!noun.Success) return null;
        return Label(start, start + noun.Index + noun.Length);
    }

    /// <summary>The source a noun phrase names: a pronoun or a phrase referring back, an entity at its head, else an unnamed source labelled by its words.</summary>
    private ClaimSource? Source(int start, int end)
    {
        var whole = Tidy(start, end, determiners: false);
        var span = Tidy(start, end, determiners: true);
        if (span.Length == 0) return null;
        var phrase = Visible(span.Start, span.End);
        if (phrase.Contains(Masked, StringComparison.Ordinal)) return null;

        var pronoun = Pronoun().Match(phrase);
        if (pronoun.Success) return Resolve(pronoun.Value.ToLowerInvariant(), span);

        // "a statement from the defence ministry" is the ministry's word.
        var statement = StatementBy().Match(Visible(whole.Start, whole.End));
        if (statement.Success && Source(whole.Start + statement.Length, whole.End) is { } author) return author;

        var anaphor = Anaphor().Match(Visible(whole.Start, whole.End));
        if (anaphor.Success)
        {
            if (anaphor.Groups["media"].Success)
            {
                var outlet = named.LastOrDefault(n => n.Entity.Kind == EntityKind.Media && n.Mention.Span.End <= span.Start && !IsPublisher(NameKey.Of(n.Entity.Canonical)));
                if (outlet.Entity is not null) return new ClaimSource(outlet.Entity.Canonical, SourceClass.NewsOutlet, span, span.Of(text));
            }
            else if (anaphor.Groups["document"].Success)
            {
                return currentDocument is null ? null : currentDocument with { Span = span, Surface = span.Of(text) };
            }
            else
            {
                var plural = anaphor.Groups["noun"].Value.EndsWith('s');
                // "this sensitive source" is the source earlier described as sensitive, if there is one.
                var modifiers = anaphor.Groups["modifiers"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // The latest unnamed source of the same number that has those words, read back from the latest: an article
                // naming thousands of sources ("The official said the minister said …") is not searched whole per anaphor.
                ClaimSource? antecedent = null;
                for (var i = unnamed.Count - 1; i >= 0 && antecedent is null; i--)
                {
                    var u = unnamed[i];
                    if (u.Class == SourceClass.AnonymousSource && IsPlural(u.Name) == plural
                        && modifiers.All(w => u.Name.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase)))
                    {
                        antecedent = u;
                    }
                }
                if (antecedent is not null)
                {
                    var name = anaphor.Groups["one"].Success ? $"one of the {antecedent.Name}" : antecedent.Name;
                    return new ClaimSource(name, antecedent.Class, whole, whole.Of(text));
                }
            }
        }

        var entity = Named(span.Start, span.End).Where(n => text[n.Mention.Span.End..span.End].Trim(' ', '.', '’', '”', '\'', '"').Length == 0
                && !HasPreposition(span.Start, n.Mention.Span.Start))
            .Select(n => (n.Mention, n.Entity)).LastOrDefault();
        if (entity.Entity is not null)
        {
            return new ClaimSource(entity.Entity.Canonical, ClassOf(entity.Entity), span, span.Of(text));
        }
        return Label(span.Start, span.End);
    }

    private bool HasPreposition(int start, int end) =>
        WordPattern().Matches(Visible(start, end)).Any(m => Preposition().IsMatch(m.Value));

    private ClaimSource? Label(int start, int end)
    {
        var span = Tidy(start, end);
        if (span.Length == 0) return null;
        var words = WordPattern().Matches(Visible(span.Start, span.End)).Select(m => m.Value).ToList();
        if (words.Count == 0) return null;
        var name = string.Join(' ', words);
        var visibleSpan = Visible(span.Start, span.End);
        if (Share().IsMatch(visibleSpan))
        {
            // "42% say": a share of those polled keeps its sign.
            name = string.Join(' ', visibleSpan.Split((char[])[' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',');
        }
        else if (!IsNounPhrase(name, words.Count))
        {
            return null;
        }
        if (BareSource().IsMatch(name)) name = $"unnamed {name.ToLowerInvariant()}";
        // "sources with access to intelligence agencies" are sources: the head noun decides, not a noun after it.
        var source = new ClaimSource(name, MediaPhrase().IsMatch(Head(name)) ? SourceClass.NewsOutlet : SourceClass.AnonymousSource, span, span.Of(text));
        unnamed.Add(source);
        return source;
    }

    /// <summary>
    /// Whether words that stand before a verb of saying can name who speaks: a noun phrase opens with neither a
    /// preposition or subordinating word ("Of the three", "If the so-called"), nor a pronoun followed by more words (a
    /// clause: "She clinched a majority"), nor a figure; it has no auxiliary before its relative clause (a clause again:
    /// "the laws will be in effect in 17 states") and is not a paragraph's worth of words.
    /// </summary>
    /// <summary>The person the article names whose name the word right before <paramref name="verb"/> ends ("… Sanders Says"), or null.</summary>
    private ClaimSource? NamedRightBefore(int start, int verb)
    {
        var words = WordPattern().Matches(Visible(start, verb));
        if (words.Count == 0 || verb - (start + words[^1].Index + words[^1].Length) > 1) return null;
        var last = words[^1];
        var person = named.FirstOrDefault(n => n.Entity.Type == EntityType.Person && n.Entity.Canonical.Split(' ')[^1].Equals(last.Value, StringComparison.OrdinalIgnoreCase)).Entity;
        var span = new TextSpan(start + last.Index, start + last.Index + last.Length);
        return person is null ? null : new ClaimSource(person.Canonical, SourceClass.NamedPerson, span, span.Of(text));
    }

    /// <summary>Whether a clause is set in title case: at least four words, and all but the short function words capitalised.</summary>
    private static bool IsTitleCase(string clause)
    {
        var words = WordPattern().Matches(clause).Select(w => w.Value).Where(w => char.IsLetter(w[0]) && !TitleSmallWord().IsMatch(w)).ToList();
        return words.Count >= 4 && words.All(w => char.IsUpper(w[0]));
    }

    [GeneratedRegex(@"^(?:a|an|the|of|to|in|on|at|for|and|or|but|as|by|with|from|vs\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSmallWord();

    /// <summary>A share of those asked, standing for them as a source: "59 percent", "42%", "one in three", "only 24 percent of voters".</summary>
    [GeneratedRegex(@"^(?:(?:only|just|some|about|nearly|almost|roughly|around|over|under|more\s+than|less\s+than|fewer\s+than)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    private static bool IsShare(ClaimSource source) => source.Class == SourceClass.AnonymousSource && Share().IsMatch(source.Surface);

    private static bool IsNounPhrase(string name, int words) =>
        words <= 40 && !char.IsDigit(name[0]) && !NotANounPhrase().IsMatch(name)
        && !Auxiliary().IsMatch(RelativeStart().Split(name, 2)[0]);

    [GeneratedRegex(@"^(?:(?:of|among|if|in|on|at|for|with|compared|when|while|because|as|after|before|since|although|though|unless|until|whether|despite|like|unlike|than|to|from|by|about|into|over|under|between|during|through|against|so|still|also|instead|indeed|maybe|perhaps|even|just|only|not|no|here|there|what|how|why|where|whatever|whoever|asked|yes|well|now|then|every\s+(?:time|word|day|week|year))(?![-\p{L}])|(?:he|she|they|it|we|i|you)\s|(?:i|we|you|us|me)$|\p{L}+ing\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotANounPhrase();

    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being|will|would|has|have|had|can|could|should|shall|may|might|must|did|does|do|am)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"\b(?:who|whom|whose|which|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeStart();

    /// <summary>The span without leading conjunctions and adverbs (and articles, if <paramref name="determiners"/>) or trailing auxiliaries, quotation marks and punctuation.</summary>
    private TextSpan Tidy(int start, int end, bool determiners = true)
    {
        var span = TextShape.Trim(text, start, end);
        var changed = true;
        while (changed && span.Length > 0)
        {
            changed = false;
            var phrase = Visible(span.Start, span.End);
            var lead = (determiners ? Leading() : LeadingConjunction()).Match(phrase);
            if (lead.Success && lead.Length > 0 && lead.Length < phrase.Length)
            {
                span = TextShape.Trim(text, span.Start + lead.Length, span.End);
                changed = true;
                continue;
            }
            var trail = Trailing().Match(phrase);
            if (trail.Success && trail.Index > 0)
            {
                span = TextShape.Trim(text, span.Start, span.Start + trail.Index);
                changed = true;
            }
        }
        return span;
    }

    /// <summary>The last <paramref name="count"/> sentences ending at or before <paramref name="position"/>, latest first: found by binary search (sentences are in text order), not by a pass over the article per pronoun.</summary>
    private IEnumerable<Sentence> SentencesBefore(int position, int count)
    {
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Span.End <= position) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo - 1; i >= 0 && i >= lo - count; i--) yield return sentences[i];
    }

    private static bool IsPlural(string label)
    {
        var head = Head(label);
        return head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
    }

    /// <summary>The noun a label is about: the last word before its first preposition or relative pronoun.</summary>
    private static string Head(string label)
    {
        var words = label.Split(' ');
        return words.TakeWhile(w => !HeadEnd().IsMatch(w)).LastOrDefault() ?? words[^1];
    }

    private static SourceClass ClassOf(DocumentEntity entity) => entity.Type switch
    {
        EntityType.Person => SourceClass.NamedPerson,
        EntityType.Place => SourceClass.GovernmentBody,
        _ => entity.Kind switch
        {
            EntityKind.Media => SourceClass.NewsOutlet,
            EntityKind.Government => SourceClass.GovernmentBody,
            EntityKind.Militant => SourceClass.MilitantGroup,
            _ => SourceClass.Organisation,
        },
    };

    /// <summary>Keeps track of the document the article quotes: "an email from X", "It was sent … by X".</summary>
    private void NoteDocuments(TextSpan sentence)
    {
        var v = Visible(sentence.Start, sentence.End);
        foreach (Match m in DocumentNoun().Matches(v))
        {
            var author = m.Groups["by"].Success ? m.Groups["by"] : m.Groups["from"].Success ? m.Groups["from"] : null;
            var person = author is null ? default : named.FirstOrDefault(n => n.Entity.Type == EntityType.Person && n.Mention.Span.Start == sentence.Start + author.Index);
            if (person.Entity is not null)
            {
                currentDocument = new ClaimSource(person.Entity.Canonical, SourceClass.Document, person.Mention.Span, person.Mention.Surface);
            }
            else if (currentDocument is null && m.Groups["noun"].Success)
            {
                var span = new TextSpan(sentence.Start + m.Groups["noun"].Index, sentence.Start + m.Groups["noun"].Index + m.Groups["noun"].Length);
                currentDocument = new ClaimSource(span.Of(text).ToLowerInvariant(), SourceClass.Document, span, span.Of(text));
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static Regex Speech() => ClaimWords.Speech;

    /// <summary>"according to reports", "the reported attack": the word is a noun or an adjective, not a verb of saying.</summary>
    /// <summary>Speech words that are also plural nouns ("media reports", "press claims").</summary>
    private static FrozenSet<string> NounForms => ClaimWords.NounForms;

    [GeneratedRegex(@"\b(?:news|media|press)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaBefore();

    /// <summary>Verbs whose object "reports" or "claims" is: "confirmed reports", "denied claims", "dismissed reports".</summary>
    [GeneratedRegex(@"\b(?:confirm(?:ed|s)?|den(?:y|ied|ies)|dismiss(?:ed|es)?|reject(?:ed|s)?|cit(?:ed|es|ing)|echo(?:ed|es)|repeat(?:ed|s)?|seen|heard|read)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectTaker();

    [GeneratedRegex(@"\b(?:to|the|a|an|of|on|about|in|from|with|by|for|recent|news|media|press|these|those|such|unconfirmed|initial|his|their|its|our|my|your)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounUse();

    [GeneratedRegex(@"^\s+to\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Raising();

    [GeneratedRegex(@"\b(?:is|are|was|were|been|be|being)\s+(?:also\s+|widely\s+|now\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    /// <summary>"…, who later said": a relative clause about someone named before, read as no new attribution ("and said" is read by <see cref="Coordinated"/>).</summary>
    [GeneratedRegex(@"\b(?:who|which)\s+(?:\p{L}+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\baccording(?:\s+to)?\s+(?<src>[^,;:§()–—]+?)(?=\s*(?:[,;:§()–—]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex According();

    /// <summary>", which cited a local official," right after a source: the source it relays.</summary>
    [GeneratedRegex(@"\G\s*,\s*(?:which|who)\s+(?:cited|quoted)\s+(?<src>[^,;:§()–—]+?)\s*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichCited();

    /// <summary>"Citing X, CNN reported", "…, CNN reported, citing X." (closing the sentence).</summary>
    [GeneratedRegex(@"\bciting\s+(?<src>[^,;:§]+?)\s*(?:,|[.!]?\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Citing();

    [GeneratedRegex(@"\b(?:speaking|talking)\s+to\s+(?<src>[^,;:§]+?)\s*,|\bin\s+an\s+interview\s+with\s+(?<src>[^,;:§]+?)(?=\s*[,;:§]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakingTo();

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?:statement|communiqu[ée]|announcement|press\s+release)s?\s+(?:from|by|issued\s+by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementBy();



    [GeneratedRegex(@"\bquoted\s+(?<src>[^,;:§]+?)\s+(?:as\s+)?saying\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?<cue>(?:we\s+(?:also\s+)?(?:learn|learned|learnt|read)|it\s+is\s+(?:also\s+)?(?:learnt|learned|understood|known)))\b(?:\s+from\s+(?<src>[^,;:§]+?)(?=\s*(?:[,;:§]|$|\bthat\b)))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Learnt();

    [GeneratedRegex(@"\bin\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:message|statement|interview|video|recording|broadcast|post|audio)\s+(?:posted|published|broadcast|aired|released|carried|run)\s+(?:by|on)\s+(?<src>[^,;:§]+?)(?=\s*(?:[,;:§]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Channel();

    [GeneratedRegex(@"^\W*(?<src>(?:[\p{L}.’'-]+\s+){0,4}?(?:officials|sources|authorities|investigators|diplomats))\s+(?:have\s+|has\s+|had\s+)?(?:\p{L}+ed|say|believe|suspect|think)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialsSubject();

    [GeneratedRegex(@"^\s*that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex That();

    [GeneratedRegex(@"^(?:he|she|they|it)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:(?<one>one\s+of\s+)?(?:the|this|that|these|those)\s+(?:(?<media>news\s+agency|agency|newspaper|paper|network|broadcaster|channel|website|outlet|daily|magazine|station)|(?<document>e-?mail|memo|letter|cable|document|report)|(?<modifiers>(?:\p{L}+\s+){0,2}?)(?<noun>sources?|officials?)))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"^(?:unnamed\s+)?(?:sources?|officials?|reports?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareSource();

    [GeneratedRegex(@"\b(?:news\s+)?(?:outlets?|websites?|agency|agencies|newspapers?|channels?|media|press|broadcasters?|networks?|stations?|dailies|daily|magazines?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaPhrase();

    [GeneratedRegex(@"\s+(?:that|in|on|during|last|this|earlier|recently|a\s+(?:month|week|day|year)|shortly|after|before|the\s+\p{L}+\s+(?:was|were|is|are|had|has))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecipientEnd();

    [GeneratedRegex(@"^\W*(?:according|citing|in|at|on|during|after|before|despite|aside|although|though|when|while|as|since|for|with|without|under|following|which|who|whom|where|then|now|once|formerly|meaning|referring|speaking|asked|questioned|but|and|however|yet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adverbial();

    /// <summary>What an aside about a name opens with: an article, a number word or possessive ("a former commander", "one of the chiefs", "his deputy"), a relative pronoun, a title adverb.</summary>
    [GeneratedRegex(@"^\W*(?:a|an|the|one|two|his|her|its|their|who|whose|which|now|then|formerly|himself|herself|also|aged?|\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aside();

    [GeneratedRegex(@"^\s*including\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Including();

    [GeneratedRegex(@"^(?:with|of|for|from|to|by|about|on|at|in|into|including|alongside|among|against|near|inside|outside|behind|under)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(?:with|of|in|to|from|at|for|on|who|that|which|close|familiar|cited|including|working|based|in)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadEnd();

    [GeneratedRegex(@"^(?:[\s“”‘’""'(]+|(?i:a|an|the|its|his|her|their|and|but|so|then|also|yet|however|meanwhile|some|several|one(?!\s+(?:of|in|out)\b))\b\s*|\p{Ll}+ly\b\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:[\s“”‘’""'(]+|(?i:and|but|so|then|also|yet|however|meanwhile)\b\s*|\p{Ll}+ly\b\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConjunction();

    [GeneratedRegex(@"(?:[\s“”‘’""'.,)§]+|\s+(?i:has|have|had|not|never|yet|did|does|do|could|would|can|cannot|will|may|might|also|further|repeatedly|earlier|later|previously|then|again|once|just|recently|now|privately|publicly|first|still|reportedly|even)|\s+\p{Ll}+ly)$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\b(?<noun>e-?mails?|memos?|letters?|cables?|documents?)\b(?:[^.;:§]*?\bfrom\s+(?<from>\p{Lu}))?|\b(?:sent|written|addressed)\s+(?:to\s+[\p{L}.]+(?:\s+[\p{L}.]+)?\s+)?by\s+(?<by>\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNoun();
}
