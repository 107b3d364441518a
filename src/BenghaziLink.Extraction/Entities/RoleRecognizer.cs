using System.Collections.Frozen;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// Finds what the text says each named person or group is, in the sentence that names it: a title or role
/// noun before a person ("Pentagon spokesman George Little", "Secretary of State Hillary Clinton"), a
/// descriptive noun before a group ("the Mauritanian news agency ANI"), an appositive ("Mokhtar Belmokhtar,
/// leader of Al Murabitoon,"), a relative clause ("X, who heads the brigade") or a copula ("X is the leader
/// of Y"). Only mentions of the article's entities are described, never in page furniture but captions, and a name nested
/// in a longer one is described through the longer one. Must run after alias resolution: a lone word the
/// resolver dropped is no entity to describe.
/// </summary>
public sealed class RoleRecognizer : IDocumentProcessor
{
    public string Name => "roles";
    public Annotations Requires => Annotations.Sentences | Annotations.Furniture | Annotations.Entities;
    public Annotations Produces => Annotations.Roles;

    /// <summary>A description longer than this is a clause that runs on, not a description.</summary>
    private const int MaxWords = 16;

    private const int MaxWordsBefore = 10;

    /// <summary>Titles that say how to address a person, not what the person is ("Mr.", "Dr.").</summary>
    private static readonly FrozenSet<string> Honorifics = Set(
        "Mr", "Mrs", "Ms", "Miss", "Mme", "M", "Herr", "Sir", "Lord", "Lady", "Dame", "Dr", "Father");

    /// <summary>Role nouns that say how a person is called or related, not what the person is ("a son named Osama").</summary>
    private static readonly FrozenSet<string> NotRoles = Set(
        "named", "called", "dubbed", "alias", "aka", "nicknamed", "son", "daughter", "brother", "sister", "wife", "husband", "father",
        "mother", "cousin", "nephew", "uncle");

    /// <summary>
    /// Nouns that say what a person is but that the name recogniser does not need as cues: "BP chief executive
    /// Bob Dudley", "X, a close ally of Y".
    /// </summary>
    private static readonly FrozenSet<string> MoreRoles = Set(
        "executive", "ceo", "manager", "negotiator", "mediator", "ally", "rival", "veteran", "member", "soldier", "contractor", "engineer",
        "employee", "guard", "bodyguard", "pilot", "doctor", "prisoner", "detainee", "suspect", "defendant", "commando", "mufti",
        "delegate", "lawmaker", "legislator", "politician", "candidate", "monarch", "ruler", "counterpart", "successor", "predecessor",
        "ideologue", "financier", "recruiter", "bomber", "hijacker", "consul", "staffer", "investigator", "prosecutor", "inspector",
        "owner", "vice-president", "commander-in-chief", "militiaman", "chief-of-staff", "emissary", "intermediary", "informant");

    /// <summary>Title words that only modify the noun after them ("Prime" Minister, "Foreign" Secretary).</summary>
    private static readonly FrozenSet<string> TitleModifiers = Set(
        "Vice", "Prime", "Foreign", "Defense", "Defence", "Interior", "Finance", "Field", "Senior", "Former", "Late", "Staff", "Private");

    /// <summary>Lower-case words that may stand inside a title before a name ("former", "top", "senior").</summary>
    private static readonly FrozenSet<string> Modifiers = Set(
        "former", "then", "top", "senior", "late", "acting", "interim", "veteran", "longtime", "military", "rebel", "security",
        "intelligence", "foreign", "defense", "defence", "interior", "state", "prime", "vice", "assistant", "local", "regional", "tribal",
        "elected", "alleged", "suspected", "notorious", "key", "main", "powerful", "elusive", "wanted", "radical", "extremist", "armed",
        "retired", "ex", "current", "new", "exiled", "jailed", "detained", "captured", "slain", "fugitive", "infamous", "prominent",
        "influential", "leading", "spiritual", "religious", "political", "islamist", "jihadi", "army", "police", "opposition", "government",
        "press", "news", "media", "deputy", "chief", "fellow", "overall", "founding");

    /// <summary>Words that join the parts of a title ("Secretary of State", "Chairman of the Joint Chiefs").</summary>
    private static readonly FrozenSet<string> TitleConnectors = Set("of", "for", "the");

