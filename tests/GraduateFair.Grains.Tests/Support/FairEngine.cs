using GraduateFair.Grains.Events;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Runtime.Testing;
using GraduateFair.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>
/// The fair engine on a test cluster: every GraduateFair grain, in-memory storage, a manual clock,
/// a recorded <see cref="IFairEvents"/> and a controllable <see cref="IPresence"/>. Restarts keep
/// the storage, the clock, the event log and presence.
/// </summary>
internal sealed partial class FairEngine : IAsyncDisposable
{
    private HostLife _life = new();
    private TestCluster? _cluster;

    private FairEngine()
    {
    }

    public FairEventLog Events { get; } = new();

    public ControllablePresence Presence { get; } = new();

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The engine has not started.");

    public ManualTimeProvider Clock => Cluster.Clock;

    public IBlobStore Store => Cluster.Store;

    public static FairEngine Start()
    {
        var engine = new FairEngine();
        engine._cluster = TestCluster.Start(
            grains => grains.AddGraduateFairGrains(),
            engine.AddServices,
            options: options => options.UseGraduateFairSerialization());
        return engine;
    }

    public T Grain<T>(string key)
        where T : IGrainWithStringKey => Cluster.GetGrain<T>(key);

    /// <summary>
    /// Abandons the host as a killed process would (nothing is written on the way down; its timers
    /// and events fall silent) and starts a new one over the same storage and clock.
    /// </summary>
    public async Task CrashAndRestartAsync()
    {
        _life.Kill();
        _cluster = await Cluster.RestartAsync(graceful: false);
    }

    /// <summary>Deactivates every grain (writing its state), then starts a new host.</summary>
    public async Task RestartGracefullyAsync()
    {
        var old = _life;
        _cluster = await Cluster.RestartAsync(graceful: true);
        old.Kill();
    }

    /// <summary>The text of every blob whose name starts with <paramref name="prefix"/>, by name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadBlobsAsync(string prefix)
    {
        var blobs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var page = await Store.ListAsync(prefix, continuation);
            foreach (var item in page.Items)
            {
                var content = await Store.GetAsync(item.Name);
                if (content is not null)
                {
                    blobs[item.Name] = System.Text.Encoding.UTF8.GetString(content.Content.Span);
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return blobs;
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private void AddServices(IServiceCollection services)
    {
        // Called again for every restarted host: each host gets its own life.
        var life = _life = new HostLife();
        services.AddSingleton<IFairEvents>(new RecordingFairEvents(Events, life));
        services.AddSingleton<ILiveEvents>(new RecordingLiveEvents(Events, life));
        services.AddSingleton<IPresence>(Presence);
        services.AddSingleton<TimeProvider>(provider => new HostClock(provider.GetRequiredService<ManualTimeProvider>(), life));
        services.AddGraduateFairGrainServices();
    }
}
