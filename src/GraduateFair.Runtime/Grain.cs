using GraduateFair.Runtime.Hosting;
using GraduateFair.Runtime.Persistence;

namespace GraduateFair.Runtime;

/// <summary>
/// Base class of grain implementations. The runtime runs one call (turn) at a time per
/// activation, start to finish, so grain code needs no locks. Grain classes take their
/// dependencies through the constructor; the runtime sets the grain's identity before
/// <see cref="OnActivateAsync"/>.
/// </summary>
public abstract class Grain
{
    private Activation? _activation;

    /// <summary>The grain's key.</summary>
    protected string Key => Activation.Id.Key;

    /// <summary>The grain's identity.</summary>
    protected GrainId GrainId => Activation.Id;

    protected IGrainFactory GrainFactory => Activation.Runtime;

    protected TimeProvider TimeProvider => Activation.Runtime.TimeProvider;

    internal Activation Activation => _activation ?? throw new InvalidOperationException("The grain is not activated yet: its identity is set after construction.");

    /// <summary>Called once, after state is loaded and before the first call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once, before the activation is dropped (not called when a state write failed).</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Registers a timer whose ticks run as turns of this activation (never concurrently
    /// with a call). Time comes from the host's <see cref="System.TimeProvider"/>.
    /// Timers live as long as the activation; a grain re-creates them in <see cref="OnActivateAsync"/>.
    /// </summary>
    /// <param name="callback">The tick; an exception is logged and does not stop the timer.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between ticks, or <see cref="Timeout.InfiniteTimeSpan"/> for one tick.</param>
    /// <param name="keepAlive">When true, the activation is not collected as idle while the timer is registered.</param>
    /// <returns>Dispose to cancel the timer.</returns>
    protected IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period, bool keepAlive = false)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Activation.RegisterTimer(callback, dueTime, period, keepAlive);
    }

    /// <summary>Asks the runtime to deactivate this activation once the current turn ends.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation();

    internal virtual Task InitializeStateAsync(GrainStateContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    internal virtual IGrainJournal? Journal => null;

    internal void Attach(Activation activation) => _activation = activation;
}
