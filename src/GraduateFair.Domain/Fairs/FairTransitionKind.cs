namespace GraduateFair.Domain.Fairs;

/// <summary>What asking a fair to change status did.</summary>
public enum FairTransitionKind
{
    /// <summary>The status changed; persist it and tell watchers.</summary>
    Changed,

    /// <summary>The fair was already there (the request is idempotent); nothing to do.</summary>
    Unchanged,

    /// <summary>The request contradicts the current status (409); see the message.</summary>
    Conflict,
}
