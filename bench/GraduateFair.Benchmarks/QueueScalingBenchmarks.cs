using BenchmarkDotNet.Attributes;
using GraduateFair.Grains.Queues;

namespace GraduateFair.Benchmarks;

/// <summary>
/// Issue 3: join + position lookup with 100,000 waiting costs at most 2× what it costs with
/// 1,000 waiting. One operation: a new graduate joins the end of a queue already holding
/// <see cref="Waiting"/> graduates and asks for their position; the queue keeps growing by one
/// per operation, negligible against its size.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(10)]
public class QueueScalingBenchmarks
{
    private EngineCluster _engine = null!;
    private QueueSetup _setup = null!;
    private IInterviewQueueGrain _queue = null!;
    private int _next;

    [Params(1_000, 100_000)]
    public int Waiting { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = EngineCluster.Start();
        _setup = _engine.OpenBoothAsync($"scaling-{Waiting}").GetAwaiter().GetResult();
        _engine.FillAsync(_setup, "waiting", Waiting, 64).GetAwaiter().GetResult();
        _queue = _engine.Grains.GetGrain<IInterviewQueueGrain>(_setup.BoothId);
    }

    [Benchmark(Description = "join + position")]
    public async Task<int> JoinAndLookUpPosition()
    {
        var graduateId = $"newcomer-{_next++}";
        await _engine.JoinAsync(_setup, graduateId);
        return (await _queue.GetPlaceAsync(graduateId))!.Position;
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
