using System.Globalization;

namespace GraduateFair.LoadTest.Joins;

/// <summary>--name value pairs.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                options._values[name] = "true";
            }
            else if (name is not null)
            {
                options._values[name] = arg;
                name = null;
            }
        }

        return options;
    }

    public int Number(string name, int fallback) => _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public string? Text(string name) => _values.GetValueOrDefault(name);
}
