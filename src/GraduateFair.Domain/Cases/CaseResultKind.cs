namespace GraduateFair.Domain.Cases;

/// <summary>What asking a case to change did.</summary>
public enum CaseResultKind
{
    /// <summary>The case changed; persist it.</summary>
    Changed,

    /// <summary>Nothing to do: already there, or a platform move that would go backwards.</summary>
    Unchanged,

    /// <summary>Not allowed from the current state, or the request is incomplete (see the message); the case is as it was.</summary>
    Refused,
}
