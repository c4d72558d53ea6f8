using System.Text;
using System.Text.Json;
using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// The official SDK (@azure/storage-blob, run by Node) reads what our REST client wrote and writes
/// what our client then reads, on the same Azurite: our wire format is the real one.
/// </summary>
[Collection(SharedAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class SdkCrossCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheOfficialSdkReadsOurBlobsAndWeReadItsBlobs()
    {
        var container = AzuriteFixture.NewContainerName();
        using var store = azurite.CreateStore(container);
        var blockETag = await store.PutAsync("fairs/f-1/state.json", "{\"title\":\"春季招聘会\"}"u8.ToArray(), BlobCondition.IfNotExists, BlobContentTypes.Json);
        var first = await store.AppendAsync("fairs/f-1/journal", "{\"seq\":1}\n"u8.ToArray(), 0);
        var second = await store.AppendAsync("fairs/f-1/journal", "{\"seq\":2}\n"u8.ToArray(), first.Length);

        var output = await NodeScript.RunAsync(
            "sdk-crosscheck.mjs",
            new Dictionary<string, string>
            {
                ["AZURE_STORAGE_CONNECTION_STRING"] = azurite.ConnectionString,
                ["CONTAINER"] = container,
                ["BLOCK_BLOB"] = "fairs/f-1/state.json",
                ["APPEND_BLOB"] = "fairs/f-1/journal",
                ["SDK_BLOCK_BLOB"] = "reports/spring.csv",
                ["SDK_APPEND_BLOB"] = "fairs/f-2/journal",
            },
            TimeSpan.FromSeconds(60));

        using var seen = JsonDocument.Parse(output);
        var block = seen.RootElement.GetProperty("block");
        Assert.Equal("{\"title\":\"春季招聘会\"}", block.GetProperty("content").GetString());
        Assert.Equal(BlobContentTypes.Json, block.GetProperty("contentType").GetString());
        Assert.Equal("BlockBlob", block.GetProperty("blobType").GetString());
        Assert.Equal(blockETag, block.GetProperty("etag").GetString());
        var append = seen.RootElement.GetProperty("append");
        Assert.Equal("{\"seq\":1}\n{\"seq\":2}\n", append.GetProperty("content").GetString());
        Assert.Equal(BlobContentTypes.OctetStream, append.GetProperty("contentType").GetString());
        Assert.Equal("AppendBlob", append.GetProperty("blobType").GetString());
        Assert.Equal(second.ETag, append.GetProperty("etag").GetString());
        Assert.Equal(second.Length, append.GetProperty("length").GetInt64());

        var report = await store.GetAsync("reports/spring.csv");
        Assert.NotNull(report);
        Assert.Equal("fair,booths\nspring,12\n", Encoding.UTF8.GetString(report.Content.Span));
        Assert.Equal(BlobContentTypes.Csv, report.Properties.ContentType);
        Assert.Equal(BlobKind.Block, report.Properties.Kind);
        Assert.Equal(seen.RootElement.GetProperty("sdkBlockETag").GetString(), report.ETag);

        var journal = await store.GetAsync("fairs/f-2/journal");
        Assert.NotNull(journal);
        Assert.Equal("{\"n\":1}\n{\"n\":2}\n", Encoding.UTF8.GetString(journal.Content.Span));
        Assert.Equal(BlobKind.Append, journal.Properties.Kind);
        Assert.Equal(seen.RootElement.GetProperty("sdkAppendETag").GetString(), journal.ETag);
        var appended = await store.AppendAsync("fairs/f-2/journal", "{\"n\":3}\n"u8.ToArray(), journal.Properties.Length);
        Assert.Equal(24, appended.Length);
    }
}
