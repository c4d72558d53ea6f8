namespace GraduateFair.Runtime;

/// <summary>
/// A grain's events could not be made durable, so the call that observed them did not
/// happen as far as anyone may know. The activation was dropped; the next call re-activates
/// the grain from its durable state. <see cref="Exception.InnerException"/> says why: a
/// <see cref="Storage.BlobConcurrencyException"/> (another activation wrote first) or a
/// <see cref="Storage.BlobStoreUnavailableException"/> (storage unreachable).
/// </summary>
public sealed class GrainStateWriteException : Exception
{
    public GrainStateWriteException()
    {
    }

    public GrainStateWriteException(string message)
        : base(message)
    {
    }

    public GrainStateWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when storage was unreachable (try again later) rather than fenced off.</summary>
    public bool IsTransient => InnerException is Storage.BlobStoreUnavailableException;
}