    /// <summary>Nouns that describe a group when they stand right before its name ("the militant group Ansar Dine").</summary>
    private static readonly FrozenSet<string> GroupNouns = Set(
        "group", "groups", "organisation", "organization", "movement", "militia", "brigade", "battalion", "faction", "network", "affiliate",
        "offshoot", "outfit", "cell", "wing", "arm", "agency", "newspaper", "daily", "weekly", "paper", "channel", "broadcaster", "station",
        "website", "site", "magazine", "outlet", "company", "firm", "party", "alliance", "coalition", "unit", "franchise", "branch");

    /// <summary>Group nouns that say nothing alone: "the group X" describes nothing, "the militant group X" does.</summary>
    private static readonly FrozenSet<string> GenericGroupNouns = Set("group", "groups", "organisation", "organization", "movement");

    private static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "his", "her", "its", "their", "our", "this");

    private static readonly FrozenSet<string> TimePrepositions = Set("in", "on", "during", "since", "until", "after", "before", "from", "by");

    private static readonly FrozenSet<string> Articles = Set("a", "an", "the");

    private static readonly FrozenSet<string> PossessivePronouns = Set("his", "her", "its", "their");

    /// <summary>Adverbs that may stand before a description or a copula ("then a leader", "has long been").</summary>
    private static readonly FrozenSet<string> Adverbs = Set(
        "then", "now", "once", "formerly", "himself", "herself", "itself", "also", "reportedly", "allegedly", "currently", "still",
        "apparently", "long", "widely", "already", "previously", "later", "officially", "effectively", "probably", "possibly", "since",
        "originally", "briefly", "ultimately", "eventually");

    /// <summary>Nouns of time: "X, the day after the attack, said" dates a statement, it does not describe X.</summary>
    private static readonly FrozenSet<string> TimeNouns = Set(
        "day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon", "evening", "night", "time", "moment",
        "weekend", "hour", "hours", "minute", "minutes", "decade", "century", "same", "following", "next", "previous", "last");

    /// <summary>Finite verbs that end a noun phrase left open ("X, one of its chiefs has been in Libya").</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = Set("is", "was", "are", "were", "remains", "remained", "became", "becomes");

    private static readonly FrozenSet<string> Perfects = Set("has", "had", "have");

    /// <summary>"X is believed to be the leader": the hedge stays out of the role.</summary>
    private static readonly FrozenSet<string> Hedges = Set("believed", "thought", "said", "reported", "known", "understood", "alleged", "considered", "seen");

    /// <summary>Verbs of a relative clause that state a role ("who heads the brigade").</summary>
    private static readonly FrozenSet<string> RoleVerbs = Set(
        "heads", "headed", "leads", "led", "commands", "commanded", "founded", "co-founded", "runs", "ran", "directs", "directed", "chairs",
        "chaired", "oversees", "oversaw", "represents", "represented");

    /// <summary>"who serves as the group's emir": the role is what follows "as".</summary>
    private static readonly FrozenSet<string> AsVerbs = Set("serves", "served", "works", "worked", "acts", "acted");

    /// <summary>Words that open a sentence with an adverbial phrase ("According to …,", "After meeting …,").</summary>
    private static readonly FrozenSet<string> FrontedOpeners = FrozenSet.ToFrozenSet(
    [
        "According", "After", "Before", "When", "While", "Although", "Though", "Since", "Because", "If", "As", "Despite", "Following",
        "In", "On", "At", "For", "With", "Without", "Under", "During", "Unlike", "Like", "Amid", "Once", "Until", "Upon", "To", "From",
        "By", "Through", "Citing", "Asked", "Speaking", "Besides", "Beyond", "Unless", "Whether", "Among", "Against", "Behind",
    ], StringComparer.Ordinal);

    /// <summary>A name right after these is not the subject of the verb that follows it ("the attack on X was …").</summary>
    private static readonly FrozenSet<string> NotBeforeSubject = Set(
        "of", "on", "in", "by", "with", "for", "against", "from", "to", "at", "about", "into", "than", "like", "as", "and", "or", "nor",
        "between", "including", "under", "after", "before", "over", "through", "via", "toward", "towards", "behind", "among");

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase);

    public void Process(DocumentBuilder document)
    {
        var named = new Enclosing(document.Mentions.Where(m => m.Type != EntityType.Place).Select(m => m.Span));
        var personStarts = document.Mentions.Where(m => m.Type == EntityType.Person).Select(m => m.Span.Start).ToHashSet();
        var mentionAt = new Dictionary<int, Mention>();
        foreach (var mention in document.Mentions) mentionAt.TryAdd(mention.Span.Start, mention);
        foreach (var entity in document.Entities.Where(e => e.Type != EntityType.Place))
        {
            foreach (var mention in entity.Mentions)
            {
                if (named.Encloses(mention.Span)) continue;
                if (InFurniture(document, mention.Span)) continue;
                var sentence = SentenceOf(document.Sentences, mention.Span.Start);
                if (sentence is null || !sentence.Span.Contains(mention.Span)) continue;
                var reader = new Reader(document, sentence.Span, personStarts, mentionAt);
                foreach (var (span, cue) in Describe(reader, mention, entity.Type).DistinctBy(r => r.Span))
                {
                    document.Roles.Add(new Role(mention, span, span.Of(document.Text), cue, Name));
                }
            }
        }
        document.Roles.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
    }

    private static IEnumerable<(TextSpan Span, string Cue)> Describe(Reader r, Mention mention, EntityType type)
    {
        var first = r.TokenAt(mention.Span.Start);
        var last = r.TokenAt(mention.Span.End);
        // A name that starts inside a token (a catalog alias glued to other letters) has no words around it to read.
        if (first >= r.Last || r.Tokens[first].Start != mention.Span.Start) yield break;

        var before = type == EntityType.Person ? TitleBefore(r, first) : NounBefore(r, first);
        if (before is (int from, int to)) yield return (r.Span(from, to), type == EntityType.Person ? RoleCues.TitleBefore : RoleCues.NounBefore);

        if (AppositiveBefore(r, first, last, type) is (int setFrom, int setTo)) yield return (r.Span(setFrom, setTo), RoleCues.AppositiveBefore);
        if (After(r, first, last, type) is (int start, int end, string cue)) yield return (r.Span(start, end), cue);
    }

    /// <summary>"Pentagon spokesman George Little", "Secretary of State Hillary Clinton", "Mali's President X", "Rep. Mike Rogers".</summary>
    private static (int From, int To)? TitleBefore(Reader r, int name)
    {
        var from = name;
        for (var k = name - 1; k >= r.First && name - k <= MaxWordsBefore; k--)
        {
            if (r.IsPossessive(k) && k - 1 >= r.First && r.IsWord(k - 1)) { from = k; continue; }
            if (r.Is(k, '.') && k - 1 >= r.First && r.IsWord(k - 1) && r.Tokens[k - 1].End == r.Tokens[k].Start && Lexicon.Titles.Contains(r.Word(k - 1)))
            {
                from = --k;
                continue;
            }
            if (!r.IsWord(k) || !FitsTitle(r, k)) break;
            // "Secretary of State", but not "the government of President X": "of" joins a title to its complement only.
            if (r.Word(k) is "of" or "for" && !(k - 1 >= r.First && r.IsWord(k - 1) && IsRoleHead(r.Word(k - 1)))) break;
            from = k;
        }
        while (from < name && (r.IsPossessive(from) || TitleConnectors.Contains(r.Word(from)))) from++;
        if (from >= name) return null;

        var head = -1;
        for (var k = name - 1; k >= from && head < 0; k--)
        {
            if (r.IsWord(k) && IsRoleHead(r.Word(k))) head = k;
        }
        if (head < 0) return null;
        // After the head only an abbreviation's period or a complement of capitalised words ("of State").
        var after = head + 1;
        if (after < name && r.Is(after, '.')) after++;
        if (after < name)
        {
            if (!r.IsWord(after) || r.Word(after) is not ("of" or "for")) return null;
            var named = false;
            for (var k = after + 1; k < name; k++)
            {
                if (!r.IsWord(k) || !(r.Tokens[k].IsCapitalized || TitleConnectors.Contains(r.Word(k)))) return null;
                named |= r.Tokens[k].IsCapitalized;
            }
            if (!named) return null;
        }
        return (from, name);
    }

    /// <summary>
    /// "the Chairman of the House Intelligence Committee, Rep. Mike Rogers (R-Mich.), told", "his breakaway group, the
    /// “Signers With Blood Brigade,” …": a description ending in a role or group noun, a comma, then the name set off
    /// by a closing comma (without it, "… met the leader of the group, Belmokhtar said" would count).
    /// </summary>
    private static (int From, int To)? AppositiveBefore(Reader r, int name, int last, EntityType type)
    {
        var k = name - 1;
        if (type == EntityType.Person && TitleBefore(r, name) is (int title, _)) k = title - 1;
        while (k >= r.First && (IsQuote(r, k) || (r.IsWord(k) && r.Word(k) == "the"))) k--;
        if (k <= r.First || !r.Is(k, ',')) return null;
        var comma = k;

        var j = last;
        if (j < r.Last && r.Is(j, '(')) j = r.Closing(j) + 1;
        while (j > 0 && j < r.Last && IsQuote(r, j)) j++;
        if (j <= 0 || j >= r.Last || !r.Is(j, ',')) return null;

        for (k = comma - 1; k >= r.First && comma - k <= MaxWordsBefore; k--)
        {
            if (r.IsPossessive(k) || (r.Is(k, '.') && k > r.First && r.Tokens[k - 1].End == r.Tokens[k].Start)) continue;
            if (!r.IsWord(k)) break;
            // "the group's spokesman", "a senior official"; "Libya's interim president" has its possessor for a determiner.
            var opens = (Determiners.Contains(r.Word(k)) && r.Word(k) != "this")
                || (r.Tokens[k].IsCapitalized && r.IsPossessive(k + 1) && (k == r.First || !r.IsWord(k - 1)));
            if (!opens) continue;
            var from = Determiners.Contains(r.Word(k)) ? k + 1 : k + 2;
            var valid = type == EntityType.Person ? EndsInRole(r, from, comma) : EndsInGroupNoun(r, from, comma);
            if (valid) return (k, comma);
        }
        return null;
    }

    /// <summary>"spokesman", "Chairman of the House Intelligence Committee", "spokesman for the group": a role noun, then at most its complement.</summary>
    private static bool EndsInRole(Reader r, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (!r.IsWord(k) || !IsRoleHead(r.Word(k))) continue;
            return k + 1 == to || (r.IsWord(k + 1) && r.Word(k + 1) is "of" or "for" or "to" or "at" && k + 2 < to);
        }
        return false;
    }

    private static bool EndsInGroupNoun(Reader r, int from, int to) =>
        to > from && r.IsWord(to - 1) && GroupNouns.Contains(r.Word(to - 1)) && (to - 1 > from || !GenericGroupNouns.Contains(r.Word(to - 1)));

    private static bool IsQuote(Reader r, int k) =>
        r.Tokens[k].Kind == TokenKind.Punctuation && r.Tokens[k].Length == 1 && r.Text[r.Tokens[k].Start] is '“' or '”' or '"' or '‘' or '’' or '«' or '»';

    /// <summary>A word that can be part of a title before a name.</summary>
    private static bool FitsTitle(Reader r, int k)
    {
        var word = r.Word(k);
        if (IsRoleHead(word) || Lexicon.Titles.Contains(word) || Modifiers.Contains(word) || TitleConnectors.Contains(word)) return !Honorifics.Contains(word);
        if (r.Tokens[k].IsCapitalized) return !Lexicon.NotNames.Contains(word) && !Lexicon.SpeechVerbs.Contains(word);
        // "al-Qaeda-linked", "one-eyed"; "al" before a capitalised word ("al Qaeda leader").
        return (r.Tokens[k].Shape & TokenShape.Hyphenated) != 0
            || (Lexicon.LeadingParticles.Contains(word) && k + 1 < r.Last && r.Tokens[k + 1].IsCapitalized);
    }

    private static bool IsRoleHead(string word) =>
        (Lexicon.Titles.Contains(word) || Lexicon.PersonRoles.Contains(word) || MoreRoles.Contains(word))
        && !Honorifics.Contains(word) && !NotRoles.Contains(word) && !TitleModifiers.Contains(word);

    /// <summary>"the Mauritanian news agency ANI", "Belmokhtar's brigade X": a determiner or possessor, then words ending in a group noun.</summary>
    private static (int From, int To)? NounBefore(Reader r, int name)
    {
        var head = name - 1;
        if (head < r.First || !r.IsWord(head) || !GroupNouns.Contains(r.Word(head))) return null;
        for (var k = head - 1; k >= r.First && head - k <= 6; k--)
        {
            int from;
            if (r.IsPossessive(k)) from = k - 1 >= r.First && r.IsWord(k - 1) && r.Tokens[k - 1].IsCapitalized ? k - 1 : -1;
            else if (r.IsWord(k) && Determiners.Contains(r.Word(k))) from = k + 1;
            else if (r.IsWord(k) && !NotBeforeSubject.Contains(r.Word(k))) continue;
            else return null;
            if (from < 0 || (from == head && GenericGroupNouns.Contains(r.Word(head)))) return null;
            return (from, head + 1);
        }
        return null;
    }

    /// <summary>An appositive, relative clause or copula after the name.</summary>
    private static (int From, int To, string Cue)? After(Reader r, int first, int last, EntityType type)
    {
        var j = last;
        // "al Qaeda in the Islamic Maghreb (AQIM), …", "Rep. Mike Rogers (R-Mich.), …": the brackets go with the name.
        if (j < r.Last && r.Is(j, '('))
        {
            var close = r.Closing(j);
            if (close < 0) return null;
            j = close + 1;
        }
        if (j >= r.Last || r.IsPossessive(j)) return null;
        if (r.Is(j, ','))
        {
            j++;
            if (j >= r.Last || r.Tokens[j].Kind == TokenKind.Punctuation) return null;
            if (r.Word(j) is "who" || (r.Word(j) is "which" && type == EntityType.Group)) return Relative(r, j + 1);
            return InFrontedPhrase(r, first) ? null : Appositive(r, j, StartsClause(r, first));
        }
        if (r.IsWord(j) && r.Word(j) == "who") return Relative(r, j + 1);
        if (first > r.First && r.IsWord(first - 1) && NotBeforeSubject.Contains(r.Word(first - 1))) return null;
        return Copula(r, j) is int complement && Complement(r, complement, cutAtVerb: true) is (int from, int to) ? (from, to, RoleCues.Copula) : null;
    }

    /// <summary>
    /// "According to sources close to the Algerian DGSE, the government …": the comma after a name in an opening
    /// adverbial phrase ends that phrase; what follows is the main clause, not a description of the name.
    /// </summary>
    private static bool InFrontedPhrase(Reader r, int first)
    {
        // A clause may open after a colon, a dash or an opening quote inside the sentence ("This is because: ‘According to …").
        var opener = r.First;
        for (var k = r.First; k < first; k++)
        {
            if (r.Tokens[k].Kind == TokenKind.Punctuation && r.Text[r.Tokens[k].Start] is ':' or ';' or '‘' or '“' or '"' or '—' or '–') opener = k + 1;
        }
        while (opener < first && !r.IsWord(opener)) opener++;
        if (opener >= first || !FrontedOpeners.Contains(r.Word(opener))) return false;
        for (var k = opener; k < first; k++)
        {
            if (r.Is(k, ',')) return false;
        }
        return true;
    }

    /// <summary>Only punctuation (a quote mark) stands before the name in its sentence: the name is the subject.</summary>
    private static bool StartsClause(Reader r, int first)
    {
        for (var k = r.First; k < first; k++)
        {
            if (r.IsWord(k) || r.Tokens[k].Kind == TokenKind.Number) return false;
        }
        return true;
    }

    /// <summary>"R-Calif.", "D-N.Y.": where an American politician's party and state tag ends (the token after it), or null.</summary>
    private static int? IsPartyTag(Reader r, int p)
    {
        if (!r.IsWord(p) || (r.Tokens[p].Shape & TokenShape.Hyphenated) == 0) return null;
        var word = r.Word(p);
        if (word.Length < 3 || word[0] is not ('R' or 'D' or 'I') || word[1] != '-' || !char.IsUpper(word[2])) return null;
        var end = p + 1;
        while (end < r.Last && (r.Is(end, '.') || (r.IsWord(end) && r.Tokens[end].IsAllCaps && r.Tokens[end].Start == r.Tokens[end - 1].End))) end++;
        return end;
    }

    /// <summary>"leader of Al Murabitoon", "a former commander of …", "the group's spokesman", "Libyan Prime Minister" (before "stated").</summary>
    private static (int From, int To, string Cue)? Appositive(Reader r, int p, bool startsClause)
    {
        // An age ("X, 40, a former soldier") or a party and state ("Rep. X, R-Calif., chairman of …") is skipped; alone it is no role.
        if (r.Tokens[p].Kind == TokenKind.Number && p + 1 < r.Last && r.Is(p + 1, ',')) p += 2;
        else if (IsPartyTag(r, p) is int tagEnd && tagEnd + 1 < r.Last && r.Is(tagEnd, ',')) p = tagEnd + 1;
        if (p >= r.Last) return null;
        var start = Start(r, p);
        if (start is null) return null;
        var (end, closed) = PhraseEnd(r, p, cutAtVerb: false);
        // Left open, a phrase that opens with a determiner is more often a clause: "… told Reuters, the group had …".
        if (!closed && start != StartKind.Title && !startsClause) return null;
        return Accept(r, p, end, start.Value) ? (p, end, RoleCues.Appositive) : null;
    }

    /// <summary>"who heads the brigade", "who is the group's spokesman", "who served as its emir".</summary>
    private static (int From, int To, string Cue)? Relative(Reader r, int p)
    {
        if (Copula(r, p) is int complement)
        {
            return Complement(r, complement, cutAtVerb: true) is (int from, int to) ? (from, to, RoleCues.RelativeClause) : null;
        }
        p = SkipAdverbs(r, p);
        if (p >= r.Last || !r.IsWord(p)) return null;
        var verb = r.Word(p);
        if (AsVerbs.Contains(verb) && p + 1 < r.Last && r.IsWord(p + 1) && r.Word(p + 1) == "as")
        {
            return Complement(r, p + 2, cutAtVerb: true) is (int from, int to) ? (from, to, RoleCues.RelativeClause) : null;
        }
        if (!RoleVerbs.Contains(verb)) return null;
        var (end, _) = PhraseEnd(r, p + 1, cutAtVerb: true);
        return end > p + 1 && r.WordCount(p, end) <= MaxWords ? (p, end, RoleCues.RelativeClause) : null;
    }

    /// <summary>The token where a copula's complement starts ("is the leader", "has long been a", "is believed to be the"), or null.</summary>
    private static int? Copula(Reader r, int p)
    {
        p = SkipAdverbs(r, p);
        if (p >= r.Last || !r.IsWord(p)) return null;
        if (Perfects.Contains(r.Word(p)))
        {
            p = SkipAdverbs(r, p + 1);
            if (p >= r.Last || !r.IsWord(p) || r.Word(p) != "been") return null;
        }
        else if (!Copulas.Contains(r.Word(p)))
        {
            return null;
        }
        p = SkipAdverbs(r, p + 1);
        if (p + 2 < r.Last && r.IsWord(p) && Hedges.Contains(r.Word(p)) && r.IsWord(p + 1) && r.Word(p + 1) == "to" && r.IsWord(p + 2) && r.Word(p + 2) == "be")
        {
            p = SkipAdverbs(r, p + 3);
        }
        return p < r.Last ? p : null;
    }

    private static (int From, int To)? Complement(Reader r, int p, bool cutAtVerb)
    {
        if (p >= r.Last || Start(r, p) is not { } start) return null;
        var (end, _) = PhraseEnd(r, p, cutAtVerb);
        return Accept(r, p, end, start) ? (p, end) : null;
    }

    private enum StartKind { Determiner, Title }

    /// <summary>How a description may start: an article, "one of", a possessive, or a title ("leader of …", "Libyan Prime Minister").</summary>
    private static StartKind? Start(Reader r, int p)
    {
        p = SkipAdverbs(r, p);
        if (p >= r.Last || !r.IsWord(p)) return null;
        var word = r.Word(p);
        if (Articles.Contains(word) || PossessivePronouns.Contains(word)) return StartKind.Determiner;
        if (TitleConnectors.Contains(word)) return null;
        if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && p + 1 < r.Last && r.IsWord(p + 1) && r.Word(p + 1) == "of") return StartKind.Determiner;
        if (r.Tokens[p].IsCapitalized && p + 1 < r.Last && r.IsPossessive(p + 1) && !r.StartsPerson(p + 2)) return StartKind.Determiner;
        // A title: words that fit a title, with a role noun among them, and no person's name right after it ("Clinton, General Petraeus and …").
        var head = -1;
        var k = p;
        for (; k < r.Last && k - p < MaxWordsBefore; k++)
        {
            if (r.IsPossessive(k)) continue;
            if (!r.IsWord(k) || !FitsTitle(r, k)) break;
            if (IsRoleHead(r.Word(k))) head = k;
            else if (r.StartsPerson(k) && head >= 0) return null;
        }
        if (head < 0) return null;
        var next = head + 1 < r.Last && r.Is(head + 1, '.') ? head + 2 : head + 1;
        return r.StartsPerson(next) ? null : StartKind.Title;
    }

    /// <summary>A description is a few words, does not date a statement and is not just another name.</summary>
    private static bool Accept(Reader r, int from, int to, StartKind start)
    {
        if (to <= from || r.WordCount(from, to) > MaxWords) return false;
        var p = SkipAdverbs(r, from);
        if (start == StartKind.Determiner)
        {
            var word = r.Word(p) is "one" ? p + 2 : p;
            for (var k = word + 1; k < Math.Min(to, word + 4); k++)
            {
                if (r.IsWord(k) && TimeNouns.Contains(r.Word(k))) return false;
            }
            // "X, the White House and the Pentagon": a list of names, not a description.
            if (r.MentionAt(word + 1) is { } named)
            {
                var after = r.TokenAt(named.Span.End);
                if (after >= to || (r.IsWord(after) && r.Word(after) is "and" or "or")) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where a description ends: at a comma, bracket, dash, quote mark, semicolon, colon or the end of the sentence
    /// (closed), or before a verb of saying or a finite verb, unless a relative pronoun came first (left open).
    /// With <paramref name="cutAtVerb"/>, also before "and" joining a verb ("the leader of Y and lives in Z").
    /// </summary>
    private static (int End, bool Closed) PhraseEnd(Reader r, int p, bool cutAtVerb)
    {
        var relative = false;
        for (var k = p; k < r.Last; k++)
        {
            var token = r.Tokens[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (r.IsPossessive(k)) continue;
                var c = r.Text[token.Start];
                if (c == '(')
                {
                    var close = r.Closing(k);
                    if (close < 0) return (k, true);
                    k = close;
                    continue;
                }
                if (c is '/' or '&' or '%' or '$' or '€' or '£') continue;
                // A period inside the sentence closes an abbreviation ("Sept."), not the phrase.
                if (c == '.' && k > p && r.Tokens[k - 1].End == token.Start && !r.OnlyPunctuationFrom(k + 1)) continue;
                return (k, true);
            }
            if (token.Kind != TokenKind.Word) continue;
            var word = r.Word(k);
            // "… killed alongside the ambassador in the Sept. 11 attack": when something happened is no part of what someone is.
            if (k > p && TimePrepositions.Contains(word) && IsDateAhead(r, k + 1)) return (k, true);
            if (word is "who" or "that" or "which" or "whose") relative = true;
            if (!relative && (Auxiliaries.Contains(word) || Lexicon.SpeechVerbs.Contains(word))) return (k, false);
            if (cutAtVerb && word is "and" or "or" && k + 1 < r.Last && r.IsWord(k + 1) && LooksLikeVerb(r.Word(k + 1))) return (k, false);
        }
        return (r.Last, true);
    }

    /// <summary>
    /// "… the commander of the battalion and answered to the emir": a lower-case word after "and" that reads as a
    /// finite verb starts another predicate; "a courageous and exemplary representative" goes on describing.
    /// </summary>
    private static bool LooksLikeVerb(string word) =>
        !char.IsUpper(word[0]) && !IsRoleHead(word) && !Modifiers.Contains(word)
        && (Auxiliaries.Contains(word) || IrregularPasts.Contains(word) || Lexicon.SpeechVerbs.Contains(word)
            || word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3));

    private static readonly FrozenSet<string> IrregularPasts = Set(
        "fled", "left", "took", "went", "became", "led", "ran", "met", "fought", "spent", "built", "sent", "made", "held", "won", "lost",
        "began", "came", "got", "gave", "kept", "lives", "lived", "remains", "helped");

    private static bool IsDateAhead(Reader r, int k)
    {
        if (k < r.Last && r.IsWord(k) && Articles.Contains(r.Word(k))) k++;
        return k < r.Last && (r.Tokens[k].Kind == TokenKind.Number || (r.Tokens[k].IsCapitalized && Lexicon.DateWords.Contains(r.Word(k))));
    }

    private static int SkipAdverbs(Reader r, int p)
    {
        while (p < r.Last && r.IsWord(p) && Adverbs.Contains(r.Word(p))) p++;
        return p;
    }

    /// <summary>
    /// Page furniture is not the article's word on anyone (a related headline describes another story), except a
    /// photo caption, which says who is pictured: "Mokhtar ben Mokhtar, leader of …".
    /// </summary>
    private static bool InFurniture(DocumentBuilder document, TextSpan span) =>
        document.Furniture.Any(f => f.Kind != FurnitureKind.PhotoCredit && f.Span.Contains(span))
        || BlockOf(document.Blocks, span) is { Kind: BlockKind.Furniture } b && b.Furniture != FurnitureKind.PhotoCredit;

    /// <summary>The block holding <paramref name="span"/>: blocks are in order and never overlap, so a binary search, not a pass per name.</summary>
    private static Block? BlockOf(List<Block> blocks, TextSpan span)
    {
        var (lo, hi) = (0, blocks.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (blocks[mid].Span.Start <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && blocks[lo - 1].Span.Contains(span) ? blocks[lo - 1] : null;
    }

    /// <summary>
    /// Whether a longer name holds a name (a person's or group's name inside another's): the spans sorted by start with
    /// the furthest end reached before each, so a name is checked by a binary search, not against every other name.
    /// </summary>
    private sealed class Enclosing
    {
        private readonly TextSpan[] spans;
        private readonly int[] reach; // reach[i]: the furthest end of spans[0..i)

        public Enclosing(IEnumerable<TextSpan> spans)
        {
            this.spans = [.. spans.OrderBy(s => s.Start)];
            reach = new int[this.spans.Length + 1];
            reach[0] = int.MinValue;
            for (var i = 0; i < this.spans.Length; i++) reach[i + 1] = Math.Max(reach[i], this.spans[i].End);
        }

        public bool Encloses(TextSpan span)
        {
            var (lo, hi) = (0, spans.Length);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (spans[mid].Start < span.Start) lo = mid + 1;
                else hi = mid;
            }
            // Those starting before it hold it if they reach its end; those starting with it, if they end after it.
            if (reach[lo] >= span.End) return true;
            for (var i = lo; i < spans.Length && spans[i].Start == span.Start; i++)
            {
                if (spans[i].End > span.End) return true;
            }
            return false;
        }
    }

    private static Sentence? SentenceOf(List<Sentence> sentences, int position)
    {
        var (lo, hi) = (0, sentences.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = sentences[mid].Span;
            if (position < span.Start) hi = mid - 1;
            else if (position >= span.End) lo = mid + 1;
            else return sentences[mid];
        }
        return null;
    }

    /// <summary>The tokens of one sentence, read as words and punctuation.</summary>
    private sealed class Reader
    {
        private readonly DocumentBuilder document;
        private readonly HashSet<int> personStarts;
        private readonly Dictionary<int, Mention> mentionAt;

        public Reader(DocumentBuilder document, TextSpan sentence, HashSet<int> personStarts, Dictionary<int, Mention> mentionAt)
        {
            this.document = document;
            this.personStarts = personStarts;
            this.mentionAt = mentionAt;
            First = LowerBound(document.Tokens, sentence.Start);
            Last = LowerBound(document.Tokens, sentence.End);
        }

        public string Text => document.Text;
        public List<Token> Tokens => document.Tokens;

        /// <summary>The sentence's first token.</summary>
        public int First { get; }

        /// <summary>Just past the sentence's last token.</summary>
        public int Last { get; }

        public string Word(int k) => Tokens[k].Of(Text).ToString();
        public bool IsWord(int k) => Tokens[k].Kind == TokenKind.Word;
        public bool Is(int k, char c) => Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Length == 1 && Text[Tokens[k].Start] == c;
        public bool IsPossessive(int k) => Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Length == 2;
        public bool StartsPerson(int k) => k < Last && personStarts.Contains(Tokens[k].Start);
        public bool OnlyPunctuationFrom(int k)
        {
            for (; k < Last; k++)
            {
                if (Tokens[k].Kind != TokenKind.Punctuation) return false;
            }
            return true;
        }

        public TextSpan Span(int from, int to) => new(Tokens[from].Start, Tokens[to - 1].End);

        public int WordCount(int from, int to)
        {
            var count = 0;
            for (var k = from; k < to; k++) count += IsWord(k) ? 1 : 0;
            return count;
        }

        /// <summary>The first token of the sentence that starts at or after <paramref name="position"/>.</summary>
        public int TokenAt(int position) => Math.Min(LowerBound(Tokens, position), Last);

        /// <summary>The first mention (in the document's list) starting at token <paramref name="k"/>.</summary>
        public Mention? MentionAt(int k) => k < Last ? mentionAt.GetValueOrDefault(Tokens[k].Start) : null;

        /// <summary>The closing bracket matching the one at <paramref name="open"/>, in the sentence, or -1.</summary>
        public int Closing(int open)
        {
            var depth = 0;
            for (var k = open; k < Last; k++)
            {
                if (Is(k, '(')) depth++;
                else if (Is(k, ')') && --depth == 0) return k;
            }
            return -1;
        }

        private static int LowerBound(List<Token> tokens, int position)
        {
            var (lo, hi) = (0, tokens.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (tokens[mid].Start < position) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }
}
