using GraduateFair.Runtime;

namespace GraduateFair.Grains.Interviews;

public sealed class InvitationGrain : JournaledGrain<InvitationState, InvitationEvent>, IInvitationGrain
{
    public Task CreateAsync(InvitationRecord invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (State.Invitation is null)
        {
            RaiseEvent(new InvitationCreated(invitation));
        }

        return Task.CompletedTask;
    }

    public Task<InvitationRecord?> GetAsync() => Task.FromResult(State.Invitation);

    public Task SetStatusAsync(InvitationStatus status, string? roomId)
    {
        if (State.Invitation is { } invitation && (invitation.Status != status || invitation.RoomId != roomId))
        {
            RaiseEvent(new InvitationStatusSet(status, roomId));
        }

        return Task.CompletedTask;
    }

    protected override void TransitionState(InvitationState state, InvitationEvent change)
    {
        state.Invitation = change switch
        {
            InvitationCreated created => created.Invitation,
            InvitationStatusSet set => state.Invitation! with { Status = set.Status, RoomId = set.RoomId },
            _ => state.Invitation,
        };
    }
}
