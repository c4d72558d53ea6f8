using System.Globalization;

namespace GraduateFair.LoadTest.Hub;

/// <summary>The options of the <c>hub</c> mode.</summary>
public sealed record HubLoadOptions
{
    public const string Usage = """
        hub: graduates connected over WebSockets wait in booth queues; every booth calls next on a
        fixed interval (the invited graduate declines and joins again at the end, so the queues stay
        full); the time from each call-next answer to the QueuePosition reaching the graduates it moved
        is measured. Then, on the same connections, a do-nothing hub broadcast sends the same number of
        same-size QueuePosition messages to the same users at the same pace (baseline), and finally as
        fast as it can (ceiling).

          --graduates N      graduates connected (default 5000)
          --booths N         booths, graduates spread evenly (default 50)
          --interval-ms N    each booth calls next this often (default 100)
          --warmup-s N       seconds before measuring (default 10)
          --duration-s N     seconds measured per phase (default 30)
          --server-dll PATH  the server to start (default src/GraduateFair.Server/bin/Release/net10.0/GraduateFair.Server.dll)
          --url URL          use a running server instead (started with Benchmark:Enabled=true)
          --server-pid N     that server's process id, for its CPU time
          --json PATH        also write the figures as JSON
        """;

    public int Graduates { get; init; } = 5000;

    public int Booths { get; init; } = 50;

    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public string? ServerDll { get; init; }

    public Uri? Url { get; init; }

    public int? ServerPid { get; init; }

    public string? JsonPath { get; init; }

    /// <summary>Null with a message when the arguments are not understood.</summary>
    public static (HubLoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new HubLoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return (null, Usage);
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value\n\n{Usage}");
            }

            var value = args[++i];
            try
            {
                options = name switch
                {
                    "--graduates" => options with { Graduates = Positive(value) },
                    "--booths" => options with { Booths = Positive(value) },
                    "--interval-ms" => options with { Interval = TimeSpan.FromMilliseconds(Positive(value)) },
                    "--warmup-s" => options with { Warmup = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                    "--duration-s" => options with { Duration = TimeSpan.FromSeconds(Positive(value)) },
                    "--server-dll" => options with { ServerDll = value },
                    "--url" => options with { Url = new Uri(value) },
                    "--server-pid" => options with { ServerPid = Positive(value) },
                    "--json" => options with { JsonPath = value },
                    _ => throw new FormatException($"unknown option {name}"),
                };
            }
            catch (FormatException exception)
            {
                return (null, $"{exception.Message}\n\n{Usage}");
            }
        }

        return options.Graduates % options.Booths == 0
            ? (options, null)
            : (null, "--graduates must be a multiple of --booths");
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormatException($"'{value}' is not a positive whole number");
}
