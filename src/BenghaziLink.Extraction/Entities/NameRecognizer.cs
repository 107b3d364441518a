using System.Collections.Frozen;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// Finds names of people, groups and places the way a careful reader does: capitalised runs of words
/// (with the connectors and particles names contain: "Al-Qaeda in the Islamic Maghreb", "Mokhtar ben
/// Mokhtar"), split and typed by titles and roles, organisation and facility head nouns, acronyms, the
/// gazetteer and the catalog, and by the words around them ("said", "in", "spokesman"). Country
/// adjectives front government bodies and facilities ("Algerian security services", "Algerian gas complex").
/// Title-case lines (headlines) give capitals no weight: only known names and patterns are taken there.
/// </summary>
public sealed class NameRecognizer(EntityCatalog catalog) : IDocumentProcessor
{
    private readonly CatalogIndex catalogIndex = new(catalog);

    public string Name => "names";
    public Annotations Requires => Annotations.Sentences | Annotations.Furniture;
    public Annotations Produces => Annotations.Mentions;

    public void Process(DocumentBuilder document)
    {
        var context = new Scan(document, catalogIndex, Name);
        context.Run();
    }

    /// <summary>Per-document scanning state (the processor itself stays stateless).</summary>
    private sealed class Scan(DocumentBuilder document, CatalogIndex catalog, string processor)
    {
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = Lexicon.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lexicon.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = Lexicon.Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Lexicon.LeadingParticles.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = Lexicon.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Speech = Lexicon.SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Militant = Lexicon.MilitantWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Events = Lexicon.EventHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityNouns = Lexicon.FacilityNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityModifiers = Lexicon.FacilityModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = Lexicon.PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> GroupHeads = Lexicon.GroupHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> Known = Lexicon.KnownInstitutions.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>Words a title-case headline may leave in lower case although they have four letters or more.</summary>
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleCaseLowerWords = FrozenSet.ToFrozenSet(
            ["with", "from", "into", "over", "upon", "than", "that", "onto", "amid", "says", "after", "about", "under", "between", "against", "during", "without"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords = Lexicon.DateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAcronyms = Lexicon.NotAcronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationConnectors = Lexicon.OrganisationConnectors.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Compass = Lexicon.CompassWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> PlaceNounsBefore = Lexicon.PlaceNounsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> PlaceNounsAfter = Lexicon.PlaceNounsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly string text = document.Text;
        private readonly List<Token> tokens = document.Tokens;
        private int sentenceFirst;
        private int sentenceEnd;
        private bool titleCase;
        private int placedBeforeScan;

        public void Run()
        {
            AddDateline();
            AddByline();
            AddPhotoCredits();
            placedBeforeScan = document.Mentions.Count;
            var t = 0;
            foreach (var sentence in document.Sentences)
            {
                while (t < tokens.Count && tokens[t].Start < sentence.Span.Start) t++;
                var first = t;
                while (t < tokens.Count && tokens[t].End <= sentence.Span.End) t++;
                if (t == first) continue;
                // "TRIPOLI, Libya (AP) — Witnesses said …": the story's first sentence starts after the dateline's dash,
                // so its first word is capitalised as any sentence's is.
                var story = AfterDatelineDash(first, t);
                foreach (var (from, to) in story > first ? [(first, story), (story, t)] : new[] { (first, t) })
                {
                    sentenceFirst = from;
                    sentenceEnd = to;
                    titleCase = IsTitleCase(from, to);
                    ScanSentence();
                }
            }
        }

        private ReadOnlySpan<char> Word(int i) => tokens[i].Of(text);

        /// <summary>The first token after the dash that ends the dateline, when the dateline is in tokens [first, end); else first.</summary>
        private int AfterDatelineDash(int first, int end)
        {
            if (document.Dateline is not { } dateline || dateline.Span.Start < tokens[first].Start || dateline.Span.Start >= tokens[end - 1].End) return first;
            for (var k = first; k < end - 1; k++)
            {
                if (tokens[k].Start < dateline.Span.End || tokens[k].Start > dateline.Span.End + 60) continue;
                if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '—' or '–' or '-' && (tokens[k].Start == 0 || char.IsWhiteSpace(text[tokens[k].Start - 1]) || text[tokens[k].Start - 1] == ')'))
                {
                    var next = k + 1;
                    while (next < end && tokens[next].Kind == TokenKind.Punctuation && text[tokens[next].Start] is '—' or '–' or '-') next++;
                    return next < end ? next : first;
                }
            }
            return first;
        }

        private bool IsWord(int i) => i >= sentenceFirst && i < sentenceEnd && tokens[i].IsWord;

        private bool IsCap(int i) => IsWord(i) && tokens[i].IsCapitalized;

        private bool IsPunctuation(int i, char c) => i >= sentenceFirst && i < sentenceEnd && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == c;

        /// <summary>The dateline names the place the story was filed from.</summary>
        private void AddDateline()
        {
            if (document.Dateline is not { } dateline) return;
            var kind = Places.IsPlace(dateline.Surface, out _, out var placeKind) ? placeKind : EntityKind.City;
            AddSpan(dateline.Span.Start, dateline.Span.End, EntityType.Place, kind, "dateline");
        }

        /// <summary>"By SARAH EL DEEB and MAGGIE MICHAEL": the reporters are people named in the article.</summary>
        private void AddByline()
        {
            if (document.Byline is not { } byline) return;
            var surface = byline.Surface;
            var start = 0;
            while (start < surface.Length)
            {
                var end = NextSeparator(surface, start, out var separatorLength);
                var name = TextShape.Trim(surface, start, end);
                // A name has two words or more; a lone word ("Reuters") is an agency, which the outlet recogniser reads.
                if (name.Length > 0 && surface[name.Start..name.End].Contains(' ', StringComparison.Ordinal) && !OutletNames.IsOnlyRole(surface[name.Start..name.End]))
                {
                    AddSpan(byline.Span.Start + name.Start, byline.Span.Start + name.End, EntityType.Person, null, "byline");
                }
                start = end + separatorLength;
            }
        }

        private static int NextSeparator(string text, int from, out int length)
        {
            var comma = text.IndexOf(',', from);
            var and = text.IndexOf(" and ", from, StringComparison.OrdinalIgnoreCase);
            if (and >= 0 && (comma < 0 || and < comma)) { length = 5; return and; }
            if (comma >= 0) { length = 1; return comma; }
            length = 0;
            return text.Length;
        }

        /// <summary>"Hemera/Thinkstock": picture agencies named in a photo credit.</summary>
        private void AddPhotoCredits()
        {
            foreach (var credit in document.Furniture.Where(f => f.Kind == FurnitureKind.PhotoCredit))
            {
                for (var k = 0; k < tokens.Count; k++)
                {
                    var token = tokens[k];
                    if (token.Start < credit.Span.Start || token.End > credit.Span.End || !token.IsWord || !token.IsCapitalized) continue;
                    var slashBefore = k > 0 && tokens[k - 1].End == token.Start && text[tokens[k - 1].Start] == '/';
                    var slashAfter = k + 1 < tokens.Count && tokens[k + 1].Start == token.End && text[tokens[k + 1].Start] == '/';
                    if (!slashBefore && !slashAfter) continue;
                    // "REUTERS/Louafi Larbi": an agency that is known to be one stays a news organisation.
                    var word = token.Of(text);
                    var kind = Known.TryGetValue(word, out var known) ? known : OutletNames.IsKnownAgency(word.ToString()) ? EntityKind.Media : EntityKind.Company;
                    AddSpan(token.Start, token.End, EntityType.Group, kind, "photo credit");
                }
            }
        }

        /// <summary>Headlines and labels capitalise every word: capitals say nothing about names there.</summary>
        private bool IsTitleCase(int first, int end)
        {
            int words = 0, capitals = 0;
            for (var i = first; i < end; i++)
            {
                if (!tokens[i].IsWord || tokens[i].Length < 4) continue;
                words++;
                if (tokens[i].IsCapitalized) capitals++;
            }
            if (words < 3 || capitals * 10 < words * 9) return false;
            // Title case leaves only short function words in lower case; a lower-case content word
            // ("Additional reporting by Hamid Ould Ahmed …") makes it a sentence full of names.
            for (var i = first; i < end; i++)
            {
                if (tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i].Length >= 4 && !TitleCaseLowerWords.Contains(Word(i))) return false;
            }
            // "Secretary of State John Kerry met Foreign Minister Sergei Lavrov.": headlines end without a full stop.
            var last = tokens[end - 1];
            if (last.Kind == TokenKind.Punctuation && text[last.Start] == '.')
            {
                for (var i = first; i < end; i++)
                {
                    if (tokens[i].IsWord && !tokens[i].IsCapitalized) return false;
                }
            }
            return true;
        }

