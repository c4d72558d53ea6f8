namespace GraduateFair.Grains.Queues;

/// <param name="FairStatus">The fair's status when the join was refused because the fair is not open.</param>
public sealed record JoinResult(JoinOutcome Outcome, QueuePlace? Place = null, string? Message = null, Domain.Fairs.FairStatus FairStatus = Domain.Fairs.FairStatus.Open);
