using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// What page furniture says, line by line. Every pattern is anchored to a whole block or to its start
/// or end, so that a body sentence which merely mentions a comment, a photo or a related matter is
/// never furniture: furniture is a line that does nothing but that job.
/// </summary>
internal static partial class FurniturePatterns
{
    // Navigation.

    [GeneratedRegex(@"^[«‹<←\s]*(?:back\s+to\s+(?:all\s+)?(?:articles?|top|home(?:\s?page)?|index|news|stories|(?:the\s+)?list|search\s+results|blog|main\s+page|the\s+homepage)|return\s+to\s+(?:articles?|top|home(?:\s?page)?|index)|(?:previous|next|older|newer)(?:\s+(?:article|story|post|page|item|entry))?|skip\s+to\s+(?:main\s+)?content|main\s+menu|home|main)[\s»›>→.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NavigationPhrase();

    /// <summary>A navigation run inside a longer line, such as the "Back to articles" after a date.</summary>
    [GeneratedRegex(@"[«‹]?\s*(?:Back\s+to\s+(?:all\s+)?(?:articles?|top|home(?:\s?page)?|index|news|stories|(?:the\s+)?list|search\s+results)|Return\s+to\s+(?:articles?|top|home(?:\s?page)?|index)|(?:Previous|Next)\s+(?:article|story|post))(?:\s*[»›])?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NavigationRun();

    // Related articles.

    [GeneratedRegex(@"^(?:related(?:\s+(?:articles?|stories|story|content|news|coverage|posts|links|reading|topics|items))?|read\s+more|more\s+on\s+this(?:\s+(?:story|topic|subject))?|more\s+(?:stories|news|articles)(?:\s+(?:from|on|in)\s+.{1,30})?|see\s+also|also\s+read|further\s+reading|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|read\s+next|what\s+to\s+read\s+next|in\s+other\s+news|topics|tags|filed\s+under|more\s+about)\s*[:.]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RelatedHeading();

    /// <summary>
    /// "READ MORE: Title of another story" inserted on a line of its own, or a line of topic tags
    /// ("Tags: Benghazi, Algeria"): links to the outlet's other coverage.
    /// </summary>
    [GeneratedRegex(@"^(?:related|read\s+more|see\s+also|also\s+read|more\s+on\s+this|read\s+next|topics|tags|filed\s+under)\s*[:|\-–—]\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RelatedLink();

    // Copyright.

    /// <summary>
    /// A copyright notice: "Copyright 2013 ABC News Radio", "© 2015 Reuters", "Copyright © Menas Associates".
    /// A © without a year or the word "Copyright" is a picture credit ("Ben Mokhtar © VOA").
    /// </summary>
    [GeneratedRegex(@"^(?:Copyright\b(?=.{0,12}(?:(?:19|20)\d\d|©|\(c\))|.*all\s+rights\s+reserved)|(?:©|\(c\))\s*(?:Copyright\s*)?(?:19|20)\d\d)|\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:published|reproduced),\s+broadcast,\s+rewritten,?\s+or\s+redistributed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Copyright();

    // Comment prompts.

    [GeneratedRegex(@"^(?:(?:please\s+)?let\s+us\s+know\s+if\s+you(?:'|’)re\s+having\s+(?:issues|problems|trouble|difficulties)\s+with\s+comment(?:ing|s)|(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)s?(?:\s+below)?|\d+\s+comments?|comments(?:\s*\(\d+\))?|comment\s*\(\d+\)|(?:show|view|hide|read|load|see)\s+(?:all\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?|join\s+the\s+(?:conversation|discussion|debate)|comments?\s+(?:are|is|have\s+been)\s+(?:closed|disabled|turned\s+off)(?:\s+for\s+this\s+(?:article|story|post))?|commenting\s+(?:is|has\s+been)\s+(?:closed|disabled|turned\s+off)|you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:post\s+a\s+)?comment|(?:log|sign)\s+in\s+to\s+(?:comment|leave\s+a\s+comment|join\s+the\s+conversation)|be\s+the\s+first\s+to\s+comment|have\s+your\s+say|what\s+do\s+you\s+think\?(?:\s+(?:leave|share|tell)\b.*)?|discuss\s+this\s+(?:article|story))\s*[.!:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CommentPrompt();

    /// <summary>Notes about the comment section itself, wherever they sit in a short block.</summary>
    [GeneratedRegex(@"\b(?:(?:issues|problems|trouble|difficult(?:y|ies))\s+(?:with|while)\s+commenting|comments?\s+(?:section|policy|guidelines|moderation)\b|commenting\s+(?:guidelines|policy))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CommentNote();

    // Source notes.

    [GeneratedRegex(@"^\(?(?:This\s+(?:article|story|report|piece|post|item|interview|column|essay|op-ed|commentary|analysis)\b.{0,40}?\b(?:taken|reproduced|republished|reprinted|adapted|excerpted|syndicated|originally\s+published|first\s+published|originally\s+appeared|first\s+appeared|appeared\s+originally|appeared\s+first|originally\s+ran|first\s+ran|comes\s+from|was\s+provided|is\s+provided)\b|(?:Originally|First)\s+(?:published|appeared|posted)\s+(?:in|on|by|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))|A\s+version\s+of\s+this\s+(?:article|story|report|piece)\s+(?:first\s+|originally\s+)?(?:appeared|was\s+published|ran)\b|(?:Additional|Further|Extra)\s+reporting\s+(?:by|from)\b|With\s+(?:additional\s+)?reporting\s+(?:by|from)\b|(?:Reporting|Writing|Editing|Compiled|Translated|Edited)\s+by\b|(?:Republished|Reprinted|Reproduced)\s+(?:with|by)\s+(?:kind\s+)?permission\b|Source:\s)", RegexOptions.CultureInvariant)]
    public static partial Regex SourceNote();

    // Publication lines.

    [GeneratedRegex(@"^(?:Last\s+updated|First\s+published|Originally\s+published|Published|Posted|Updated|Modified|Date(?:d)?)(?:\s+on)?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PublicationKeyword();

    /// <summary>A capitalised publication keyword and date inside a short line ("By Jane Doe Published: March 19, 2016").</summary>
    [GeneratedRegex(@"(?<=^|\s|[|•·])(?:Last\s+updated|First\s+published|Published|Posted|Updated)(?:\s+on)?\s*[:\-–—]?\s*", RegexOptions.CultureInvariant)]
    public static partial Regex InlinePublicationKeyword();

    // Picture credits.

    [GeneratedRegex(@"^(?:(?:Main|Top|Header|Lead|Featured)\s+)?(?:Photo(?:graph)?s?|Image|Picture|Pic|Illustration|Credit|Photo\s+credit|Image\s+credit|Caption)\s*(?:by|courtesy(?:\s+of)?)?\s*:|^(?:Photo(?:graph)?s?|Image|Picture)\s+(?:by|courtesy\s+of)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CreditLead();

    private const string PictureAgencies =
        @"(?:AP|AFP|EPA|UPI|Reuters|REUTERS|Getty\s+Images|Getty|Thinkstock|iStock(?:photo)?|Shutterstock|Corbis|Alamy|Bloomberg|Polaris|Sipa|NurPhoto|ZUMA(?:\s+Press)?|Zuma(?:\s+Press)?|Anadolu(?:\s+Agency)?|Xinhua|WireImage|Flickr|Wikimedia(?:\s+Commons)?|Pool|File)";

    /// <summary>A credit closing a credit line or a caption: "(AP Photo/Jerome Delay)", "Hemera/Thinkstock", "(c) VOA, 2.0 by CC".</summary>
    [GeneratedRegex(
        @"(?:(?:\(c\)|©)(?:[^\n.!?()]|\.(?=\S)){1,60}" +
        @"|\(?\b(?:AP|AFP|EPA|UPI|Reuters|REUTERS|Getty\s+Images|Xinhua|Anadolu)(?:\s+Photos?|\s+Images)?\s*/\s*[^()\n/]{1,60}\)?" +
        @"|\b[\p{L}.'’\-]{1,30}(?:\s[\p{L}.'’\-]{1,30}){0,4}\s*/\s*" + PictureAgencies + @"\)?" +
        @"|\((?:Getty\s+Images|Thinkstock|iStock|Shutterstock|AP|AFP|Reuters|EPA|File)\)" +
        @"|\bGetty\s+Images" +
        @"|\(?(?:Photo(?:graph)?|Image|Picture)s?(?:\s+credit)?\s*:\s*[^()\n.!?]{1,60}\)?)\s*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex CreditAtEnd();

    /// <summary>Credit marks that make a short unpunctuated line a credit wherever they sit in it.</summary>
    [GeneratedRegex(@"\(c\)|©|\bGetty\s+Images\b|\b(?:AP|AFP|Reuters)\s+Photo\b|/\s*(?:Thinkstock|iStock(?:photo)?|Shutterstock|Getty|AFP|AP|Reuters|EPA)\b|\bPhoto(?:graph)?\s*:|\bCredit\s*:", RegexOptions.CultureInvariant)]
    public static partial Regex CreditMark();

    /// <summary>
    /// A credit glued to an opening dateline, as broadcasters' copy arrives: <c>Hemera/Thinkstock(WASHINGTON) -- </c>.
    /// No space before the parenthesis: "WASHINGTON (AP) —" has one and is a dateline with an agency tag.
    /// </summary>
    [GeneratedRegex(@"^(?<credit>[^\s()][^()\n]{0,59}?)(?<!\s)\(\p{Lu}[\p{Lu}\p{M}\s.,'’\-]{0,40}\)\s*(?:--|[–—]|-)", RegexOptions.CultureInvariant)]
    public static partial Regex CreditBeforeDateline();

    /// <summary>A parenthesised credit inside a paragraph: "(Photo: Reuters)", "(AP Photo/Jerome Delay)".</summary>
    [GeneratedRegex(@"\((?:(?:Photo(?:graph)?|Image|Picture)s?(?:\s+credit)?\s*:\s*[^()\n]{1,60}|(?:AP|AFP|Reuters|EPA)\s+Photo\s*/[^()\n]{1,60})\)", RegexOptions.CultureInvariant)]
    public static partial Regex ParenthesisedCredit();

    // Other page chrome.

    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?:\s+content)?|share(?:\s+this(?:\s+(?:article|story|page))?)?|share\s+on\s+(?:facebook|twitter|x|linkedin|whatsapp|reddit)|tweet|email|e-mail|print|print\s+this\s+(?:article|page|story)|subscribe(?:\s+now)?|sign\s+up(?:\s+for\s+.{1,40}newsletter)?|follow\s+us\s+on\s+.{1,30}|click\s+here\s+to\s+.{1,60}|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?|listen\s+to\s+this\s+article|copy\s+link|save\s+(?:article|story)|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|flipboard|share\s+via\s+email)\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OtherChrome();
}
