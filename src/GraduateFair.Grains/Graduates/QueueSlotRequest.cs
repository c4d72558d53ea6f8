using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Graduates;

/// <param name="FairPriorityGroups">The fair's priority groups: the graduate waits in the priority lane when a consented group is among them.</param>
public sealed record QueueSlotRequest(string BoothId, string FairId, IReadOnlyList<PriorityGroup> FairPriorityGroups, string DisplayName);
