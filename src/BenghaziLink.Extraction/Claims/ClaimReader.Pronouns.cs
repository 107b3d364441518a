using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Claims;

/// <summary>Who "he", "she", "it" and "they" are when they speak.</summary>
internal sealed partial class ClaimReader
{
    /// <summary>The grammatical gender the article gives each person it names, read once per person.</summary>
    private readonly Dictionary<DocumentEntity, Gender> genders = [];

    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    /// <summary>
    /// The source a pronoun that speaks stands for. "it": the document being quoted; "they": the latest unnamed plural
    /// source. "he" and "she": the last speaker, if within two sentences, else the first person named (outside
    /// quotations and possessives) in the three sentences before, latest first; in both cases
    /// only a person the article does not give the other gender ("she said" is never the man quoted just before).
    /// </summary>
    private ClaimSource? Resolve(string pronoun, TextSpan span)
    {
        if (pronoun is "it")
        {
            return currentDocument is null ? null : currentDocument with { Span = span, Surface = span.Of(text) };
        }
        if (pronoun is "they")
        {
            var group = unnamed.LastOrDefault(u => IsPlural(u.Name));
            return group is null ? null : group with { Span = span, Surface = span.Of(text) };
        }
        var wanted = pronoun is "she" ? Gender.Female : Gender.Male;
        if (lastSpeaker is { } speaker && sentenceIndex - speaker.Sentence <= 2 && Fits(speaker.Source.Name, wanted))
        {
            return speaker.Source with { Span = span, Surface = span.Of(text) };
        }
        foreach (var sentence in SentencesBefore(span.Start, 3))
        {
            if (Subject(sentence.Span.Start, sentence.Span.End, wanted) is { } person) return Person(person, span);
        }
        return null;
    }

    private ClaimSource Person(DocumentEntity person, TextSpan span) => new(person.Canonical, SourceClass.NamedPerson, span, span.Of(text));

    /// <summary>The first person named in [start, end) outside quotations and possessives whose gender fits.</summary>
    private DocumentEntity? Subject(int start, int end, Gender wanted) =>
        Named(start, end).FirstOrDefault(n => n.Entity.Type == EntityType.Person && visible[n.Mention.Span.Start] != Masked
            && !IsPossessive(n.Mention.Span.End) && GenderOf(n.Entity) != Opposite(wanted)).Entity;

    private static Gender Opposite(Gender gender) => gender == Gender.Male ? Gender.Female : Gender.Male;

    private bool Fits(string canonical, Gender wanted)
    {
        var person = named.FirstOrDefault(n => n.Entity.Canonical == canonical && n.Entity.Type == EntityType.Person).Entity;
        return person is null || GenderOf(person) != Opposite(wanted);
    }

    /// <summary>
    /// The gender the article gives a person: by a title before a mention ("Mr.", "Mrs.", "Ms."), else by the
    /// pronoun that follows a mention within a few words and before any other name ("Lund said she …"), when they agree by a
    /// margin of two to one. Unknown otherwise.
    /// </summary>
    private Gender GenderOf(DocumentEntity person)
    {
        if (genders.TryGetValue(person, out var known)) return known;
        int male = 0, female = 0;
        foreach (var mention in person.Mentions)
        {
            var title = TitleBefore().Match(text[Math.Max(0, mention.Span.Start - 6)..mention.Span.Start]);
            if (title.Success)
            {
                if (title.Groups["m"].Success) male += 3;
                else female += 3;
            }
            // Only a pronoun close after the mention, with no other name between, is likely to be about it.
            var end = Math.Min(text.Length, mention.Span.End + 60);
            var next = Named(mention.Span.End, end).FirstOrDefault();
            if (next.Entity is not null) end = next.Mention.Span.Start;
            var after = GenderedPronoun().Match(Visible(mention.Span.End, end));
            if (after.Success)
            {
                if (after.Groups["m"].Success) male++;
                else female++;
            }
        }
        var gender = male >= 2 * female && male > 0 ? Gender.Male : female >= 2 * male && female > 0 ? Gender.Female : Gender.Unknown;
        genders[person] = gender;
        return gender;
    }

    [GeneratedRegex(@"(?:\b(?<m>Mr)|\b(?:Mrs|Ms|Miss))\.?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"\b(?:(?<m>he|his|him|himself)|she|her|hers|herself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderedPronoun();
}
