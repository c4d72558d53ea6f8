using GraduateFair.LoadTest.Infrastructure;

namespace GraduateFair.LoadTest.Live;

/// <summary>The <c>live</c> mode: starts (or attaches to) a server, runs the chat load, prints the figures.</summary>
public static class LiveLoadTest
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (options, error) = LiveLoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return error == LiveLoadOptions.Usage ? 0 : 2;
        }

        Console.WriteLine($"live load test: {options.Viewers} viewers, {options.Senders} senders, {options.MessagesPerSecond} messages/s; load average {MachineLoad.Now()}");

        // The live settings are the server's defaults.
        return await LoadMode.RunAsync(
            options.Url,
            options.ServerPid,
            options.ServerDll,
            options.JsonPath,
            new Dictionary<string, string>(StringComparer.Ordinal),
            async (server, api) =>
            {
                await using var run = new LiveLoadRun(options, server, api);
                return await run.ExecuteAsync();
            },
            report => report.ToMarkdown());
    }
}
