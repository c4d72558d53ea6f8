namespace GraduateFair.Domain.Cases;

/// <summary>One change of a case's status, kept for ever.</summary>
/// <param name="From">The status before.</param>
/// <param name="To">
/// The status after. Equal to <paramref name="From"/> only for a correction of the employer or
/// date of a signed or employed case.
/// </param>
/// <param name="At">When the change was made.</param>
/// <param name="Actor">Whether the platform or an organiser made it.</param>
/// <param name="ActorId">The organiser's user id; for the platform, the interview room that caused it.</param>
/// <param name="Note">The organiser's note, if any.</param>
/// <param name="Employment">Employer and date; set exactly when <paramref name="To"/> is signed or employed.</param>
public sealed record CaseChange(
    CaseStatus From,
    CaseStatus To,
    DateTimeOffset At,
    CaseActor Actor,
    string ActorId,
    string? Note = null,
    Employment? Employment = null);
