namespace GraduateFair.Storage;

/// <summary>
/// A precondition did not hold: the ETag did not match, the blob already existed, or the
/// append position was not the blob's length. The same failure for every store (HTTP 412 on Azure).
/// </summary>
public sealed class BlobConcurrencyException : Exception
{
    public BlobConcurrencyException()
    {
    }

    public BlobConcurrencyException(string message)
        : base(message)
    {
    }

    public BlobConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlobConcurrencyException(string blobName, string detail)
        : base($"Blob '{blobName}': {detail}")
    {
        BlobName = blobName;
    }

    public string? BlobName { get; }
}
