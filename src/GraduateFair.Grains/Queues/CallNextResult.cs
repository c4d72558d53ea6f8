using GraduateFair.Grains.Interviews;

namespace GraduateFair.Grains.Queues;

public sealed record CallNextResult(CallNextOutcome Outcome, InvitationRecord? Invitation = null, string? Message = null);