        private void ScanSentence()
        {
            var i = sentenceFirst;
            while (i < sentenceEnd)
            {
                if (!tokens[i].IsWord || IsCovered(i)) { i++; continue; }
                if (HasLowerCaseTail(i))
                {
                    // "Africa-based", "Libyan-made": the capitalised part may be a place; the word is no name.
                    AddPlacePrefix(i);
                    i++;
                    continue;
                }
                var consumed = TryCountryInstitution(i);
                if (consumed == 0) consumed = TryPartyAndState(i);
                if (consumed == 0 && !tokens[i].IsCapitalized) consumed = TryLowerCasePlacePhrase(i);
                if (consumed > 0) { i += consumed; continue; }
                if (!(tokens[i].IsCapitalized || StartsWithParticle(i)))
                {
                    i++;
                    continue;
                }
                var last = Grow(i);
                // A gazetteer name can run past the capitals ("Arab world") or start with a sentence opener ("In Amenas").
                var placeLength = Places.LongestPlace(text, tokens, i, sentenceEnd, out _, out var placeKind);
                if (placeLength > 0 && i + placeLength - 1 >= last && !IsKnownInstitution(i, placeLength))
                {
                    // "the southern Djelfa region": the noun after says what kind of place, except for a country.
                    var after = i + placeLength;
                    if (placeKind != EntityKind.Country && IsWord(after) && !tokens[after].IsCapitalized && PlaceNounsAfter.TryGetValue(Word(after), out var nounKind)) placeKind = nounKind;
                    Add(i, i + placeLength - 1, EntityType.Place, placeKind, "gazetteer");
                    i += placeLength;
                    continue;
                }
                if (titleCase) ClassifyTitleCase(i, last);
                else Classify(i, last);
                i = last + 1;
            }
        }

        /// <summary>"al-Qaeda", "ben Mokhtar": a lower-case particle that opens a capitalised name.</summary>
        private bool StartsWithParticle(int i)
        {
            var word = Word(i);
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && Particles.Contains(word[..hyphen]) && char.IsUpper(word[hyphen + 1])) return true;
            return Particles.Contains(word) && IsCap(i + 1) && !Known.ContainsKey(word);
        }

