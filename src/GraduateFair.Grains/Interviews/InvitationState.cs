namespace GraduateFair.Grains.Interviews;

public sealed class InvitationState
{
    public InvitationRecord? Invitation { get; set; }
}
