using GraduateFair.Storage.AzureBlob;
using GraduateFair.Tests.Shared;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// One Azurite Blob emulator (in-memory) on a free loopback port, shared by a test collection.
/// It can be stopped and started again on the same port in the middle of a test (one test at a
/// time: start and stop are not meant to race each other).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly AzuriteProcess _azurite = new();

    public AzuriteFixture()
    {
        Connection = AzureStorageConnection.Parse(ConnectionString);
        HttpClient = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    public int Port => _azurite.Port;

    /// <summary>The standard development connection string with an explicit BlobEndpoint on <see cref="Port"/>.</summary>
    public string ConnectionString => _azurite.ConnectionString;

    public AzureStorageConnection Connection { get; }

    /// <summary>A client the tests' stores share (and do not dispose).</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Fast retries, so fault tests spend little time backing off.</summary>
    public static AzureBlobStoreOptions FastRetries => new()
    {
        MaxAttempts = 4,
        FirstRetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromMilliseconds(100),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public static string NewContainerName() => $"test-{Guid.NewGuid():N}"[..30];

    public AzureBlobStore CreateStore(string container, AzureBlobStoreOptions? options = null) =>
        new(HttpClient, Connection, container, options ?? FastRetries);

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        HttpClient.Dispose();
    }

    /// <summary>Starts Azurite on <see cref="Port"/> and returns once it listens.</summary>
    public Task StartAsync() => _azurite.StartAsync();

    /// <summary>Kills Azurite (like a crash) and returns once the process has exited; its in-memory data is gone.</summary>
    public Task StopAsync() => _azurite.StopAsync(graceful: false);
}
