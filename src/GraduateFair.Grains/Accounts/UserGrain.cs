using GraduateFair.Domain.Accounts;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Accounts;

public sealed class UserGrain : JournaledGrain<UserState, UserEvent>, IUserGrain
{
    public Task<bool> CreateAsync(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (State.Account is { } existing)
        {
            return Task.FromResult(existing.Email == user.Email && existing.Role == user.Role);
        }

        RaiseEvent(new UserCreated(new UserAccount(Key, user.Email, user.DisplayName, user.Role, TimeProvider.GetUtcNow()), user.PasswordHash));
        return Task.FromResult(true);
    }

    public Task<UserAccount?> GetAsync() => Task.FromResult(State.Account);

    public Task<SignInCheck?> BeginSignInAsync() => Task.FromResult(Check());

    public Task<SignInCheck> RecordSignInAsync(bool succeeded)
    {
        var now = TimeProvider.GetUtcNow();
        var lockout = succeeded ? SignInLockout.AfterSuccess() : State.Lockout.AfterFailure(now);
        if (lockout != State.Lockout)
        {
            RaiseEvent(new SignInRecorded(lockout));
        }

        return Task.FromResult(Check() ?? throw new InvalidOperationException($"There is no account {Key}."));
    }

    public Task SetPasswordHashAsync(string passwordHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        RaiseEvent(new PasswordChanged(passwordHash));
        return Task.CompletedTask;
    }

    protected override void TransitionState(UserState state, UserEvent change)
    {
        switch (change)
        {
            case UserCreated created:
                state.Account = created.Account;
                state.PasswordHash = created.PasswordHash;
                break;
            case SignInRecorded recorded:
                state.Lockout = recorded.Lockout;
                break;
            case PasswordChanged changed:
                state.PasswordHash = changed.PasswordHash;
                state.Lockout = SignInLockout.None;
                break;
        }
    }

    private SignInCheck? Check()
    {
        if (State.Account is not { } account)
        {
            return null;
        }

        var now = TimeProvider.GetUtcNow();
        return new SignInCheck(account, State.PasswordHash, State.Lockout.IsLocked(now) ? State.Lockout.LockedUntil : null);
    }
}
