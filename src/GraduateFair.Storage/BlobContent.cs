namespace GraduateFair.Storage;

/// <summary>A blob's content and the properties it was read with.</summary>
public sealed record BlobContent(ReadOnlyMemory<byte> Content, BlobProperties Properties)
{
    public string ETag => Properties.ETag;
}
