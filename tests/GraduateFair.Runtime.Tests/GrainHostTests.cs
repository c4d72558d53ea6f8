using GraduateFair.Runtime.Testing;
using GraduateFair.Runtime.Tests.TestGrains;
using GraduateFair.Storage;
using GraduateFair.Storage.FileSystem;
using GraduateFair.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace GraduateFair.Runtime.Tests;

public sealed class GrainHostTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public Task InitializeAsync()
    {
        _cluster = Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task FirstCallActivatesTheGrainAndLaterCallsReachTheSameActivation()
    {
        Assert.Equal(0, _cluster.ActivationCount);
        var counter = _cluster.GetGrain<ICounterGrain>("a");

        await counter.AddAsync(2);
        var first = await counter.GetAsync();
        var second = await _cluster.GetGrain<ICounterGrain>("a").GetAsync();

        Assert.Equal(1, _cluster.ActivationCount);
        Assert.Equal(first.ActivationId, second.ActivationId);
        Assert.Equal(2, second.Total);
    }

    [Fact]
    public async Task AThousandConcurrentCallersNeverSeeTwoCallsOfOneActivationInterleave()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("busy");

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => counter.ExclusiveAsync()));
        var observed = await Within.Seconds(Task.WhenAll(calls), "1,000 concurrent calls");

        Assert.All(observed, callsInside => Assert.Equal(1, callsInside));
    }

    [Fact]
    public async Task AThousandConcurrentWritersAllLandExactlyOnce()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("writers");

        var totals = await Within.Seconds(Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => counter.AddAsync(1)))), "1,000 concurrent adds");

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), totals.Order());
        _cluster = await _cluster.RestartAsync();
        Assert.Equal(1000, (await _cluster.GetGrain<ICounterGrain>("writers").GetAsync()).Total);
    }

    [Fact]
    public async Task AnExceptionFaultsThatCallOnly()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("faulty");
        await counter.AddAsync(5);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.FailAsync("bad input"));
        var after = await counter.AddAsync(1);

        Assert.Equal("bad input", failure.Message);
        Assert.Equal(7, after);
    }

    [Fact]
    public async Task StateSurvivesIdleCollectionAndIsReadBackOnReactivation()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("sleepy");
        await counter.AddAsync(40);
        await counter.AddAsync(2);
        var before = await counter.GetAsync();

        _cluster.Clock.Advance(TimeSpan.FromMinutes(16));
        await Within.Seconds(_cluster.WhenIdleCollectedAsync(), "idle collection");
        var countWhileIdle = _cluster.ActivationCount;
        var after = await counter.GetAsync();

        Assert.Equal(0, countWhileIdle);
        Assert.NotEqual(before.ActivationId, after.ActivationId);
        Assert.Equal(42, after.Total);
        Assert.Equal(2, after.Events);
    }

    [Fact]
    public async Task AnActivationUsedWithinTheIdlePeriodIsNotCollected()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("busy-bee");
        var before = await counter.GetAsync();

        _cluster.Clock.Advance(TimeSpan.FromMinutes(10));
        await counter.AddAsync(1);
        _cluster.Clock.Advance(TimeSpan.FromMinutes(10));
        var after = await counter.GetAsync();

        Assert.Equal(before.ActivationId, after.ActivationId);
    }

    [Fact]
    public async Task AWriteAgainstAStaleJournalFailsAndDropsTheActivation()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("contested");
        await counter.AddAsync(1);
        await using var twin = _cluster.StartTwin();
        var twinCounter = twin.GetGrain<ICounterGrain>("contested");
        var twinBefore = await twinCounter.GetAsync();

        await counter.AddAsync(10);
        var failure = await Assert.ThrowsAsync<GrainStateWriteException>(() => twinCounter.AddAsync(100));
        var twinAfter = await twinCounter.GetAsync();

        Assert.IsType<BlobConcurrencyException>(failure.InnerException);
        Assert.False(failure.IsTransient);
        Assert.Equal(1, twinBefore.Total);
        Assert.NotEqual(twinBefore.ActivationId, twinAfter.ActivationId);
        Assert.Equal(11, twinAfter.Total);
    }

    [Fact]
    public async Task ASnapshotSealsTheOldLogSoAnOlderActivationCannotWriteIntoIt()
    {
        await using var cluster = Start(options => options.SnapshotEveryEvents = 3);
        var counter = cluster.GetGrain<ICounterGrain>("sealed");
        await counter.AddAsync(1);
        await using var twin = cluster.StartTwin();
        var twinCounter = twin.GetGrain<ICounterGrain>("sealed");
        await twinCounter.GetAsync();

        await counter.AddAsync(1);
        await counter.AddAsync(1);
        var failure = await Assert.ThrowsAsync<GrainStateWriteException>(() => twinCounter.AddAsync(100));

        Assert.IsType<BlobConcurrencyException>(failure.InnerException);
        Assert.Equal(3, (await twinCounter.GetAsync()).Total);
    }

    [Fact]
    public async Task SnapshotsAndReplayRestoreTheSameStateAndDropOldLogs()
    {
        await using var cluster = Start(options => options.SnapshotEveryEvents = 5);
        var counter = cluster.GetGrain<ICounterGrain>("long");
        for (var i = 1; i <= 23; i++)
        {
            await counter.AddAsync(i);
        }

        await using var restarted = await cluster.RestartAsync(graceful: false);
        var state = await restarted.GetGrain<ICounterGrain>("long").GetAsync();
        var blobs = (await cluster.Store.ListAsync("grains/counter/long/")).Items.Select(b => b.Name).ToList();

        Assert.Equal(23 * 24 / 2, state.Total);
        Assert.Equal(23, state.Events);
        Assert.Contains("grains/counter/long/snapshot", blobs);
        Assert.True(blobs.Count(name => name.Contains("/log-", StringComparison.Ordinal)) <= 1, string.Join(", ", blobs));
    }

    [Fact]
    public async Task AcknowledgedWritesSurviveACrashOfTheHost()
    {
        var counters = Enumerable.Range(0, 20).Select(i => _cluster.GetGrain<ICounterGrain>($"crash-{i}")).ToList();
        await Task.WhenAll(counters.Select((c, i) => c.AddAsync(i + 1)));

        await using var restarted = await _cluster.RestartAsync(graceful: false);
        var totals = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => restarted.GetGrain<ICounterGrain>($"crash-{i}").GetAsync()));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), totals.Select(t => t.Total));
    }

    [Fact]
    public async Task RepliesWaitUntilWhatTheTurnSawIsDurableWhileLaterTurnsShareOneWrite()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);
        var counter = cluster.GetGrain<ICounterGrain>("gated");
        await counter.AddAsync(1);
        var appendsBefore = store.Appends;

        store.CloseGate();
        var first = counter.AddAsync(1);
        await Within.Seconds(store.AppendWaiting, "the first append to reach the gate");
        var rest = Enumerable.Range(0, 50).Select(_ => counter.AddAsync(1)).ToList();
        var read = counter.GetAsync();

        // Give a wrong implementation the chance to answer early; nothing here waits on this delay.
        await Task.Delay(20);
        Assert.False(first.IsCompleted, "a reply came before its event was durable");
        Assert.False(read.IsCompleted, "a read saw events that were not durable yet");
        store.OpenGate();
        await Within.Seconds(Task.WhenAll(rest.Append(first)), "the gated writes");

        Assert.Equal(52, (await read).Total);
        Assert.InRange(store.Appends - appendsBefore, 2, 10);
    }

    [Fact]
    public async Task ACallWithoutAReplyWithinTheCallTimeoutFailsAndAnsweredCallsAreNoLongerTimed()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(options => options.CallTimeout = TimeSpan.FromMilliseconds(200), store);
        var counter = cluster.GetGrain<ICounterGrain>("slow");
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => counter.AddAsync(1)));
        Assert.Equal(0, cluster.PendingCallCount);

        store.CloseGate();
        var stuck = counter.AddAsync(1);
        var failure = await Within.Seconds(Assert.ThrowsAsync<TimeoutException>(() => stuck), "the call to time out");
        Assert.Contains("ICounterGrain.AddAsync", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, cluster.PendingCallCount);

        // The timeout only gave up waiting: the turn ran, and its write lands once storage answers.
        store.OpenGate();
        Assert.Equal(101, (await counter.GetAsync()).Total);
        Assert.Equal(0, cluster.PendingCallCount);
    }

    [Fact]
    public async Task AReplyWhenOrderedGoesOnceItsEventsAreOrderedWhileOtherRepliesWaitUntilTheyAreDurable()
    {
        var store = new SlowFlushBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);
        var counter = cluster.GetGrain<ICounterGrain>("ordered");
        await counter.AddAsync(1);

        store.HoldFlushes();
        var ordered = await Within.Seconds(counter.AddWhenOrderedAsync(1), "the reply once ordered");
        var read = counter.GetAsync();
        var plain = counter.AddAsync(1);

        // Give a wrong implementation the chance to answer early; nothing here waits on this delay.
        await Task.Delay(20);
        Assert.Equal(2, ordered);
        Assert.False(read.IsCompleted, "a read saw events that were ordered but not durable");
        Assert.False(plain.IsCompleted, "a plain reply came before its event was durable");
        store.ReleaseFlushes();
        Assert.Equal(2, (await Within.Seconds(read, "the read")).Total);
        Assert.Equal(3, await Within.Seconds(plain, "the plain add"));
    }

    [Fact]
    public async Task WithAStoreThatKeepsNoOrderAReplyWhenOrderedWaitsUntilDurable()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);
        var counter = cluster.GetGrain<ICounterGrain>("unordered");
        await counter.AddAsync(1);

        store.CloseGate();
        var ordered = counter.AddWhenOrderedAsync(1);
        await Within.Seconds(store.AppendWaiting, "the append to reach the gate");
        await Task.Delay(20);
        Assert.False(ordered.IsCompleted, "the reply came before its event was durable");
        store.OpenGate();
        Assert.Equal(2, await Within.Seconds(ordered, "the reply"));
    }

    [Fact]
    public async Task OnTheFileStoreConcurrentWritesAllLandAcrossSnapshotsACrashAndAReopen()
    {
        // The file store is ordered: a busy journal sends its next append before the last is durable.
        var root = Directory.CreateTempSubdirectory("graduatefair-runtime-").FullName;
        try
        {
            using (var store = new FileSystemBlobStore(root))
            {
                await using var cluster = Start(options => options.SnapshotEveryEvents = 50, store);
                var counter = cluster.GetGrain<ICounterGrain>("piped");
                var totals = await Within.Seconds(Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => counter.AddAsync(1)))), "1,000 concurrent adds");

                Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), totals.Order());
                await using var restarted = await cluster.RestartAsync(graceful: false);
                Assert.Equal(1000, (await restarted.GetGrain<ICounterGrain>("piped").GetAsync()).Total);
            }

            using var reopened = new FileSystemBlobStore(root);
            await using var again = Start(store: reopened);
            Assert.Equal(1000, (await again.GetGrain<ICounterGrain>("piped").GetAsync()).Total);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task WhenStorageIsUnreachableWritesFailButReadsOfTheGrainKeepWorking()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);
        var counter = cluster.GetGrain<ICounterGrain>("outage");
        await counter.AddAsync(7);

        store.IsDown = true;
        var failure = await Assert.ThrowsAsync<GrainStateWriteException>(() => counter.AddAsync(1));
        var during = await counter.GetAsync();
        store.IsDown = false;
        var afterwards = await counter.AddAsync(1);

        Assert.True(failure.IsTransient);
        Assert.Equal(7, during.Total);
        Assert.Equal(8, afterwards);
        await using var restarted = await cluster.RestartAsync(graceful: false);
        Assert.Equal(8, (await restarted.GetGrain<ICounterGrain>("outage").GetAsync()).Total);
    }

    [Fact]
    public async Task ACallMadeAsSoonAsAWriteFailedReadsTheDurableStateFromAFreshActivation()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);

        // The window this closes is short, so it is kept open by many waiters, on five grains.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            store.IsDown = false;
            var counter = cluster.GetGrain<ICounterGrain>($"fresh-after-failure-{attempt}");
            await counter.AddAsync(7);

            // Many replies wait on one write that will fail on another thread, as a slow store's
            // would: reads that saw its change (calls still queued move to the next activation).
            store.CloseGate();
            var first = counter.AddAsync(1);
            await Within.Seconds(store.AppendWaiting, "the first append at the gate");
            var rest = Enumerable.Range(0, 20_000).Select(_ => counter.GetAsync()).ToList();
            store.IsDown = true;

            // The first caller told of the failure asks again at once, while the others are still being told.
            var read = first.ContinueWith(_ => counter.GetAsync(), TaskScheduler.Default).Unwrap();
            store.OpenGate();

            await Assert.ThrowsAsync<GrainStateWriteException>(() => first);
            Assert.Equal(7, (await Within.Seconds(read, "the read after the failure")).Total);
            Assert.All(await Task.WhenAll(rest.Select(r => r.ContinueWith(t => t.IsCompletedSuccessfully ? (object)t.Result.Total : t.Exception!.InnerException!, TaskScheduler.Default))), answer =>
                Assert.True(answer is 7L or GrainStateWriteException, $"a read answered {answer}, neither the durable total nor the write's failure"));
        }
    }

    [Fact]
    public async Task AnOutageBetweenSealingTheLogAndWritingTheSnapshotStillLeavesTheGrainReadable()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(options => options.SnapshotEveryEvents = 3, store);
        var counter = cluster.GetGrain<ICounterGrain>("half-snapshot");
        await counter.AddAsync(1);
        await counter.AddAsync(2);

        // The third event makes a snapshot due: the seal lands, the snapshot does not.
        store.PutsFail = true;
        var failure = await Assert.ThrowsAsync<GrainStateWriteException>(() => counter.AddAsync(4));
        store.IsDown = true;
        var during = await counter.GetAsync();
        store.IsDown = store.PutsFail = false;
        var afterwards = await counter.AddAsync(10);

        Assert.True(failure.IsTransient);
        Assert.Equal(3, during.Total);
        Assert.Equal(13, afterwards);
        await using var restarted = await cluster.RestartAsync(graceful: false);
        Assert.Equal(13, (await restarted.GetGrain<ICounterGrain>("half-snapshot").GetAsync()).Total);
    }

    [Fact]
    public async Task AnOutageWhileAnIdleGrainWritesItsClosingSnapshotStillLeavesItReadable()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);
        var counter = cluster.GetGrain<ICounterGrain>("closing-outage");
        await counter.AddAsync(5);

        // Idle collection writes a closing snapshot: the log is sealed, the snapshot is not written.
        // The deactivation must see that failure, not finish first and forget the durable image.
        store.PutsFail = true;
        cluster.Clock.Advance(TimeSpan.FromMinutes(16));
        await Within.Seconds(cluster.WhenIdleCollectedAsync(), "idle collection");
        store.IsDown = true;
        var during = await counter.GetAsync();
        store.IsDown = store.PutsFail = false;
        var afterwards = await counter.AddAsync(1);

        Assert.Equal(5, during.Total);
        Assert.Equal(6, afterwards);
        await using var restarted = await cluster.RestartAsync(graceful: false);
        Assert.Equal(6, (await restarted.GetGrain<ICounterGrain>("closing-outage").GetAsync()).Total);
    }

    [Fact]
    public async Task TimersRunOnTheInjectedClockAsTurns()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("timed");
        await counter.StartTimerAsync(TimeSpan.FromSeconds(90));

        _cluster.Clock.Advance(TimeSpan.FromSeconds(89));
        var early = await counter.GetAsync();
        _cluster.Clock.Advance(TimeSpan.FromSeconds(1));
        var due = await counter.GetAsync();

        Assert.Equal(0, early.TimerTicks);
        Assert.Equal(1, due.TimerTicks);
    }

    [Fact]
    public async Task AKeepAliveTimerKeepsItsActivationFromIdleCollection()
    {
        var counter = _cluster.GetGrain<ICounterGrain>("waiting");
        await counter.StartTimerAsync(TimeSpan.FromMinutes(30));
        var before = await counter.GetAsync();

        _cluster.Clock.Advance(TimeSpan.FromMinutes(20));
        var during = await counter.GetAsync();

        Assert.Equal(before.ActivationId, during.ActivationId);
    }

    [Fact]
    public async Task ACallCycleFailsAtOnceInsteadOfDeadlocking()
    {
        var a = _cluster.GetGrain<ICounterGrain>("a-cycle");

        var failure = await Within.Seconds(Assert.ThrowsAsync<GrainCallCycleException>(() => a.CallPeerAsync("b-cycle", callBack: true)), "the cycle to be refused");

        Assert.Contains("counter/a-cycle → counter/b-cycle → counter/a-cycle", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrainTypeNamesDeriveFromTheInterface()
    {
        Assert.Equal("interview-queue", Hosting.GrainRegistry.DefaultName(typeof(IInterviewQueueGrain)));
    }

    [Fact]
    public async Task AfterConfirmedRunsOnlyOnceTheChangeIsDurable()
    {
        var store = new ControllableBlobStore(new InMemoryBlobStore());
        await using var cluster = Start(store: store);
        var counter = cluster.GetGrain<ICounterGrain>("notifying");
        var notifications = cluster.Services.GetRequiredService<Notifications>();

        store.CloseGate();
        var call = counter.AddAndNotifyAsync(5);
        await Within.Seconds(store.AppendWaiting, "the append to reach the gate");
        var notifiedEarly = notifications.Confirmed.Task.IsCompleted;
        store.OpenGate();

        Assert.False(notifiedEarly);
        Assert.Equal(5, await Within.Seconds(notifications.Confirmed.Task, "the notification"));
        await call;
    }

    private static TestCluster Start(Action<GrainHostOptions>? options = null, IBlobStore? store = null) =>
        TestCluster.Start(grains => grains.AddGrain<ICounterGrain, CounterGrain>(), services => services.AddSingleton<Notifications>(), store: store, options: options);

    private interface IInterviewQueueGrain : IGrainWithStringKey;
}