        private int Grow(int first)
        {
            var last = first;
            var i = first + 1;
            while (i < sentenceEnd)
            {
                // Days and months end a name ("ABC News Sunday"); dates are found elsewhere.
                if (IsCap(i) && Adjacent(i - 1, i) && !DateWords.Contains(Word(i)) && !HasLowerCaseTail(i)) { last = i; i++; continue; }
                // An initial inside a name: "J. Christopher Stevens", "George W. Bush".
                if (IsPunctuation(i, '.') && tokens[i].Start == tokens[i - 1].End && tokens[i - 1].Length == 1 && IsCap(i - 1) && IsCap(i + 1) && !DateWords.Contains(Word(i + 1)))
                {
                    last = i + 1;
                    i += 2;
                    continue;
                }
                // "Movement for Oneness and Jihad in West Africa": after "for" or "of", an organisation's name may join two
                // words with "and"; "the Justice Department and Congress", "the Ministry of Defence and Interior Minister
                // Ali Zeidan" are two names.
                if (IsWord(i) && Word(i) is "and" && IsCap(i + 1) && !IsCap(i + 2) && !DateWords.Contains(Word(i + 1)) && !Known.ContainsKey(Word(i + 1))
                    && HasOrganisationWord(first, last, titles: false) && Enumerable.Range(first, last - first + 1).Any(k => Word(k) is "for" or "of"))
                {
                    last = i + 1;
                    i += 2;
                    continue;
                }
                if (IsWord(i) && !tokens[i].IsCapitalized && (Connectors.Contains(Word(i)) || StartsWithParticle(i)))
                {
                    // A connector belongs to the name only when a capitalised word follows it, and "in", "for"
                    // and "the" only inside organisation and facility names.
                    var j = i;
                    var organisational = false;
                    var locative = false;
                    while (IsWord(j) && !tokens[j].IsCapitalized && Connectors.Contains(Word(j)) && j - i < 2)
                    {
                        organisational |= OrganisationConnectors.Contains(Word(j));
                        locative |= Word(j) is "in";
                        j++;
                    }
                    // "Minister Sergei Lavrov in Geneva": a title makes a person, whose name "in" does not continue.
                    var allowed = !organisational || HasOrganisationWord(first, last, titles: !locative);
                    if (allowed && (IsCap(j) && !DateWords.Contains(Word(j)) && !HasLowerCaseTail(j) || (IsWord(j) && StartsWithParticle(j)))) { last = j; i = j + 1; continue; }
                }
                break;
            }
            return last;
        }

        /// <summary>
        /// Tokens inside a mention already taken: a dateline or photo credit (taken before the scan, wherever they
        /// stand: a headline may come first) or a mention the scan just made (a facility after its name).
        /// </summary>
        private bool IsCovered(int i)
        {
            var mentions = document.Mentions;
            for (var m = mentions.Count - 1; m >= placedBeforeScan && m >= mentions.Count - 4; m--)
            {
                if (mentions[m].Span.Start <= tokens[i].Start && tokens[i].End <= mentions[m].Span.End) return true;
            }
            for (var m = 0; m < placedBeforeScan; m++)
            {
                if (mentions[m].Span.Start <= tokens[i].Start && tokens[i].End <= mentions[m].Span.End) return true;
            }
            return false;
        }

        /// <summary>"Africa-based", "U.S.-backed": a hyphenated word whose last part is lower case.</summary>
        private bool HasLowerCaseTail(int i)
        {
            if ((tokens[i].Shape & TokenShape.Hyphenated) == 0 || !tokens[i].IsCapitalized) return false;
            var word = Word(i);
            var hyphen = word.LastIndexOf('-');
            return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && !Particles.Contains(word[..hyphen]);
        }

        private void AddPlacePrefix(int i)
        {
            var word = Word(i);
            var prefix = word[..word.IndexOf('-')];
            if (Places.IsPlace(prefix, out _, out var kind)) AddSpan(tokens[i].Start, tokens[i].Start + prefix.Length, EntityType.Place, kind, "gazetteer");
        }

        private bool HasOrganisationWord(int first, int last, bool titles)
        {
            for (var k = first; k <= last; k++)
            {
                var word = Word(k);
                if (GroupHeads.ContainsKey(word) || Militant.Contains(word) || IsAlPrefixed(word) || FacilityNouns.Contains(word) || (titles && Titles.Contains(word))) return true;
            }
            return false;
        }

        /// <summary>Only white space between two tokens (no comma, quote or dash).</summary>
        private bool Adjacent(int a, int b)
        {
            for (var k = tokens[a].End; k < tokens[b].Start; k++)
            {
                if (!char.IsWhiteSpace(text[k])) return false;
            }
            return true;
        }

        private void ClassifyTitleCase(int first, int last)
        {
            // "ABC News Radio": a short run ending in an organisation head names the organisation.
            if (last > first && last - first <= 3 && GroupHeads.ContainsKey(Word(last)) && !NotNames.Contains(Word(first)) && TryGroup(first, last)) return;
            var i = first;
            while (i <= last)
            {
                var taken = TryKnown(i, last);
                if (taken > 0) { i += taken; continue; }
                i++;
            }
        }

        /// <summary>"UN": a one-word place match that is really a well-known institution (a town in India is also "Un").</summary>
        private bool IsKnownInstitution(int i, int placeLength) => placeLength == 1 && Known.ContainsKey(Word(i));

        /// <summary>Catalog names, gazetteer places (with a facility noun after them), known institutions, armed-group words, acronyms.</summary>
        private int TryKnown(int i, int last)
        {
            var catalogLength = catalog.LongestMatch(text, tokens, i, last + 1, out var entry);
            if (catalogLength > 0)
            {
                Add(i, i + catalogLength - 1, entry!.Type, entry.Kind, "catalog");
                return catalogLength;
            }
            var word = Word(i);
            if ((tokens[i].Shape & TokenShape.Hyphenated) != 0 && TrySplitHyphenatedPlaces(i)) return 1;
            var placeLength = Places.LongestPlace(text, tokens, i, last + 1, out _, out var placeKind);
            if (placeLength > 0 && !IsKnownInstitution(i, placeLength))
            {
                var end = i + placeLength - 1;
                if (end < last && FacilityNouns.Contains(Word(end + 1)))
                {
                    Add(i, end + 1, EntityType.Place, EntityKind.Facility, "place + facility noun");
                    return placeLength + 1;
                }
                Add(i, end, EntityType.Place, placeKind, "gazetteer");
                return placeLength;
            }
            if (Known.TryGetValue(word, out var knownKind))
            {
                Add(i, i, EntityKinds.TypeOf(knownKind), knownKind, "known institution");
                return 1;
            }
            if (IsAlPrefixed(word) || Militant.Contains(word))
            {
                Add(i, i, EntityType.Group, EntityKind.Militant, "armed-group name");
                return 1;
            }
            if (IsAcronymToken(i))
            {
                AddAcronym(i);
                return 1;
            }
            return 0;
        }

