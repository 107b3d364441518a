using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// The attacks each claim speaks of, by the country they happened in (<see cref="Claim.Events"/>), and the date of the
/// events it reports (<see cref="Claim.EventDate"/>: the nearest date with a value in the claim, else before it in its
/// block, else in the paragraph before). Reads the claims in the order the attribution reader states them, before any is
/// split by its counts: "both attacks" are the two the article has named most so far.
/// </summary>
public sealed partial class EventReader : IDocumentProcessor
{
    public string Name => "events";
    public Annotations Requires => Annotations.Claims | Annotations.Entities | Annotations.Dates;
    public Annotations Produces => Annotations.Events;

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reading = new Reading(document);
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            var block = document.BlockIndexAt(claim.Span.Start);
            document.Claims[i] = claim with { EventDate = reading.EventDate(claim.Span, block), Events = reading.Events(claim.Span, i) };
        }
    }

    /// <summary>One document's events: the attacks named so far and the dates with a value.</summary>
    private sealed partial class Reading(DocumentBuilder document)
    {
        private readonly string text = document.Text;
        private readonly List<(Mention Mention, DocumentEntity Entity)> named = NamedMentions.Of(document);

        private IEnumerable<(Mention Mention, DocumentEntity Entity)> Named(int start, int end) => NamedMentions.Between(named, start, end);

        /// <summary>The attacks named so far: how many claims named each, and the first claim that did.</summary>
        private readonly Dictionary<string, (int Claims, int First)> eventsSoFar = new(StringComparer.Ordinal);

        /// <summary>
        /// "the Benghazi attack", "an attack on the U.S. consulate in Benghazi", "the Algerian gas siege", "the In Amenas
        /// attackers": an attack word and the place right before it or a few words after it (a city before a country;
        /// a facility by the demonym or place inside its name). "Both attacks" are the two the article named most so far.
        /// </summary>
        public ImmutableArray<string> Events(TextSpan span, int claim)
        {
            var found = new List<string>();
            foreach (Match m in AttackWord().Matches(text[span.Start..span.End]))
            {
                var at = span.Start + m.Index;
                if (m.Groups["both"].Success)
                {
                    // The two attacks the article is about: those it has named most, the first named first among equals (an
                    // aside on "their bombing of Mali" does not make the Mali bombing one of "each attack").
                    found.AddRange(eventsSoFar.OrderByDescending(e => e.Value.Claims).ThenBy(e => e.Value.First).Take(2).Select(e => e.Key));
                    continue;
                }
                var before = Countries(Math.Max(span.Start, at - 40), at);
                if (before.Count > 0)
                {
                    found.AddRange(before.Select(c => $"attack in {c}"));
                }
                else if (Country(at + m.Length, Math.Min(span.End, at + m.Length + 70), before: false) is { } after)
                {
                    found.Add($"attack in {after}");
                }
                else if (Named(at + m.Length, Math.Min(span.End, at + m.Length + 70)).FirstOrDefault(n => Unplaced(n.Entity)).Entity is { } town)
                {
                    // "the hostage-taking at In Amenas": a town the gazetteer does not know names the attack; the grouper
                    // places it when another article says where it is.
                    found.Add($"attack in {town.Canonical}");
                }
            }
            foreach (var e in found.Distinct(StringComparer.Ordinal))
            {
                eventsSoFar[e] = eventsSoFar.TryGetValue(e, out var seen) ? (seen.Claims + 1, seen.First) : (1, claim);
            }
            return [.. found.Distinct()];
        }

        /// <summary>"the Benghazi and In Amenas attackers": every place named right before the word, coordinated ones too.</summary>
        private List<string> Countries(int start, int end)
        {
            var countries = new List<string>();
            var at = end;
            while (true)
            {
                var country = Country(start, at, before: true);
                // Step over the place just found, then over "and" or a comma, to a place coordinated with it. A town whose
                // country is unknown ("the Benghazi and In Amenas attackers") names the attack itself.
                var (mention, entity) = Named(start, at).LastOrDefault(n => n.Entity.Type == EntityType.Place);
                var place = mention?.Span ?? default;
                if (country is not null) countries.Add(country);
                else if (place.Length == 0 || text[place.End..at].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) break;
                else if (Unplaced(entity)) countries.Add(entity.Canonical);
                if (place.Length == 0) break;
                var link = Coordination().Match(text[start..place.Start]);
                if (!link.Success) break;
                at = start + link.Index;
            }
            return [.. countries.Distinct()];
        }

        [GeneratedRegex(@"(?:\s+and|,)\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex Coordination();

        /// <summary>A town whose country the gazetteer does not give: the attack is known by the town's name.</summary>
        private static bool Unplaced(DocumentEntity? entity) =>
            entity is { Type: EntityType.Place, Kind: EntityKind.City or EntityKind.OtherPlace } && CountryOf(entity.Mentions[0], entity) is null;

        /// <summary>The country of the place nearest the attack word in [start, end): a city's or facility's country, else a named country.</summary>
        private string? Country(int start, int end, bool before)
        {
            var places = Named(start, end).Where(n => n.Entity.Type == EntityType.Place).ToList();
            if (before)
            {
                // Only a name right before the word is its modifier ("Benghazi attack"), not one further back.
                places = [.. places.Where(p => text[p.Mention.Span.End..end].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2)];
                var word = LastWordBefore().Match(text[start..end]);
                if (places.Count == 0 && word.Success && DemonymLookup.Default.TryLookup(word.Groups[1].Value, out var demonym)) return demonym.Country.Canonical;
            }
            var ranked = places.Select(p => (p, country: CountryOf(p.Mention, p.Entity)))
                .Where(x => x.country is not null)
                .OrderBy(x => x.p.Entity.Kind == EntityKind.Country ? 1 : 0).ThenBy(x => before ? -x.p.Mention.Span.Start : x.p.Mention.Span.Start)
                .ToList();
            return ranked.Count == 0 ? null : ranked[0].country;
        }

        private static string? CountryOf(Mention mention, DocumentEntity entity)
        {
            var gazetteer = PlaceGazetteer.Default;
            foreach (var name in new[] { mention.KnownAs, entity.Canonical, mention.Surface })
            {
                if (name is null || !gazetteer.TryLookup(name, out var place)) continue;
                if (place.Kind == EntityKind.Country) return place.Canonical;
                if (place.CountryCode is { } code && gazetteer.TryGetCountry(code, out var country)) return country.Canonical;
            }
            if (entity.Kind != EntityKind.Facility) return null;
            // A facility is where the place or people inside its name are: "Algerian gas complex", "consulate in Benghazi".
            foreach (Match word in CapitalWord().Matches(mention.Surface))
            {
                if (DemonymLookup.Default.TryLookup(word.Value, out var demonym)) return demonym.Country.Canonical;
                if (gazetteer.TryLookup(word.Value, out var place) && place.Kind != EntityKind.Country && place.CountryCode is { } code && gazetteer.TryGetCountry(code, out var country))
                {
                    return country.Canonical;
                }
            }
            return null;
        }

        /// <summary>The article's dates with a value, read once: every claim looks its event date up among them.</summary>
        private List<Dates.DateMention>? dated;

        /// <summary>The value of the nearest date: in the claim, else the latest before it in its block, else in the block before.</summary>
        public string? EventDate(TextSpan span, int block)
        {
            var dates = dated ??= [.. document.Dates.Where(d => d.Value is not null)];
            var inside = dates.FirstOrDefault(d => span.Contains(d.Span));
            if (inside is not null) return inside.Value;
            var blockSpan = document.Blocks[block].Span;
            var before = dates.LastOrDefault(d => d.Span.Start >= blockSpan.Start && d.Span.End <= span.Start);
            if (before is not null) return before.Value;
            Block? previous = null;
            for (var i = block - 1; i >= 0 && previous is null; i--)
            {
                if (document.Blocks[i].Kind == BlockKind.Paragraph) previous = document.Blocks[i];
            }
            return previous is null ? null : dates.LastOrDefault(d => previous.Span.Contains(d.Span))?.Value;
        }
    }

    private static readonly Lazy<Regex> AttackWords = new(LoadAttackWords);

    /// <summary>An attack word of <c>Data/attack-words.tsv</c>, or "both attacks" (group <c>both</c>), on word boundaries.</summary>
    internal static Regex AttackWord() => AttackWords.Value;

    private static Regex LoadAttackWords()
    {
        var byUse = ClaimWords.Rows("attack-words.tsv").Where(r => r.Length > 1).GroupBy(r => r[1].Trim()).ToDictionary(g => g.Key, g => g.Select(r => r[0].Trim()).ToList());
        string Of(string use) => ClaimWords.Alternation(byUse.TryGetValue(use, out var forms) ? forms : []);
        return new Regex($@"\b(?:(?<both>{Of("both")})\s+attacks?|(?:{Of("attack")}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    [GeneratedRegex(@"(\p{Lu}\p{L}+)(?:\s+(?:gas|oil|hostage|terror|terrorist|militant))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWordBefore();

    [GeneratedRegex(@"\p{Lu}\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();
}
