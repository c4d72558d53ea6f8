using System.Text;
using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>Azurite goes away in the middle of a test and comes back on the same port.</summary>
[Collection(DedicatedAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class AzuriteFaultTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public Task InitializeAsync() => azurite.StartAsync();

    [Fact]
    public async Task WritesWhileAzuriteIsDownFailAsUnavailableAndTheSameStoreWorksAgainAfterARestart()
    {
        var handler = new RecordingHandler();
        using var httpClient = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var options = AzuriteFixture.FastRetries;
        using var store = new AzureBlobStore(httpClient, azurite.Connection, "faults", options);
        await store.PutAsync("before", "before"u8.ToArray(), BlobCondition.None);
        var appended = await store.AppendAsync("journal", "one;"u8.ToArray(), 0);

        await azurite.StopAsync();
        handler.Clear();
        var put = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.PutAsync("during", "during"u8.ToArray(), BlobCondition.IfNotExists));
        var append = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.AppendAsync("journal", "two;"u8.ToArray(), appended.Length));
        var read = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.GetAsync("before"));

        Assert.Equal(Enumerable.Repeat("PUT /devstoreaccount1/faults/during", options.MaxAttempts), handler.Requests.Take(options.MaxAttempts));
        Assert.Equal(3 * options.MaxAttempts, handler.Requests.Count);
        Assert.StartsWith("Azure Blob Put Blob failed after 4 attempts; last: ConnectionError: ", put.Message, StringComparison.Ordinal);
        Assert.StartsWith("Azure Blob Append Block failed after 4 attempts; last: ConnectionError: ", append.Message, StringComparison.Ordinal);
        Assert.StartsWith("Azure Blob Get Blob failed after 4 attempts; last: ConnectionError: ", read.Message, StringComparison.Ordinal);

        await azurite.StartAsync();
        // The emulator kept its data in memory, so it comes back empty: the store recreates its container.
        var etag = await store.PutAsync("after", "after"u8.ToArray(), BlobCondition.IfNotExists);
        var restarted = await store.AppendAsync("journal", "again;"u8.ToArray(), 0);

        var after = await store.GetAsync("after");
        Assert.Equal("after", Encoding.UTF8.GetString(after!.Content.Span));
        Assert.Equal(etag, after.ETag);
        Assert.Equal(6, restarted.Length);
        Assert.Null(await store.GetAsync("before"));
    }

    public async Task DisposeAsync()
    {
        // Leave the emulator running for the next test of the collection, whatever happened here.
        await azurite.StartAsync();
    }
}
