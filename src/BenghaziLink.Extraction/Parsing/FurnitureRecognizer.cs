using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// Marks page furniture: navigation, picture credits and captions, comment prompts, related-article lists,
/// copyright notices, section labels, publication lines and source notes. Nothing is removed: a furniture
/// block is reclassified in place and recorded as a <see cref="FurnitureSpan"/>, and furniture inside a
/// paragraph (a credit glued to the dateline, "Back to articles" at the end of a publication line) is
/// recorded as a span inside its block.
/// </summary>
/// <remarks>
/// Three passes, because some furniture is only recognisable by its neighbours: first each block on its
/// own (with the related-articles list carried from its heading to where prose resumes); then the top of
/// the page, where a one- or two-word line next to the headline is a section label; then the bottom, where
/// a bare name next to a copyright notice is the outlet's sign-off.
/// </remarks>
public sealed class FurnitureRecognizer : IDocumentProcessor
{
    public string Name => "furniture";
    public Annotations Requires => Annotations.Blocks;
    public Annotations Produces => Annotations.Furniture;

    public void Process(DocumentBuilder document)
    {
        var texts = document.Blocks.Select(document.TextOf).ToArray();
        var kinds = new FurnitureKind?[texts.Length];

        ClassifyEachBlock(texts, kinds);
        MarkSectionLabels(texts, kinds);
        MarkSignOffs(texts, kinds);

        for (var i = 0; i < texts.Length; i++)
        {
            var block = document.Blocks[i];
            if (kinds[i] is { } kind)
            {
                document.Blocks[i] = new Block(BlockKind.Furniture, block.Span, kind, Name);
                Add(document, kind, block.Span);
                if (kind == FurnitureKind.PublicationLine) MarkNavigationInside(document, block.Span, texts[i]);
            }
            else
            {
                MarkInlineFurniture(document, block.Span, texts[i]);
            }
        }
    }

