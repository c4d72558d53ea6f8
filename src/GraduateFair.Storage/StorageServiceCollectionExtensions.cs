using System.Diagnostics.CodeAnalysis;
using GraduateFair.Storage.AzureBlob;
using GraduateFair.Storage.FileSystem;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraduateFair.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds the <c>Storage</c> section to <see cref="StorageOptions"/> and registers the
    /// <see cref="IBlobStore"/> it selects as a singleton (created on first use, disposed with the container).
    /// </summary>
    public static IServiceCollection AddBlobStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddOptions<FileSystemBlobStoreOptions>().Bind(configuration.GetSection(FileSystemBlobStoreOptions.SectionName));
        services.AddOptions<AzureBlobStoreOptions>().Bind(configuration.GetSection(AzureBlobStoreOptions.SectionName));
        services.AddSingleton<IBlobStore>(static provider => CreateBlobStore(provider, provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        return services;
    }

    /// <summary>The one place a provider becomes a store.</summary>
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Returns the file store or the Azure Blob store.")]
    private static IBlobStore CreateBlobStore(IServiceProvider provider, StorageOptions options) => options.Provider switch
    {
        StorageProvider.FileSystem => CreateFileSystemStore(provider, options),
        StorageProvider.AzureBlob => CreateAzureBlobStore(provider, options),
        _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not a known provider; use 'FileSystem' or 'AzureBlob'."),
    };

    /// <summary>
    /// A relative <c>Storage:Path</c> is relative to the process's current directory; it is created when missing.
    /// Write-ahead log settings come from <c>Storage:FileSystem</c>.
    /// </summary>
    private static FileSystemBlobStore CreateFileSystemStore(IServiceProvider provider, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new InvalidOperationException("Storage:Path is empty; set it to the file store's data directory (default ./data).");
        }

        return new FileSystemBlobStore(
            Path.GetFullPath(options.Path),
            provider.GetService<ILogger<FileSystemBlobStore>>(),
            provider.GetService<TimeProvider>(),
            provider.GetRequiredService<IOptions<FileSystemBlobStoreOptions>>().Value);
    }

    /// <summary>
    /// <c>Storage:ConnectionString</c> (standard format, <c>UseDevelopmentStorage=true</c> included) and
    /// <c>Storage:Container</c>; retries from <c>Storage:AzureBlob</c>. The store owns its HttpClient.
    /// </summary>
    private static AzureBlobStore CreateAzureBlobStore(IServiceProvider provider, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                "Storage:ConnectionString is empty; Storage:Provider 'AzureBlob' needs an Azure Storage connection string " +
                "(for Azurite: UseDevelopmentStorage=true, or the development connection string with BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;).");
        }

        AzureStorageConnection connection;
        try
        {
            connection = AzureStorageConnection.Parse(options.ConnectionString);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"Storage:ConnectionString is not valid: {exception.Message}", exception);
        }

        return new AzureBlobStore(
            connection,
            options.Container,
            provider.GetRequiredService<IOptions<AzureBlobStoreOptions>>().Value,
            provider.GetService<ILogger<AzureBlobStore>>(),
            provider.GetService<TimeProvider>());
    }
}
