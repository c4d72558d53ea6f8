using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

public sealed class BlockingIoPoolTests
{
    [Fact]
    public async Task BlockingWorkRunsSideBySideUpToTheThreadLimit()
    {
        const int Threads = 8;
        var pool = new BlockingIoPool(Threads);
        using var allStarted = new CountdownEvent(Threads);

        // Each item blocks until every item has started: only possible if all run at once.
        var items = Enumerable.Range(0, Threads).Select(i => pool.Run(() =>
        {
            allStarted.Signal();
            return allStarted.Wait(TimeSpan.FromSeconds(30)) ? i : -1;
        })).ToArray();

        var results = await Task.WhenAll(items).WithTimeout("eight blocking work items");
        Assert.Equal(Enumerable.Range(0, Threads), results);
    }

    [Fact]
    public async Task MoreWorkThanThreadsAllCompletes()
    {
        var pool = new BlockingIoPool(maxThreads: 2);

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => pool.Run(() => i * 2))).WithTimeout("500 work items on two threads");

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), results);
    }

    [Fact]
    public async Task AFailureReachesTheCallerAndThePoolKeepsWorking()
    {
        var pool = new BlockingIoPool(maxThreads: 1);

        var failed = pool.Run<int>(() => throw new IOException("disk on fire"));
        var exception = await Assert.ThrowsAsync<IOException>(() => failed.WithTimeout("the failing item"));
        var next = await pool.Run(() => 42).WithTimeout("the item after the failure");

        Assert.Equal("disk on fire", exception.Message);
        Assert.Equal(42, next);
    }
}
