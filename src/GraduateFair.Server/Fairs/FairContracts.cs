using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Server.Fairs;

/// <summary>POST /api/fairs. Enumerations and times arrive as strings so each bad value gets its own error.</summary>
public sealed record CreateFairRequest(string? Title, string? Theme, string? OpensAt, string? ClosesAt, IReadOnlyList<string?>? PriorityGroups, string? Description);

public sealed record FairResponse(
    string FairId,
    string Title,
    Theme Theme,
    FairStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<PriorityGroup> PriorityGroups,
    string? Description,
    IReadOnlyList<FairBoothResponse> Booths);

/// <param name="Waiting">Graduates waiting now.</param>
/// <param name="EtaSeconds">The wait estimate for a graduate joining now.</param>
public sealed record FairBoothResponse(string BoothId, string CompanyName, string Title, int Waiting, int EtaSeconds, string EtaText, bool Paused);
