namespace GraduateFair.Runtime;

/// <summary>
/// A grain call would wait on a grain that is already waiting for this call (A → B → A).
/// Activations run one turn at a time, so such a call could never be answered: it fails at once
/// instead of deadlocking.
/// </summary>
public sealed class GrainCallCycleException : InvalidOperationException
{
    public GrainCallCycleException()
    {
    }

    public GrainCallCycleException(string message)
        : base(message)
    {
    }

    public GrainCallCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
