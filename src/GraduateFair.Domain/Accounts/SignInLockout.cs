namespace GraduateFair.Domain.Accounts;

/// <summary>
/// Failed sign-ins of one account: five in a row lock it for fifteen minutes. A success, or the
/// end of a lock, starts the count again.
/// </summary>
public sealed record SignInLockout(int ConsecutiveFailures, DateTimeOffset? LockedUntil)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    public static SignInLockout None { get; } = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && now < until;

    public SignInLockout AfterFailure(DateTimeOffset now)
    {
        var failures = (LockedUntil is { } until && now >= until ? 0 : ConsecutiveFailures) + 1;
        return failures >= MaxFailures ? new SignInLockout(0, now + LockDuration) : new SignInLockout(failures, null);
    }

    public static SignInLockout AfterSuccess() => None;
}
