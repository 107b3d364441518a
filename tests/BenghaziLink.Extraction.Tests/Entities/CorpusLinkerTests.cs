using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Tests.Entities;

/// <summary>
/// Linking an article's entity to a small corpus. The corpus holds two Clintons, one Stevens, a Clinton that is
/// a town and a few groups and places; each case gives the article entity (type, canonical name and mention
/// surfaces, separated by '|') and the corpus id it must link to (0: a new entity).
/// </summary>
public class CorpusLinkerTests
{
    private static readonly CorpusEntity[] Corpus =
    [
        Entity(1, "Hillary Clinton", EntityType.Person, "Hillary Clinton", "Clinton", "Secretary Clinton"),
        Entity(2, "Bill Clinton", EntityType.Person, "Bill Clinton", "Clinton"),
        Entity(3, "Mokhtar Belmokhtar", EntityType.Person, "Mokhtar Belmokhtar", "Belmokhtar"),
        Entity(4, "Muammar Gaddafi", EntityType.Person, "Muammar Gaddafi", "Gaddafi"),
        Entity(5, "Al-Qaeda in the Islamic Maghreb", EntityType.Group, "Al-Qaeda in the Islamic Maghreb", "AQIM"),
        Entity(6, "Benghazi", EntityType.Place, "Benghazi"),
        Entity(7, "Chris Stevens", EntityType.Person, "Chris Stevens"),
        Entity(8, "Al-Mourabitoun", EntityType.Group, "Al-Mourabitoun"),
        Entity(9, "Clinton", EntityType.Place, "Clinton"),
    ];

    [Theory]
    [InlineData(EntityType.Person, "Hillary Clinton", "Hillary Clinton|Clinton", 1)]
    [InlineData(EntityType.Person, "Bill Clinton", "Bill Clinton", 2)]
    [InlineData(EntityType.Person, "Clinton", "Clinton", 0)]
    [InlineData(EntityType.Person, "Chelsea Clinton", "Chelsea Clinton|Clinton", 0)]
    [InlineData(EntityType.Person, "Hillary Rodham Clinton", "Hillary Rodham Clinton", 1)]
    [InlineData(EntityType.Person, "Stevens", "Stevens", 7)]
    [InlineData(EntityType.Person, "Belmokhtar", "Belmokhtar", 3)]
    [InlineData(EntityType.Person, "Mokhtar ben Mokhtar", "Mokhtar ben Mokhtar", 3)]
    [InlineData(EntityType.Person, "Muammar Gadhafi", "Muammar Gadhafi|Gadhafi", 4)]
    [InlineData(EntityType.Person, "Moammar Gadhafi", "Moammar Gadhafi", 4)]
    [InlineData(EntityType.Person, "Ahmed Ali", "Ahmed Ali", 0)]
    [InlineData(EntityType.Group, "AQIM", "AQIM", 5)]
    [InlineData(EntityType.Group, "al Qaeda in the Islamic Maghreb", "al Qaeda in the Islamic Maghreb|AQIM", 5)]
    [InlineData(EntityType.Group, "Al-Murabitoun", "Al-Murabitoun", 8)]
    [InlineData(EntityType.Place, "Benghazi", "Benghazi", 6)]
    [InlineData(EntityType.Group, "Benghazi", "Benghazi", 0)]
    [InlineData(EntityType.Place, "Clinton", "Clinton", 9)]
    [InlineData(EntityType.Group, "Clinton", "Clinton", 0)]
    public void Link_ArticleEntity_LinksToCorpusEntity(EntityType type, string canonical, string mentions, int expected)
    {
        var entity = ArticleEntity(type, canonical, mentions.Split('|'));

        var link = CorpusLinker.Link(entity, Corpus);

        Assert.True((expected == 0 ? null : (int?)expected) == link.EntityId, $"Linked to {link.EntityId?.ToString() ?? "nothing"}: {link.Reason}.");
        Assert.False(string.IsNullOrWhiteSpace(link.Reason));
    }

    [Fact]
    public void Link_SurnameWithOneCarrier_SaysWhy()
    {
        var entity = ArticleEntity(EntityType.Person, "Stevens", ["Stevens"]);

        var link = CorpusLinker.Link(entity, Corpus);

        Assert.Equal("surname of “Chris Stevens”", link.Reason);
    }

    [Fact]
    public void Link_EmptyCorpus_IsANewEntity()
    {
        var entity = ArticleEntity(EntityType.Person, "Hillary Clinton", ["Hillary Clinton"]);

        var link = CorpusLinker.Link(entity, []);

        Assert.Null(link.EntityId);
    }

    private static CorpusEntity Entity(int id, string canonical, EntityType type, params string[] aliases) =>
        new(id, canonical, type, aliases.Select(a => NameKey.Of(a)).ToHashSet(StringComparer.Ordinal));

    private static DocumentEntity ArticleEntity(EntityType type, string canonical, string[] surfaces)
    {
        var kind = type == EntityType.Person ? null : (EntityKind?)(type == EntityType.Group ? EntityKind.OtherGroup : EntityKind.OtherPlace);
        var offset = 0;
        var mentions = surfaces.Select(s =>
        {
            var mention = new Mention(new TextSpan(offset, offset + s.Length), s, type, kind, "test", "test");
            offset += s.Length + 1;
            return mention;
        });
        return new DocumentEntity(canonical, type, kind, [.. mentions], [], "test");
    }
}
