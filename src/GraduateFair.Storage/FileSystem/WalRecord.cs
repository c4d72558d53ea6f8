namespace GraduateFair.Storage.FileSystem;

/// <summary>One mutation read back from the write-ahead log, with everything its replay needs.</summary>
/// <param name="Tag">A put's ETag, an append's blob generation; null for a delete.</param>
/// <param name="ContentType">A put's content type; null otherwise.</param>
/// <param name="Offset">An append's logical offset (the blob's length before it); 0 otherwise.</param>
/// <param name="Data">A put's content or an append's data; empty for a delete.</param>
internal sealed record WalRecord(WalRecordKind Kind, string Name, string? Tag, string? ContentType, long Offset, byte[] Data);
