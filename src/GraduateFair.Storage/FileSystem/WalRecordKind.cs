namespace GraduateFair.Storage.FileSystem;

/// <summary>The mutation a write-ahead log record stands for.</summary>
internal enum WalRecordKind : byte
{
    Put = 1,
    Append = 2,
    Delete = 3,
}
