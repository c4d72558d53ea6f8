namespace GraduateFair.Storage;

/// <summary>What a store knows of a blob besides its content.</summary>
public sealed record BlobProperties(string Name, string ETag, long Length, string ContentType, BlobKind Kind, DateTimeOffset LastModified);
