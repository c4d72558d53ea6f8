using GraduateFair.Domain.Fairs;
using GraduateFair.Grains;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Queues;

namespace GraduateFair.Benchmarks;

/// <summary>The engine's grains in process on in-memory storage, and an open fair with booths.</summary>
internal sealed class EngineCluster : IAsyncDisposable
{
    private readonly TestCluster _cluster;

    private EngineCluster(TestCluster cluster) => _cluster = cluster;

    public IGrainFactory Grains => _cluster.GrainFactory;

    public TimeProvider Clock => _cluster.Clock;

    public static EngineCluster Start() => new(TestCluster.Start(
        grains => grains.AddGraduateFairGrains(),
        services => services.AddGraduateFairGrainServices(),
        options: options => options.UseGraduateFairSerialization()));

    public async Task<QueueSetup> OpenBoothAsync(string boothId)
    {
        var fairId = "fair-" + boothId;
        var fair = Grains.GetGrain<IFairGrain>(fairId);
        var now = Clock.GetUtcNow();
        await fair.CreateAsync(new NewFair("Benchmark fair", Theme.General, now, now.AddDays(1), [], null, "organiser"));
        await fair.AddBoothAsync(new FairBooth(boothId, "company", "Benchmark Ltd", "Benchmark booth"));
        await fair.OpenAsync();
        return (await Grains.GetGrain<IInterviewQueueGrain>(boothId).GetSetupAsync())!;
    }

    /// <summary>The product's join: the graduate's place count, then the queue.</summary>
    public async Task<JoinResult> JoinAsync(QueueSetup setup, string graduateId)
    {
        var (result, _) = await QueueJoining.JoinAsync(Grains, Clock, setup, graduateId, graduateId);
        return result!;
    }

    /// <summary>Joins <paramref name="count"/> graduates named prefix-0… with <paramref name="concurrency"/> joins in flight.</summary>
    public async Task FillAsync(QueueSetup setup, string prefix, int count, int concurrency)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await JoinAsync(setup, $"{prefix}-{i}");
            }
        }));
    }

    /// <summary>Brings the grains of graduates prefix-0… into memory, as signed-in graduates are.</summary>
    public Task ActivateGraduatesAsync(string prefix, int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Grains.GetGrain<IGraduateGrain>($"{prefix}-{i}").GetQueueSlotsAsync()));

    /// <summary>Deactivates every grain (writing its state): the next call activates each from storage.</summary>
    public Task DeactivateAllAsync() => _cluster.DeactivateAllAsync();

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
