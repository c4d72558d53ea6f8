using GraduateFair.Runtime.Persistence;
using GraduateFair.Runtime.Tests.TestGrains;
using GraduateFair.Storage;
using GraduateFair.Storage.InMemory;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraduateFair.Runtime.Tests;

/// <summary>The journal of one activation, driven directly so that each storage request can be held.</summary>
public sealed class GrainJournalTests
{
    private static readonly GrainId Grain = new("counter", "journal");

    [Fact]
    public async Task CloseReturnsOnlyOnceTheClosingSnapshotHasReplacedTheLog()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        var journal = await LoadAsync(store);
        journal.Raise(new Added(1));
        journal.OnTurnEnd();
        await Within.Seconds(journal.WhenDurableAsync(1), "the first event to be durable");

        // Every event is durable already; the closing snapshot seals the log first, and that seal is held.
        store.CloseGate();
        var close = journal.CloseAsync(CancellationToken.None);
        await Within.Seconds(store.AppendWaiting, "the seal of the closing snapshot");
        var closedWhileSealing = close.IsCompleted;
        store.OpenGate();
        await Within.Seconds(close, "the close");

        Assert.False(closedWhileSealing, "the journal closed while its closing snapshot was still being written");
        Assert.NotNull(await store.GetAsync("grains/counter/journal/snapshot"));
        Assert.Null(await store.GetAsync("grains/counter/journal/log-0000000000"));
    }

    [Fact]
    public async Task CloseFailsWhenTheClosingSnapshotCannotBeWritten()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        var failures = new List<Exception>();
        var journal = await LoadAsync(store, failures.Add);
        journal.Raise(new Added(1));
        journal.OnTurnEnd();
        await Within.Seconds(journal.WhenDurableAsync(1), "the first event to be durable");

        store.PutsFail = true;
        var failure = await Assert.ThrowsAsync<GrainStateWriteException>(() => journal.CloseAsync(CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Same(failure, Assert.Single(failures));
    }

    private static async Task<GrainJournal<CounterState, CounterEvent>> LoadAsync(IBlobStore store, Action<Exception>? onWriteFailed = null)
    {
        var context = new GrainStateContext(Grain, store, new GrainHostOptions(), null, NullLogger.Instance, onWriteFailed ?? (_ => { }), () => false);
        var journal = new GrainJournal<CounterState, CounterEvent>(context, Apply);
        await journal.LoadAsync(CancellationToken.None);
        return journal;
    }

    private static void Apply(CounterState state, CounterEvent change)
    {
        state.Events++;
        if (change is Added added)
        {
            state.Total += added.Amount;
        }
    }
}
