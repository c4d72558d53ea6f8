using System.Globalization;

namespace GraduateFair.LoadTest.Live;

/// <summary>The <c>live</c> mode's options.</summary>
public sealed record LiveLoadOptions(
    int Viewers,
    int Senders,
    double MessagesPerSecond,
    TimeSpan Warmup,
    TimeSpan Duration,
    Uri? Url,
    int? ServerPid,
    string? ServerDll,
    string? JsonPath)
{
    public const string Usage = """
        usage: GraduateFair.LoadTest live [options]
          --viewers N        hub connections watching the session (default 2000)
          --senders N        viewers who chat, each at most one message every 2 s (default 200)
          --rate N           chat messages per second in total (default 50)
          --warmup SECONDS   (default 5)
          --duration SECONDS measured (default 30)
          --url URL          a running server instead of starting the Release build (with --server-pid for its CPU)
          --server-dll PATH  the server to start (default src/GraduateFair.Server/bin/Release/net10.0)
          --json PATH        also write the figures as JSON
        """;

    public static (LiveLoadOptions? Options, string? Error) Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LiveLoadOptions(2000, 200, 50, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), null, null, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                options = args[i] switch
                {
                    "--viewers" => options with { Viewers = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--senders" => options with { Senders = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--rate" => options with { MessagesPerSecond = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                    "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                    "--url" => options with { Url = new Uri(Next()) },
                    "--server-pid" => options with { ServerPid = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--server-dll" => options with { ServerDll = Next() },
                    "--json" => options with { JsonPath = Next() },
                    "--help" or "-h" => null,
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
            {
                return (null, $"{exception.Message}\n{Usage}");
            }

            if (options is null)
            {
                return (null, Usage);
            }
        }

        if (options.Senders < 1 || options.Senders > options.Viewers)
        {
            return (null, $"--senders must be between 1 and --viewers\n{Usage}");
        }

        // Each sender may speak once every 2 s: keep well inside it, or the server refuses messages.
        return options.Senders / options.MessagesPerSecond < 2.5
            ? (null, $"{options.Senders} senders at {options.MessagesPerSecond}/s would each speak more often than every 2.5 s: use more senders\n{Usage}")
            : (options, null);
    }
}
