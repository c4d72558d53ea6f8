using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace GraduateFair.LoadTest.Joins;

/// <summary>
/// Issue 3: acknowledged joins per second through HTTP on the durable file store, with
/// <c>--clients</c> concurrent clients into a queue already holding <c>--prefill</c> graduates,
/// against a do-nothing authenticated endpoint (GET /api/auth/session) measured in the same run.
/// </summary>
/// <remarks>
/// Both endpoints are measured with the same HTTP client, connections, concurrency and kind of
/// credential (graduates' bearer tokens), in <c>--rounds</c> alternating phases (baseline, then
/// joins), so that a change in the machine's load hits both; the report gives each round and the
/// medians. Every join is a distinct graduate, signed up with a profile, joining for the first time.
/// </remarks>
public static class JoinsLoad
{
    private static readonly object Profile = new { fullName = "Load Graduate", university = "Wuhan University", discipline = "engineering", degree = "bachelor", graduationYear = 2026, city = "Wuhan", accommodations = Array.Empty<string>() };

    public static async Task<int> RunAsync(Options options)
    {
        if (options.Text("help") is not null)
        {
            Console.WriteLine("joins [--clients 64] [--prefill 10000] [--rounds 3] [--joins 10000 per round] [--baseline 30000 per round] [--server-settings 'Key=Value;Key=Value'] [--keep-data]");
            return 0;
        }

        var clients = options.Number("clients", 64);
        var prefill = options.Number("prefill", 10_000);
        var rounds = options.Number("rounds", 3);
        var joins = options.Number("joins", 10_000);
        var baselineRequests = options.Number("baseline", 30_000);
        var settings = ParseSettings(options.Text("server-settings"));

        await using var server = await ServerUnderTest.StartAsync(settings);
        server.KeepData = options.Text("keep-data") is not null;
        using var http = Api.CreateClient(server.BaseAddress, clients);
        var api = new Api(http);
        var shown = settings.Count == 0 ? "" : " with " + string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}"));
        Console.WriteLine($"server at {server.BaseAddress} (pid {server.ProcessId}){shown}; {clients} clients; queue prefilled with {prefill}; {rounds} rounds of {baselineRequests} baseline requests then {joins} joins");

        var organiser = await api.SignInAsync(ServerUnderTest.OrganiserEmail, ServerUnderTest.OrganiserPassword);
        var employer = await api.SignUpAsync("employer", "Load Recruiter");
        var boothId = await api.OpenBoothAsync(organiser, employer, 1);

        var watch = Stopwatch.StartNew();
        var tokens = new string[prefill + (rounds * joins)];
        await Api.ForAllAsync(tokens.Length, clients, async i =>
        {
            // As in the product: a graduate signs up and fills in a profile before joining queues.
            tokens[i] = await api.SignUpAsync("graduate", $"Graduate {i}");
            await api.SendAsync(HttpMethod.Put, "/api/me/profile", tokens[i], Profile, HttpStatusCode.OK);
        });
        Console.WriteLine($"set-up: {tokens.Length} graduates signed up with profiles in {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        await Api.ForAllAsync(prefill, clients, i => api.SendAsync(HttpMethod.Post, $"/api/booths/{boothId}/queue", tokens[i], null, HttpStatusCode.OK));
        await Api.ForAllAsync(Math.Min(baselineRequests, 10_000), clients, i => api.SendAsync(HttpMethod.Get, "/api/auth/session", tokens[i % tokens.Length], null, HttpStatusCode.OK));
        Console.WriteLine($"set-up: queue prefilled with {prefill} (and the baseline warmed up) in {watch.Elapsed.TotalSeconds:F1} s");

        var results = new List<(Result Baseline, Result Joined)>();
        for (var round = 0; round < rounds; round++)
        {
            // The same graduates (tokens) make the baseline requests and then the joins of a round.
            var first = prefill + (round * joins);
            var baseline = await MeasureAsync(server, baselineRequests, clients, i => api.SendAsync(HttpMethod.Get, "/api/auth/session", tokens[first + (i % joins)], null, HttpStatusCode.OK));
            var joined = await MeasureAsync(server, joins, clients, i => api.SendAsync(HttpMethod.Post, $"/api/booths/{boothId}/queue", tokens[first + i], null, HttpStatusCode.OK));
            results.Add((baseline, joined));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: baseline {baseline.PerSecond:N0}/s, joins {joined.PerSecond:N0}/s, ratio {joined.PerSecond / baseline.PerSecond:P0}; load average {LoadAverage()}"));
        }

        Console.WriteLine();
        Console.WriteLine("| round | measurement | requests | per second | p50 | p99 | server CPU | server CPU per request |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        for (var round = 0; round < results.Count; round++)
        {
            Console.WriteLine(results[round].Baseline.Row(round + 1, "do-nothing authenticated GET /api/auth/session"));
            Console.WriteLine(results[round].Joined.Row(round + 1, $"durable join into a queue of {prefill + (round * joins):N0}+"));
        }

        Console.WriteLine();
        var ratios = results.Select(r => r.Joined.PerSecond / r.Baseline.PerSecond).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"medians: baseline {Median(results.Select(r => r.Baseline.PerSecond)):N0}/s, joins {Median(results.Select(r => r.Joined.PerSecond)):N0}/s, joins/s ÷ baseline/s {Median(ratios):P0} (rounds {string.Join(", ", ratios.Select(r => r.ToString("P0", CultureInfo.InvariantCulture)))}); machine load average {LoadAverage()}; {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static Dictionary<string, string> ParseSettings(string? text) =>
        (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

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
        return new Result(count, count / elapsed.TotalSeconds, latencies[count / 2], latencies[(int)(count * 0.99)], cpu / elapsed, cpu.TotalMicroseconds / count);
    }

    private sealed record Result(int Requests, double PerSecond, double P50Ms, double P99Ms, double ServerCores, double ServerCpuMicroseconds)
    {
        public string Row(int round, string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {round} | {name} | {Requests:N0} | {PerSecond:N0} | {P50Ms:F1} ms | {P99Ms:F1} ms | {ServerCores * 100:F0}% of a core | {ServerCpuMicroseconds:F0} µs |");
    }
}