        private static bool IsAlPrefixed(ReadOnlySpan<char> word) =>
            word.Length > 3 && (word.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("el-", StringComparison.OrdinalIgnoreCase))
            && char.IsUpper(word[3]);

        private bool TrySplitHyphenatedPlaces(int i)
        {
            var token = tokens[i];
            var word = Word(i);
            var hyphen = word.IndexOf('-');
            if (hyphen <= 0 || word[(hyphen + 1)..].Contains('-')) return false;
            if (!Places.IsPlace(word[..hyphen], out _, out var leftKind) || !Places.IsPlace(word[(hyphen + 1)..], out _, out var rightKind)) return false;
            AddSpan(token.Start, token.Start + hyphen, EntityType.Place, leftKind, "gazetteer");
            AddSpan(token.Start + hyphen + 1, token.End, EntityType.Place, rightKind, "gazetteer");
            return true;
        }

        /// <summary>"AQIM", "U.S.": all capitals, no digits (not "SA-24"), and three letters or more unless known ("UN", "US").</summary>
        private bool IsAcronymToken(int i)
        {
            if (!tokens[i].IsAllCaps) return false;
            var word = Word(i);
            if (NotNames.Contains(word) || word.Length > 7) return false;
            foreach (var c in word)
            {
                if (char.IsDigit(c)) return false;
            }
            // A run of capitals is shouting ("TEL AVIV"), not an acronym.
            if ((i > sentenceFirst && tokens[i - 1].IsAllCaps) || (i + 1 < sentenceEnd && tokens[i + 1].IsAllCaps)) return false;
            var known = Places.IsPlace(word, out _, out _) || OutletNames.IsKnownAgency(word.ToString()) || catalog.Find(word.ToString()) is not null;
            if (known) return true;
            if (InPhotoCredit(i) || NotAcronyms.Contains(word)) return false;
            return true;
        }

        private bool InPhotoCredit(int i)
        {
            foreach (var furniture in document.Furniture)
            {
                if (furniture.Kind == FurnitureKind.PhotoCredit && furniture.Span.Start <= tokens[i].Start && tokens[i].End <= furniture.Span.End) return true;
            }
            return false;
        }

        private void AddAcronym(int i)
        {
            var word = Word(i);
            if (Places.IsPlace(word, out _, out var placeKind)) Add(i, i, EntityType.Place, placeKind, "gazetteer");
            else if (OutletNames.IsKnownAgency(word.ToString())) Add(i, i, EntityType.Group, EntityKind.Media, "news agency");
            else Add(i, i, EntityType.Group, EntityKind.OtherGroup, "acronym");
        }

        private void Classify(int first, int last)
        {
            // Sentence openers and the like are capitalised for grammar, not because they are names.
            var opened = first;
            while (first <= last && (DateWords.Contains(Word(first)) || NotNames.Contains(Word(first)) && (first == last || !IsMidSentenceCapital(first))) && !catalog.StartsMatch(text, tokens, first, last + 1)) first++;
            // "The Nigerian government": the opener hid a country's institution from the scan.
            if (first == last && first > opened && TryCountryInstitution(first) > 0) return;
            // "Journalist Marie Colvin": a role noun capitalised only because it opens the sentence.
            if (first < last && !IsMidSentenceCapital(first) && Roles.Contains(Word(first)) && !Titles.Contains(Word(first)) && !catalog.StartsMatch(text, tokens, first, last + 1)) first++;
            // "One of al Qaeda …": the connector left after the opener is not part of the name.
            while (first <= last && !tokens[first].IsCapitalized && Connectors.Contains(Word(first)) && !StartsWithParticle(first)) first++;
            if (first > last) return;
            // "Algerian DGSE": a country's own agency, not the foreign one of the same initials.
            if (first + 1 == last && Places.IsDemonym(Word(first), out _) && IsAcronymToken(last))
            {
                Add(first, last, EntityType.Group, Known.TryGetValue(Word(last), out var agencyKind) ? agencyKind : EntityKind.Government, "country + acronym");
                return;
            }
            // Nationality adjectives are not names ("French Algeria latest information" names Algeria).
            while (first < last && Places.IsDemonym(Word(first), out _) && !catalog.StartsMatch(text, tokens, first, last + 1)) first++;
            // "North African": a regional adjective, not a name.
            if (IsRegionalAdjective(Word(last)) && AllCompass(first, last - 1)) return;
            // "Libya Consulate Attack", "the Algerian Hostage Crisis": an event named after places.
            while (last >= first && Events.Contains(Word(last)) && last > first) last--;
            if (first > last) return;

            var catalogLength = catalog.LongestMatch(text, tokens, first, last + 1, out var entry);
            if (catalogLength == last - first + 1)
            {
                Add(first, last, entry!.Type, entry.Kind, "catalog");
                return;
            }

            var title = FindTitle(first, last, out var titleEnd, out var body);
            if (title >= 0)
            {
                if (title > first) Classify(first, title - 1);
                // "Chairman of the House Intelligence Committee Mike Rogers": the body the title is of.
                if (body >= 0) TryGroup(body, titleEnd);
                if (titleEnd < last) ClassifyAfterTitle(titleEnd + 1, last);
                return;
            }

            if (PlaceNounBefore(first) is { } nounKind && !Places.IsPlace(Word(first), out _, out _))
            {
                Add(first, last, EntityType.Place, nounKind, "place noun before");
                return;
            }

            if (!titleCase && IndustrialFacilityAfter(last) > 0)
            {
                // "the In Amenas gas plant": oil and gas sites are named after where they stand, so the name is a
                // place; adding a place also takes the facility phrase after it.
                Add(first, last, EntityType.Place, EntityKind.OtherPlace, "place of a plant");
                return;
            }
            if (first == last)
            {
                ClassifySingle(first);
                return;
            }
            // "Al Jazeera", "Sky News": a broadcaster known by name, whatever its words look like.
            if (OutletNames.IsKnownAgency(text[tokens[first].Start..tokens[last].End]))
            {
                Add(first, last, EntityType.Group, EntityKind.Media, "news agency");
                return;
            }

            var placeLength = Places.LongestPlace(text, tokens, first, last + 1, out _, out var placeKind);
            if (FacilityNouns.Contains(Word(last)) && !GroupHeads.ContainsKey(Word(last)))
            {
                Add(first, last, EntityType.Place, EntityKind.Facility, "facility noun");
                return;
            }
            if (placeLength == last - first + 1)
            {
                Add(first, last, EntityType.Place, placeKind, "gazetteer");
                return;
            }
            if (TryGroup(first, last)) return;
            if (placeLength > 0)
            {
                // A place followed by more capitalised words that make no organisation: take the place, look again at the rest.
                Add(first, first + placeLength - 1, EntityType.Place, placeKind, "gazetteer");
                Classify(first + placeLength, last);
                return;
            }
            // "Al Murabitoon", "Al Fajr": the Arabic article and one name, with no given name before it, name an
            // organisation as "Al-Qaeda" does; a person's name has a given name first ("Ayman al-Zawahiri").
            if (last == first + 1 && Word(first) is "Al" or "El" && !titleCase)
            {
                Add(first, last, EntityType.Group, EntityKind.Militant, "Arabic article");
                return;
            }
            if (IsAlPrefixed(Word(first)) && !IsPersonShaped(first, last))
            {
                Add(first, last, EntityType.Group, EntityKind.Militant, "Arabic article");
                return;
            }
            if (IsWord(last + 1) && !tokens[last + 1].IsCapitalized && FacilityNouns.Contains(Word(last + 1)))
            {
                // "the Radisson Blu hotel": a proper name then a facility noun.
                Add(first, last + 1, EntityType.Place, EntityKind.Facility, "name + facility noun");
                return;
            }
            // "the ambush in Tongo Tongo, Niger": a name the text places in a country is a town there.
            if (!titleCase && IsPunctuation(last + 1, ',') && IsWord(last + 2) && Places.IsPlace(Word(last + 2), out _, out var countryKind)
                && countryKind == EntityKind.Country && (last + 3 >= sentenceEnd || !tokens[last + 3].IsCapitalized) && PlacePrepositionBefore(first))
            {
                Add(first, last, EntityType.Place, EntityKind.City, "place, country");
                return;
            }
            if (!titleCase && last - first <= 4 && IsPersonShaped(first, last))
            {
                Add(first, last, EntityType.Person, null, "full name");
                return;
            }
            // Nothing says what it is: split it into the known names it holds.
            ClassifyTitleCase(first, last);
        }

