using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// What a news organisation's name looks like. Used only to decide whether a name in a byline or a
/// dateline tag is an outlet or a person or place; the outlet itself is always read from the text.
/// </summary>
internal static partial class OutletNames
{
    /// <summary>Wire services and broadcasters that tag datelines and bylines: <c>(Reuters)</c>, <c>(AP)</c>.</summary>
    public static bool IsKnownAgency(string name) => KnownAgency().IsMatch(name.Trim());

    /// <summary>
    /// A known agency, or a capitalised name containing a word that newspapers, broadcasters and
    /// agencies put in their names ("ABC News", "The Washington Post", "Menas Associates").
    /// </summary>
    public static bool LooksLikeOutlet(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || !char.IsUpper(trimmed[0]) || TextShape.Words(trimmed) > 6) return false;
        return IsKnownAgency(trimmed) || OutletWord().IsMatch(trimmed);
    }

    /// <summary>A job title in a byline ("Staff Writer", "Special Correspondent"): not an outlet.</summary>
    public static bool IsRole(string text) => RoleWord().IsMatch(text);

    /// <summary>A byline that names a job and nobody ("Staff Reporter", "Our Correspondent"): every word a role word or a determiner.</summary>
    public static bool IsOnlyRole(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(w => RoleWord().IsMatch(w) || w.Equals("our", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(?:The\s+)?(?:Reuters|Thomson Reuters|AP|Associated Press|AFP|Agence France-Presse|UPI|United Press International|dpa|DPA|Xinhua|EFE|ANSA|IANS|PTI|TASS|Bloomberg|Anadolu(?: Agency)?|AA|KUNA|WAM|SPA|Kyodo|Yonhap|CNN|CNNMoney|BBC|BBC News|ABC|ABC News|NBC News|CBS News|CNBC|Fox News|Sky News|Al Jazeera|VOA|RFE/RL|IPS|JTA|Sputnik|RIA Novosti|Interfax|MENA|APS|TAP|LANA|PANA|Bernama|Antara|AP Photo)$", RegexOptions.CultureInvariant)]
    private static partial Regex KnownAgency();

    [GeneratedRegex(@"\b(?:News|Press|Times|Post|Journal|Radio|Television|TV|Network|Agency|Media|Magazine|Daily|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Observer|Independent|Mail|Express|Wire|Monitor|Online|Today|Weekly|Broadcasting|Associates|Insider|Examiner|Standard|Courier|Globe|Inquirer|Bulletin|Economist|Reuters|Bloomberg|Politico|Newsweek|Intelligence|Review|Report)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletWord();

    [GeneratedRegex(@"\b(?:Staff|Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Analyst|Producer|Freelance|Guest|Bureau Chief|Senior|Chief)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();
}
