using GraduateFair.Storage.Tests.Contract;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>The <see cref="IBlobStore"/> contract, run against Azurite through the REST client.</summary>
[Collection(SharedAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class AzuriteBlobStoreContractTests(AzuriteFixture azurite) : BlobStoreContractTests
{
    // One container for the whole suite: every contract test keeps to its own prefix.
    private const string Container = "contract";

    // Four contending writers still collide constantly; sixteen only add failed round trips to
    // the one-core emulator (27 s instead of 5 s for the 1,000 increments).
    protected override int MaxConcurrentIncrements => 4;

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(azurite.CreateStore(Container));
}
