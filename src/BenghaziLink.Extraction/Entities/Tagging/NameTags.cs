namespace BenghaziLink.Extraction.Entities.Tagging;

/// <summary>
/// The tagger's tags: outside any name, or the first (B) or a following (I) word of a person's, group's or
/// place's name. Tag t &gt; 0 is type (t - 1) / 2, and odd tags begin a name.
/// </summary>
public static class NameTags
{
    public const byte Outside = 0;
    public const int Count = 7;

    public static byte Of(EntityType type, bool begins) => (byte)(1 + (int)type * 2 + (begins ? 0 : 1));

    public static EntityType TypeOf(byte tag) => (EntityType)((tag - 1) / 2);

    public static bool Begins(byte tag) => tag % 2 == 1;

    /// <summary>Names as [first, end) word ranges with their type: an I after O or after another type starts a name too.</summary>
    public static List<(int First, int End, EntityType Type)> Spans(ReadOnlySpan<byte> tags)
    {
        var spans = new List<(int, int, EntityType)>();
        var first = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var continues = tag != Outside && !Begins(tag) && first >= 0 && TypeOf(tags[first]) == TypeOf(tag);
            if (continues) continue;
            if (first >= 0) spans.Add((first, i, TypeOf(tags[first])));
            first = tag == Outside ? -1 : i;
        }
        return spans;
    }
}
