using GraduateFair.Server.Tests.Support;
using GraduateFair.Tests.Shared;

namespace GraduateFair.Server.Tests.Azurite;

/// <summary>
/// One Azurite Blob emulator for a test collection, and servers on it: each test uses a container
/// of its own. In memory, or (<see cref="PersistentAzuriteFixture"/>) on disk for tests that stop
/// it and start it again.
/// </summary>
public abstract class AzuriteFixtureBase : IAsyncLifetime
{
    private protected AzuriteFixtureBase(string? location) => Azurite = new AzuriteProcess(location);

    internal AzuriteProcess Azurite { get; }

    public string ConnectionString => Azurite.ConnectionString;

    public static string NewContainerName() => $"server-{Guid.NewGuid():N}"[..30];

    /// <summary>
    /// The server settings for Azure Blob storage on this Azurite, with retries quick enough for
    /// outage tests (a call gives up after about a tenth of a second of refused connections).
    /// </summary>
    public Dictionary<string, string?> Settings(string container) => new()
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:Container"] = container,
        ["Storage:AzureBlob:MaxAttempts"] = "3",
        ["Storage:AzureBlob:FirstRetryDelay"] = "00:00:00.020",
        ["Storage:AzureBlob:MaxRetryDelay"] = "00:00:00.100",
        ["Storage:AzureBlob:AttemptTimeout"] = "00:00:10",
    };

    /// <summary>A server in process on <paramref name="container"/> (created on first use).</summary>
    public GraduateFairApp CreateApp(string container) => GraduateFairApp.OnStorage(Settings(container));

    public virtual Task InitializeAsync() => Azurite.StartAsync();

    public virtual Task DisposeAsync() => Azurite.StopAsync();
}

/// <summary>Azurite in memory.</summary>
public sealed class AzuriteFixture : AzuriteFixtureBase
{
    public AzuriteFixture()
        : base(location: null)
    {
    }
}

/// <summary>Azurite keeping its data in a temporary directory, so it can stop (gracefully) and come back with it.</summary>
public sealed class PersistentAzuriteFixture : AzuriteFixtureBase
{
    public PersistentAzuriteFixture()
        : this(Directory.CreateTempSubdirectory("graduatefair-azurite-").FullName)
    {
    }

    private PersistentAzuriteFixture(string location)
        : base(location) => Location = location;

    public string Location { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Location, recursive: true);
    }
}
