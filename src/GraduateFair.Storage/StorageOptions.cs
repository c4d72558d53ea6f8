namespace GraduateFair.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.FileSystem"/> (default) or <see cref="StorageProvider.AzureBlob"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.FileSystem;

    /// <summary>The data directory of the file store (default <c>./data</c>).</summary>
    public string Path { get; set; } = "./data";

    /// <summary>An Azure Storage connection string (including <c>UseDevelopmentStorage=true</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob container (default <c>graduatefair</c>).</summary>
    public string Container { get; set; } = "graduatefair";
}
