namespace GraduateFair.Storage;

/// <summary>
/// The store could not be reached or kept failing after bounded retries. Nothing was
/// acknowledged; the caller may try again later (HTTP 503 to clients).
/// </summary>
public sealed class BlobStoreUnavailableException : Exception
{
    public BlobStoreUnavailableException()
    {
    }

    public BlobStoreUnavailableException(string message)
        : base(message)
    {
    }

    public BlobStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
