namespace GraduateFair.Runtime;

public enum DeactivationReason
{
    /// <summary>No call reached the activation for the idle period.</summary>
    Idle,

    /// <summary>The grain asked to be deactivated (<see cref="Grain.DeactivateOnIdle"/>).</summary>
    Requested,

    /// <summary>The host is shutting down.</summary>
    Shutdown,

    /// <summary>A write of the grain's state failed; the in-memory state is dropped.</summary>
    StateWriteFailed,
}
