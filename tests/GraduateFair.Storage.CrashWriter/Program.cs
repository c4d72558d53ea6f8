using System.Globalization;
using System.Text;
using GraduateFair.Storage;
using GraduateFair.Storage.FileSystem;

// Appends to journals in a file blob store until the process is killed, reporting every
// acknowledged write on stdout, one line per write ("append {round} {writer} {index}" or
// "put {round} {writer} {index}"), written only after the store acknowledged it.
//
// Usage: GraduateFair.Storage.CrashWriter <data directory> <round> <writers>
//   journal "crash/{round}/journal-{writer}" gets "{writer}:{index};" for index 0, 1, 2, ...
//   block blob "crash/{round}/state-{writer}" is replaced by "{index}" after every fifth append.
if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: GraduateFair.Storage.CrashWriter <data directory> <round> <writers>");
    return 2;
}

var round = int.Parse(args[1], CultureInfo.InvariantCulture);
var writers = int.Parse(args[2], CultureInfo.InvariantCulture);
// No checkpoints by time: the log keeps everything written (far below the size limit), so reopening replays it.
var store = new FileSystemBlobStore(args[0], options: new FileSystemBlobStoreOptions { CheckpointInterval = TimeSpan.Zero });
var output = Console.Out;

await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
{
    long length = 0;
    string? stateETag = null;
    for (var index = 0; ; index++)
    {
        var data = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{writer}:{index};"));
        length = (await store.AppendAsync($"crash/{round}/journal-{writer}", data, length)).Length;
        Report("append", writer, index);
        if (index % 5 == 4)
        {
            var state = Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture));
            stateETag = await store.PutAsync($"crash/{round}/state-{writer}", state, BlobCondition.MatchesOrNew(stateETag), "text/plain");
            Report("put", writer, index);
        }
    }
})));

return 0;

// One write per line, so that a kill never leaves half a line behind.
void Report(string kind, int writer, int index) =>
    output.Write(string.Create(CultureInfo.InvariantCulture, $"{kind} {round} {writer} {index}\n"));
