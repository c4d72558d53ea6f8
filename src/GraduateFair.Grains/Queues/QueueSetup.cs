using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Queues;

/// <param name="Eligibility">Who may queue: at a priority-groups-only fair, only graduates in its priority lane.</param>
public sealed record QueueSetup(
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string BoothTitle,
    FairStatus FairStatus,
    IReadOnlyList<PriorityGroup> FairPriorityGroups,
    Eligibility Eligibility = Eligibility.Everyone);
