using System.Text;
using GraduateFair.Storage.FileSystem;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>Replay decisions on one blob file, seen from the replayer.</summary>
public sealed class WalReplayerTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AnAppendTheFileAlreadyShowsIsSkippedButTheFileIsStillFlushedWithoutSyncfs()
    {
        AppendResult appended;
        using (var store = new FileSystemBlobStore(_directory.Path))
        {
            appended = await store.AppendAsync("journal", Utf8("one;"), 0);
        }

        var (replayer, writer, path) = Replayer();
        var before = await File.ReadAllBytesAsync(path);

        replayer.Replay(new WalRecord(WalRecordKind.Append, "journal", Generation(appended), null, 0, Utf8("one;")));

        Assert.Equal((0, 1), (replayer.Applied, replayer.Skipped));
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Contains(path, writer.TakeTouched().Files);
    }

    [Fact]
    public async Task AnAppendAtTheFilesEndIsAppliedAndTheNextOneFollowsIt()
    {
        AppendResult appended;
        using (var store = new FileSystemBlobStore(_directory.Path))
        {
            appended = await store.AppendAsync("journal", Utf8("one;"), 0);
        }

        var (replayer, writer, _) = Replayer();

        replayer.Replay(new WalRecord(WalRecordKind.Append, "journal", Generation(appended), null, 4, Utf8("two;")));
        replayer.Replay(new WalRecord(WalRecordKind.Append, "journal", Generation(appended), null, 8, Utf8("three;")));
        replayer.Finish();
        writer.Dispose();

        Assert.Equal((2, 0), (replayer.Applied, replayer.Skipped));
        using var reopened = new FileSystemBlobStore(_directory.Path);
        var content = await reopened.GetAsync("journal");
        Assert.Equal("one;two;three;", Encoding.UTF8.GetString(content!.Content.Span));
        Assert.Equal($"{Generation(appended)}-e", content.ETag);
    }

    [Fact]
    public void AnAppendToABlobThatALaterRecordDeletesIsResolvedByThatRecord()
    {
        var (replayer, _, path) = Replayer();

        replayer.Replay(new WalRecord(WalRecordKind.Append, "journal", "gone", null, 10, Utf8("lost;")));
        replayer.Replay(new WalRecord(WalRecordKind.Delete, "journal", null, null, 0, []));
        replayer.Finish();

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void AnAppendToABlobThatNoLaterRecordExplainsIsDamage()
    {
        var (replayer, _, _) = Replayer();

        replayer.Replay(new WalRecord(WalRecordKind.Append, "journal", "gone", null, 10, Utf8("lost;")));

        Assert.Throws<InvalidDataException>(replayer.Finish);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Generation(AppendResult result) => result.ETag[..result.ETag.LastIndexOf('-')];

    private (WalReplayer Replayer, BlobFileWriter Writer, string Path) Replayer()
    {
        var blobs = Path.Combine(_directory.Path, "blobs");
        Directory.CreateDirectory(blobs);
        var layout = new BlobFileLayout(blobs);
        var writer = new BlobFileWriter(blobs, trackTouched: true);
        return (new WalReplayer(layout, writer, NullLogger.Instance), writer, layout.FileOf("journal"));
    }
}
