using GraduateFair.Runtime.Persistence;

namespace GraduateFair.Runtime;

/// <summary>
/// A grain whose state is the fold of its events, persisted as a journal with snapshots.
/// </summary>
/// <remarks>
/// <para><see cref="RaiseEvent"/> applies an event to <see cref="State"/> at once and queues it
/// for storage. The runtime holds every reply of this activation until all events raised up to
/// the end of that call's turn are durable (or only ordered, for a turn that calls
/// <see cref="ReplyWhenOrdered"/>), so no caller ever sees state that a crash could lose;
/// meanwhile the next turn runs, and events of many turns are written in one append (group commit).</para>
/// <para>If a write fails (storage unreachable, or a stale position: another activation of the
/// same grain wrote first), every reply that waited for it fails and the activation is dropped;
/// the next call activates the grain again from its durable state.</para>
/// </remarks>
/// <typeparam name="TState">The state; serialised with the host's JSON options for snapshots.</typeparam>
/// <typeparam name="TEvent">The base type of the grain's events (polymorphic JSON).</typeparam>
public abstract class JournaledGrain<TState, TEvent> : Grain
    where TState : class, new()
    where TEvent : class
{
    private GrainJournal<TState, TEvent>? _journal;

    /// <summary>The current state, including events not yet durable.</summary>
    protected TState State => JournalOrThrow.State;

    /// <summary>The number of events applied to <see cref="State"/> since the grain was first created.</summary>
    protected long Version => JournalOrThrow.LastRaised;

    internal override IGrainJournal? Journal => _journal;

    private GrainJournal<TState, TEvent> JournalOrThrow => _journal ?? throw new InvalidOperationException("State is loaded after construction, before OnActivateAsync.");

    /// <summary>Applies <paramref name="event"/> to <see cref="State"/> and queues it for storage.</summary>
    protected void RaiseEvent(TEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        JournalOrThrow.Raise(@event);
    }

    /// <summary>
    /// Waits until every event raised so far is durable. Use it before telling another grain
    /// about a change that must not be lost; replies are held until durability anyway.
    /// </summary>
    protected Task ConfirmEventsAsync() => JournalOrThrow.ConfirmAsync();

    /// <summary>
    /// Lets this call's reply go once the events raised so far have their place in storage's write
    /// order, before they are durable: with the file store (one write-ahead log) every write made
    /// afterwards, by any grain, becomes durable only after them; with other stores this changes
    /// nothing. For a call whose caller's next step is a write to another grain that decides what the
    /// outside world is told (that write being durable then makes these events durable too): the
    /// caller saves waiting for a flush of its own. The caller must not tell anyone about this call's
    /// effects before such a later write, or another reply of this grain, is durable.
    /// </summary>
    protected void ReplyWhenOrdered() => JournalOrThrow.ReplyWhenOrderedAtTurnEnd();

    /// <summary>
    /// Makes the journal write a snapshot at the end of this turn and delete the log it replaces,
    /// so data that only older events held (e.g. withdrawn sensitive information) is erased from
    /// storage. The turn's reply waits until that is done.
    /// </summary>
    protected void CompactJournal() => JournalOrThrow.CompactAtTurnEnd();

    /// <summary>
    /// Runs <paramref name="action"/> once every event raised so far is durable (at once when they
    /// are), outside any turn: use it to tell the outside world (clients, other systems) about a
    /// change only after it can no longer be lost. The action must not touch grain state: capture
    /// what it needs. It does not run if the write fails.
    /// </summary>
    protected void AfterConfirmed(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        JournalOrThrow.AfterDurable(action);
    }

    /// <summary>Applies one event to the state. Must be deterministic: it also runs on replay.</summary>
    protected abstract void TransitionState(TState state, TEvent change);

    internal override async Task InitializeStateAsync(GrainStateContext context, CancellationToken cancellationToken)
    {
        _journal = new GrainJournal<TState, TEvent>(context, TransitionState);
        await _journal.LoadAsync(cancellationToken).ConfigureAwait(false);
    }
}
