namespace Instroom.Web.Operator;

/// <summary>
/// A command for operators, run on the same executable as the web app:
/// <c>dotnet run --project Instroom.Web -- importeer levering.json --bron GI-JBBRA</c>.
/// </summary>
public sealed record OperatorCommand(string Name, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<string> RawArguments)
{
    public static readonly IReadOnlyList<string> Names = ["bronnen", "ophalen", "importeer", "genereer", "help"];

    /// <summary>Null when the arguments do not start with a command name: then the web app runs.</summary>
    public static OperatorCommand? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Names.Contains(args[0], StringComparer.Ordinal))
        {
            return null;
        }

        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                options[args[i][2..]] = hasValue ? args[++i] : "true";
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new OperatorCommand(args[0], positional, options, args.Skip(1).ToList());
    }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
