namespace GraduateFair.Domain.Queues;

/// <summary>
/// Where an invited graduate stood when they were taken out of the line: their lane and
/// 0-based index in it. Part of <see cref="WaitingLineSnapshot"/>; never shown to employers.
/// </summary>
public sealed record InvitationSlot(string GraduateId, bool Priority, int LaneIndex);
