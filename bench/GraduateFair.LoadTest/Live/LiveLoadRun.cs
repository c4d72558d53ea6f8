using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using GraduateFair.LoadTest.Infrastructure;

namespace GraduateFair.LoadTest.Live;

/// <summary>
/// One run of the live chat load: a fair, a booth and a live session set up over HTTP; every
/// viewer connected over a WebSocket and watching; senders chat at a fixed total rate, each within
/// the server's pace. A message's latency at a viewer is from just before its <c>SendLiveChat</c>
/// left the sender to the arrival of the <c>LiveChat</c> batch carrying it at that viewer.
/// </summary>
public sealed class LiveLoadRun(LiveLoadOptions options, ServerUnderTest server, Api api) : IAsyncDisposable
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(3);

    private readonly List<LeanHubClient> _viewers = [];
    private readonly ConcurrentDictionary<long, long> _sentAt = new();
    private readonly ConcurrentDictionary<long, int> _arrivals = new();
    private readonly LatencyLog _delivery = new();
    private readonly CancellationTokenSource _stopPinging = new();
    private long _refused;
    private long _measureFrom = long.MaxValue;
    private long _measureTo = long.MaxValue;
    private long _viewerRecords;
    private string? _lastRefusal;
    private Task _pinging = Task.CompletedTask;

    private Uri HubUrl => new(server.BaseAddress, "/hubs/fair");

    public async Task<LiveLoadReport> ExecuteAsync()
    {
        var setup = Stopwatch.StartNew();
        var (sessionId, tokens) = await SetUpAsync();
        Console.WriteLine($"set-up done in {setup.Elapsed.TotalSeconds:0.0} s; load average {MachineLoad.Now()}");
        _pinging = PingAsync(_stopPinging.Token);

        using var stop = new CancellationTokenSource();
        var sending = SendLoopAsync(sessionId, stop.Token);
        await Task.Delay(options.Warmup);
        var cpuBefore = server.CpuTime;
        var clock = Stopwatch.StartNew();
        Interlocked.Exchange(ref _measureFrom, NextSequence);
        await Task.Delay(options.Duration);
        Interlocked.Exchange(ref _measureTo, NextSequence);
        var elapsed = clock.Elapsed;
        var cpu = server.CpuTime - cpuBefore;
        var load = MachineLoad.Now();
        await stop.CancelAsync();
        await sending;
        await Task.Delay(Drain);

        var measured = Enumerable.Range(0, (int)(_measureTo - _measureFrom)).Select(i => _measureFrom + i).ToList();
        var complete = measured.Count(seq => _arrivals.GetValueOrDefault(seq) == options.Viewers);
        var deliveries = measured.Sum(seq => (long)_arrivals.GetValueOrDefault(seq));
        if (_lastRefusal is not null)
        {
            Console.WriteLine($"refused sends: {_refused} (last: {_lastRefusal})");
        }

        if (LeanHubClient.Faults > 0)
        {
            Console.WriteLine($"records the tool failed to account for: {LeanHubClient.Faults} (last: {LeanHubClient.LastFault})");
        }

        return new LiveLoadReport(
            options.Viewers,
            options.Senders,
            options.MessagesPerSecond,
            elapsed.TotalSeconds,
            measured.Count,
            measured.Count / elapsed.TotalSeconds,
            deliveries / elapsed.TotalSeconds,
            complete,
            Interlocked.Read(ref _refused),
            _delivery.Percentile(50),
            _delivery.Percentile(95),
            _delivery.Percentile(99),
            _delivery.Max,
            cpu.TotalSeconds / elapsed.TotalSeconds * 100,
            load,
            Environment.ProcessorCount,
            setup.Elapsed.TotalSeconds,
            tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopPinging.CancelAsync();
        await _pinging;
        await Parallel.ForEachAsync(_viewers, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (v, _) => await v.DisposeAsync());
        _stopPinging.Dispose();
    }

    private long _sequence;

    private long NextSequence => Interlocked.Read(ref _sequence);

    private async Task<(string SessionId, int Viewers)> SetUpAsync()
    {
        var organiser = await api.SignInAsync(LoadMode.OrganiserEmail, LoadMode.OrganiserPassword);
        var fairId = await api.OpenFairAsync(organiser, "Live load fair");
        var (_, employer) = await api.RegisterAsync("employer", "Live host");
        var code = string.Create(CultureInfo.InvariantCulture, $"9131{Random.Shared.Next(10_000):D4}MA{Random.Shared.Next(100_000_000):D8}");
        var companyId = await api.VerifiedCompanyAsync(organiser, employer, "Live Load Company", code);
        var booth = await api.PostExpectingAsync(HttpStatusCode.Created, $"/api/fairs/{fairId}/booths", new { companyId, title = "Live booth" }, employer);
        var boothId = booth!["boothId"]!.GetValue<string>();
        var session = await api.PostExpectingAsync(HttpStatusCode.Created, $"/api/booths/{boothId}/live-sessions", new
        {
            title = "Live load session",
            startsAt = DateTimeOffset.UtcNow.ToString("O"),
            externalHlsUrl = "https://cdn.example.org/load/index.m3u8",
        }, employer);
        var sessionId = session!["sessionId"]!.GetValue<string>();
        await api.PostExpectingAsync(HttpStatusCode.OK, $"/api/live-sessions/{sessionId}/start", token: employer);

        var tokens = new string[options.Viewers];
        var registered = 0;
        await Parallel.ForAsync(0, options.Viewers, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            tokens[i] = (await api.RegisterAsync("graduate", $"Viewer {i}")).Token;
            Progress(Interlocked.Increment(ref registered), "viewers registered");
        });

        var viewers = new LeanHubClient[options.Viewers];
        var watching = 0;
        await Parallel.ForAsync(0, options.Viewers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, cancellationToken) =>
        {
            var watched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            viewers[i] = await LeanHubClient.ConnectAsync(api.Client, HubUrl, tokens[i], record => OnRecord(record, watched), cancellationToken);
            await viewers[i].InvokeAsync("watch", "WatchLive", [sessionId], cancellationToken);
            await watched.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            Progress(Interlocked.Increment(ref watching), "viewers watching");
        });
        _viewers.AddRange(viewers);
        return (sessionId, options.Viewers);
    }

    /// <summary>Messages at the total rate, senders in turn (each speaks every senders/rate seconds).</summary>
    private async Task SendLoopAsync(string sessionId, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var next = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (await Ticks.NextAsync(timer, stop))
        {
            var due = (long)(Stopwatch.GetElapsedTime(started).TotalSeconds * options.MessagesPerSecond);
            while (Interlocked.Read(ref _sequence) < due)
            {
                var seq = Interlocked.Increment(ref _sequence) - 1;
                var sender = _viewers[next];
                next = (next + 1) % options.Senders;
                _sentAt[seq] = Stopwatch.GetTimestamp();
                _ = SendAsync(sender, sessionId, seq);
            }
        }
    }

    private async Task SendAsync(LeanHubClient sender, string sessionId, long seq)
    {
        try
        {
            await sender.InvokeAsync(seq.ToString(CultureInfo.InvariantCulture), "SendLiveChat", [sessionId, $"m{seq} load test message"], CancellationToken.None);
        }
        catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            Interlocked.Increment(ref _refused);
            _lastRefusal = exception.Message;
        }
    }

    private void OnRecord(ReadOnlyMemory<byte> record, TaskCompletionSource watched)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _viewerRecords);
        using var document = JsonDocument.Parse(record);
        var root = document.RootElement;
        var type = root.GetProperty("type").GetInt32();
        if (type == 3)
        {
            if (root.TryGetProperty("error", out var error))
            {
                if (root.GetProperty("invocationId").GetString() == "watch")
                {
                    watched.TrySetException(new InvalidOperationException(error.GetString()));
                    return;
                }

                Interlocked.Increment(ref _refused);
                _lastRefusal = error.GetString();
            }
            else if (root.GetProperty("invocationId").GetString() == "watch")
            {
                watched.TrySetResult();
            }

            return;
        }

        if (type != 1 || root.GetProperty("target").GetString() != "LiveChat")
        {
            return;
        }

        foreach (var message in root.GetProperty("arguments")[0].GetProperty("messages").EnumerateArray())
        {
            var text = message.GetProperty("text").GetString()!;
            var seq = long.Parse(text.AsSpan(1, text.IndexOf(' ', StringComparison.Ordinal) - 1), CultureInfo.InvariantCulture);
            _arrivals.AddOrUpdate(seq, 1, static (_, count) => count + 1);
            if (seq >= Interlocked.Read(ref _measureFrom) && seq < Interlocked.Read(ref _measureTo) && _sentAt.TryGetValue(seq, out var sent))
            {
                _delivery.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
            }
        }
    }

    private async Task PingAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        while (await Ticks.NextAsync(timer, stop))
        {
            foreach (var viewer in _viewers)
            {
                try
                {
                    await viewer.PingAsync(stop);
                }
                catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or OperationCanceledException)
                {
                    // A closed connection shows in the deliveries.
                }
            }
        }
    }

    private void Progress(int done, string what)
    {
        if (done % 500 == 0 || done == options.Viewers)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done} {what}"));
        }
    }
}
