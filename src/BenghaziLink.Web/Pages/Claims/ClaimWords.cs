using System.Globalization;
using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Web.Pages.Claims;

/// <summary>
/// A claim group said in words for the top of its page: the claim in short form and its status as a sentence
/// ("2 independent origins: X, relayed by 3 articles; and Y").
/// </summary>
public static class ClaimWords
{
    /// <summary>
    /// Subject – predicate – object or value: the grouper's summary; else the proposition of the earliest report that
    /// has one; for a figure, what it counts and the values given; else what the statements are about; else the
    /// earliest report's words.
    /// </summary>
    public static string ShortForm(GroupView group)
    {
        if (group.Summary is { } summary) return summary;
        if (group.Members.Select(m => m.Claim.Proposition).FirstOrDefault(p => p is not null) is { } proposition) return proposition;
        if (group.Quantity is not null && group.Values.Count > 0)
        {
            return $"{group.Quantity} – {string.Join(" or ", group.Values.Select(v => Value(v.Value, v.Qualifier)))}";
        }
        return group.Topic ?? ClaimQuery.Quoted(group.Representative.Quote);
    }

    /// <summary>A proposition read from a claim, "subject – predicate – object"; null when no predicate was read.</summary>
    public static string? Proposition(string? subject, string? predicate, string? obj, bool negated)
    {
        if (string.IsNullOrWhiteSpace(predicate)) return null;
        var verb = negated ? $"not {predicate}" : predicate;
        return string.Join(" – ", new[] { subject, verb, obj }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    public static string Value(decimal value, string? qualifier) =>
        (qualifier is null ? "" : qualifier + " ") + value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Who stands behind the claim: each independent origin by name, with the number of articles relaying it when
    /// more than one; for a disputed group, first what the articles disagree on, side by side.
    /// </summary>
    public static string Status(GroupView group)
    {
        var origins = group.Origins;
        var articles = group.Members.Select(m => m.Claim.ArticleId).Distinct().Count();
        string backing;
        if (origins.Count == 1)
        {
            var only = origins[0];
            backing = articles == 1
                ? $"1 origin, in 1 article: {only.Label}"
                : $"1 origin relayed by {articles} articles: {only.Label}";
        }
        else
        {
            var parts = origins.Select(o => o.Articles > 1 ? $"{o.Label}, relayed by {o.Articles} articles" : o.Label).ToList();
            backing = $"{origins.Count} independent origins: {string.Join("; ", parts.Take(parts.Count - 1))}; and {parts[^1]}";
        }
        if (group.Status != GroupStatus.Disputed) return backing + ".";
        return $"Disputed: {Sides(group)}. {backing}.";
    }

    /// <summary>The values, or the framings, the articles give against each other, each with who gives it.</summary>
    public static string Sides(GroupView group)
    {
        if (group.Values.Count > 1)
        {
            return string.Join(" against ", group.Values.Select(v => $"{Value(v.Value, v.Qualifier)} ({Sources(v.Claims)})"));
        }
        if (group.Framings.Count > 0)
        {
            return string.Join("; ", group.FramingsByDimension.Select(d => $"{ClaimQuery.Words(d.Dimension)}: " + string.Join(" against ",
                d.Poles.Select(p => $"{ClaimQuery.Words(p.Pole)} ({string.Join(", ", p.Framings.Select(f => f.Claim.Outlet ?? f.Claim.Headline).Distinct())})"))));
        }
        return "the articles state it in conflicting terms";
    }

    private static string Sources(IEnumerable<ClaimRef> claims) => string.Join(", ", claims.Select(c => c.Outlet ?? c.Headline).Distinct());
}
