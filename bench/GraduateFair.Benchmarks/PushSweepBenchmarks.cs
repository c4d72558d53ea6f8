using BenchmarkDotNet.Attributes;
using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Jobs;
using GraduateFair.Grains.Pushes;
using GraduateFair.Runtime.Testing;

namespace GraduateFair.Benchmarks;

/// <summary>
/// Issue 6: the weekly job-push sweep for 100,000 graduates and 20,000 open jobs (target: at most
/// 60 s), in process on in-memory storage. Each operation is the product's whole sweep
/// (<see cref="JobPushes.SweepAsync"/>): read the open jobs, build the matching index once, then on
/// each of the 64 case shards pick 3 (priority groups 5) jobs per graduate still looking, none
/// pushed before, priority pass first, and journal the picks in a few large events per shard.
/// Every iteration is a later week: graduates get the next jobs, never the same ones.
/// <see cref="ShardsCold"/>: the shards are in memory already, or are activated from storage first
/// (their snapshots and journals read back), as after a restart.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class PushSweepBenchmarks
{
    private const int Graduates = 100_000;
    private const int Jobs = 20_000;
    private const int Cities = 30;
    private EngineCluster _engine = null!;
    private JobPushes _pushes = null!;

    [Params(false, true)]
    public bool ShardsCold { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = EngineCluster.Start();
        _pushes = new JobPushes(_engine.Grains, _engine.Clock);
        FillAsync().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void BeforeEachSweep()
    {
        if (ShardsCold)
        {
            _engine.DeactivateAllAsync().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Description = "weekly push: 100,000 graduates, 20,000 open jobs")]
    public Task<PushTally> WeeklySweep() => _pushes.SweepAsync();

    [GlobalCleanup]
    public void Cleanup() => _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Open jobs spread over every discipline, degree and 30 cities; graduates likewise, one in ten in a priority group.</summary>
    private async Task FillAsync()
    {
        var disciplines = Enum.GetValues<Discipline>();
        var degrees = Enum.GetValues<Degree>();
        var openJobs = _engine.Grains.GetGrain<IOpenJobsGrain>(OpenJobsGrain.SingletonKey);
        var now = _engine.Clock.GetUtcNow();
        await Task.WhenAll(Enumerable.Range(0, Jobs).Select(i => openJobs.AddAsync(new OpenJobEntry(
            $"job-{i:D5}", $"booth-{i / 20}", $"fair-{i / 2000}", $"Company {i / 20}", $"Job {i}",
            disciplines[i % disciplines.Length], degrees[(i / disciplines.Length) % degrees.Length], City(i * 7), 1 + (i % 5), now))));

        var summaries = Enumerable.Range(0, Graduates).Select(i =>
        {
            var graduateId = $"graduate-{i:D6}";
            return new CaseSummary(graduateId, $"Graduate {i}", "Wuhan University", City(i), disciplines[i % disciplines.Length],
                degrees[(i / 3) % degrees.Length], 2026, i % 10 == 0, GraduateCase.Open(graduateId, now), 1);
        });
        foreach (var shard in summaries.GroupBy(s => GraduateShards.For(s.GraduateId)))
        {
            var grain = _engine.Grains.GetGrain<ICaseShardGrain>(shard.Key);
            await Task.WhenAll(shard.Select(grain.UpsertAsync));
        }
    }

    private static string City(int i) => $"City {i % Cities}";
}
