using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>
/// Crashes in the middle of group commits, made deterministic with crash images (see
/// <see cref="CrashImages"/>): a checkpoint, acknowledged mutations after it, then an image whose
/// blob files hold none, some or all of those mutations, whose log ends in a torn batch, or whose
/// older segments a checkpoint failed to delete. Replay must give exactly the acknowledged state.
/// </summary>
[Trait("Category", "CrashRecovery")]
public sealed class WalRecoveryTests : IDisposable
{
    private static readonly FileSystemBlobStoreOptions ManualCheckpoints = new() { CheckpointInterval = TimeSpan.Zero };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AcknowledgedMutationsThatNeverReachedTheBlobFilesAreReplayed()
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);
        CrashImages.ReplaceFolder(image, history.AtCheckpoint, "blobs");

        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task BlobFilesHoldingSomeOfTheMutationsEndInTheAcknowledgedState(int revertedParity)
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);

        // Every other blob file (in either image) is as it was at the checkpoint: its writes since never reached the disk.
        var blobs = CrashImages.Files(Path.Combine(history.After, "blobs")).Union(CrashImages.Files(Path.Combine(history.AtCheckpoint, "blobs"))).Order(StringComparer.Ordinal).ToList();
        for (var i = revertedParity; i < blobs.Count; i += 2)
        {
            var target = Path.Combine(image, "blobs", blobs[i]);
            var old = Path.Combine(history.AtCheckpoint, "blobs", blobs[i]);
            if (File.Exists(old))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(old, target, overwrite: true);
            }
            else
            {
                File.Delete(target);
            }
        }

        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(11)]
    public async Task AnAcknowledgedAppendWhoseFrameIsTornInTheBlobFileIsRepaired(int missingBytes)
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);
        using (var file = File.OpenWrite(BlobFile(image, "journals/g1")))
        {
            file.SetLength(file.Length - missingBytes);
        }

        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(30)]
    [InlineData(60)]
    public async Task ABlockBlobFileTornByAnInterruptedOverwriteIsRewritten(int newBytes)
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);

        // Puts overwrite blob files in place: the crash kept the first bytes of the new file and the rest of the old one.
        foreach (var name in new[] { "booths/7", "journals/replaced" })
        {
            var old = await File.ReadAllBytesAsync(BlobFile(history.AtCheckpoint, name));
            var current = await File.ReadAllBytesAsync(BlobFile(image, name));
            var torn = current[..Math.Min(newBytes, current.Length)].Concat(old.Skip(Math.Min(newBytes, current.Length))).ToArray();
            await File.WriteAllBytesAsync(BlobFile(image, name), torn);
        }

        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(20)]
    [InlineData(-1)]
    public async Task ABatchTheCrashCutShortInTheLogIsNotApplied(int keptBytes)
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);
        var record = UnansweredAppend(history, "a4;");
        if (keptBytes < 0)
        {
            record[^1] ^= 0xFF; // whole, but failing its checksum
        }
        else
        {
            record = record[..keptBytes];
        }

        await File.AppendAllBytesAsync(LastSegment(image), record);

        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
        using var reopened = Open(image);
        var next = await reopened.AppendAsync("journals/g1", Utf8("a4;"), history.G1.Length);
        Assert.Equal(history.G1.Length + 3, next.Length);
    }

    [Fact]
    public async Task ARecordFlushedToTheLogBeforeTheCrashIsAppliedEvenIfItsCallerWasNeverAnswered()
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);
        await File.AppendAllBytesAsync(LastSegment(image), UnansweredAppend(history, "a4;"));

        using var reopened = Open(image);
        var journal = await reopened.GetAsync("journals/g1");

        Assert.Equal("a0;a1;a2;a3;a4;", Encoding.UTF8.GetString(journal!.Content.Span));
        Assert.Equal(history.G1.Length + 3, journal.Properties.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASegmentACheckpointFlushedButDidNotDeleteIsReplayedWithoutChangingAnything(bool blobFilesFromTheCheckpoint)
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);
        if (blobFilesFromTheCheckpoint)
        {
            CrashImages.ReplaceFolder(image, history.AtCheckpoint, "blobs");
        }

        // The segment of the mutations before the checkpoint, as it was when the checkpoint began.
        foreach (var segment in Directory.EnumerateFiles(Path.Combine(history.BeforeCheckpoint, "wal")))
        {
            File.Copy(segment, Path.Combine(image, "wal", Path.GetFileName(segment)));
        }

        Assert.Equal(2, Directory.GetFiles(Path.Combine(image, "wal")).Length);
        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
    }

    [Fact]
    public async Task ReplayingALogAgainOverItsOwnResultChangesNothing()
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);
        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));

        CrashImages.ReplaceFolder(image, history.After, "wal");

        Assert.Equal(history.Expected, await DescribeReopenedAsync(image));
    }

    [Fact]
    public async Task AReopenedStoreLeavesOnlyAnEmptySegmentAndKeepsNumberingAfterTheReplayedOnes()
    {
        var history = await WriteHistoryAsync();
        var image = Image("crash");
        CrashImages.Copy(history.After, image);

        using var reopened = Open(image);

        var segments = Directory.GetFiles(Path.Combine(image, "wal")).Select(path => Path.GetFileName(path)).ToArray();
        Assert.Equal([WalSegmentHeader.FileNameOf(3)], segments);
        Assert.Equal(WalSegmentHeader.Length, new FileInfo(Path.Combine(image, "wal", segments[0])).Length);
    }

    [Fact]
    public async Task AnAppendBlobEndingInsideALoggedAppendIsCutBackToItsOffsetAndTheAppendApplied()
    {
        var root = Image("live");
        string image;
        List<string> expected;
        using (var store = Open(root))
        {
            var first = await store.AppendAsync("journal", Utf8("aaaa"), 0);
            await store.WriteAheadLog.CheckpointAsync().WithTimeout("the checkpoint");
            var atCheckpoint = Image("checkpoint");
            CrashImages.Copy(root, atCheckpoint);
            await store.AppendAsync("journal", Utf8("bbbbbbbb"), first.Length);
            expected = await StoreContents.DescribeAsync(store);
            image = Image("crash");
            CrashImages.Copy(root, image);
            CrashImages.ReplaceFolder(image, atCheckpoint, "blobs");
        }

        // The file holds a frame of 4 bytes where the log has one of 8: it ends inside the logged append.
        var frame = new byte[AppendFrames.Overhead + 4];
        AppendFrames.Write(frame, Utf8("bbbb"));
        await File.AppendAllBytesAsync(BlobFile(image, "journal"), frame);

        Assert.Equal(expected, await DescribeReopenedAsync(image));
    }

    [Fact]
    public async Task AnAppendBlobMissingDataTheLastCheckpointFlushedIsReportedAsDamaged()
    {
        var root = Image("live");
        var early = Image("early");
        var image = Image("crash");
        using (var store = Open(root))
        {
            var first = await store.AppendAsync("journal", Utf8("aaaa"), 0);
            CrashImages.Copy(root, early);
            var second = await store.AppendAsync("journal", Utf8("cc"), first.Length);
            await store.WriteAheadLog.CheckpointAsync().WithTimeout("the checkpoint");
            await store.AppendAsync("journal", Utf8("dd"), second.Length);
            CrashImages.Copy(root, image);
        }

        File.Copy(BlobFile(early, "journal"), BlobFile(image, "journal"), overwrite: true);

        var exception = Assert.Throws<InvalidDataException>(() => Open(image));
        Assert.Contains("4 bytes long", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppendWhoseBlobFileIsGoneWithNoLaterRecordExplainingItIsReportedAsDamaged()
    {
        var root = Image("live");
        var image = Image("crash");
        using (var store = Open(root))
        {
            var first = await store.AppendAsync("journal", Utf8("aaaa"), 0);
            await store.WriteAheadLog.CheckpointAsync().WithTimeout("the checkpoint");
            await store.AppendAsync("journal", Utf8("bb"), first.Length);
            CrashImages.Copy(root, image);
        }

        File.Delete(BlobFile(image, "journal"));

        Assert.Throws<InvalidDataException>(() => Open(image));
        Assert.Single(Directory.GetFiles(Path.Combine(image, "wal")));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string BlobFile(string root, string name) => Path.Combine(root, "blobs", name + "@.blob");

    private static string LastSegment(string root) => Directory.GetFiles(Path.Combine(root, "wal")).Order(StringComparer.Ordinal).Last();

    private static FileSystemBlobStore Open(string root) => new(root, options: ManualCheckpoints);

    private static async Task<List<string>> DescribeReopenedAsync(string root)
    {
        using var store = Open(root);
        return await StoreContents.DescribeAsync(store);
    }

    /// <summary>A whole record of an append to "journals/g1" after its acknowledged end, as a batch the crash interrupted would hold it.</summary>
    private static byte[] UnansweredAppend(History history, string data)
    {
        var generation = history.G1.ETag[..history.G1.ETag.LastIndexOf('-')];
        var header = new BlobFileHeader(BlobKind.Append, generation, BlobContentTypes.OctetStream);
        var before = new BlobFileState(header, history.G1.Length, 0, NeedsTruncate: false, DateTimeOffset.UnixEpoch);
        var mutation = WalMutation.Append("journals/g1", "unused", header, before, Utf8(data));
        return [.. mutation.Head, .. mutation.Data.Span];
    }

    private string Image(string name) => Path.Combine(_directory.Path, name);

    /// <summary>
    /// Mutations of every kind before a checkpoint and after it, with images of the directory just
    /// before the checkpoint, right after it and at the end, and what the store showed at the end.
    /// </summary>
    private async Task<History> WriteHistoryAsync()
    {
        var root = Image("live");
        using var store = Open(root);

        var ada = await store.PutAsync("profiles/ada", Utf8("{\"v\":1}"), BlobCondition.IfNotExists, BlobContentTypes.Json);
        var g1 = await store.AppendAsync("journals/g1", Utf8("a0;"), 0);
        g1 = await store.AppendAsync("journals/g1", Utf8("a1;"), g1.Length);
        var g2 = await store.AppendAsync("journals/g2", Utf8("b0;"), 0);
        var booth = await store.PutAsync("booths/7", Utf8("v1"), BlobCondition.None);
        var replaced = await store.AppendAsync("journals/replaced", Utf8("r0;"), 0);
        replaced = await store.AppendAsync("journals/replaced", Utf8("r1;"), replaced.Length);
        await store.AppendAsync("journals/recreated", Utf8("d0;"), 0);
        await store.PutAsync("gone/soon", Utf8("x"), BlobCondition.None);
        var beforeCheckpoint = Image("before-checkpoint");
        CrashImages.Copy(root, beforeCheckpoint);

        await store.WriteAheadLog.CheckpointAsync().WithTimeout("the checkpoint");
        var atCheckpoint = Image("at-checkpoint");
        CrashImages.Copy(root, atCheckpoint);

        g1 = await store.AppendAsync("journals/g1", Utf8("a2;"), g1.Length);
        g1 = await store.AppendAsync("journals/g1", Utf8("a3;"), g1.Length);
        await store.AppendAsync("journals/g2", Utf8("b1;"), g2.Length);
        await store.PutAsync("profiles/ada", Utf8("{\"v\":2}"), BlobCondition.Matches(ada), BlobContentTypes.Json);
        booth = await store.PutAsync("booths/7", Utf8("v2"), BlobCondition.Matches(booth));
        await store.PutAsync("booths/7", Utf8("v3"), BlobCondition.Matches(booth), "text/plain");
        await store.PutAsync("journals/replaced", Utf8("snapshot"), BlobCondition.Matches(replaced.ETag), BlobContentTypes.Json);
        await store.DeleteAsync("journals/recreated");
        var recreated = await store.AppendAsync("journals/recreated", Utf8("n0;"), 0);
        await store.AppendAsync("journals/recreated", Utf8("n1;"), recreated.Length);
        await store.DeleteAsync("gone/soon");
        await store.AppendAsync("journals/g3", Utf8("c0;"), 0);
        await store.PutAsync("new/deep/folder/blob", Utf8("deep"), BlobCondition.IfNotExists);
        var after = Image("after");
        CrashImages.Copy(root, after);

        var expected = await StoreContents.DescribeAsync(store);
        Assert.Equal(8, expected.Count);
        return new History(beforeCheckpoint, atCheckpoint, after, expected, g1);
    }

    private sealed record History(string BeforeCheckpoint, string AtCheckpoint, string After, List<string> Expected, AppendResult G1);
}
