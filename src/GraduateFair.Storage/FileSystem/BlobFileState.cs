namespace GraduateFair.Storage.FileSystem;

/// <summary>What the store knows of one blob file, cached after its first use.</summary>
/// <param name="Length">The blob's length: the content of a block blob, the appended data of an append blob.</param>
/// <param name="ValidEnd">The file offset where the blob's last intact byte ends (the next frame goes here).</param>
/// <param name="NeedsTruncate">Bytes of an interrupted append lie past <paramref name="ValidEnd"/> and must be cut off first.</param>
internal sealed record BlobFileState(BlobFileHeader Header, long Length, long ValidEnd, bool NeedsTruncate, DateTimeOffset LastModified)
{
    public BlobKind Kind => Header.Kind;

    /// <summary>A block blob's tag is its ETag; an append blob's ETag is its generation tag and its length.</summary>
    public string ETag => Header.Kind == BlobKind.Block ? Header.Tag : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Header.Tag}-{Length:x}");

    public BlobProperties ToProperties(string name) => new(name, ETag, Length, Header.ContentType, Header.Kind, LastModified);
}
