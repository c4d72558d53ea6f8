using GraduateFair.LoadTest.Infrastructure;

namespace GraduateFair.LoadTest.Hub;

/// <summary>The <c>hub</c> mode: starts (or attaches to) a server, runs the phases, prints the figures.</summary>
public static class HubLoadTest
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (options, error) = HubLoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return error == HubLoadOptions.Usage ? 0 : 2;
        }

        Console.WriteLine($"hub load test: {options.Graduates} graduates, {options.Booths} booths, call next every {options.Interval.TotalMilliseconds:0} ms; load average {MachineLoad.Now()}");

        // The started server also runs the benchmark broadcast (the do-nothing baseline).
        return await LoadMode.RunAsync(
            options.Url,
            options.ServerPid,
            options.ServerDll,
            options.JsonPath,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Benchmark:Enabled"] = "true" },
            async (server, api) =>
            {
                await using var run = new HubLoadRun(options, server, api);
                return await run.ExecuteAsync();
            },
            report => report.ToMarkdown());
    }
}
