using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Entities;

/// <summary>
/// The examples in <c>Specs/Entities/roles.json</c>: each case runs through the default pipeline and must yield
/// exactly the roles it lists (mention described, exact role text, cue), so every positive is also a check
/// that nothing more was read into the sentence.
/// </summary>
public class RoleSpecTests
{
    public static TheoryData<string> Cases() => [.. SpecFiles.RoleCases().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Roles_Case_MatchesSpec(string name)
    {
        var spec = SpecFiles.RoleCases()[name];

        var document = SpecFiles.Pipeline.Process(spec.Text, new ExtractionContext($"{SpecFiles.RoleCaseFile}#{name}", null));

        // Both sides as one sorted listing, so a failure shows everything found instead.
        var expected = spec.Roles.Select(r => Line(r.Of, r.Role, r.Cue)).Order(StringComparer.Ordinal);
        var actual = document.Roles.Select(r => Line(r.Mention.Surface, r.Surface, r.Cue)).Order(StringComparer.Ordinal);
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    private static string Line(string of, string role, string cue) => $"{of} ← “{role}” ({cue})";
}