        /// <summary>"Algerian", "African": a demonym, or a place name plus "n" ("Africa" → "African", "Asia" → "Asian").</summary>
        private static bool IsRegionalAdjective(ReadOnlySpan<char> word) =>
            Places.IsDemonym(word, out _) || (word.Length > 4 && word[^1] == 'n' && Places.IsPlace(word[..^1], out _, out _));

        private bool AllCompass(int first, int last)
        {
            for (var k = first; k <= last; k++)
            {
                if (!Compass.Contains(Word(k))) return false;
            }
            return true;
        }

        /// <summary>A function word capitalised in mid-sentence belongs to a name ("at In Amenas").</summary>
        private bool IsMidSentenceCapital(int i)
        {
            if (i == sentenceFirst) return false;
            var previous = tokens[i - 1];
            return previous.IsWord || (previous.Kind == TokenKind.Punctuation && text[previous.Start] is ',');
        }

        /// <summary>"gas plant", "oil field", "natural gas processing facility" right after a name: the facility noun's token, or 0.</summary>
        private int IndustrialFacilityAfter(int last)
        {
            var k = last + 1;
            var industrial = false;
            while (k < sentenceEnd && k - last <= 4 && IsWord(k) && !tokens[k].IsCapitalized && FacilityModifiers.Contains(Word(k)))
            {
                industrial |= Word(k) is "gas" or "oil" or "petroleum" or "processing";
                k++;
            }
            return industrial && IsWord(k) && !tokens[k].IsCapitalized && FacilityNouns.Contains(Word(k)) ? k : 0;
        }

        /// <summary>A person's name: two to five words, none of them an organisation head, starting with a given name or a particle.</summary>
        /// <summary>"in", "near", "outside" … right before the name: where something happened, not who did it.</summary>
        private bool PlacePrepositionBefore(int first) => first - 1 >= sentenceFirst && tokens[first - 1].IsWord && Lexicon.PlacePrepositions.Contains(Word(first - 1).ToString());

        private bool IsPersonShaped(int first, int last)
        {
            for (var i = first; i <= last; i++)
            {
                var word = Word(i);
                if (GroupHeads.ContainsKey(word) || Militant.Contains(word) || Known.ContainsKey(word) || tokens[i].IsAllCaps && word.Length > 1) return false;
                // "Islamic State", "Islamic Jihad": a religious adjective names a movement, never a person.
                if (word is "Islamic" or "Islamist") return false;
            }
            for (var i = first; i <= last; i++)
            {
                if (Places.IsPlace(Word(i), out _, out var kind) && kind == EntityKind.Country) return false;
            }
            return !Places.IsPlace(Word(last), out _, out _);
        }

