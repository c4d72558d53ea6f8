using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>Group commit, checkpoints and failures of the file store's write-ahead log.</summary>
public sealed class WriteAheadLogTests : IDisposable
{
    private static readonly FileSystemBlobStoreOptions ManualCheckpoints = new() { CheckpointInterval = TimeSpan.Zero };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task SixtyFourAppendsToDifferentBlobsQueuedTogetherAreFlushedWithOneFsync()
    {
        using var store = Open();
        var wal = store.WriteAheadLog;
        wal.PauseCommits();

        var appends = Enumerable.Range(0, 64).Select(i => store.AppendAsync($"journals/{i}", Utf8($"first-{i};"), 0)).ToArray();
        await wal.WhenQueued(64).WithTimeout("64 queued appends");
        var before = store.WriteAheadLogSyncs;
        wal.ResumeCommits();
        var results = await Task.WhenAll(appends).WithTimeout("the 64 appends");

        Assert.Equal(before + 1, store.WriteAheadLogSyncs);
        for (var i = 0; i < 64; i++)
        {
            Assert.Equal(Utf8($"first-{i};").Length, results[i].Length);
            Assert.Equal($"first-{i};", Text(await store.GetAsync($"journals/{i}")));
        }
    }

    [Fact]
    public async Task TheCallersOfABatchAreCompletedTogetherOnThreadPoolThreadsNeverOnTheCommitter()
    {
        using var store = Open();
        var wal = store.WriteAheadLog;
        wal.PauseCommits();
        var header = new BlobFileHeader(BlobKind.Append, "generation", BlobContentTypes.OctetStream);
        var ranOn = new string?[100];
        var pooled = new bool[100];

        // Continuations that run where the mutation is completed, as the store's own awaits do.
        var completions = Enumerable.Range(0, 100).Select(i =>
        {
            var path = Path.Combine(_directory.Path, "blobs", $"callers-{i}@.blob");
            return wal.Submit(WalMutation.Append($"callers-{i}", path, header, null, Utf8($"{i};"))).ContinueWith(
                _ => (ranOn[i], pooled[i]) = (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }).ToArray();
        await wal.WhenQueued(100).WithTimeout("100 queued mutations");
        var before = store.WriteAheadLogSyncs;
        wal.ResumeCommits();
        await Task.WhenAll(completions).WithTimeout("the 100 callers");

        Assert.Equal(before + 1, store.WriteAheadLogSyncs);
        Assert.All(pooled, Assert.True);
        Assert.DoesNotContain(ranOn, name => name is not null && name.Contains("committer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOrderedAppendIsAcceptedOnceQueuedBeforeItIsDurableAndARefusedOneNeverIs()
    {
        using var store = Open();
        await store.AppendAsync("journals/refused", Utf8("1;"), 0);
        var wal = store.WriteAheadLog;
        wal.PauseCommits();

        var accepted = 0;
        var acceptedOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var append = store.AppendAsync("journals/ordered", Utf8("1;"), 0, () =>
        {
            Interlocked.Increment(ref accepted);
            acceptedOnce.TrySetResult();
        });

        // Accepted right after it is queued (the callback runs on the appending thread, just after the queueing).
        await wal.WhenQueued(1).WithTimeout("the queued append");
        await acceptedOnce.Task.WithTimeout("the acceptance");
        Assert.Equal(1, Volatile.Read(ref accepted));
        Assert.False(append.IsCompleted, "The append was acknowledged before its batch was flushed.");

        var refusals = 0;
        await Assert.ThrowsAsync<BlobConcurrencyException>(() => store.AppendAsync("journals/refused", Utf8("2;"), 0, () => Interlocked.Increment(ref refusals)));
        wal.ResumeCommits();

        Assert.Equal(2, (await append.WithTimeout("the append")).Length);
        Assert.Equal(0, refusals);
        Assert.Equal(1, Volatile.Read(ref accepted));
    }

    [Fact]
    public async Task OrderedAppendsOfOneNameShareABatchWhileAReadOfTheNameWaitsForBoth()
    {
        using var store = Open();
        var wal = store.WriteAheadLog;
        wal.PauseCommits();

        var first = store.AppendAsync("journals/piped", Utf8("1;"), 0, () => { });
        var second = store.AppendAsync("journals/piped", Utf8("2;"), 2, () => { });
        await wal.WhenQueued(2).WithTimeout("both appends queued");
        var read = store.GetAsync("journals/piped");
        var before = store.WriteAheadLogSyncs;

        // Give a wrong implementation the chance to answer early; nothing here waits on this delay.
        await Task.Delay(20);
        Assert.False(read.IsCompleted, "A read must not see the blob while appends to it are not durable.");
        wal.ResumeCommits();

        Assert.Equal(4, (await second.WithTimeout("the second append")).Length);
        Assert.Equal(2, (await first.WithTimeout("the first append")).Length);
        Assert.Equal(before + 1, store.WriteAheadLogSyncs);
        Assert.Equal("1;2;", Text(await read.WithTimeout("the read")));
    }

    [Fact]
    public async Task MutationsOfOneNameTakeTurnsWhileOtherNamesShareTheirBatch()
    {
        using var store = Open();
        var wal = store.WriteAheadLog;
        wal.PauseCommits();

        var first = store.AppendAsync("journals/busy", Utf8("1;"), 0);
        var second = store.AppendAsync("journals/busy", Utf8("2;"), 2);
        var others = Enumerable.Range(0, 8).Select(i => store.PutAsync($"profiles/{i}", Utf8($"{i}"), BlobCondition.IfNotExists)).ToArray();
        await wal.WhenQueued(9).WithTimeout("the first append and the eight puts");
        var before = store.WriteAheadLogSyncs;
        wal.ResumeCommits();
        await Task.WhenAll([first, second, .. others]).WithTimeout("every mutation");

        // The second append waited for the first to be committed and applied, so it went in a batch of its own.
        Assert.Equal(before + 2, store.WriteAheadLogSyncs);
        Assert.Equal("1;2;", Text(await store.GetAsync("journals/busy")));
        Assert.Equal(4, (await second).Length);
    }

    [Fact]
    public async Task AReadWaitsForAMutationOfItsNameInFlightButNotForOtherNames()
    {
        using var store = Open();
        await store.PutAsync("profiles/other", Utf8("other"), BlobCondition.None);
        var etag = await store.PutAsync("profiles/ada", Utf8("old"), BlobCondition.None);
        var wal = store.WriteAheadLog;
        wal.PauseCommits();

        var put = store.PutAsync("profiles/ada", Utf8("new"), BlobCondition.Matches(etag), BlobContentTypes.Json);
        await wal.WhenQueued(1).WithTimeout("the queued put");
        var read = store.GetAsync("profiles/ada");
        var other = await store.GetAsync("profiles/other").WithTimeout("the read of another name");

        Assert.Equal("other", Text(other));
        Assert.False(read.IsCompleted, "A read must not see the blob while a mutation of it is not acknowledged.");
        wal.ResumeCommits();
        var newETag = await put.WithTimeout("the put");
        var content = await read.WithTimeout("the read");
        Assert.Equal("new", Text(content));
        Assert.Equal(newETag, content!.ETag);
        Assert.Equal(BlobContentTypes.Json, content.Properties.ContentType);
    }

    [Fact]
    public async Task AppendsFromManyWritersAllLandInOrderWithFewerFsyncsThanAppends()
    {
        const int Writers = 32;
        const int AppendsEach = 20;
        using var store = Open();
        var wal = store.WriteAheadLog;

        // Every writer's first append is queued before any is flushed: at least those share one fsync.
        wal.PauseCommits();
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            long length = 0;
            for (var i = 0; i < AppendsEach; i++)
            {
                length = (await store.AppendAsync($"journals/{writer}", Utf8($"{i};"), length)).Length;
            }
        })).ToArray();
        await wal.WhenQueued(Writers).WithTimeout("every writer's first append");
        wal.ResumeCommits();
        await Task.WhenAll(writers).WithTimeout("the writers");

        Assert.InRange(store.WriteAheadLogSyncs, AppendsEach, (Writers * AppendsEach) - Writers + 1);
        var expected = string.Concat(Enumerable.Range(0, AppendsEach).Select(i => $"{i};"));
        for (var writer = 0; writer < Writers; writer++)
        {
            Assert.Equal(expected, Text(await store.GetAsync($"journals/{writer}")));
        }
    }

    [Fact]
    public async Task ACheckpointLeavesOnlyANewEmptySegment()
    {
        using var store = Open();
        await store.AppendAsync("journals/a", Utf8("one;"), 0);
        await store.PutAsync("profiles/ada", Utf8("{}"), BlobCondition.None);
        Assert.Equal([WalSegmentHeader.FileNameOf(1)], Segments());

        await store.WriteAheadLog.CheckpointAsync().WithTimeout("the checkpoint");

        Assert.Equal([WalSegmentHeader.FileNameOf(2)], Segments());
        Assert.Equal(WalSegmentHeader.Length, new FileInfo(Path.Combine(WalFolder, WalSegmentHeader.FileNameOf(2))).Length);
        Assert.Equal("one;", Text(await store.GetAsync("journals/a")));
    }

    [Fact]
    public async Task ACheckpointWithNothingWrittenSinceTheLastOneStartsNoSegment()
    {
        using var store = Open();
        var checkpoints = 0;
        store.WriteAheadLog.CheckpointCompleted += () => Interlocked.Increment(ref checkpoints);

        await store.WriteAheadLog.CheckpointAsync().WithTimeout("the checkpoint");

        Assert.Equal(0, checkpoints);
        Assert.Equal([WalSegmentHeader.FileNameOf(1)], Segments());
    }

    [Fact]
    public async Task ASegmentPastTheSizeLimitIsCheckpointedAndDeleted()
    {
        using var store = Open(new FileSystemBlobStoreOptions { CheckpointBytes = 2048, CheckpointInterval = TimeSpan.Zero });
        var checkpointed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.WriteAheadLog.CheckpointCompleted += () => checkpointed.TrySetResult();

        long length = 0;
        for (var i = 0; i < 8; i++)
        {
            length = (await store.AppendAsync("journals/big", new byte[300], length)).Length;
        }

        await checkpointed.Task.WithTimeout("the checkpoint of the full segment");
        Assert.DoesNotContain(WalSegmentHeader.FileNameOf(1), Segments());
        Assert.Equal(2400, (await store.GetPropertiesAsync("journals/big"))!.Length);
    }

    [Fact]
    public async Task ASegmentFilledUnderConstantLoadIsCheckpointedBeforeTheNextBatch()
    {
        using var store = Open(new FileSystemBlobStoreOptions { CheckpointBytes = 2048, CheckpointInterval = TimeSpan.Zero });
        var wal = store.WriteAheadLog;
        var checkpointed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        wal.CheckpointCompleted += () => checkpointed.TrySetResult();
        var header = new BlobFileHeader(BlobKind.Append, "generation", BlobContentTypes.OctetStream);
        var path = Path.Combine(_directory.Path, "blobs", "next@.blob");
        var next = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);

        // The moment the first batch is done, another mutation is already waiting: the queue is never empty.
        wal.BatchCommitted += () =>
        {
            if (!next.Task.IsCompleted)
            {
                next.SetResult(wal.Submit(WalMutation.Append("next", path, header, null, new byte[10])));
            }
        };
        await store.AppendAsync("journals/big", new byte[3000], 0).WithTimeout("the append that fills the segment");
        await (await next.Task.WithTimeout("the mutation queued behind it")).WithTimeout("its commit");
        await checkpointed.Task.WithTimeout("the checkpoint of the full segment");

        // The second batch went to the new segment, which the checkpoint keeps.
        Assert.Equal([WalSegmentHeader.FileNameOf(2)], Segments());
        Assert.True(new FileInfo(Path.Combine(WalFolder, WalSegmentHeader.FileNameOf(2))).Length > WalSegmentHeader.Length);
    }

    [Fact]
    public async Task TheCheckpointIntervalCheckpointsOnlyWhenSomethingWasWritten()
    {
        var clock = new TimerCapturingTimeProvider();
        using var store = Open(new FileSystemBlobStoreOptions { CheckpointInterval = TimeSpan.FromMinutes(5) }, clock);
        var checkpointed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var checkpoints = 0;
        store.WriteAheadLog.CheckpointCompleted += () =>
        {
            Interlocked.Increment(ref checkpoints);
            checkpointed.TrySetResult();
        };
        Assert.Equal(TimeSpan.FromMinutes(5), clock.Period);

        clock.Fire();
        await store.WriteAheadLog.CheckpointAsync().WithTimeout("a checkpoint with nothing to do");
        Assert.Equal(0, checkpoints);

        await store.AppendAsync("journals/a", Utf8("one;"), 0);
        clock.Fire();
        await checkpointed.Task.WithTimeout("the timed checkpoint");

        Assert.Equal(1, checkpoints);
        Assert.Equal([WalSegmentHeader.FileNameOf(2)], Segments());
    }

    [Fact]
    public async Task DisposeCheckpointsAndLeavesNoLog()
    {
        var store = Open();
        await store.AppendAsync("journals/a", Utf8("one;"), 0);

        store.Dispose();

        Assert.Empty(Segments());
        using var reopened = Open();
        Assert.Equal("one;", Text(await reopened.GetAsync("journals/a")));
    }

    [Fact]
    public async Task CallsAfterDisposeAreRefusedAndDisposeIsIdempotent()
    {
        var store = Open();
        store.Dispose();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendAsync("journals/a", Utf8("x"), 0));
        Assert.Throws<ObjectDisposedException>(() => { _ = store.WriteAheadLog.CheckpointAsync(); });
    }

