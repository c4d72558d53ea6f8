using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>
/// A real process appending to the file store, killed with SIGKILL mid-stream: once the store is
/// reopened, every write the process reported acknowledged is there, and beyond them at most the
/// one write per writer that was in flight, nothing else.
/// </summary>
[Trait("Category", "CrashRecovery")]
public sealed class ProcessKillTests : IDisposable
{
    private const int Writers = 16;
    private const int AcknowledgementsBeforeTheKill = 1500;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AProcessKilledWhileAppendingKeepsExactlyItsAcknowledgedWritesAcrossTwoKills()
    {
        var rounds = new List<Acknowledged>();
        for (var round = 0; round < 2; round++)
        {
            rounds.Add(await RunAndKillAsync(round));

            using var store = new FileSystemBlobStore(_directory.Path);
            for (var checkedRound = 0; checkedRound <= round; checkedRound++)
            {
                await VerifyAsync(store, checkedRound, rounds[checkedRound]);
            }
        }
    }

    private static async Task VerifyAsync(FileSystemBlobStore store, int round, Acknowledged acknowledged)
    {
        for (var writer = 0; writer < Writers; writer++)
        {
            var lastAppend = acknowledged.LastAppend[writer];
            var journal = await store.GetAsync($"crash/{round}/journal-{writer}");
            var text = journal is null ? string.Empty : Encoding.UTF8.GetString(journal.Content.Span);
            var count = text.Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

            // Every acknowledged append, then at most the one that was in flight, each exactly as written.
            Assert.InRange(count, lastAppend + 1, lastAppend + 2);
            Assert.Equal(string.Concat(Enumerable.Range(0, count).Select(index => $"{writer}:{index};")), text);
            Assert.Equal(Encoding.UTF8.GetByteCount(text), journal?.Properties.Length ?? 0);

            var lastPut = acknowledged.LastPut[writer];
            var state = await store.GetAsync($"crash/{round}/state-{writer}");
            if (state is null)
            {
                Assert.Equal(-1, lastPut);
                continue;
            }

            var value = int.Parse(Encoding.UTF8.GetString(state.Content.Span), CultureInfo.InvariantCulture);
            Assert.True(value == lastPut || (value == lastPut + 5 && value < count), $"writer {writer}: state {value}, last acknowledged {lastPut}, appends {count}");
        }
    }

    /// <summary>Starts the writer process on the data directory, waits for enough acknowledgements and kills it.</summary>
    private async Task<Acknowledged> RunAndKillAsync(int round)
    {
        var acknowledged = new Acknowledged();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraduateFair.Storage.CrashWriter.dll"));
        start.ArgumentList.Add(_directory.Path);
        start.ArgumentList.Add(round.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Writers.ToString(CultureInfo.InvariantCulture));

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The writer process did not start.");
        var errors = new StringBuilder();
        child.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && acknowledged.Record(line, round) >= AcknowledgementsBeforeTheKill)
            {
                enough.TrySetResult();
            }
        };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();

        var exited = child.WaitForExitAsync();
        var first = await Task.WhenAny(enough.Task, exited).WithTimeout($"{AcknowledgementsBeforeTheKill} acknowledged writes of the writer process");
        Assert.True(first == enough.Task, $"The writer process ended on its own: {errors}");

        child.Kill(); // SIGKILL on Unix: no finally blocks, no dispose, no checkpoint.
        await exited.WithTimeout("the killed writer process to end and its output to be read");
        Assert.Equal(137, child.ExitCode);
        Assert.Empty(acknowledged.Unexpected);

        // The writer takes no checkpoints by time, so its log still holds what it wrote: reopening replays it.
        Assert.Contains(Directory.GetFiles(Path.Combine(_directory.Path, "wal")), segment => new FileInfo(segment).Length > WalSegmentHeader.Length);
        return acknowledged;
    }

    /// <summary>The last acknowledged append and put of each writer (-1: none), from the writer's output.</summary>
    private sealed class Acknowledged
    {
        private readonly object _sync = new();
        private readonly List<string> _unexpected = [];
        private int _count;

        public int[] LastAppend { get; } = Enumerable.Repeat(-1, Writers).ToArray();

        public int[] LastPut { get; } = Enumerable.Repeat(-1, Writers).ToArray();

        /// <summary>Lines that were not an acknowledgement of this round (checked once the process is gone).</summary>
        public IReadOnlyList<string> Unexpected => _unexpected;

        /// <summary>Called on the output reader's thread, so it records rather than asserts.</summary>
        /// <returns>How many acknowledgements were recorded so far.</returns>
        public int Record(string line, int round)
        {
            var parts = line.Split(' ');
            lock (_sync)
            {
                if (parts.Length != 4 || parts[0] is not ("append" or "put") || parts[1] != round.ToString(CultureInfo.InvariantCulture)
                    || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var writer) || writer is < 0 or >= Writers
                    || !int.TryParse(parts[3], CultureInfo.InvariantCulture, out var index))
                {
                    _unexpected.Add(line);
                    return _count;
                }

                var last = parts[0] == "append" ? LastAppend : LastPut;
                last[writer] = Math.Max(last[writer], index);
                return ++_count;
            }
        }
    }
}