        private bool TryGroup(int first, int last)
        {
            for (var i = first; i <= last; i++)
            {
                var word = Word(i);
                if (Militant.Contains(word) || IsAlPrefixed(word) && i == first && Militant.Contains(word[3..]) || (word is "Islamic" && i == first && first < last))
                {
                    Add(first, last, EntityType.Group, EntityKind.Militant, "armed-group word");
                    return true;
                }
            }
            if (GroupHeads.TryGetValue(Word(last), out var kind)
                || (GroupHeads.TryGetValue(Word(first), out kind) && last > first && (Connectors.Contains(Word(first + 1)) || kind == EntityKind.Government && !Places.IsPlace(Word(last), out _, out _))))
            {
                Add(first, last, EntityType.Group, kind, "organisation head noun");
                return true;
            }
            // "Federal Bureau of Investigation", "International Committee of the Red Cross": the head takes a complement.
            for (var i = first + 1; i < last; i++)
            {
                if (GroupHeads.TryGetValue(Word(i), out kind) && Word(i + 1) is "of" or "for")
                {
                    Add(first, last, EntityType.Group, kind, "organisation head noun");
                    return true;
                }
            }
            for (var i = first; i <= last; i++)
            {
                if (GroupHeads.TryGetValue(Word(i), out kind) && kind == EntityKind.Media)
                {
                    Add(first, last, EntityType.Group, kind, "media name");
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// A title inside the run: "Secretary of State Hillary Clinton", "U.S. Ambassador Chris Stevens",
        /// "Chairman of the House Intelligence Committee". Returns the title's first token (or -1).
        /// </summary>
        private int FindTitle(int first, int last, out int titleEnd, out int body)
        {
            titleEnd = -1;
            body = -1;
            for (var i = first; i <= last; i++)
            {
                if (!Titles.Contains(Word(i)) || i == last && i == first) continue;
                // "Directorate General for External Security": a title word inside an organisation's name.
                if (HasOrganisationHeadBefore(first, i) || (i + 1 <= last && Word(i + 1) is "for")) continue;
                // "Prime Minister", "Secretary of State", "Attorney General": title words run together.
                var end = i;
                while (end + 1 <= last && Titles.Contains(Word(end + 1))) end++;
                if (end + 2 < last && Word(end + 1) is "of")
                {
                    // "Director of National Intelligence James Clapper": when a name follows, the title runs to
                    // the last organisation head before it; after "the" that part names the body itself.
                    var head = -1;
                    for (var k = end + 2; k < last; k++)
                    {
                        if (GroupHeads.ContainsKey(Word(k)) && IsPersonShaped(k + 1, last)) head = k;
                    }
                    if (head >= 0)
                    {
                        if (Word(end + 2) is "the" && head > end + 2) body = end + 3;
                        titleEnd = head;
                        return i;
                    }
                }
                if (end + 2 <= last && Word(end + 1) is "of" && !GroupHeads.ContainsKey(Word(last)) && !Connectors.Contains(Word(end + 2)))
                {
                    end += 2; // "Secretary of State"
                }
                // A title word that is really an organisation head ("Foreign Relations Committee", "Army").
                if (GroupHeads.ContainsKey(Word(last)) && end < last && Word(end + 1) is not ("of" or "the")) continue;
                titleEnd = end;
                return i;
            }
            return -1;
        }

        private bool HasOrganisationHeadBefore(int first, int at)
        {
            for (var k = first; k < at; k++)
            {
                if (GroupHeads.ContainsKey(Word(k))) return true;
            }
            return false;
        }

        /// <summary>"the Libyan city of El Aouinet": the noun before "of" says what kind of place follows.</summary>
        private EntityKind? PlaceNounBefore(int first)
        {
            if (first - 2 < sentenceFirst || !IsWord(first - 1) || Word(first - 1) is not "of" || !IsWord(first - 2)) return null;
            return PlaceNounsBefore.TryGetValue(Word(first - 2), out var kind) ? kind : null;
        }

        private void ClassifyAfterTitle(int first, int last)
        {
            // "Chairman of the House Intelligence Committee": the title is of an organisation.
            while (first <= last && Connectors.Contains(Word(first))) first++;
            if (first > last) return;
            if (TryGroup(first, last)) return;
            if (Places.LongestPlace(text, tokens, first, last + 1, out _, out var kind) == last - first + 1 && first < last)
            {
                Add(first, last, EntityType.Place, kind, "gazetteer");
                return;
            }
            // "Staff Reporter": a title before a word that is no name is a job, not a person.
            if (Enumerable.Range(first, last - first + 1).All(k => NotNames.Contains(Word(k)))) return;
            Add(first, last, EntityType.Person, null, "title");
        }

        private void ClassifySingle(int i)
        {
            var word = Word(i);
            if (DateWords.Contains(word)) return;
            var before = i - 1 >= sentenceFirst && tokens[i - 1].IsWord ? Word(i - 1) : default;
            var after = i + 1 < sentenceEnd && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized ? Word(i + 1) : default;
            // "Mali-Niger border": a pair of places, whatever noun follows.
            if ((tokens[i].Shape & TokenShape.Hyphenated) != 0 && TrySplitHyphenatedPlaces(i)) return;
            if (!after.IsEmpty && PlaceNounsAfter.TryGetValue(after, out var regionKind))
            {
                // "the southern Djelfa region": the noun after says what kind of place, over the gazetteer's
                // guess, except that a country stays a country ("the Mali border").
                var isCountry = Places.IsPlace(word, out _, out var knownKind) && knownKind == EntityKind.Country;
                Add(i, i, EntityType.Place, isCountry ? EntityKind.Country : regionKind, "place noun after");
                return;
            }
            if (before.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                // "the West", "the Telegraph": names that take the article.
                if (Places.IsPlace($"the {word}", out _, out var theKind))
                {
                    AddSpan(tokens[i].Start, tokens[i].End, EntityType.Place, theKind, "gazetteer");
                    return;
                }
                if (GroupHeads.TryGetValue(word, out var headKind) && headKind == EntityKind.Media)
                {
                    Add(i, i, EntityType.Group, EntityKind.Media, "media name");
                    return;
                }
            }
            // "the Mauritanian news agency ANI", "a Mauritanian news agency, ANI,".
            var appositive = i - 2 >= sentenceFirst && !tokens[i - 1].IsWord && Word(i - 1).SequenceEqual(",") && tokens[i - 2].IsWord
                && Lexicon.MediaNounsBefore.Contains(Word(i - 2).ToString());
            // "the Mauritanian website Alakhbar": right after such a noun any unknown name is the outlet's.
            if (((!before.IsEmpty && Lexicon.MediaNounsBefore.Contains(before.ToString())) || appositive)
                && (IsAcronymToken(i) || (!before.IsEmpty && !Places.IsPlace(word, out _, out _) && !NotNames.Contains(word) && !Known.ContainsKey(word))))
            {
                Add(i, i, EntityType.Group, EntityKind.Media, "news agency");
                return;
            }
            if (TryKnown(i, i) > 0) return;
            if (Places.IsDemonym(word, out _)) return;
            if (word.Length < 2 || char.IsDigit(word[0])) return;
            var previous = before;
            var next = i + 1 < sentenceEnd ? i + 1 : -1;
            var sentenceInitial = i == sentenceFirst || (i == sentenceFirst + 1 && tokens[sentenceFirst].Kind == TokenKind.Punctuation);
            if (!sentenceInitial && !titleCase && IsWord(i + 1) && !tokens[i + 1].IsCapitalized && FacilityNouns.Contains(Word(i + 1)) && Adjacent(i, i + 1))
            {
                // "Orly airport", "Bagram airbase": a name then a facility noun.
                Add(i, i + 1, EntityType.Place, EntityKind.Facility, "name + facility noun");
                return;
            }
            if (!previous.IsEmpty && Roles.Contains(previous))
            {
                Add(i, i, EntityType.Person, null, "role noun before");
                return;
            }
            if (next >= 0 && tokens[next].IsWord && Speech.Contains(Word(next)))
            {
                // "Witnesses said": at the start of a sentence only a name met elsewhere is a speaker.
                if (sentenceInitial && !CapitalisedElsewhere(word, i)) return;
                Add(i, i, EntityType.Person, null, "speaker");
                return;
            }
            var afterArticle = !previous.IsEmpty && previous.Equals("the", StringComparison.OrdinalIgnoreCase);
            if (!afterArticle && next >= 0 && tokens[next].Kind == TokenKind.Punctuation && tokens[next].Length == 2 && tokens[next].Start == tokens[i].End)
            {
                // "Chengriha’s promotion": common words rarely take a possessive; names do.
                Add(i, i, EntityType.Person, null, "possessor");
                return;
            }
            if (titleCase) return;
            if (!previous.IsEmpty && PlacePrepositions.Contains(previous) && !sentenceInitial)
            {
                Add(i, i, EntityType.Place, EntityKind.OtherPlace, "place preposition");
                return;
            }
            // A lone capitalised word: a surname or name used alone. The resolver links it to a full
            // name or drops it; at the start of a sentence it is only a name if seen capitalised elsewhere.
            if (sentenceInitial && !CapitalisedElsewhere(word, i)) return;
            Add(i, i, EntityType.Person, null, "bare name");
        }

        /// <summary>
        /// The word is written as a name after another word somewhere in the text: as it stands, after a particle
        /// ("al-Baghdadi" for "Baghdadi"), or spelled one letter apart ("Gaddafi" for "Gadhafi").
        /// </summary>
        private bool CapitalisedElsewhere(ReadOnlySpan<char> word, int at)
        {
            for (var k = 1; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (k == at || !token.IsWord || (token.Shape & (TokenShape.Capitalized | TokenShape.Hyphenated)) == 0) continue;
                if (!tokens[k - 1].IsWord || tokens[k - 1].End >= token.Start) continue;
                var other = token.Of(text);
                var hyphen = other.IndexOf('-');
                if (hyphen > 0 && Particles.Contains(other[..hyphen])) other = other[(hyphen + 1)..];
                if (other.IsEmpty || !char.IsUpper(other[0])) continue;
                if (other.Equals(word, StringComparison.Ordinal)) return true;
                var variant = word.Length >= 6 && Math.Abs(other.Length - word.Length) <= 1 && other[0] == word[0] && other[1] == word[1]
                    && NameKey.Distance(NameKey.Of(other), NameKey.Of(word), 1) <= 1;
                if (variant) return true;
            }
            return false;
        }

        /// <summary>"Algerian government", "French foreign intelligence services", "Algerian gas complex".</summary>
        private int TryCountryInstitution(int i)
        {
            if (!tokens[i].IsCapitalized || !Places.IsDemonym(Word(i), out _)) return 0;
            // Institutions: up to three lower-case words that name one ("security services").
            for (var length = 3; length >= 1; length--)
            {
                var end = i + length;
                if (end >= sentenceEnd || !AllLowerWords(i + 1, end)) continue;
                var phrase = text[tokens[i + 1].Start..tokens[end].End];
                if (!Lexicon.CountryInstitutions.ContainsKey(phrase)) continue;
                // "Libyan military uniforms": the institution word is an adjective of the noun after it.
                if (IsWord(end + 1) && !tokens[end + 1].IsCapitalized && IsPluralNoun(Word(end + 1))) return 0;
                Add(i, end, EntityType.Group, EntityKind.Government, "country + institution");
                return length + 1;
            }
            // Facilities: lower-case modifiers then a facility noun ("gas complex", "diplomatic mission").
            var k = i + 1;
            while (k < sentenceEnd && k - i <= 4 && IsWord(k) && !tokens[k].IsCapitalized && FacilityModifiers.Contains(Word(k))) k++;
            if (k < sentenceEnd && k > i + 1 && IsWord(k) && FacilityNouns.Contains(Word(k)))
            {
                Add(i, k, EntityType.Place, EntityKind.Facility, "country + facility noun");
                return k - i + 1;
            }
            return 0;
        }

        /// <summary>"(R-Mich.)": a US party letter and a state abbreviation after a politician's name.</summary>
        private int TryPartyAndState(int i)
        {
            var token = tokens[i];
            if ((token.Shape & TokenShape.Hyphenated) == 0 || !IsPunctuation(i - 1, '(')) return 0;
            var word = Word(i);
            var hyphen = word.IndexOf('-');
            var party = word[..hyphen].ToString();
            var state = word[(hyphen + 1)..].ToString();
            if (!Lexicon.PartyLetters.ContainsKey(party) || !Lexicon.StateAbbreviations.ContainsKey(state)) return 0;
            AddSpan(token.Start, token.Start + hyphen, EntityType.Group, EntityKind.OtherGroup, "party letter");
            var stateEnd = IsPunctuation(i + 1, '.') ? tokens[i + 1].End : token.End;
            AddSpan(token.Start + hyphen + 1, stateEnd, EntityType.Place, EntityKind.Region, "state abbreviation");
            return 1;
        }

        /// <summary>
        /// Lower-case phrases that name places: a compass word before a place ("north Africa",
        /// "north-west Africa") and a descriptive facility ("the gas processing facility at In Amenas").
        /// </summary>
        private int TryLowerCasePlacePhrase(int i)
        {
            var word = Word(i);
            if (Compass.Contains(word) && IsCap(i + 1) && Adjacent(i, i + 1) && HasLowerCaseTail(i + 1))
            {
                var tail = Word(i + 1);
                var prefix = tail[..tail.IndexOf('-')];
                if (Places.IsPlace(prefix, out _, out var prefixKind) && prefixKind is EntityKind.Region or EntityKind.Country)
                {
                    AddSpan(tokens[i].Start, tokens[i + 1].Start + prefix.Length, EntityType.Place, EntityKind.Region, "compass + place");
                    return 2;
                }
            }
            if (Compass.Contains(word) && IsCap(i + 1) && Adjacent(i, i + 1))
            {
                var placeLength = Places.LongestPlace(text, tokens, i + 1, sentenceEnd, out _, out var kind);
                if (placeLength > 0 && kind == EntityKind.Country)
                {
                    // "northern Mali" is Mali, seen from a direction.
                    Add(i + 1, i + placeLength, EntityType.Place, kind, "gazetteer");
                    return placeLength + 1;
                }
                if (placeLength > 0 && kind == EntityKind.Region)
                {
                    Add(i, i + placeLength, EntityType.Place, EntityKind.Region, "compass + place");
                    return placeLength + 1;
                }
            }
            if (!FacilityModifiers.Contains(word)) return 0;
            var k = i;
            while (k < sentenceEnd && k - i < 4 && IsWord(k) && !tokens[k].IsCapitalized && FacilityModifiers.Contains(Word(k))) k++;
            if (k >= sentenceEnd || !IsWord(k) || tokens[k].IsCapitalized || !FacilityNouns.Contains(Word(k))) return 0;
            if (!IsWord(k + 1) || Word(k + 1) is not ("at" or "in" or "near" or "outside") || !IsCap(k + 2)) return 0;
            Add(i, k, EntityType.Place, EntityKind.Facility, "facility at a place");
            return k - i + 1;
        }

        /// <summary>A rough test for a plural noun after an adjective ("uniforms", "officials"), not a verb ("says").</summary>
        private static bool IsPluralNoun(ReadOnlySpan<char> word) =>
            word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word is not ("says" or "forces" or "services");

        private bool AllLowerWords(int first, int last)
        {
            for (var k = first; k <= last; k++)
            {
                if (!IsWord(k) || tokens[k].IsCapitalized) return false;
            }
            return true;
        }

        private void Add(int first, int last, EntityType type, EntityKind? kind, string cue)
        {
            if (type == EntityType.Group) first = WithDayInName(first);
            AddSpan(tokens[first].Start, tokens[last].End, type, kind, cue);
            if (type == EntityType.Place || kind is not null) TryFacilityAfter(last);
        }

        /// <summary>"the February 17th Martyrs Brigade", "the 17 February Coalition": a day right before a group's name is part of it.</summary>
        private int WithDayInName(int first)
        {
            // "17th" may be read as "17" and "th".
            var end = first - 1 >= sentenceFirst && IsWord(first - 1) && Word(first - 1) is "st" or "nd" or "rd" or "th" ? first - 1 : first;
            var start = WithDayBefore(end);
            return start == end ? first : start;
        }

        private int WithDayBefore(int first)
        {
            if (first - 2 < sentenceFirst || tokens[first - 1].Kind == TokenKind.Punctuation || tokens[first - 2].Kind == TokenKind.Punctuation) return first;
            static bool Day(ReadOnlySpan<char> w) => w.Length is > 0 and <= 4 && char.IsDigit(w[0]) && int.TryParse(w.TrimEnd("stndrh"), out var d) && d is >= 1 and <= 31;
            var (a, b) = (first - 2, first - 1);
            return (IsMonth(a) && Day(Word(b))) || (Day(Word(a)) && IsMonth(b)) ? first - 2 : first;
        }

        private bool IsMonth(int i) => Word(i).Length > 3 && Dates.CalendarWords.MonthNumber(Word(i)) > 0;

        /// <summary>"U.S. consulate", "BP facility", "BP joint venture facility": a name then lower-case facility words.</summary>
        private void TryFacilityAfter(int last)
        {
            var k = last + 1;
            while (k < sentenceEnd && k - last <= 4 && IsWord(k) && !tokens[k].IsCapitalized && FacilityModifiers.Contains(Word(k))) k++;
            if (k < sentenceEnd && IsWord(k) && !tokens[k].IsCapitalized && FacilityNouns.Contains(Word(k)) && Adjacent(last, last + 1))
            {
                var start = document.Mentions[^1].Span.Start;
                AddSpan(start, tokens[k].End, EntityType.Place, EntityKind.Facility, "name + facility noun");
            }
        }

        private void AddSpan(int start, int end, EntityType type, EntityKind? kind, string cue)
        {
            var span = new TextSpan(start, end);
            // A name taken before the scan (a byline, a dateline) is not taken again by it.
            for (var m = 0; m < placedBeforeScan; m++)
            {
                if (document.Mentions[m].Span == span) return;
            }
            var surface = span.Of(text);
            var knownAs = type == EntityType.Place && Places.IsPlace(surface, out var standard, out _) ? standard : null;
            document.Mentions.Add(new Mention(span, surface, type, kind, cue, processor, knownAs));
        }
    }
}
