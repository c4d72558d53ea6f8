using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>Calls the Azure store rejects before sending anything (its endpoint here does not exist).</summary>
public sealed class AzureBlobStoreArgumentTests : IDisposable
{
    private readonly AzureBlobStore _store = new(
        AzureStorageConnection.Parse($"AccountName=devstoreaccount1;AccountKey={AzureStorageConnection.DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:1/devstoreaccount1"),
        "graduatefair",
        new AzureBlobStoreOptions { MaxAttempts = 1 });

    [Fact]
    public async Task AnAppendLargerThanOneAppendBlockIsRejectedRatherThanSplit()
    {
        var data = new byte[AzureBlobStore.MaxAppendBytes + 1];

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync("journal", data, 0));

        Assert.StartsWith("One append to an Azure append blob is at most 104857600 bytes (was 104857601)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Graduatefair")]
    [InlineData("-graduatefair")]
    [InlineData("graduate--fair")]
    [InlineData("graduate_fair")]
    public void InvalidContainerNamesAreRejected(string container)
    {
        Assert.Throws<ArgumentException>(() => new AzureBlobStore(AzureStorageConnection.Development, container));
    }

    [Fact]
    public void OptionsWithoutAnyAttemptAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AzureBlobStore(AzureStorageConnection.Development, "graduatefair", new AzureBlobStoreOptions { MaxAttempts = 0 }));
    }

    [Fact]
    public async Task AStoreThatCannotConnectThrowsStoreUnavailable()
    {
        var exception = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => _store.GetAsync("anything"));

        Assert.StartsWith("Azure Blob Get Blob failed after 1 attempt; last: ConnectionError: ", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();
}
