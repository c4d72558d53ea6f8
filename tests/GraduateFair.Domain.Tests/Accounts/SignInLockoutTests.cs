using GraduateFair.Domain.Accounts;

namespace GraduateFair.Domain.Tests.Accounts;

public sealed class SignInLockoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FourFailuresDoNotLockTheFifthDoesForFifteenMinutes()
    {
        var lockout = SignInLockout.None;
        for (var i = 0; i < 4; i++)
        {
            lockout = lockout.AfterFailure(Now);
        }

        var afterFour = lockout.IsLocked(Now);
        lockout = lockout.AfterFailure(Now);

        Assert.False(afterFour);
        Assert.True(lockout.IsLocked(Now));
        Assert.True(lockout.IsLocked(Now.AddMinutes(15).AddTicks(-1)));
        Assert.False(lockout.IsLocked(Now.AddMinutes(15)));
    }

    [Fact]
    public void AFailureAfterTheLockEndedCountsFromOne()
    {
        var locked = Enumerable.Range(0, 5).Aggregate(SignInLockout.None, (l, _) => l.AfterFailure(Now));

        var next = locked.AfterFailure(Now.AddMinutes(16));

        Assert.Equal(new SignInLockout(1, null), next);
    }

    [Fact]
    public void ASuccessClearsTheCount() => Assert.Equal(SignInLockout.None, SignInLockout.AfterSuccess());
}
