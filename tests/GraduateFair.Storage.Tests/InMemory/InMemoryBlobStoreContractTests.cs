using GraduateFair.Storage.InMemory;
using GraduateFair.Storage.Tests.Contract;

namespace GraduateFair.Storage.Tests.InMemory;

public sealed class InMemoryBlobStoreContractTests : BlobStoreContractTests
{
    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new InMemoryBlobStore());
}
