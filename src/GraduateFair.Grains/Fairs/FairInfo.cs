using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Fairs;

/// <param name="Eligibility">Who may register and queue; everyone for fairs stored before themed sessions could be restricted.</param>
public sealed record FairInfo(
    string FairId,
    string Title,
    Theme Theme,
    FairStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<PriorityGroup> PriorityGroups,
    string? Description,
    IReadOnlyList<FairBooth> Booths,
    string CreatedBy,
    Eligibility Eligibility = Eligibility.Everyone)
{
    public FairSummary ToSummary() => new(FairId, Title, Theme, Status, OpensAt, ClosesAt);
}
