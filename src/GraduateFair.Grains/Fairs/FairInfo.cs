using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Fairs;

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
    string CreatedBy)
{
    public FairSummary ToSummary() => new(FairId, Title, Theme, Status, OpensAt, ClosesAt);
}
