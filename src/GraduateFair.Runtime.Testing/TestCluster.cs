using GraduateFair.Runtime.Hosting;
using GraduateFair.Storage;
using GraduateFair.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraduateFair.Runtime.Testing;

/// <summary>
/// Hosts grains for tests: a storage of the test's choosing (in memory by default), a
/// <see cref="ManualTimeProvider"/>, and restarts that either deactivate gracefully or abandon
/// the host as a crash would.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Action<GrainHostBuilder> _grains;
    private readonly Action<IServiceCollection>? _services;
    private readonly Action<GrainHostOptions>? _options;
    private readonly ServiceProvider _provider;
    private readonly GrainRuntime _runtime;

    private TestCluster(Action<GrainHostBuilder> grains, Action<IServiceCollection>? services, Action<GrainHostOptions>? options, IBlobStore store, ManualTimeProvider clock)
    {
        _grains = grains;
        _services = services;
        _options = options;
        Store = store;
        Clock = clock;

        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        collection.AddSingleton(store);
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton(clock);
        grains(collection.AddGrainHost(options));
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider();
        _runtime = _provider.GetRequiredService<GrainRuntime>();
        _runtime.Start();
    }

    public IBlobStore Store { get; }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _provider;

    public IGrainFactory GrainFactory => _runtime;

    /// <summary>The number of activations in memory.</summary>
    public int ActivationCount => _runtime.ActivationCount;

    /// <summary>The calls still timed: sent and not answered yet.</summary>
    public int PendingCallCount => _runtime.PendingCalls.Count;

    /// <summary>Starts a cluster.</summary>
    /// <param name="grains">Registers the grains under test.</param>
    /// <param name="services">Adds the services the grains take.</param>
    /// <param name="store">The storage; a new in-memory store when null.</param>
    /// <param name="options">Grain host options (idle timeout, snapshot frequency…).</param>
    public static TestCluster Start(Action<GrainHostBuilder> grains, Action<IServiceCollection>? services = null, IBlobStore? store = null, Action<GrainHostOptions>? options = null) =>
        new(grains, services, options, store ?? new InMemoryBlobStore(), new ManualTimeProvider());

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey => GrainFactory.GetGrain<TGrainInterface>(key);

    /// <summary>Completes when the deactivations started by the latest idle collection are done.</summary>
    public Task WhenIdleCollectedAsync() => _runtime.LastCollection;

    /// <summary>Deactivates every activation (as idle collection would) and waits for it.</summary>
    public Task DeactivateAllAsync() => _runtime.DeactivateAllAsync(DeactivationReason.Requested);

    /// <summary>
    /// Starts a new host over the same storage and clock. Graceful: every grain writes its state
    /// and deactivates first. Not graceful: the old host dies as a crashed process would: it takes
    /// no more calls and its timers stop; writes already in flight may still land.
    /// </summary>
    public async Task<TestCluster> RestartAsync(bool graceful = true)
    {
        if (graceful)
        {
            await DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _runtime.Kill();
        }

        return new TestCluster(_grains, _services, _options, Store, Clock);
    }

    /// <summary>A second host over the same storage, running beside this one (for fencing tests).</summary>
    public TestCluster StartTwin() => new(_grains, _services, _options, Store, Clock);

    public async ValueTask DisposeAsync()
    {
        await _runtime.StopAsync().ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
