namespace GraduateFair.Domain.Fairs;

/// <summary>
/// The result of a lifecycle request: its kind, the fair's status afterwards (unchanged unless
/// <see cref="FairTransitionKind.Changed"/>), and for a conflict a message for the client.
/// </summary>
public sealed record FairTransition(FairTransitionKind Kind, FairStatus Status, string? Message = null)
{
    internal static FairTransition ChangedTo(FairStatus status) => new(FairTransitionKind.Changed, status);

    internal static FairTransition UnchangedAt(FairStatus status) => new(FairTransitionKind.Unchanged, status);

    internal static FairTransition ConflictAt(FairStatus status, string message) => new(FairTransitionKind.Conflict, status, message);
}
