namespace GraduateFair.Storage;

public enum StorageProvider
{
    FileSystem,
    AzureBlob,
}
