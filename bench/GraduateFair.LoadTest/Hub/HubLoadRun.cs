using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using GraduateFair.LoadTest.Infrastructure;

namespace GraduateFair.LoadTest.Hub;

/// <summary>One run of the hub load test: set-up over HTTP, then the product, baseline and ceiling phases on the same connections.</summary>
public sealed class HubLoadRun(HubLoadOptions options, ServerUnderTest server, Api api) : IAsyncDisposable
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan BaselineWarmup = TimeSpan.FromSeconds(3);

    private readonly List<LoadBooth> _booths = [];
    private readonly List<LoadGraduate> _graduates = [];
    private readonly ConcurrentDictionary<string, LoadGraduate> _byId = new(StringComparer.Ordinal);
    private readonly PhaseFigures _product = new();
    private readonly PhaseFigures _baseline = new();
    private readonly PhaseFigures _ceiling = new();
    private readonly CancellationTokenSource _stopPinging = new();
    private TaskCompletionSource _ceilingReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _ceilingExpected = long.MaxValue;
    private volatile Phase _phase = Phase.Setup;
    private Task _pinging = Task.CompletedTask;

    private Uri HubUrl => new(server.BaseAddress, "/hubs/fair");

    public async Task<HubLoadReport> ExecuteAsync()
    {
        var setup = Stopwatch.StartNew();
        await SetUpAsync();
        Console.WriteLine($"set-up done in {setup.Elapsed.TotalSeconds:0.0} s; load average {MachineLoad.Now()}");
        _pinging = PingAsync(_stopPinging.Token);

        await RunProductAsync();
        Console.WriteLine($"product: {Rate(_product.Positions, _product.Elapsed):0} positions/s, p99 {_product.FromAnswer.Percentile(99):0.0} ms; load average {MachineLoad.Now()}");
        await RunBaselineAsync();
        Console.WriteLine($"baseline: {Rate(_baseline.Positions, _baseline.Elapsed):0} positions/s; load average {MachineLoad.Now()}");
        await RunCeilingAsync();
        Console.WriteLine($"ceiling: {Rate(_ceiling.Positions, _ceiling.Elapsed):0} positions/s");
        _phase = Phase.Done;
        if (LeanHubClient.Faults > 0)
        {
            Console.WriteLine($"records the tool failed to account for: {LeanHubClient.Faults} (last: {LeanHubClient.LastFault})");
        }

        return HubLoadReport.From(options, _product, _baseline, _ceiling, setup.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopPinging.CancelAsync();
        await _pinging;
        await Parallel.ForEachAsync(_graduates.Where(g => g.Hub is not null), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (g, _) => await g.Hub!.DisposeAsync());
        _stopPinging.Dispose();
    }

    private async Task SetUpAsync()
    {
        var organiser = await api.SignInAsync(LoadMode.OrganiserEmail, LoadMode.OrganiserPassword);
        var fairId = await api.OpenFairAsync(organiser, "Load test fair");

        var booths = new LoadBooth[options.Booths];
        var run = Random.Shared.Next(10_000);
        await Parallel.ForAsync(0, options.Booths, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var employer = await api.RegisterAsync("employer", $"Employer {i}");
            var code = string.Create(CultureInfo.InvariantCulture, $"9131{run:D4}MA{i:D8}");
            var companyId = await api.VerifiedCompanyAsync(organiser, employer.Token, $"Load Company {i}", code);
            var booth = await api.PostExpectingAsync(HttpStatusCode.Created, $"/api/fairs/{fairId}/booths", new { companyId, title = $"Booth {i}" }, employer.Token);
            booths[i] = new LoadBooth(i, booth!["boothId"]!.GetValue<string>(), employer.Token);
        });
        _booths.AddRange(booths);

        var graduates = new LoadGraduate[options.Graduates];
        var registered = 0;
        await Parallel.ForAsync(0, options.Graduates, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var session = await api.RegisterAsync("graduate", $"Graduate {i}");
            graduates[i] = new LoadGraduate(i, session.UserId, session.Token, _booths[i % options.Booths]);
            Progress(Interlocked.Increment(ref registered), "graduates registered");
        });
        _graduates.AddRange(graduates);
        foreach (var graduate in _graduates)
        {
            graduate.Booth.Graduates.Add(graduate);
            _byId[graduate.UserId] = graduate;
        }

        var connected = 0;
        await Parallel.ForEachAsync(_graduates, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (graduate, cancellationToken) =>
        {
            graduate.Hub = await LeanHubClient.ConnectAsync(api.Client, HubUrl, graduate.Token, record => OnRecord(graduate, record), cancellationToken);
            Progress(Interlocked.Increment(ref connected), "graduates connected");
        });

        // Each booth's graduates join in order, so every queue starts with positions 1..N.
        var joined = 0;
        await Parallel.ForEachAsync(_booths, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (booth, _) =>
        {
            foreach (var graduate in booth.Graduates)
            {
                var place = await api.PostExpectingAsync(HttpStatusCode.OK, $"/api/booths/{booth.BoothId}/queue", token: graduate.Token);
                lock (graduate)
                {
                    graduate.JoinCall = 0;
                    graduate.JoinPosition = place!["position"]!.GetValue<int>();
                }

                Progress(Interlocked.Increment(ref joined), "graduates waiting");
            }
        });
    }

    private async Task RunProductAsync()
    {
        using var stop = new CancellationTokenSource();
        _phase = Phase.ProductWarmup;
        var loops = _booths.Select(b => CallNextLoopAsync(b, stop.Token)).ToList();
        await Task.Delay(options.Warmup);
        var callsBefore = _booths.Sum(b => b.Calls.Count);
        await MeasureAsync(_product, Phase.Product, options.Duration);
        _product.CallsAnswered = _booths.Sum(b => b.Calls.Count) - callsBefore;
        _phase = Phase.ProductDrain;
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        await Task.Delay(Drain);
        var failed = _booths.Sum(b => b.FailedCalls);
        if (failed > 0)
        {
            Console.WriteLine($"calls that invited nobody or failed: {failed}");
        }
    }

    /// <summary>Every interval: call next, then the invited graduate declines and joins again at the end.</summary>
    private async Task CallNextLoopAsync(LoadBooth booth, CancellationToken stop)
    {
        await Task.Delay(options.Interval * booth.Index / options.Booths, CancellationToken.None);
        using var timer = new PeriodicTimer(options.Interval);
        while (!stop.IsCancellationRequested && await Ticks.NextAsync(timer, stop))
        {
            int call;
            var started = Stopwatch.GetTimestamp();
            lock (booth)
            {
                booth.Calls.Add((started, LoadBooth.Pending));
                call = booth.Calls.Count;
            }

            var (status, invitation) = await api.PostAsync($"/api/booths/{booth.BoothId}/queue/next", token: booth.EmployerToken);
            var answered = Stopwatch.GetTimestamp();
            if (status != HttpStatusCode.OK)
            {
                lock (booth)
                {
                    booth.Calls.RemoveAt(call - 1);
                    booth.FailedCalls++;
                }

                continue;
            }

            lock (booth)
            {
                booth.Calls[call - 1] = (booth.Calls[call - 1].Sent, answered);
            }

            var invited = _byId[invitation!["graduateId"]!.GetValue<string>()];
            await api.PostExpectingAsync(HttpStatusCode.NoContent, $"/api/invitations/{invitation["invitationId"]!.GetValue<string>()}/decline", token: invited.Token);
            var place = await api.PostExpectingAsync(HttpStatusCode.OK, $"/api/booths/{booth.BoothId}/queue", token: invited.Token);
            lock (invited)
            {
                invited.JoinCall = call;
                invited.JoinPosition = place!["position"]!.GetValue<int>();
                invited.Covered = call;
            }

            if (_phase == Phase.Product)
            {
                _product.CallRoundTrip.Add(Milliseconds(started, answered));
                _product.Cycle.Add(Milliseconds(started, Stopwatch.GetTimestamp()));
            }
        }
    }

    /// <summary>The same number of QueuePosition messages a second as the product delivered, to the same users, at the same pace, with nothing behind them.</summary>
    private async Task RunBaselineAsync()
    {
        var perSecond = _product.Positions / _product.Elapsed.TotalSeconds;
        var perTick = perSecond / _booths.Count * options.Interval.TotalSeconds;
        var organiser = await api.SignInAsync(LoadMode.OrganiserEmail, LoadMode.OrganiserPassword);
        using var stop = new CancellationTokenSource();
        _phase = Phase.BaselineWarmup;
        var loops = _booths.Select(b => BroadcastLoopAsync(b, perTick, organiser, stop.Token)).ToList();
        await Task.Delay(BaselineWarmup);
        await MeasureAsync(_baseline, Phase.Baseline, options.Duration);
        _phase = Phase.BaselineDrain;
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        await Task.Delay(Drain);
    }

    private async Task BroadcastLoopAsync(LoadBooth booth, double perTick, string organiser, CancellationToken stop)
    {
        await Task.Delay(options.Interval * booth.Index / options.Booths, CancellationToken.None);
        using var timer = new PeriodicTimer(options.Interval);
        while (!stop.IsCancellationRequested && await Ticks.NextAsync(timer, stop))
        {
            booth.Quota += perTick;
            var count = (int)booth.Quota;
            booth.Quota -= count;
            if (count == 0)
            {
                continue;
            }

            int send;
            lock (booth)
            {
                booth.BaselineSends.Add((Stopwatch.GetTimestamp(), LoadBooth.Pending));
                send = booth.BaselineSends.Count;
            }

            var messages = new List<object>(count);
            for (var i = 0; i < count; i++)
            {
                var graduate = booth.Graduates[booth.NextInRotation++ % booth.Graduates.Count];
                messages.Add(new { userId = graduate.UserId, boothId = booth.BoothId, position = send, etaSeconds = 600 * (1 + (send % booth.Graduates.Count)) });
            }

            await api.PostExpectingAsync(HttpStatusCode.NoContent, "/api/benchmark/hub/positions", new { messages }, organiser);
            var answered = Stopwatch.GetTimestamp();
            lock (booth)
            {
                booth.BaselineSends[send - 1] = (booth.BaselineSends[send - 1].Sent, answered);
            }
        }
    }

    /// <summary>The do-nothing broadcast as fast as the server sends it: as many messages as the product phase delivered, all at once.</summary>
    private async Task RunCeilingAsync()
    {
        var organiser = await api.SignInAsync(LoadMode.OrganiserEmail, LoadMode.OrganiserPassword);
        var rounds = (int)Math.Max(1, _product.Positions / _graduates.Count);
        _ceilingExpected = (long)rounds * _graduates.Count;
        _ceilingReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var serverCpu = server.CpuTime;
        var toolCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        _phase = Phase.Ceiling;
        await Task.WhenAll(_booths.Select(booth => api.PostExpectingAsync(HttpStatusCode.NoContent, "/api/benchmark/hub/positions", new
        {
            messages = booth.Graduates.Select(g => new { userId = g.UserId, boothId = booth.BoothId, position = 1, etaSeconds = 600 }).ToList(),
            repeat = rounds,
        }, organiser)));
        var reached = await Task.WhenAny(_ceilingReached.Task, Task.Delay(TimeSpan.FromMinutes(2))) == _ceilingReached.Task;
        _ceiling.Elapsed = clock.Elapsed;
        _ceiling.ServerCpu = server.CpuTime - serverCpu;
        _ceiling.ToolCpu = Process.GetCurrentProcess().TotalProcessorTime - toolCpu;
        _ceiling.LoadAverage = MachineLoad.Now();
        if (!reached)
        {
            Console.WriteLine($"ceiling: only {_ceiling.Positions} of {_ceilingExpected} messages arrived within 2 minutes");
        }
    }

    private async Task MeasureAsync(PhaseFigures figures, Phase phase, TimeSpan duration)
    {
        var serverCpu = server.CpuTime;
        var toolCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        _phase = phase;
        await Task.Delay(duration);
        _phase = phase + 1;
        figures.Elapsed = clock.Elapsed;
        figures.ServerCpu = server.CpuTime - serverCpu;
        figures.ToolCpu = Process.GetCurrentProcess().TotalProcessorTime - toolCpu;
        figures.LoadAverage = MachineLoad.Now();
    }

    private void OnRecord(LoadGraduate graduate, ReadOnlyMemory<byte> record)
    {
        var now = Stopwatch.GetTimestamp();
        var phase = _phase;
        var isPosition = HubRecord.TryReadQueuePosition(record.Span, out var position, out var isInvocation);
        var figures = phase switch
        {
            Phase.Product => _product,
            Phase.Baseline => _baseline,
            Phase.Ceiling => _ceiling,
            _ => null,
        };
        if (!isPosition)
        {
            if (isInvocation)
            {
                figures?.CountOther();
            }

            return;
        }

        switch (phase)
        {
            case Phase.ProductWarmup or Phase.Product or Phase.ProductDrain:
                OnProductPosition(graduate, position, now, figures, record.Length);
                break;
            case Phase.Baseline:
                OnBaselinePosition(graduate, position, now, _baseline, record.Length);
                break;
            case Phase.Ceiling:
                _ceiling.CountPosition(record.Length);
                if (_ceiling.Positions >= _ceilingExpected)
                {
                    _ceilingReached.TrySetResult();
                }

                break;
        }
    }

    private static void OnProductPosition(LoadGraduate graduate, int position, long now, PhaseFigures? figures, int bytes)
    {
        figures?.CountPosition(bytes);
        int call;
        int covered;
        lock (graduate)
        {
            if (position >= graduate.JoinPosition)
            {
                // The graduate's own join (or a place from before it): no call to time it from.
                return;
            }

            call = graduate.JoinCall + (graduate.JoinPosition - position);
            covered = graduate.Covered;
            graduate.Covered = Math.Max(covered, call);
        }

        if (figures is null)
        {
            return;
        }

        var booth = graduate.Booth;
        List<(long Sent, long Answered)> reflected;
        lock (booth)
        {
            if (call > booth.Calls.Count)
            {
                return;
            }

            if (covered < call)
            {
                reflected = booth.Calls.GetRange(covered, call - covered);
            }
            else
            {
                reflected = [booth.Calls[call - 1]];
                covered = call;
            }
        }

        var (sent, answered) = reflected[^1];
        figures.FromRequest.Add(Milliseconds(sent, now));
        if (answered == LoadBooth.Pending || answered > now)
        {
            figures.CountEarly();
            figures.FromAnswer.Add(0);
        }
        else
        {
            figures.FromAnswer.Add(Milliseconds(answered, now));
        }

        if (covered < call)
        {
            foreach (var (_, answer) in reflected)
            {
                figures.Staleness.Add(answer == LoadBooth.Pending ? 0 : Math.Max(0, Milliseconds(answer, now)));
            }
        }
    }

    private static void OnBaselinePosition(LoadGraduate graduate, int send, long now, PhaseFigures figures, int bytes)
    {
        figures.CountPosition(bytes);
        var booth = graduate.Booth;
        (long Sent, long Answered) timing;
        lock (booth)
        {
            if (send < 1 || send > booth.BaselineSends.Count)
            {
                return;
            }

            timing = booth.BaselineSends[send - 1];
        }

        figures.FromRequest.Add(Milliseconds(timing.Sent, now));
        if (timing.Answered == LoadBooth.Pending || timing.Answered > now)
        {
            figures.CountEarly();
            figures.FromAnswer.Add(0);
        }
        else
        {
            figures.FromAnswer.Add(Milliseconds(timing.Answered, now));
        }
    }

    private async Task PingAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        while (await Ticks.NextAsync(timer, stop))
        {
            foreach (var graduate in _graduates)
            {
                try
                {
                    await graduate.Hub!.PingAsync(stop);
                }
                catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or OperationCanceledException)
                {
                    // A closed connection shows up in the counts.
                }
            }
        }
    }

    private void Progress(int done, string what)
    {
        if (done % 1000 == 0 || done == options.Graduates)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done} {what}"));
        }
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static double Rate(long count, TimeSpan elapsed) => elapsed > TimeSpan.Zero ? count / elapsed.TotalSeconds : 0;
}