    private static void ClassifyEachBlock(string[] texts, FurnitureKind?[] kinds)
    {
        var inRelatedList = false;
        var bodyStarted = false;
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            if (FurniturePatterns.RelatedHeading().IsMatch(text))
            {
                kinds[i] = FurnitureKind.RelatedArticles;
                inRelatedList = true;
                continue;
            }

            var kind = Classify(text, bodyStarted);
            bodyStarted |= kind is null && TextShape.IsProse(text);
            if (inRelatedList)
            {
                // A related list holds headlines, labels, dates and thumbnails' credits; it ends where
                // the author's prose resumes, or at the footer's copyright or comment prompt.
                if (kind is FurnitureKind.Copyright or FurnitureKind.CommentPrompt || (kind is null && TextShape.IsProse(text)))
                {
                    inRelatedList = false;
                }
                else
                {
                    kinds[i] = FurnitureKind.RelatedArticles;
                    continue;
                }
            }
            kinds[i] = kind;
        }
    }

    /// <summary>
    /// What a block is on its own, or null for the author's text. Once the body has started, a line that
    /// is only a date is a heading in the story (a timeline), not the article's publication line.
    /// </summary>
    internal static FurnitureKind? Classify(string text, bool bodyStarted)
    {
        var words = TextShape.Words(text);
        if (words == 0)
        {
            // A line of nothing but symbols ("***", "•") is a separator.
            return FurnitureKind.Other;
        }
        // Order matters where patterns overlap: a © with a year is a copyright notice before it is a
        // credit, and "Published on …" is a publication line before it is a line with a date in it.
        if (words <= 30 && FurniturePatterns.Copyright().IsMatch(text)) return FurnitureKind.Copyright;
        if (words <= 25 && (FurniturePatterns.CommentPrompt().IsMatch(text) || FurniturePatterns.CommentNote().IsMatch(text)))
        {
            return FurnitureKind.CommentPrompt;
        }
        if (words <= 50 && FurniturePatterns.SourceNote().IsMatch(text)) return FurnitureKind.SourceNote;
        if (IsPublicationLine(text, bodyStarted)) return FurnitureKind.PublicationLine;
        if (words <= 25 && FurniturePatterns.RelatedLink().IsMatch(text)) return FurnitureKind.RelatedArticles;
        if (IsNavigation(text, words)) return FurnitureKind.Navigation;
        if (IsPictureCredit(text, words)) return FurnitureKind.PhotoCredit;
        if (words <= 12 && FurniturePatterns.OtherChrome().IsMatch(text)) return FurnitureKind.Other;
        return null;
    }

    /// <summary>
    /// "Published on 2016 March 19, Saturday", "Updated 3:45 PM ET, Mon November 23, 2015", or (above the
    /// body) a line that is only a date. The date must follow the keyword directly (times and weekdays
    /// aside), so "Updated figures released on March 19, 2016 show…" is a sentence. A keyword followed by
    /// a date we cannot read ("Published: 03/04/2016") is still a publication line, just without a date.
    /// </summary>
    internal static bool IsPublicationLine(string text, bool bodyStarted)
    {
        if (TextShape.Words(text) > 25) return false;
        if (!bodyStarted && (DateExpressions.AsWholeLine(text) is not null || DateExpressions.NumericAsWholeLine(text) is not null)) return true;
        if (!bodyStarted && IsLeadThenDate(text)) return true;
        var keyword = FurniturePatterns.PublicationKeyword().Match(text);
        if (!keyword.Success) return false;
        var rest = text[keyword.Length..];
        if (DateExpressions.First(rest) is { } found && DateExpressions.IsDateFiller(rest[..found.Index]))
        {
            return TextShape.Words(rest[(found.Index + found.Length)..]) <= 12;
        }
        return TextShape.Words(rest) <= 6 && DateExpressions.StartsLikeDate(rest);
    }

    /// <summary>
    /// A short lead, then the date alone: the filing place in capitals ("WASHINGTON | Tue Jun 17, 2014 8:39pm EDT",
    /// an agency's "VALLETTA 2003-05-14", with its region "VALLETTA, Malta 2003-05-14"), or the outlet's name before a bar ("Daily Courier | Thursday, March 2, 2017").
    /// A name in ordinary capitals needs the bar: "Smith 2016" is not a dateline.
    /// </summary>
    private static bool IsLeadThenDate(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        int start;
        if (bar > 0) start = bar + 1;
        else if (DateExpressions.First(text) is { } date) start = date.Index;
        else if (DateExpressions.FindNumeric(text).FirstOrDefault() is { Length: > 0 } numeric) start = numeric.Index;
        else return false;
        var lead = text[..(bar > 0 ? bar : start)].Trim();
        var rest = text[start..].Trim();
        if (lead.Length == 0 || TextShape.Words(lead) > 4) return false;
        // The place may carry its region as a dateline does ("KHASAVYURT, Russia", "IRVINE, Calif").
        var comma = lead.IndexOf(',', StringComparison.Ordinal);
        var place = comma > 0 && bar < 0 && lead[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } region
            && region.All(w => char.IsUpper(w[0])) ? lead[..comma] : lead;
        var capitals = place.All(c => !char.IsLower(c)) && place.Any(char.IsLetter);
        var titled = bar > 0 && lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));
        return (capitals || titled) && (DateExpressions.AsWholeLine(rest) is not null || DateExpressions.NumericAsWholeLine(rest) is not null);
    }

    /// <summary>
    /// Lines of links: a navigation phrase ("Back to top", "Next article »"), three or more short items
    /// separated by " | " or breadcrumb arrows, or arrow-marked previous/next titles
    /// (<c>« Previous title | Main | Next title »</c>). Never a sentence, never long.
    /// </summary>
    private static bool IsNavigation(string text, int words)
    {
        if (FurniturePatterns.NavigationPhrase().IsMatch(text)) return true;
        if (words > 40 || TextShape.HasSentenceBreak(text)) return false;

        var arrows = text.TrimStart()[0] is '«' or '‹' or '←' || text.TrimEnd()[^1] is '»' or '›' or '→';
        var items = text.Split('|', StringSplitOptions.TrimEntries);
        if (items.Length >= 2 && items.All(IsLinkText) && (items.Length >= 3 || arrows)) return true;

        var crumbs = text.Split([" › ", " > ", " » "], StringSplitOptions.TrimEntries);
        if (crumbs.Length >= 3 && crumbs.All(c => TextShape.Words(c) is > 0 and <= 6)) return true;

        return arrows && words <= 15 && !TextShape.EndsSentence(text.Trim('«', '»', '‹', '›', ' '));
    }

    // A link's text: short, and not a byline or a date (a "By X | Reuters | March 19, 2016" line is not navigation).
    private static bool IsLinkText(string item) =>
        TextShape.Words(item) is > 0 and <= 15
        && !item.StartsWith("By ", StringComparison.Ordinal)
        && DateExpressions.First(item) is null;

    /// <summary>
    /// A credit line ("Ben Mokhtar (c) VOA, 2.0 by CC", "Photo: Reuters") or a caption that ends with a
    /// credit ("… including ben Mokktar (c) VOA, 2.0 by CC", "… (AP Photo/Jerome Delay)").
    /// </summary>
    private static bool IsPictureCredit(string text, int words)
    {
        if (words <= 40 && FurniturePatterns.CreditLead().IsMatch(text)) return true;
        // A credit is never followed by a full stop; a sentence that happens to end on a name is.
        if (words > 80 || TextShape.LastSignificant(text) == '.') return false;
        // "(a) …, (b) … and (c) the weapons programme" enumerates; it does not credit anyone.
        if (MayEndInCredit(text) && FurniturePatterns.CreditAtEnd().IsMatch(text) && !text.Contains("(b)", StringComparison.Ordinal)) return true;
        return words <= 15 && FurniturePatterns.CreditMark().IsMatch(text);
    }

    /// <summary>
    /// Whether the text holds a mark every credit <see cref="FurniturePatterns.CreditAtEnd"/> knows has (a slash, a
    /// bracket, ©, "Getty", "Photo", "Image", "Picture"): the pattern is anchored at the end, and trying it at every
    /// place of a long paragraph that has none of them costs more than looking for them.
    /// </summary>
    private static bool MayEndInCredit(string text) =>
        text.AsSpan().IndexOfAny('/', ')', '©') >= 0 || text.Contains("Getty", StringComparison.Ordinal)
        || text.Contains("Photo", StringComparison.Ordinal) || text.Contains("Image", StringComparison.Ordinal) || text.Contains("Picture", StringComparison.Ordinal);

    /// <summary>
    /// Section labels at the top of the page: a one- or two-word line before the headline ("World", then
    /// the headline), or right after it ("Algeria" between the headline and "Published on …"). A standfirst
    /// is never that short, and a first paragraph never that bare.
    /// </summary>
    private static void MarkSectionLabels(string[] texts, FurnitureKind?[] kinds)
    {
        // Labels may stack ("World", "Africa"); they are labels only if a real headline follows them.
        var labels = new List<int>();
        var headline = NextBody(kinds, 0);
        while (headline >= 0 && labels.Count < 3 && IsLabel(texts[headline]))
        {
            labels.Add(headline);
            headline = NextBody(kinds, headline + 1);
        }
        if (labels.Count > 0)
        {
            if (headline < 0 || !TextShape.IsHeadlineShaped(texts[headline]) || TextShape.Words(texts[headline]) <= 2) return;
            foreach (var label in labels) kinds[label] = FurnitureKind.SectionLabel;
        }

        if (headline < 0 || !TextShape.IsHeadlineShaped(texts[headline]) || DatelinePattern.StartsWithDateline(texts[headline])) return;
        var after = NextBody(kinds, headline + 1);
        if (after >= 0 && IsLabel(texts[after])) kinds[after] = FurnitureKind.SectionLabel;
    }

    private static bool IsLabel(string text) =>
        TextShape.IsLabelShaped(text) && !DatelinePattern.StartsWithDateline(text) && !BylinePattern.IsByline(text);

    /// <summary>
    /// An outlet's bare sign-off ("ABC News Radio") next to its copyright notice, when nothing but furniture
    /// follows: it names the outlet, it is not the author's text.
    /// </summary>
    private static void MarkSignOffs(string[] texts, FurnitureKind?[] kinds)
    {
        for (var i = texts.Length - 1; i >= 0; i--)
        {
            if (kinds[i] is not null) continue;
            var nextToCopyright = (i > 0 && kinds[i - 1] == FurnitureKind.Copyright)
                || (i + 1 < texts.Length && kinds[i + 1] == FurnitureKind.Copyright);
            if (nextToCopyright && TextShape.IsNameShaped(texts[i])) kinds[i] = FurnitureKind.Copyright;
            // Only the trailing run of furniture can hold a sign-off.
            else break;
        }
    }

    private static int NextBody(FurnitureKind?[] kinds, int from)
    {
        for (var i = from; i < kinds.Length; i++)
        {
            if (kinds[i] is null) return i;
        }
        return -1;
    }

    /// <summary>"Published on 2016 March 19, Saturday Back to articles": the link is navigation inside the line.</summary>
    private void MarkNavigationInside(DocumentBuilder document, TextSpan block, string text)
    {
        foreach (System.Text.RegularExpressions.Match run in FurniturePatterns.NavigationRun().Matches(text))
        {
            var span = TextShape.Trim(document.Text, block.Start + run.Index, block.Start + run.Index + run.Length);
            if (span.Length > 0 && span != block) Add(document, FurnitureKind.Navigation, span);
        }
    }

    /// <summary>
    /// Furniture inside a paragraph: a credit glued to the opening dateline, a parenthesised picture
    /// credit, and a publication run in a short line ("By Jane Doe Published: March 19, 2016").
    /// </summary>
    private void MarkInlineFurniture(DocumentBuilder document, TextSpan block, string text)
    {
        var glued = FurniturePatterns.CreditBeforeDateline().Match(text);
        if (glued.Success && TextShape.Words(glued.Groups["credit"].Value) <= 6 && !TextShape.EndsSentence(glued.Groups["credit"].Value))
        {
            var credit = glued.Groups["credit"];
            Add(document, FurnitureKind.PhotoCredit, new TextSpan(block.Start + credit.Index, block.Start + credit.Index + credit.Length));
        }

        foreach (System.Text.RegularExpressions.Match credit in FurniturePatterns.ParenthesisedCredit().Matches(text))
        {
            Add(document, FurnitureKind.PhotoCredit, new TextSpan(block.Start + credit.Index, block.Start + credit.Index + credit.Length));
        }

        if (TextShape.Words(text) > 25) return;
        foreach (System.Text.RegularExpressions.Match keyword in FurniturePatterns.InlinePublicationKeyword().Matches(text))
        {
            var rest = text[(keyword.Index + keyword.Length)..];
            if (DateExpressions.First(rest) is { } date && DateExpressions.IsDateFiller(rest[..date.Index]))
            {
                var end = keyword.Index + keyword.Length + date.Index + date.Length;
                Add(document, FurnitureKind.PublicationLine, new TextSpan(block.Start + keyword.Index, block.Start + end));
                return;
            }
        }
    }

    private void Add(DocumentBuilder document, FurnitureKind kind, TextSpan span) =>
        document.Furniture.Add(new FurnitureSpan(kind, span, span.Of(document.Text), Name));
}
