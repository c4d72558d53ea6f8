namespace GraduateFair.Grains.Interviews;

/// <summary>pending, accepted, declined, expired, cancelled (the fair closed first).</summary>
public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Expired,
    Cancelled,
}
