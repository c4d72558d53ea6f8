using System.Buffers.Binary;
using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>
/// What a file store finds after a crash: each test writes through one store, disposes it (the
/// process "dies"), damages the files the way an interrupted write would, and opens a new store.
/// </summary>
[Trait("Category", "CrashRecovery")]
public sealed class FileSystemBlobStoreRecoveryTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public static TheoryData<string, byte[]> TornTails => new()
    {
        { "part of a frame header", [0x40, 0x00, 0x00] },
        { "a frame header whose data was not written", FrameHeader(length: 100, crc: 0x12345678) },
        { "a frame cut off in its data", [.. FrameHeader(length: 100, crc: 0x12345678), .. Encoding.UTF8.GetBytes("only some of it")] },
        { "a whole frame that fails its checksum", [.. FrameHeader(length: 6, crc: 0xDEADBEEF), .. Encoding.UTF8.GetBytes("three;")] },
        { "zeros where the file grew but the data never landed", new byte[512] },
    };

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AReopenedStoreSeesEveryBlobWithItsETagKindAndContentType()
    {
        string profileETag;
        AppendResult journal;
        using (var store = Open())
        {
            profileETag = await store.PutAsync("students/ada/profile.json", Utf8("{\"name\":\"Ada\"}"), BlobCondition.IfNotExists, BlobContentTypes.Json);
            var first = await store.AppendAsync("journals/booth-7", Utf8("one;"), 0);
            var second = await store.AppendAsync("journals/booth-7", Utf8("two;"), first.Length);
            journal = await store.AppendAsync("journals/booth-7", Utf8("three;"), second.Length);
            await store.PutAsync("a/b", Utf8("parent"), BlobCondition.None);
            await store.PutAsync("a/b/c", Utf8("child"), BlobCondition.None);
            await store.PutAsync("deleted", Utf8("gone"), BlobCondition.None);
            await store.DeleteAsync("deleted");
        }

        using (var reopened = Open())
        {
            var profile = await reopened.GetAsync("students/ada/profile.json");
            Assert.Equal("{\"name\":\"Ada\"}", Text(profile));
            Assert.Equal(profileETag, profile!.ETag);
            Assert.Equal(BlobContentTypes.Json, profile.Properties.ContentType);

            var appended = await reopened.GetAsync("journals/booth-7");
            Assert.Equal("one;two;three;", Text(appended));
            Assert.Equal(journal.ETag, appended!.ETag);
            Assert.Equal(BlobKind.Append, appended.Properties.Kind);
            Assert.Equal(14, appended.Properties.Length);

            Assert.Equal("parent", Text(await reopened.GetAsync("a/b")));
            Assert.Equal("child", Text(await reopened.GetAsync("a/b/c")));
            Assert.Null(await reopened.GetAsync("deleted"));

            var listed = await reopened.ListAsync(string.Empty);
            Assert.Equal(["a/b", "a/b/c", "journals/booth-7", "students/ada/profile.json"], listed.Items.Select(item => item.Name));

            await reopened.PutAsync("students/ada/profile.json", Utf8("{}"), BlobCondition.Matches(profileETag), BlobContentTypes.Json);
            var next = await reopened.AppendAsync("journals/booth-7", Utf8("four;"), journal.Length);
            Assert.Equal(19, next.Length);
        }

        using (var third = Open())
        {
            Assert.Equal("{}", Text(await third.GetAsync("students/ada/profile.json")));
            Assert.Equal("one;two;three;four;", Text(await third.GetAsync("journals/booth-7")));
        }
    }

    [Theory]
    [MemberData(nameof(TornTails))]
    public async Task ATornAppendAtTheEndIsInvisibleAndTheNextAppendGoesAtThePreviousLength(string tail, byte[] bytes)
    {
        Assert.False(string.IsNullOrEmpty(tail));
        AppendResult acknowledged;
        using (var store = Open())
        {
            var first = await store.AppendAsync("journal", Utf8("one;"), 0);
            acknowledged = await store.AppendAsync("journal", Utf8("two;"), first.Length);
        }

        var file = BlobFile("journal");
        var intactLength = new FileInfo(file).Length;
        await File.AppendAllBytesAsync(file, bytes);

        using (var reopened = Open())
        {
            var content = await reopened.GetAsync("journal");
            Assert.Equal("one;two;", Text(content));
            Assert.Equal(acknowledged.ETag, content!.ETag);
            Assert.Equal(8, content.Properties.Length);
            Assert.Equal(8, (await reopened.ListAsync(string.Empty)).Items.Single().Length);

            var next = await reopened.AppendAsync("journal", Utf8("three;"), acknowledged.Length);

            Assert.Equal(14, next.Length);
            Assert.Equal("one;two;three;", Text(await reopened.GetAsync("journal")));
        }

        Assert.Equal(intactLength + 8 + 6, new FileInfo(file).Length);
        using (var third = Open())
        {
            Assert.Equal("one;two;three;", Text(await third.GetAsync("journal")));
            Assert.Equal(14, (await third.GetPropertiesAsync("journal"))!.Length);
        }
    }

    [Fact]
    public async Task AnAppendWithTheFenceOfTheTornDataIsRejected()
    {
        using (var store = Open())
        {
            await store.AppendAsync("journal", Utf8("one;"), 0);
        }

        await File.AppendAllBytesAsync(BlobFile("journal"), [.. FrameHeader(length: 6, crc: 0xDEADBEEF), .. Utf8("lost;;")]);

        using var reopened = Open();
        await Assert.ThrowsAsync<BlobConcurrencyException>(() => reopened.AppendAsync("journal", Utf8("x"), 10));
        Assert.Equal("one;", Text(await reopened.GetAsync("journal")));
    }

    [Fact]
    public async Task ALeftoverTemporaryFileIsIgnoredAndRemovedWhenTheStoreOpens()
    {
        using (var store = Open())
        {
            await store.PutAsync("a/b", Utf8("old"), BlobCondition.None);
            await store.AppendAsync("a/journal", Utf8("kept;"), 0);
        }

        var template = await File.ReadAllBytesAsync(BlobFile("a/b"));
        var leftovers = new[] { BlobFile("a/b") + ".tmp", BlobFile("a/journal") + ".tmp", BlobFile("a/never-renamed") + ".tmp" };
        await File.WriteAllBytesAsync(leftovers[0], [.. template, .. Utf8("half of the new content")]);
        await File.WriteAllBytesAsync(leftovers[1], template[..10]);
        await File.WriteAllBytesAsync(leftovers[2], template);

        using var reopened = Open();

        Assert.All(leftovers, path => Assert.False(File.Exists(path), $"{path} should have been removed"));
        Assert.Equal("old", Text(await reopened.GetAsync("a/b")));
        Assert.Equal("kept;", Text(await reopened.GetAsync("a/journal")));
        Assert.Null(await reopened.GetAsync("a/never-renamed"));
        Assert.Equal(["a/b", "a/journal"], (await reopened.ListAsync("a/")).Items.Select(item => item.Name));
        Assert.Equal(10, (await reopened.AppendAsync("a/journal", Utf8("next;"), 5)).Length);
    }

    [Fact]
    public async Task ALeftoverTemporaryFileIsIgnoredByAStoreThatIsAlreadyOpen()
    {
        using var store = Open();
        await store.PutAsync("a/b", Utf8("old"), BlobCondition.None);
        await File.WriteAllBytesAsync(BlobFile("a/c") + ".tmp", Utf8("garbage"));

        Assert.Equal(["a/b"], (await store.ListAsync(string.Empty)).Items.Select(item => item.Name));
        Assert.Null(await store.GetAsync("a/c"));
        await store.PutAsync("a/c", Utf8("new"), BlobCondition.IfNotExists);
        Assert.Equal("new", Text(await store.GetAsync("a/c")));
    }

    [Fact]
    public async Task AFileCutOffInsideItsHeaderIsABlobThatWasNeverCreated()
    {
        using (var store = Open())
        {
            await store.AppendAsync("template", Utf8("x"), 0);
            await store.PutAsync("neighbour", Utf8("fine"), BlobCondition.None);
        }

        var header = await File.ReadAllBytesAsync(BlobFile("template"));
        await File.WriteAllBytesAsync(BlobFile("journal"), header[..12]);

        using var reopened = Open();

        Assert.Null(await reopened.GetAsync("journal"));
        Assert.Null(await reopened.GetPropertiesAsync("journal"));
        Assert.Equal(["neighbour", "template"], (await reopened.ListAsync(string.Empty)).Items.Select(item => item.Name));
        Assert.False(await reopened.DeleteAsync("journal"));
        await Assert.ThrowsAsync<BlobConcurrencyException>(() => reopened.AppendAsync("journal", Utf8("first;"), 3));

        var created = await reopened.AppendAsync("journal", Utf8("first;"), 0);

        Assert.Equal(6, created.Length);
        Assert.Equal("first;", Text(await reopened.GetAsync("journal")));
        Assert.Equal("fine", Text(await reopened.GetAsync("neighbour")));
    }

    [Fact]
    public async Task AnEmptyBlobFileIsABlobThatWasNeverCreated()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(BlobFile("empty"))!);
        await File.WriteAllBytesAsync(BlobFile("empty"), []);

        using var store = Open();

        Assert.Null(await store.GetAsync("empty"));
        Assert.Equal(2, (await store.AppendAsync("empty", Utf8("ok"), 0)).Length);
    }

    [Fact]
    public async Task AHeaderThatFailsItsChecksumIsReportedAsDamagedNotHidden()
    {
        using (var store = Open())
        {
            await store.PutAsync("damaged", Utf8("content"), BlobCondition.None, BlobContentTypes.Json);
        }

        var bytes = await File.ReadAllBytesAsync(BlobFile("damaged"));
        bytes[10] ^= 0xFF;
        await File.WriteAllBytesAsync(BlobFile("damaged"), bytes);

        using var reopened = Open();
        await Assert.ThrowsAsync<InvalidDataException>(() => reopened.GetAsync("damaged"));
    }

    [Fact]
    public async Task FoldersEmptiedByDeletesAreRemovedWhenTheStoreOpens()
    {
        using (var store = Open())
        {
            await store.PutAsync("deep/a/b/c", Utf8("x"), BlobCondition.None);
            await store.PutAsync("kept/d", Utf8("x"), BlobCondition.None);
            await store.DeleteAsync("deep/a/b/c");
        }

        using var reopened = Open();

        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "blobs", "deep")));
        Assert.True(File.Exists(BlobFile("kept/d")));
    }

    private static byte[] FrameHeader(uint length, uint crc)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(header, length);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), crc);
        return header;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(BlobContent? content)
    {
        Assert.NotNull(content);
        return Encoding.UTF8.GetString(content.Content.Span);
    }

    private FileSystemBlobStore Open() => new(_directory.Path);

    /// <summary>The on-disk layout: "{root}/blobs/{name}@.blob".</summary>
    private string BlobFile(string name) => Path.Combine(_directory.Path, "blobs", name + "@.blob");
}
