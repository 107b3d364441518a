using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// The outlet that published the article, where the article says so about itself: its copyright notice
/// ("Copyright 2013 ABC News Radio"), a source note ("This article has been taken from Menas Associates’
/// … publication"), the agency tag of its dateline ("BAMAKO, Mali (Reuters) -") or the affiliation in its
/// byline ("By JOHN SMITH, Reuters"). Outlets the body merely cites ("told ABC News", "CNN reported") are
/// never read: only furniture, the dateline and the byline are looked at. Must run after the byline
/// recognizer.
/// </summary>
/// <remarks>
/// When several say different things, the copyright holder wins (it is the publisher's own claim), then
/// the source note, then the dateline's agency, then the byline.
/// </remarks>
public sealed partial class OutletRecognizer : IDocumentProcessor
{
    public string Name => "outlet";
    // The byline's affiliation is read from the byline the byline recognizer found.
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture | Annotations.Byline;
    public Annotations Produces => Annotations.Outlet;

    public void Process(DocumentBuilder document)
    {
        var span = FromCopyright(document) ?? FromSourceNote(document) ?? FromDateline(document) ?? FromByline(document);
        if (span is { } outlet) document.Outlet = document.Fact(outlet.Of(document.Text), outlet, this);
    }

    private static TextSpan? FromCopyright(DocumentBuilder document)
    {
        var notices = document.Furniture.Where(f => f.Kind == FurnitureKind.Copyright).OrderBy(f => f.Span.Start).ToList();
        foreach (var notice in notices)
        {
            var holder = CopyrightHolder().Match(notice.Surface);
            if (holder.Success && IsName(holder.Groups["name"].Value)) return Within(notice.Span, holder.Groups["name"]);
        }
        // A notice without a name ("All rights reserved.") next to a bare sign-off line: the sign-off names the outlet.
        var signOff = notices.FirstOrDefault(n => !FurniturePatterns.Copyright().IsMatch(n.Surface) && TextShape.IsNameShaped(n.Surface));
        return signOff?.Span;
    }

    private static TextSpan? FromSourceNote(DocumentBuilder document)
    {
        foreach (var note in document.Furniture.Where(f => f.Kind == FurnitureKind.SourceNote).OrderBy(f => f.Span.Start))
        {
            foreach (Match match in SourceOutlet().Matches(note.Surface))
            {
                var name = match.Groups["name"];
                if (IsName(name.Value) && DateExpressions.First(name.Value) is null) return Within(note.Span, name);
            }
        }
        return null;
    }

    private static TextSpan? FromDateline(DocumentBuilder document)
    {
        foreach (var (block, start) in DatelineRecognizer.OpeningParagraphs(document))
        {
            if (DatelinePattern.Find(document.Text[start..block.Span.End]) is { } dateline)
            {
                return dateline.Agency is { } agency ? new TextSpan(start + agency.Start, start + agency.End) : null;
            }
        }
        return null;
    }

    private static TextSpan? FromByline(DocumentBuilder document)
    {
        if (document.Byline is not { } byline) return null;
        var index = document.Blocks.FindIndex(b => b.Span.Contains(byline.Span));
        if (index < 0) return null;
        var block = document.Blocks[index];
        if (BylinePattern.Parse(document.TextOf(block)) is { Affiliation: { } affiliation })
        {
            return new TextSpan(block.Span.Start + affiliation.Start, block.Span.Start + affiliation.End);
        }
        // "By BRADLEY KLAPPER" with "Associated Press" on the line below, set aside by the byline recognizer.
        var next = index + 1 < document.Blocks.Count ? document.Blocks[index + 1] : null;
        return next is { Kind: BlockKind.Furniture, Furniture: FurnitureKind.Other } && next.Processor == BylineRecognizer.ProcessorName ? next.Span : null;
    }

    private static bool IsName(string name) =>
        name.Length > 0 && TextShape.Words(name) <= 6 && !name.StartsWith("All rights", StringComparison.OrdinalIgnoreCase);

    private static TextSpan Within(TextSpan outer, Group group) =>
        new(outer.Start + group.Index, outer.Start + group.Index + group.Length);

    // "Copyright © 2015 The Associated Press. All rights reserved." → "The Associated Press".
    [GeneratedRegex(
        @"^(?:Copyright|\(c\)|©)(?:\s*(?:©|\(c\)|Copyright))*\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d(?:\d\d)?)?)?\s*,?\s*(?:by\s+)?(?<name>[\p{Lu}\d][^.,|;()\n]*?)(?:\s*,?\s*(?:19|20)\d\d)?\s*(?:[.,|;(]|\ball\s+rights\b|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightHolder();

    private const string OutletToken = @"(?:(?:\p{Lu}\.){2,}|[\p{Lu}\d][\p{L}\p{N}&\-]*)";
    private const string OutletName = @"(?:The\s+)?" + OutletToken + @"(?:\s+(?:(?:of|the|and|for|on|&)\s+)*" + OutletToken + "){0,5}";

    // A date after "published on" is not the outlet.
    private const string NotAName = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)";

    // "taken from Menas Associates’ …", "originally published on March 19, 2016 by ProPublica", "first appeared in The Conversation".
    [GeneratedRegex(
        @"\b(?:(?:taken|reproduced|republished|reprinted|adapted|excerpted|syndicated)\s+(?:with\s+permission\s+)?from|comes\s+from|(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:[^.]{0,40}?\s)?(?:in|on|by|at|with)|appeared\s+(?:originally|first)\s+(?:in|on)|courtesy\s+of)\s+(?:the\s+)?(?!" + NotAName + @")(?<name>" + OutletName + ")",
        RegexOptions.CultureInvariant)]
    private static partial Regex SourceOutlet();
}
