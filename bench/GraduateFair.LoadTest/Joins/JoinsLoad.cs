using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace GraduateFair.LoadTest.Joins;

/// <summary>
/// Issue 3: acknowledged joins per second through HTTP on the durable file store, with
/// <c>--clients</c> concurrent clients into a queue already holding <c>--prefill</c> graduates,
/// against a do-nothing authenticated endpoint (GET /api/auth/session) measured in the same run.
/// </summary>
public static class JoinsLoad
{
    private static readonly object Profile = new { fullName = "Load Graduate", university = "Wuhan University", discipline = "engineering", degree = "bachelor", graduationYear = 2026, city = "Wuhan", accommodations = Array.Empty<string>() };

    public static async Task<int> RunAsync(Options options)
    {
        var clients = options.Number("clients", 64);
        var prefill = options.Number("prefill", 10_000);
        var joins = options.Number("joins", 20_000);
        var baselineRequests = options.Number("baseline", 60_000);

        await using var server = await ServerUnderTest.StartAsync();
        using var http = Api.CreateClient(server.BaseAddress, clients);
        var api = new Api(http);
        Console.WriteLine($"server at {server.BaseAddress}; {clients} clients; queue prefilled with {prefill}; measuring {joins} joins");

        var organiser = await api.SignInAsync(ServerUnderTest.OrganiserEmail, ServerUnderTest.OrganiserPassword);
        var employer = await api.SignUpAsync("employer", "Load Recruiter");
        var boothId = await api.OpenBoothAsync(organiser, employer, 1);

        var watch = Stopwatch.StartNew();
        var tokens = new string[prefill + joins];
        await Api.ForAllAsync(tokens.Length, clients, async i =>
        {
            // As in the product: a graduate signs up and fills in a profile before joining queues.
            tokens[i] = await api.SignUpAsync("graduate", $"Graduate {i}");
            await api.SendAsync(HttpMethod.Put, "/api/me/profile", tokens[i], Profile, HttpStatusCode.OK);
        });
        Console.WriteLine($"set-up: {tokens.Length} graduates signed up with profiles in {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        await Api.ForAllAsync(prefill, clients, i => api.SendAsync(HttpMethod.Post, $"/api/booths/{boothId}/queue", tokens[i], null, HttpStatusCode.OK));
        Console.WriteLine($"set-up: queue prefilled with {prefill} in {watch.Elapsed.TotalSeconds:F1} s");

        var baseline = await MeasureAsync(server, baselineRequests, clients, i => api.SendAsync(HttpMethod.Get, "/api/auth/session", tokens[i % tokens.Length], null, HttpStatusCode.OK));
        var joined = await MeasureAsync(server, joins, clients, i => api.SendAsync(HttpMethod.Post, $"/api/booths/{boothId}/queue", tokens[prefill + i], null, HttpStatusCode.OK));
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];

        Console.WriteLine();
        Console.WriteLine("| measurement | requests | per second | p50 | p99 | server CPU |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(baseline.Row("do-nothing authenticated GET /api/auth/session"));
        Console.WriteLine(joined.Row($"durable join into a queue of {prefill:N0}+"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"joins/s ÷ baseline/s = {joined.PerSecond / baseline.PerSecond:P0}; machine load average {load}; {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static async Task<Result> MeasureAsync(ServerUnderTest server, int count, int clients, Func<int, Task> request)
    {
        var latencies = new double[count];
        var cpuBefore = server.CpuTime();
        var watch = Stopwatch.StartNew();
        await Api.ForAllAsync(count, clients, async i =>
        {
            var started = Stopwatch.GetTimestamp();
            await request(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        var elapsed = watch.Elapsed;
        var cpu = server.CpuTime() - cpuBefore;
        Array.Sort(latencies);
        return new Result(count, count / elapsed.TotalSeconds, latencies[count / 2], latencies[(int)(count * 0.99)], cpu / elapsed);
    }

    private sealed record Result(int Requests, double PerSecond, double P50Ms, double P99Ms, double ServerCores)
    {
        public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Requests:N0} | {PerSecond:N0} | {P50Ms:F1} ms | {P99Ms:F1} ms | {ServerCores * 100:F0}% of a core |");
    }
}
