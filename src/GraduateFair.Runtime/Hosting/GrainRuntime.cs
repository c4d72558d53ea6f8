using System.Collections.Concurrent;
using System.Reflection;
using GraduateFair.Runtime.Persistence;
using GraduateFair.Runtime.Proxies;
using GraduateFair.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraduateFair.Runtime.Hosting;

/// <summary>
/// The grain host: the directory of activations, call dispatch, idle collection and shutdown.
/// </summary>
internal sealed class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly ConcurrentDictionary<GrainId, DurableImage> _warmImages = new();
    private readonly object _creation = new();
    private ITimer? _collector;
    private int _stopped;

    public GrainRuntime(GrainRegistry registry, IBlobStore store, IOptions<GrainHostOptions> options, TimeProvider timeProvider, IServiceProvider services, ILogger<GrainRuntime> logger)
    {
        Registry = registry;
        Store = store;
        Options = options.Value;
        TimeProvider = timeProvider;
        Services = services;
        Logger = logger;
        PendingCalls = new PendingCalls(Options.CallTimeout);
    }

    public GrainRegistry Registry { get; }

    public IBlobStore Store { get; }

    public GrainHostOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public IServiceProvider Services { get; }

    public ILogger Logger { get; }

    /// <summary>The calls waiting for replies, timed out by one timer.</summary>
    public PendingCalls PendingCalls { get; }

    /// <summary>The number of activations in memory.</summary>
    public int ActivationCount => _activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var type = Registry.Get(typeof(TGrainInterface));
        var proxy = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)proxy).Bind(this, new GrainId(type.Name, key));
        return proxy;
    }

    public void Start()
    {
        _collector = TimeProvider.CreateTimer(static state => ((GrainRuntime)state!).CollectIdle(), this, Options.CollectionInterval, Options.CollectionInterval);
    }

    public Task<TResult> InvokeAsync<TResult>(GrainId grain, string method, Func<object, object?[], Task<TResult>> invoker, object?[] arguments)
    {
        var chain = CallChain.Current;
        if (chain is not null && chain.Contains(grain))
        {
            return Task.FromException<TResult>(new GrainCallCycleException(
                $"{method} on {grain} would wait for itself: {chain} → {grain}. Grains run one call at a time, so a call cycle can never be answered."));
        }

        if (Volatile.Read(ref _stopped) == 1)
        {
            return Task.FromException<TResult>(new ObjectDisposedException(nameof(GrainRuntime), "The grain host has stopped."));
        }

        var item = new CallWorkItem<TResult>(grain, method, invoker, arguments, PendingCalls) { Chain = CallChain.Push(chain, grain) };
        PendingCalls.Add(item);
        Dispatch(grain, item);
        return item.Reply;
    }

    public void Redispatch(GrainId grain, WorkItem item) => Dispatch(grain, item);

    /// <summary>
    /// Keeps the durable image the grain's next activation starts from (storage failed). Called
    /// before the activation closes, so that a call which finds it closed starts the next activation
    /// from the image, never from storage. The next activation takes it, so no image outlives the
    /// activation that should start from it.
    /// </summary>
    public void KeepWarmImage(GrainId grain, DurableImage warmImage) => _warmImages[grain] = warmImage;

    /// <summary>Forgets an activation that closed.</summary>
    public void Remove(Activation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.Id, activation));

    /// <summary>Deactivates every activation (writing its state) and waits for them.</summary>
    public async Task DeactivateAllAsync(DeactivationReason reason)
    {
        var waits = new List<Task>();
        foreach (var activation in _activations.Values)
        {
            var item = new DeactivateWorkItem(reason);
            if (activation.TryEnqueue(item))
            {
                waits.Add(item.Done);
            }
        }

        await Task.WhenAll(waits).ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _collector?.Dispose();
        await DeactivateAllAsync(DeactivationReason.Shutdown).ConfigureAwait(false);
        PendingCalls.Dispose();
    }

    /// <summary>
    /// Stops the host as a crash would: no more calls, no timers, no state written. Writes already
    /// in flight may still land, as they may when a real process dies.
    /// </summary>
    public void Kill()
    {
        Interlocked.Exchange(ref _stopped, 1);
        _collector?.Dispose();
        PendingCalls.Dispose();
        foreach (var activation in _activations.Values)
        {
            activation.Kill();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private void Dispatch(GrainId grain, WorkItem item)
    {
        while (true)
        {
            if (!_activations.TryGetValue(grain, out var activation))
            {
                // Creating an activation and handing it the grain's durable image is one step:
                // two first calls racing must not leave the image with the one that loses (the
                // other would then load from storage, which may be down). Rare: first calls only.
                lock (_creation)
                {
                    if (!_activations.TryGetValue(grain, out activation))
                    {
                        _warmImages.TryRemove(grain, out var warmImage);
                        activation = new Activation(this, Registry.Get(grain.Type), grain, warmImage);
                        _activations[grain] = activation;
                    }
                }
            }

            if (activation.TryEnqueue(item))
            {
                return;
            }

            _activations.TryRemove(new KeyValuePair<GrainId, Activation>(grain, activation));
        }
    }

    /// <summary>Completes when every deactivation started by idle collection so far is done.</summary>
    public Task LastCollection { get; private set; } = Task.CompletedTask;

    private void CollectIdle()
    {
        var now = TimeProvider.GetUtcNow();
        var deactivations = new List<Task>();
        foreach (var activation in _activations.Values)
        {
            var item = new DeactivateWorkItem(DeactivationReason.Idle);
            if (activation.IsIdle(now, Options.IdleTimeout) && activation.TryEnqueue(item))
            {
                deactivations.Add(item.Done);
            }
        }

        var previous = LastCollection;
        if (!previous.IsCompleted)
        {
            deactivations.Add(previous);
        }

        LastCollection = Task.WhenAll(deactivations);
    }
}
