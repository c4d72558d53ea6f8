using System.Globalization;
using System.Text.Json;

namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>
/// What the <c>hub</c> and <c>live</c> modes share: start (or attach to) the server, run, print the
/// report as Markdown and write it as JSON when asked.
/// </summary>
public static class LoadMode
{
    public const string OrganiserEmail = "organiser@load.test";
    public const string OrganiserPassword = "organiser-load-password";

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <param name="url">A running server to attach to, or null to start one from <paramref name="serverDll"/> (default: the Release build).</param>
    /// <param name="settings">What a started server is told beyond <see cref="BaseSettings"/>.</param>
    public static async Task<int> RunAsync<TReport>(
        Uri? url,
        int? serverPid,
        string? serverDll,
        string? jsonPath,
        IReadOnlyDictionary<string, string> settings,
        Func<ServerUnderTest, Api, Task<TReport>> run,
        Func<TReport, string> toMarkdown)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(toMarkdown);
        await using var server = url is not null
            ? ServerUnderTest.Attach(url, serverPid)
            : await ServerUnderTest.StartAsync(serverDll ?? DefaultServerDll(), Settings(settings));
        Console.WriteLine($"server {server.BaseAddress} (pid {server.ProcessId?.ToString(CultureInfo.InvariantCulture) ?? "unknown"})");

        using var api = new Api(server.BaseAddress);
        var report = await run(server, api);
        Console.WriteLine();
        Console.WriteLine(toMarkdown(report));
        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, ReportJson));
        }

        return 0;
    }

    /// <summary>Cheap password hashes and no sign-in limit for the set-up, the organiser's account, quiet logs.</summary>
    private static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Auth:PasswordHashIterations"] = "1000",
            ["Auth:AttemptsPerMinute"] = "10000000",
            ["Organiser:Email"] = OrganiserEmail,
            ["Organiser:Password"] = OrganiserPassword,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

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
