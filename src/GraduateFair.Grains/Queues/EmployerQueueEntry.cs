using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Queues;

/// <summary>
/// A waiting graduate as the booth's employers see them: the profile and the accommodations
/// the graduate chose to share. Never priority groups or lanes.
/// </summary>
public sealed record EmployerQueueEntry(
    string GraduateId,
    string DisplayName,
    string? University,
    Discipline? Discipline,
    Degree? Degree,
    int? GraduationYear,
    IReadOnlyList<Accommodation> Accommodations);
