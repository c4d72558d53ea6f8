using System.Net;
using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>Retries of transient failures, against a local HTTP stub of the Blob service.</summary>
public sealed class AzureBlobStoreRetryTests : IDisposable
{
    private static readonly AzureBlobStoreOptions Options = new()
    {
        MaxAttempts = 4,
        FirstRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(4),
        AttemptTimeout = TimeSpan.FromSeconds(30),
    };

    private readonly HttpClient _httpClient = new() { Timeout = Timeout.InfiniteTimeSpan };

    [Fact]
    public async Task PutRetriesTwoServiceUnavailableAnswersAndThenSucceeds()
    {
        await using var stub = await StubBlobServer.StartAsync((n, context) => n <= 2
            ? StubBlobServer.Error(context, HttpStatusCode.ServiceUnavailable, "ServerBusy")
            : StubBlobServer.Created(context, "\"0x1\""));
        using var store = StoreOn(stub);

        var etag = await store.PutAsync("fairs/f-1/state.json", "{}"u8.ToArray(), BlobCondition.None, BlobContentTypes.Json);

        Assert.Equal("\"0x1\"", etag);
        Assert.Equal(3, stub.BlobRequests);
    }

    [Fact]
    public async Task PutAnsweredServiceUnavailableEveryTimeThrowsStoreUnavailableAfterTheAttemptBound()
    {
        await using var stub = await StubBlobServer.StartAsync((_, context) => StubBlobServer.Error(context, HttpStatusCode.ServiceUnavailable, "ServerBusy"));
        using var store = StoreOn(stub);

        var exception = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.PutAsync("fairs/f-1/state.json", "{}"u8.ToArray(), BlobCondition.None));

        Assert.Equal(Options.MaxAttempts, stub.BlobRequests);
        Assert.Equal("Azure Blob Put Blob failed after 4 attempts; last: 503 ServerBusy.", exception.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task ReadsRetryTransientAnswers(HttpStatusCode transient)
    {
        await using var stub = await StubBlobServer.StartAsync((n, context) => n == 1
            ? StubBlobServer.Error(context, transient, "Transient")
            : StubBlobServer.Error(context, HttpStatusCode.NotFound, "BlobNotFound"));
        using var store = StoreOn(stub);

        Assert.Null(await store.GetPropertiesAsync("missing"));

        Assert.Equal(2, stub.BlobRequests);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotImplemented)]
    [InlineData(HttpStatusCode.HttpVersionNotSupported)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task OtherFailuresAreNotRetried(HttpStatusCode failure)
    {
        await using var stub = await StubBlobServer.StartAsync((_, context) => StubBlobServer.Error(context, failure, "Permanent"));
        using var store = StoreOn(stub);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetAsync("blob"));

        Assert.Equal(1, stub.BlobRequests);
        Assert.StartsWith($"Azure Blob Get Blob of 'blob' answered {(int)failure} Permanent: stub says Permanent", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConditionFailureIsNotRetried()
    {
        await using var stub = await StubBlobServer.StartAsync((_, context) => StubBlobServer.Error(context, HttpStatusCode.PreconditionFailed, "ConditionNotMet"));
        using var store = StoreOn(stub);

        await Assert.ThrowsAsync<BlobConcurrencyException>(() => store.PutAsync("state", "x"u8.ToArray(), BlobCondition.Matches("\"0x1\"")));

        Assert.Equal(1, stub.BlobRequests);
    }

    [Fact]
    public async Task AnAttemptWithoutAnAnswerTimesOutAndIsRetried()
    {
        var hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var stub = await StubBlobServer.StartAsync(async (n, context) =>
        {
            if (n == 1)
            {
                await hang.Task.WaitAsync(context.RequestAborted);
            }

            await StubBlobServer.Error(context, HttpStatusCode.NotFound, "BlobNotFound");
        });
        var options = new AzureBlobStoreOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromMilliseconds(200) };
        using var store = new AzureBlobStore(_httpClient, ConnectionTo(stub), "graduatefair", options);

        Assert.Null(await store.GetAsync("slow"));

        Assert.Equal(2, stub.BlobRequests);
        hang.TrySetResult();
    }

    [Fact]
    public async Task CancellationByTheCallerIsNotRetried()
    {
        using var cancellation = new CancellationTokenSource();
        await using var stub = await StubBlobServer.StartAsync(async (_, context) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var store = StoreOn(stub);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync("blob", cancellation.Token));

        Assert.Equal(1, stub.BlobRequests);
    }

    [Fact]
    public void RetryDelaysGrowExponentiallyWithinTheirCapAndJitter()
    {
        var options = new AzureBlobStoreOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(200), MaxRetryDelay = TimeSpan.FromSeconds(1) };
        var sender = new BlobRequestSender(_httpClient, AzureStorageConnection.Development, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(sender.RetryDelay(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200));
            Assert.InRange(sender.RetryDelay(2), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400));
            Assert.InRange(sender.RetryDelay(3), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800));
            Assert.InRange(sender.RetryDelay(4), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1000));
        }
    }

    public void Dispose() => _httpClient.Dispose();

    private AzureBlobStore StoreOn(StubBlobServer stub) => new(_httpClient, ConnectionTo(stub), "graduatefair", Options);

    private static AzureStorageConnection ConnectionTo(StubBlobServer stub) => AzureStorageConnection.Parse(
        $"AccountName=devstoreaccount1;AccountKey={AzureStorageConnection.DevelopmentAccountKey};BlobEndpoint={stub.Endpoint}");
}
