namespace GraduateFair.Runtime.Persistence;

/// <summary>The runtime's view of a grain's journal.</summary>
internal interface IGrainJournal
{
    /// <summary>The sequence number of the last event raised (applied in memory).</summary>
    long LastRaised { get; }

    /// <summary>The durable copy of the grain's state, or null when it cannot be trusted.</summary>
    DurableImage? DurableImage { get; }

    /// <summary>
    /// Called at the end of each turn: writes a snapshot when due and starts writing. Returns whether
    /// the turn asked for its reply once its events are ordered rather than durable.
    /// </summary>
    bool OnTurnEnd();

    /// <summary>Completes once events up to <paramref name="sequence"/> are durable; faults when they never will be.</summary>
    Task WhenDurableAsync(long sequence);

    /// <summary>
    /// Calls <paramref name="callback"/> once events up to <paramref name="sequence"/> are durable
    /// (with null) or never will be (with the failure): at once when that is known, otherwise from
    /// the write that decides it. The callback must be quick and must not throw.
    /// </summary>
    void OnDurable(long sequence, Action<Exception?> callback);

    /// <summary>
    /// As <see cref="OnDurable"/>, but called once events up to <paramref name="sequence"/> have their
    /// place in an ordered store (<see cref="Storage.IOrderedBlobStore"/>): any write accepted later,
    /// by any grain, becomes durable only after them. With any other store, once they are durable.
    /// </summary>
    void OnOrdered(long sequence, Action<Exception?> callback);

    /// <summary>
    /// Writes everything pending, and a snapshot when events were written since the last one;
    /// completes once this journal has stopped writing (faults when a write failed).
    /// </summary>
    Task CloseAsync(CancellationToken cancellationToken);

    /// <summary>Completes once no write of this journal is in flight (at once when none is).</summary>
    Task WhenWritesStoppedAsync();
}
