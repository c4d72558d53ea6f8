using GraduateFair.Domain.Cases;

namespace GraduateFair.Grains.Cases;

/// <summary>An organiser records services given under "1311+N".</summary>
public sealed record CaseServiceEntry(ServiceKind Kind, int Count, string OrganiserId, string? Note);
