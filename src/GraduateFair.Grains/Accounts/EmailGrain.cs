using GraduateFair.Runtime;

namespace GraduateFair.Grains.Accounts;

public sealed class EmailGrain : JournaledGrain<EmailState, EmailEvent>, IEmailGrain
{
    public Task<string> ClaimAsync(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (State.OwnerUserId is null)
        {
            RaiseEvent(new EmailClaimed(userId));
        }

        return Task.FromResult(State.OwnerUserId!);
    }

    public Task<string?> GetOwnerAsync() => Task.FromResult(State.OwnerUserId);

    protected override void TransitionState(EmailState state, EmailEvent change)
    {
        if (change is EmailClaimed claimed)
        {
            state.OwnerUserId = claimed.UserId;
        }
    }
}
