namespace BenghaziLink.Web.Cli;

/// <summary>A verb's own arguments: switches (<c>--json</c>), options with a value (<c>--gold dir</c>) and paths.</summary>
internal sealed record VerbOptions(HashSet<string> Switches, Dictionary<string, List<string>> Values, List<string> Paths)
{
    public bool Has(string name) => Switches.Contains(name);

    public string? Value(string name) => Values.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> All(string name) => Values.TryGetValue(name, out var values) ? values : [];

    /// <summary>Splits <paramref name="arguments"/>; an unknown option or an option without its value is an error.</summary>
    public static VerbOptions? Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> switches, IReadOnlyCollection<string> valued, out string? error)
    {
        error = null;
        var options = new VerbOptions(new(StringComparer.Ordinal), new(StringComparer.Ordinal), []);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (switches.Contains(argument))
            {
                options.Switches.Add(argument);
            }
            else if (valued.Contains(argument))
            {
                if (i + 1 >= arguments.Count)
                {
                    error = $"{argument} needs a value";
                    return null;
                }
                if (!options.Values.TryGetValue(argument, out var values)) options.Values[argument] = values = [];
                values.Add(arguments[++i]);
            }
            else if (argument.StartsWith('-') && argument.Length > 1)
            {
                error = $"unknown option {argument}";
                return null;
            }
            else
            {
                options.Paths.Add(argument);
            }
        }
        return options;
    }
}
