using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Queues;

public sealed record QueueSetup(
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string BoothTitle,
    FairStatus FairStatus,
    IReadOnlyList<PriorityGroup> FairPriorityGroups);
