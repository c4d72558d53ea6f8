using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Server.Fairs;

/// <summary>POST /api/fairs. Enumerations and times arrive as strings so each bad value gets its own error.</summary>
/// <param name="Eligibility"><c>everyone</c> or <c>priority-groups-only</c>; by default the theme's (<see cref="EligibilityRule.DefaultFor"/>).</param>
public sealed record CreateFairRequest(string? Title, string? Theme, string? OpensAt, string? ClosesAt, IReadOnlyList<string?>? PriorityGroups, string? Description, string? Eligibility = null);

/// <summary>PATCH /api/fairs/{fairId}: fields left out (null) stay as they are; a blank description clears it.</summary>
public sealed record UpdateFairRequest(string? Title, string? Description, string? OpensAt, string? ClosesAt);

/// <summary>POST /api/fairs/{fairId}/register.</summary>
public sealed record RegistrationResponse(string FairId, DateTimeOffset RegisteredAt);

public sealed record FairResponse(
    string FairId,
    string Title,
    Theme Theme,
    FairStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<PriorityGroup> PriorityGroups,
    string? Description,
    IReadOnlyList<FairBoothResponse> Booths,
    Eligibility Eligibility = Eligibility.Everyone);

/// <param name="Waiting">Graduates waiting now.</param>
/// <param name="EtaSeconds">The wait estimate for a graduate joining now.</param>
public sealed record FairBoothResponse(string BoothId, string CompanyName, string Title, int Waiting, int EtaSeconds, string EtaText, bool Paused);
