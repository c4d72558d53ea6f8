using GraduateFair.Storage.FileSystem;
using GraduateFair.Storage.Tests.Contract;

namespace GraduateFair.Storage.Tests.FileSystem;

public sealed class FileSystemBlobStoreContractTests : BlobStoreContractTests, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new FileSystemBlobStore(_directory.Path));

    public void Dispose() => _directory.Dispose();
}