    [Fact]
    public async Task AFailedBlobFileWriteStopsTheStoreAndReopeningReplaysTheLoggedMutation()
    {
        // A file where the blob's folder must go: the put reaches the log, then applying it fails.
        var obstacle = Path.Combine(_directory.Path, "blobs", "x");
        using (var store = Open())
        {
            await store.PutAsync("kept", Utf8("kept"), BlobCondition.None);
            await File.WriteAllTextAsync(obstacle, "in the way");

            var failure = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.PutAsync("x/y", Utf8("logged"), BlobCondition.None));
            Assert.Contains("reopen", failure.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.GetAsync("kept"));
            await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.AppendAsync("journals/a", Utf8("x"), 0));
        }

        Assert.NotEmpty(Segments());
        Assert.ThrowsAny<IOException>(() => Open());

        File.Delete(obstacle);
        using var reopened = Open();
        Assert.Equal("logged", Text(await reopened.GetAsync("x/y")));
        Assert.Equal("kept", Text(await reopened.GetAsync("kept")));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(BlobContent? content)
    {
        Assert.NotNull(content);
        return Encoding.UTF8.GetString(content.Content.Span);
    }

    private string WalFolder => Path.Combine(_directory.Path, "wal");

    private FileSystemBlobStore Open(FileSystemBlobStoreOptions? options = null, TimeProvider? timeProvider = null) =>
        new(_directory.Path, timeProvider: timeProvider, options: options ?? ManualCheckpoints);

    private string[] Segments() => [.. Directory.GetFiles(WalFolder).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>Keeps the store's one timer (the checkpoint interval) for the test to fire.</summary>
    private sealed class TimerCapturingTimeProvider : TimeProvider
    {
        private TimerCallback? _callback;
        private object? _state;

        public TimeSpan Period { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            (_callback, _state, Period) = (callback, state, period);
            return new InertTimer();
        }

        public void Fire() => (_callback ?? throw new InvalidOperationException("No timer was created."))(_state);

        private sealed class InertTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
