using GraduateFair.Storage.FileSystem;
using GraduateFair.Storage.Tests.FileSystem;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraduateFair.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TheFileSystemProviderRegistersOneFileStoreAtTheConfiguredPath()
    {
        var root = Path.Combine(_directory.Path, "data");
        using var provider = Build(("Storage:Provider", "FileSystem"), ("Storage:Path", root));

        var store = provider.GetRequiredService<IBlobStore>();

        var fileStore = Assert.IsType<FileSystemBlobStore>(store);
        Assert.Same(store, provider.GetRequiredService<IBlobStore>());
        Assert.Equal(root, fileStore.RootPath);
        Assert.True(Directory.Exists(Path.Combine(root, "blobs")));
    }

    [Fact]
    public void ARelativePathIsResolvedAgainstTheCurrentDirectoryAndCreated()
    {
        var relative = $"graduatefair-relative-{Guid.NewGuid():N}";
        var expected = Path.Combine(Directory.GetCurrentDirectory(), relative);
        try
        {
            using var provider = Build(("Storage:Path", relative));

            var store = Assert.IsType<FileSystemBlobStore>(provider.GetRequiredService<IBlobStore>());

            Assert.Equal(expected, store.RootPath);
            Assert.True(Directory.Exists(expected));
        }
        finally
        {
            Directory.Delete(expected, recursive: true);
        }
    }

    [Fact]
    public void WithoutAStorageSectionTheOptionsAreTheFileSystemInDotData()
    {
        using var provider = Build();

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(StorageProvider.FileSystem, options.Provider);
        Assert.Equal("./data", options.Path);
        Assert.Equal("graduatefair", options.Container);
    }

    [Fact]
    public void TheWriteAheadLogSettingsAreBoundFromStorageFileSystem()
    {
        using var provider = Build(("Storage:FileSystem:CheckpointBytes", "1048576"), ("Storage:FileSystem:CheckpointInterval", "00:00:30"));

        var options = provider.GetRequiredService<IOptions<FileSystemBlobStoreOptions>>().Value;

        Assert.Equal(1048576, options.CheckpointBytes);
        Assert.Equal(TimeSpan.FromSeconds(30), options.CheckpointInterval);
    }

    [Fact]
    public void ANonPositiveCheckpointSizeIsRejectedWhenTheStoreIsCreated()
    {
        using var provider = Build(("Storage:Path", Path.Combine(_directory.Path, "data")), ("Storage:FileSystem:CheckpointBytes", "0"));

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<IBlobStore>());

        Assert.Contains("Storage:FileSystem:CheckpointBytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisposingTheContainerReleasesTheDataDirectory()
    {
        var root = Path.Combine(_directory.Path, "data");
        using (var provider = Build(("Storage:Path", root)))
        {
            provider.GetRequiredService<IBlobStore>();
        }

        using var reopened = new FileSystemBlobStore(root);

        Assert.Equal(root, reopened.RootPath);
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
        return new ServiceCollection().AddBlobStore(configuration).BuildServiceProvider();
    }
}
