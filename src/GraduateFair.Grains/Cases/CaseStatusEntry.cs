using GraduateFair.Domain.Cases;

namespace GraduateFair.Grains.Cases;

/// <summary>An organiser records a status (signed and employed with employer and date).</summary>
public sealed record CaseStatusEntry(CaseStatus To, string OrganiserId, string? Note, Employment? Employment);
