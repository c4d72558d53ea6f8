using BenchmarkDotNet.Attributes;
using GraduateFair.Grains.Queues;

namespace GraduateFair.Benchmarks;

/// <summary>
/// Issue 3: 10,000 graduates joining one booth queue, in process on in-memory storage
/// (target ≥ 50,000 joins/s). Each operation is the product's whole join: the graduate grain
/// takes one of its five places, then the queue grain adds the graduate; both journal their events.
/// <see cref="GraduatesOnline"/>: the graduates' grains are active (they are signed in and in the
/// lobby, as during a fair), or cold (each join also activates a graduate grain from storage).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
[InvocationCount(1)]
public class QueueJoinBenchmarks
{
    private const int Graduates = 10_000;
    private EngineCluster _engine = null!;
    private QueueSetup _setup = null!;
    private int _round;

    [Params(64)]
    public int Concurrency { get; set; }

    [Params(true, false)]
    public bool GraduatesOnline { get; set; }

    [GlobalSetup]
    public void Setup() => _engine = EngineCluster.Start();

    [IterationSetup]
    public void NewBooth()
    {
        _setup = _engine.OpenBoothAsync($"booth-{++_round}").GetAwaiter().GetResult();
        if (GraduatesOnline)
        {
            _engine.ActivateGraduatesAsync($"g{_round}", Graduates).GetAwaiter().GetResult();
        }
    }

    [Benchmark(OperationsPerInvoke = Graduates, Description = "join one queue (per join)")]
    public Task TenThousandGraduatesJoinOneQueue() => _engine.FillAsync(_setup, $"g{_round}", Graduates, Concurrency);

    [GlobalCleanup]
    public void Cleanup() => _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
