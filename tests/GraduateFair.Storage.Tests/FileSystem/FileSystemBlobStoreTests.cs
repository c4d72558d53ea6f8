using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>File-store behaviour beyond the shared contract: the directory lock and the name-to-file mapping.</summary>
public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void ASecondStoreOnTheSameDirectoryIsRejectedWithTheDirectoryNamed()
    {
        using var first = new FileSystemBlobStore(_directory.Path);

        var exception = Assert.Throws<BlobStoreUnavailableException>(() => new FileSystemBlobStore(_directory.Path));

        Assert.Contains(first.RootPath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("already in use", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDirectoryCanBeOpenedAgainOnceTheFirstStoreIsDisposed()
    {
        var first = new FileSystemBlobStore(_directory.Path);
        await first.PutAsync("x", Encoding.UTF8.GetBytes("x"), BlobCondition.None);
        first.Dispose();

        using var second = new FileSystemBlobStore(_directory.Path);

        Assert.NotNull(await second.GetAsync("x"));
    }

    [Fact]
    public async Task ADisposedStoreRefusesWork()
    {
        var store = new FileSystemBlobStore(_directory.Path);
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync("x"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ListAsync(string.Empty));
    }

    [Fact]
    public void TheRootIsCreatedWhenMissing()
    {
        var root = Path.Combine(_directory.Path, "not", "yet", "there");

        using var store = new FileSystemBlobStore(root);

        Assert.Equal(root, store.RootPath);
        Assert.True(Directory.Exists(Path.Combine(root, "blobs")));
        Assert.True(File.Exists(Path.Combine(root, ".lock")));
    }

    [Fact]
    public async Task ANameWhoseSegmentLooksLikeABlobFileDoesNotCollideWithThatBlob()
    {
        using var store = new FileSystemBlobStore(_directory.Path);

        await store.PutAsync("x", Encoding.UTF8.GetBytes("x"), BlobCondition.IfNotExists);
        await store.PutAsync("x.blob/y", Encoding.UTF8.GetBytes("y"), BlobCondition.IfNotExists);
        await store.PutAsync("x.blob", Encoding.UTF8.GetBytes("z"), BlobCondition.IfNotExists);
        await store.PutAsync("x.tmp", Encoding.UTF8.GetBytes("t"), BlobCondition.IfNotExists);

        Assert.Equal(["x", "x.blob", "x.blob/y", "x.tmp"], (await store.ListAsync(string.Empty)).Items.Select(item => item.Name));
        Assert.Equal("x", Encoding.UTF8.GetString((await store.GetAsync("x"))!.Content.Span));
        Assert.Equal("t", Encoding.UTF8.GetString((await store.GetAsync("x.tmp"))!.Content.Span));
    }

    [Fact]
    public async Task ASegmentLongerThanAFileNameAllowsIsRejected()
    {
        using var store = new FileSystemBlobStore(_directory.Path);
        var longest = new string('s', BlobFileLayout.MaxSegmentLength);

        await store.PutAsync($"a/{longest}", Encoding.UTF8.GetBytes("fits"), BlobCondition.None);

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync($"a/{longest}s", Encoding.UTF8.GetBytes("too long"), BlobCondition.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync($"{longest}s/a"));
    }

    [Fact]
    public async Task AppendsToManyJournalsAtOnceAllLandInOrder()
    {
        const int Journals = 48;
        const int AppendsEach = 25;
        using var store = new FileSystemBlobStore(_directory.Path);

        var writers = Enumerable.Range(0, Journals).Select(journal => Task.Run(async () =>
        {
            long length = 0;
            for (var i = 0; i < AppendsEach; i++)
            {
                length = (await store.AppendAsync($"journals/{journal}", Encoding.UTF8.GetBytes($"{i};"), length)).Length;
            }
        })).ToArray();
        await Task.WhenAll(writers).WithTimeout("the journal writers");

        var expected = string.Concat(Enumerable.Range(0, AppendsEach).Select(i => $"{i};"));
        for (var journal = 0; journal < Journals; journal++)
        {
            var content = await store.GetAsync($"journals/{journal}");
            Assert.Equal(expected, Encoding.UTF8.GetString(content!.Content.Span));
        }
    }
}
