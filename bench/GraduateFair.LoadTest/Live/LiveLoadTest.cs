using System.Text.Json;
using GraduateFair.LoadTest.Infrastructure;

namespace GraduateFair.LoadTest.Live;

/// <summary>The <c>live</c> mode: starts (or attaches to) a server, runs the chat load, prints the figures.</summary>
public static class LiveLoadTest
{
    public const string OrganiserEmail = "organiser@load.test";
    public const string OrganiserPassword = "organiser-load-password";

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static async Task<int> RunAsync(string[] args)
    {
        var (options, error) = LiveLoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return error == LiveLoadOptions.Usage ? 0 : 2;
        }

        Console.WriteLine($"live load test: {options.Viewers} viewers, {options.Senders} senders, {options.MessagesPerSecond} messages/s; load average {MachineLoad.Now()}");
        await using var server = options.Url is { } url
            ? ServerUnderTest.Attach(url, options.ServerPid)
            : await ServerUnderTest.StartAsync(options.ServerDll ?? DefaultServerDll(), ServerSettings);
        Console.WriteLine($"server {server.BaseAddress} (pid {server.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"})");

        using var api = new Api(server.BaseAddress);
        await using var run = new LiveLoadRun(options, server, api);
        var report = await run.ExecuteAsync();
        Console.WriteLine();
        Console.WriteLine(report.ToMarkdown());
        if (options.JsonPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, ReportJson));
        }

        return 0;
    }

    /// <summary>Cheap password hashes and no sign-in limit for the set-up, quiet logs; the live settings are the defaults.</summary>
    private static Dictionary<string, string> ServerSettings => new(StringComparer.Ordinal)
    {
        ["Auth:PasswordHashIterations"] = "1000",
        ["Auth:AttemptsPerMinute"] = "10000000",
        ["Organiser:Email"] = OrganiserEmail,
        ["Organiser:Password"] = OrganiserPassword,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    private static string DefaultServerDll()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraduateFair.sln")))
            {
                return Path.Combine(directory.FullName, "src", "GraduateFair.Server", "bin", "Release", "net10.0", "GraduateFair.Server.dll");
            }
        }

        throw new InvalidOperationException("GraduateFair.sln not found above the tool: pass --server-dll.");
    }
}
