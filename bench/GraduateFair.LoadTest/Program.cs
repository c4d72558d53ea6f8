using GraduateFair.LoadTest.Hub;
using GraduateFair.LoadTest.Joins;
using GraduateFair.LoadTest.Live;

namespace GraduateFair.LoadTest;

/// <summary>
/// Load tools against a real server process on this machine, one subcommand per mode:
/// <c>dotnet run -c Release --project bench/GraduateFair.LoadTest -- hub [options]</c>.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, (string Summary, Func<string[], Task<int>> Run)> Modes = new(StringComparer.Ordinal)
    {
        ["joins"] = ("acknowledged queue joins per second over HTTP on the file store against a do-nothing endpoint", args => JoinsLoad.RunAsync(Options.Parse(args))),
        ["hub"] = ("live queue positions over /hubs/fair against a do-nothing broadcast baseline", HubLoadTest.RunAsync),
        ["live"] = ("one live session: thousands of viewers over WebSockets, chat at a fixed rate, delivery latency", LiveLoadTest.RunAsync),
    };

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !Modes.TryGetValue(args[0], out var mode))
        {
            await Console.Error.WriteLineAsync("usage: GraduateFair.LoadTest <mode> [options]   (<mode> --help for its options)");
            foreach (var (name, (summary, _)) in Modes)
            {
                await Console.Error.WriteLineAsync($"  {name,-8} {summary}");
            }

            return args.Length == 0 ? 2 : 1;
        }

        return await mode.Run(args[1..]);
    }
}
