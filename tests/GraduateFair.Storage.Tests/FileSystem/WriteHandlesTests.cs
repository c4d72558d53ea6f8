using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

public sealed class WriteHandlesTests
{
    [Fact]
    public void OpeningAMissingFileWithoutCreatingItFailsAndLeavesNoFile()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "missing.blob");

        Assert.Throws<FileNotFoundException>(() => WriteHandles.Open(path, create: false));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void WritesLandAtTheirOffsetsWithoutCuttingWhatLiesBeyond()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "blob");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6]);

        using (var handle = WriteHandles.Open(path, create: true))
        {
            WriteHandles.Write(handle, [9, 9], 1);
            WriteHandles.Write(handle, [7], 8);
        }

        Assert.Equal(new byte[] { 1, 9, 9, 4, 5, 6, 0, 0, 7 }, File.ReadAllBytes(path));
    }

    [Fact]
    public void CreatingOpensAnEmptyFileThatOthersCanReadWhileItIsOpen()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "new.blob");
        var data = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();

        using var handle = WriteHandles.Open(path, create: true);
        WriteHandles.Write(handle, data, 0);

        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var read = new byte[data.Length];
        reader.ReadExactly(read);
        Assert.Equal(data, read);
    }

    [Fact]
    public void AFolderThatIsNotThereIsAClearFailure()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "no-such-folder", "blob");

        var failure = Assert.ThrowsAny<IOException>(() => WriteHandles.Open(path, create: true));
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }
}
