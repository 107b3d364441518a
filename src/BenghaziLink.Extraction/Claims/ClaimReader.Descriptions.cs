using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Claims;

/// <summary>What a sentence says in passing of the actor it opens with.</summary>
internal sealed partial class ClaimReader
{
    /// <summary>
    /// "Mokhtar Belmokhtar, leader of Al Murabitoon, an al-Qaeda affiliate operating in West Africa, is thought to be
    /// behind the assault …": the description between the commas is a fact of its own, asserted by the article, while
    /// the main clause may be hedged or attributed. Returns the span from the actor's name to the end of the
    /// description (the claim the description states) and the description alone (whose names the main clause is not
    /// about); null when the clause does not open with a person or group followed by a nominal apposition and a
    /// lower-case predicate.
    /// </summary>
    private (TextSpan Claim, TextSpan Description)? Description(TextSpan clause)
    {
        // Asked for each speech verb of the clause and again for the clause's claims: read once per clause.
        if (lastDescription is { } last && last.Clause == clause) return last.Found;
        var found = ReadDescription(clause);
        lastDescription = (clause, found);
        return found;
    }

    private (TextSpan Clause, (TextSpan Claim, TextSpan Description)? Found)? lastDescription;

    private (TextSpan Claim, TextSpan Description)? ReadDescription(TextSpan clause)
    {
        // A quotation may open the clause: “Mokhtar Belmokhtar, one of the chiefs of …,” a source said.
        var start = clause.Start;
        while (start < clause.End && text[start] is '“' or '"' or '‘' or '\'') start++;
        var subject = Named(start, clause.End).FirstOrDefault();
        if (subject.Entity is null || subject.Mention.Span.Start != start || subject.Entity.Type == EntityType.Place) return null;
        var at = subject.Mention.Span.End;
        var end = -1;
        // Appositions follow one another ("leader of Al Murabitoon, an al-Qaeda affiliate …,"); the last one is closed by
        // the comma before the predicate, or, when the writer left that comma out, ends with a name right before a
        // finite verb ("one of the chiefs of Al-Qaida in the Islamic Maghreb has been in Libya").
        while (Apposition().Match(text, at, clause.End - at) is { Success: true } next)
        {
            end = next.Groups["body"].Index + next.Groups["body"].Length;
            if (!next.Groups["comma"].Success) break;
            at = end;
        }
        if (end < 0 || !Predicate().IsMatch(text, text[end] == ',' ? end + 1 : end) || ArticleDocument.CountWords(text.AsSpan(end, clause.End - end)) < 3) return null;
        return (new TextSpan(start, end), new TextSpan(subject.Mention.Span.End, end));
    }

    /// <summary>
    /// ", then a leader of …," ", one of the chiefs of …,", ", leader of …,": a noun phrase without a finite verb, closed
    /// by a comma, or by nothing before a finite verb that follows a capitalised word (a name's end).
    /// </summary>
    [GeneratedRegex(@"\G,[\s\u00A0]+(?=(?:an?|the|one|then|now|once|former|formerly|himself|herself|itself|[\p{Ll}-]+\s+(?:of|for))\b)(?:(?<body>(?![^,;]*\b(?:is|was|are|were|has|have|had|said|says|told|will|would)\b)[^,;()“”""]{3,120})(?<comma>,)|(?<body>[^,;()“”""]{3,120}?\p{Lu}[\p{L}.'’-]*)(?=\s+(?:is|was|are|were|has|have|had|will|would)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    /// <summary>The main clause goes on after the description with a lower-case word: "is thought to", "told", "has been".</summary>
    [GeneratedRegex(@"\G[\s\u00A0]+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex Predicate();
}
