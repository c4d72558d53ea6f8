namespace GraduateFair.Domain.Cases;

/// <summary>Services given to a graduate, as recorded in their case.</summary>
/// <param name="Kind">The kind of service.</param>
/// <param name="Count">How many (a push of five jobs is five recommendations); at least 1.</param>
/// <param name="At">When they were given.</param>
/// <param name="Actor">The platform (job pushes) or an organiser.</param>
/// <param name="ActorId">The organiser's user id; for the platform, what caused it (e.g. the push).</param>
/// <param name="Note">The organiser's note, if any.</param>
public sealed record ServiceRecord(
    ServiceKind Kind,
    int Count,
    DateTimeOffset At,
    CaseActor Actor,
    string ActorId,
    string? Note = null);
