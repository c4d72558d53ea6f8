namespace GraduateFair.Grains.Graduates;

/// <summary>What the graduate is doing besides waiting: an open invitation, or an interview.</summary>
public sealed record GraduateActivity(HeldInvitation? Invitation, CurrentRoom? Room);
