namespace GraduateFair.Runtime;

/// <summary>A grain could not be activated (its state could not be read, or its activation code threw).</summary>
public sealed class GrainActivationException : Exception
{
    public GrainActivationException()
    {
    }

    public GrainActivationException(string message)
        : base(message)
    {
    }

    public GrainActivationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when storage was unreachable (try again later).</summary>
    public bool IsTransient => InnerException is Storage.BlobStoreUnavailableException;
}
