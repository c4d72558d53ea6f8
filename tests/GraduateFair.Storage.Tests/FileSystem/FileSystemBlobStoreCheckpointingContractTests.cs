using GraduateFair.Storage.FileSystem;
using GraduateFair.Storage.Tests.Contract;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>
/// The contract on a file store that checkpoints after every batch (a 1-byte segment limit) and
/// flushes each changed file and folder instead of calling syncfs: checkpoints run alongside
/// commits all the time, and the fallback that other systems use is exercised.
/// </summary>
public sealed class FileSystemBlobStoreCheckpointingContractTests : BlobStoreContractTests, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new FileSystemBlobStore(
        _directory.Path,
        options: new FileSystemBlobStoreOptions { CheckpointBytes = 1, CheckpointInterval = TimeSpan.Zero, UseSyncFs = false }));

    public void Dispose() => _directory.Dispose();
}
